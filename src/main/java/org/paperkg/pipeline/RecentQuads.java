package org.paperkg.pipeline;

import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;

import java.util.HashSet;
import java.util.Set;

/**
 * Drops a quad written again soon after its first time, before it reaches the store. The mapper
 * writes the same facts over and over: every evidence node names its extractor (whose type and
 * label are then repeated), every mention of a known dataset repeats the dataset's type and labels,
 * every paper by a prolific author repeats the author's name. The store keeps one copy anyway, but
 * finding that out costs it a node-table and an index lookup per quad; a hash lookup here is much
 * cheaper. Two generations of {@code capacity} quads each keep memory bounded: quads seen long ago
 * pass through again, and the store drops them. Quads with long literals (sentences, abstracts),
 * which are rarely repeated, are not remembered at all.
 */
final class RecentQuads extends StreamRDFWrapper {
    static final int CAPACITY = 50_000;
    private static final int MAX_LITERAL = 80;

    private final int capacity;
    private Set<Quad> current;
    private Set<Quad> previous = Set.of();
    private long dropped;

    RecentQuads(StreamRDF out, int capacity) {
        super(out);
        this.capacity = capacity;
        this.current = new HashSet<>(2 * capacity);
    }

    @Override
    public void quad(Quad quad) {
        if (quad.getObject().isLiteral() && quad.getObject().getLiteralLexicalForm().length() > MAX_LITERAL) {
            super.quad(quad);
            return;
        }
        if (current.contains(quad) || previous.contains(quad)) {
            dropped++;
            return;
        }
        if (current.size() >= capacity) {
            previous = current;
            current = new HashSet<>(2 * capacity);
        }
        current.add(quad);
        super.quad(quad);
    }

    /** Quads not passed on because they had just been written. */
    long dropped() {
        return dropped;
    }
}
