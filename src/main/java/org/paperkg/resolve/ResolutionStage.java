package org.paperkg.resolve;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.paperkg.extract.ExtractionPipeline;
import org.paperkg.map.PaperMapper;
import org.paperkg.pipeline.BuildStage;
import org.paperkg.pipeline.Pipeline;

import java.util.List;
import java.util.Set;

/**
 * Entity resolution as a stage of a build on a store: the store's lifecycle around the
 * {@link Resolver} the mapper names papers and entities with (resolution itself happens in the
 * mapper, record by record, with its per-record rollback, on the pipeline's calling thread).
 * <ul>
 *   <li>{@link #open}: the registry of earlier builds is read from the store as it was before this
 *       build (the old generation of a bulk build, the current one before an incremental build deletes
 *       anything), and papers already stored are found there, outside the graphs this build replaces.</li>
 *   <li>During the build the mapper writes each paper's decisions into the decisions graph
 *       ({@link org.paperkg.vocab.Iris#resolutionGraph()}), which builds keep and add to: a bulk build
 *       copies it into the new generation, an incremental one leaves it in place.</li>
 *   <li>{@link #finish}: the entities graph ({@link #graphs()}) is written whole: every entity in use,
 *       its type counted over the store's evidence outside the replaced graphs plus this build's. An
 *       incremental build that only adds sources amends it instead ({@link #finishInPlace}): it
 *       rewrites the descriptions this build changed and leaves the others, the same graph for the
 *       cost of the addition.</li>
 * </ul>
 * <pre>
 * Pipeline pipeline = ResolutionStage.pipeline(ExtractionPipeline.standard(), Resolver.standard(iris, overridesFile));
 * store.build(sources, pipeline, options, record -> { });
 * </pre>
 * One stage and one resolver per build: the registry is read from the store at every build's start.
 */
public final class ResolutionStage implements BuildStage {
    private final Resolver resolver;
    private final Node entitiesGraph;
    /** Set by {@link #open}: the build adds sources only, so the entities graph can be amended in place. */
    private boolean amendable;

    public ResolutionStage(Resolver resolver) {
        this.resolver = resolver;
        this.entitiesGraph = NodeFactory.createURI(resolver.iris().entitiesGraph());
    }

    /** The pipeline of a build: {@code extraction}, then a mapper naming things with {@code resolver}, and this stage. */
    public static Pipeline pipeline(ExtractionPipeline extraction, Resolver resolver) {
        return new Pipeline(extraction, new PaperMapper(resolver.iris(), resolver)).withStage(new ResolutionStage(resolver));
    }

    public Resolver resolver() {
        return resolver;
    }

    @Override
    public void open(DatasetGraph current, Set<Node> replaced) {
        resolver.open(current, replaced);
        amendable = true;
        for (Node g : replaced)
            if (!g.equals(entitiesGraph) && current.find(g, Node.ANY, Node.ANY, Node.ANY).hasNext()) amendable = false;
    }

    /**
     * The entities graph when this build only adds sources (it replaces no graph the store holds
     * but the entities graph): an incremental build then rewrites only the descriptions it changed
     * ({@link Resolver#updateEntities}). A build that replaces a source graph may change the type of
     * any entity that graph mentioned, and rewrites the graph whole.
     */
    @Override
    public Set<Node> updatedInPlace() {
        return amendable ? Set.of(entitiesGraph) : Set.of();
    }

    @Override
    public void finishInPlace(DatasetGraph store, StreamRDF out) {
        if (!amendable) {
            finish(out);
            return;
        }
        resolver.updateEntities(store, out);
        resolver.close();
    }

    @Override
    public List<Node> graphs() {
        return List.of(entitiesGraph);
    }

    @Override
    public void finish(StreamRDF out) {
        resolver.writeEntities(out);
        resolver.close();
    }
}
