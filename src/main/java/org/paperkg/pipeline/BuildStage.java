package org.paperkg.pipeline;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.paperkg.model.PaperExtraction;

import java.util.List;

/**
 * A step between extraction and mapping that sees every paper of one build, in input order, on
 * the one mapping thread, and may keep state across them (an entity resolver's registry of the
 * names it has seen, say). At the end of the build it may write quads of its own into the
 * build-level graphs it names; a build replaces those graphs as it replaces a source file's graph.
 *
 * <pre>
 * Pipeline p = new Pipeline(extraction, mapper).withStage(resolver);
 * </pre>
 */
public interface BuildStage {
    /** The extraction to map for this paper: {@code x} itself, or a changed copy. */
    default PaperExtraction apply(PaperExtraction x) {
        return x;
    }

    /** The named graphs {@link #finish} writes into; each build replaces them. */
    default List<Node> graphs() {
        return List.of();
    }

    /** Called once after the last paper of a build; writes into {@code out} (quads in {@link #graphs()} only). */
    default void finish(StreamRDF out) {
    }
}
