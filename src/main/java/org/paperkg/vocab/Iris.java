package org.paperkg.vocab;

import org.paperkg.model.EntityType;
import org.paperkg.model.Mention;
import org.paperkg.model.MentionKind;
import org.paperkg.model.SourceRef;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Mints every IRI paperkg writes, deterministically from the data: the same input always gives
 * the same IRIs, and the same entity named in two papers or two files gets one IRI.
 *
 * <pre>
 * Iris iris = new Iris("https://w3id.org/paperkg/");
 * iris.paper("Energy-Based Transformers are Scalable Learners and Thinkers")
 *   // https://w3id.org/paperkg/paper/energy-based-transformers-are-scalable-learners-and-thinkers
 * iris.entity(EntityType.DATASET, "GSM8K")   // https://w3id.org/paperkg/dataset/gsm8k
 * </pre>
 * The base is configurable ({@code --base} or {@code PAPERKG_BASE}); it must end in '/' or '#'.
 */
public final class Iris {
    /** The default namespace base for data IRIs. */
    public static final String DEFAULT_BASE = "https://w3id.org/paperkg/";
    private static final int SLUG_MAX = 80;

    private final String base;

    public Iris(String base) {
        Objects.requireNonNull(base, "base");
        if (!base.matches("https?://[^\\s<>\"{}|\\\\^`]+[/#]"))
            throw new IllegalArgumentException("IRI base must be an http(s) IRI ending in '/' or '#': " + base);
        this.base = base;
    }

    public String base() {
        return base;
    }

    /**
     * A paper, always named by its normalized title key ({@link Names#titleKey}), even when the
     * source gives an arXiv id: a text listing has no id, so only the title lets a listing record
     * and a JSON record of the same paper become one node. The arXiv id and DOI are recorded on
     * that node instead (pkg:arxivId, dcterms:identifier, schema:sameAs {@link #arxivAbstract},
     * {@link #doi}). Two different papers with the same title key would merge; that is rarer
     * than the same paper arriving from a listing and an API.
     */
    public String paper(String title) {
        return base + "paper/" + Names.slug(Names.titleKey(title), SLUG_MAX);
    }

    /** A named entity; methods, models, frameworks and tools share one namespace, as do datasets and benchmarks. */
    public String entity(EntityType type, String name) {
        return base + collection(type) + "/" + Names.slug(name, SLUG_MAX);
    }

    /**
     * An author, named by the normalized full name: the same name in two sources or two papers is
     * one person node. Chosen so an author's papers can be listed; the cost is that two different
     * people with the same name merge, and one person written two ways ("C. Bal\u00e1zs" and
     * "Csaba Bal\u00e1zs") stays two nodes. Queries that need certainty go through pkg:Authorship.
     */
    public String person(String name) {
        return base + "person/" + Names.slug(Names.collapseSpaces(name), SLUG_MAX);
    }

    /**
     * One byline entry: the paper, the position and the person together, so the same author at
     * the same place from two sources is one node.
     */
    public String authorship(String paperIri, int position, String personIri) {
        String key = paperIri + "|" + position + "|" + personIri;
        return base + "authorship/" + Hashes.shortHash(key) + Hashes.shortHash(key + "#");
    }

    /** An arXiv category by its code: {@code https://arxiv.org/archive/cs.LG}, arXiv's own namespace. */
    public static String arxivCategory(String code) {
        return "https://arxiv.org/archive/" + encodeSegment(code);
    }

    /** The arXiv abstract page of an id: {@code https://arxiv.org/abs/2407.13168}. */
    public static String arxivAbstract(String arxivId) {
        return "https://arxiv.org/abs/" + encodePath(arxivId);
    }

    /** The DOI resolver IRI of a DOI: {@code https://doi.org/10.1103/PhysRevD.76.013009}. */
    public static String doi(String doi) {
        return "https://doi.org/" + encodePath(doi);
    }

    /** A code repository, by its normalized URL: {@code repository/github.com/owner/name}. */
    public String repository(String normalizedUrl) {
        String rest = normalizedUrl.replaceFirst("^https?://", "");
        StringBuilder path = new StringBuilder();
        for (String segment : rest.split("/")) {
            if (segment.isEmpty()) continue;
            if (path.length() > 0) path.append('/');
            path.append(encodeSegment(segment.toLowerCase(java.util.Locale.ROOT)));
        }
        return base + "repository/" + path;
    }

    /** The named graph holding everything read from one source file. */
    public String sourceGraph(String fileName) {
        return base + "graph/" + encodeSegment(fileName);
    }

    /** One record as read at one line of one file. */
    public String sourceRecord(SourceRef ref) {
        return base + "record/" + encodeSegment(ref.fileName()) + "/" + ref.line();
    }

    /** The evidence annotation for one mention in one paper. */
    public String evidence(String paperIri, Mention m) {
        return evidence(paperIri + "|" + m.kind() + "|" + m.text() + "|" + m.field() + "|" + m.span().start() + "|" + m.span().end());
    }

    /** The evidence annotation for one reported result, keyed by the result's IRI. */
    public String resultEvidence(String resultIri) {
        return evidence(resultIri + "|evidence");
    }

    private String evidence(String key) {
        return base + "evidence/" + Hashes.shortHash(key) + Hashes.shortHash(key + "#");
    }

    /** A result reported by a paper, keyed by its evidence text and position. */
    public String result(String paperIri, String key) {
        return base + "result/" + Hashes.shortHash(paperIri + "|" + key) + Hashes.shortHash(key + "#" + paperIri);
    }

    /** The agent for an extractor, by its stable name. */
    public String extractor(String name) {
        return base + "extractor/" + Names.slug(name, SLUG_MAX);
    }

    /** The IRI a mention's entity gets, whatever its kind. */
    public String mentionTarget(Mention m) {
        if (m.kind() == MentionKind.CODE_REPOSITORY) return repository(m.text());
        if (m.kind() == MentionKind.PROJECT_PAGE) return m.text();
        return entity(m.type(), m.entityName());
    }

    // Entity resolution. The graph names have a '/' after "graph/", which no source graph's encoded
    // file name can have, so they never collide with a source file's graph.

    /** The build-level graph that describes every resolved entity: type, preferred and other labels. */
    public String entitiesGraph() {
        return base + "graph/resolution/entities";
    }

    /** The resolution graph: merge and kept-apart decisions, learned acronyms. */
    public String resolutionGraph() {
        return base + "graph/resolution/decisions";
    }

    /** One resolution decision, keyed by what it decided. */
    public String resolutionDecision(String key) {
        return base + "resolution/" + Hashes.shortHash(key) + Hashes.shortHash(key + "#");
    }

    /** One learned acronym definition, keyed by its normalized short and long forms. */
    public String acronymDefinition(String key) {
        return base + "acronym/" + Hashes.shortHash(key) + Hashes.shortHash(key + "#");
    }

    private static String collection(EntityType type) {
        return switch (type) {
            case METHOD, MODEL, FRAMEWORK, TOOL -> "method";
            case DATASET, BENCHMARK -> "dataset";
            case TASK -> "task";
            case METRIC -> "metric";
        };
    }

    /** Percent-encodes each '/'-separated segment, keeping the slashes: DOIs may hold '<', '#', ' '. */
    private static String encodePath(String s) {
        return java.util.Arrays.stream(s.split("/", -1)).map(Iris::encodeSegment)
                .collect(java.util.stream.Collectors.joining("/"));
    }

    private static String encodeSegment(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
