package org.paperkg.pipeline;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.paperkg.model.PaperExtraction;

import java.util.List;
import java.util.Set;

/**
 * A step between extraction and mapping that sees every paper of one build, in input order, on
 * the one mapping thread, and may keep state across them (an entity resolver's registry of the
 * names it has seen, say). Before the first paper a build on a store lets it read what earlier
 * builds left ({@link #open}); at the end of the build it may write quads of its own into the
 * build-level graphs it names; a build replaces those graphs as it replaces a source file's graph.
 *
 * <pre>
 * Pipeline p = new Pipeline(extraction, mapper).withStage(resolver);
 * </pre>
 */
public interface BuildStage {
    /**
     * Called once before the first paper of a build on a store, on the calling thread, with the
     * store as it was before this build ({@code current}) and the graphs the build replaces
     * ({@code replaced}: its source files' and the stages' own, still in {@code current}). The store
     * keeps {@code current} readable on the calling thread until {@link #finish} has returned (a
     * read transaction on the old generation of a bulk build, the write transaction of an
     * incremental one, opened before it deletes anything), so a stage may read it lazily while
     * papers are mapped. Not called when there is no store (an export, {@code extract}).
     */
    default void open(DatasetGraph current, Set<Node> replaced) {
    }

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

    /**
     * Asked by an incremental build (one that writes into the store's own database) after
     * {@link #open}: which of {@link #graphs()} this stage will update in place, in
     * {@link #finishInPlace}, instead of having the build delete them before it writes. None by
     * default: the build replaces them whole, which costs their size however little changed.
     */
    default Set<Node> updatedInPlace() {
        return Set.of();
    }

    /**
     * Ends an incremental build in place of {@link #finish}, inside its write transaction on
     * {@code store}: the stage deletes from {@code store} what no longer holds in the graphs it
     * {@linkplain #updatedInPlace updates in place} and writes into {@code out} what is new. By
     * default, {@link #finish}.
     */
    default void finishInPlace(DatasetGraph store, StreamRDF out) {
        finish(out);
    }
}
