package org.paperkg.resolve;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.paperkg.extract.Acronyms;
import org.paperkg.gazetteer.Gazetteer;
import org.paperkg.model.EntityType;
import org.paperkg.model.Mention;
import org.paperkg.model.PaperRecord;
import org.paperkg.vocab.Iris;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Entity resolution between extraction and mapping: one object per build, used by the mapper in
 * its single thread. It names every paper ({@link PaperResolver}) and every method, dataset, task
 * and metric ({@link EntityResolver}); at the end of the build it writes the entity descriptions and
 * the resolution graph ({@link ResolutionStore}).
 *
 * <pre>
 * Resolver r = Resolver.standard(iris, Path.of("data/resolution-overrides.tsv"));
 * r.open(oldStore, replaced);   // registry of earlier builds; papers already in the store
 * ... PaperMapper(iris, r).map(extraction, graph, out) for each paper (writes its decisions) ...
 * r.writeEntities(out);         // the entities graph, whole
 * </pre>
 * A build on a store does this through {@link ResolutionStage}. Without a store, {@link #writeAll}
 * writes the descriptions and decisions to any stream instead.
 */
public final class Resolver {
    /** The overrides file a build reads when it exists, relative to the paperkg home. */
    public static final String DEFAULT_OVERRIDES = "data/resolution-overrides.tsv";

    private final Iris iris;
    private final EntityResolver entities;
    private final PaperResolver papers;
    private final Node resolutionGraph;
    /** The store of earlier builds, between {@link #open} and the end of the build. */
    private DatasetGraph previous;
    /** The graphs of {@link #previous} this build replaces. */
    private java.util.Set<Node> replaced = java.util.Set.of();

    public Resolver(Iris iris, Gazetteer gazetteer, Overrides overrides) {
        this.iris = iris;
        this.entities = new EntityResolver(iris, gazetteer, overrides);
        this.papers = new PaperResolver(iris);
        this.resolutionGraph = NodeFactory.createURI(iris.resolutionGraph());
    }

    /** The standard gazetteer, and the overrides in {@code overrides} when that file exists (null: none). */
    public static Resolver standard(Iris iris, Path overrides) {
        Overrides o = overrides != null && Files.isRegularFile(overrides) ? Overrides.load(overrides) : Overrides.none();
        return new Resolver(iris, Gazetteer.standard(), o);
    }

    /** Standard gazetteer, no overrides, no store: for mapping without a build. */
    public static Resolver standalone(Iris iris) {
        return new Resolver(iris, Gazetteer.standard(), Overrides.none());
    }

    public Iris iris() {
        return iris;
    }

    public EntityResolver entities() {
        return entities;
    }

    public PaperResolver papers() {
        return papers;
    }

    /** The graph decisions are written to. */
    public Node resolutionGraph() {
        return resolutionGraph;
    }

    /**
     * Starts a build on a store: restores the registry of earlier builds and lets the paper
     * resolver find papers already stored. {@code dsg} must stay readable on this thread (a
     * transaction) until the end of the build: papers are looked up in it as they come.
     */
    public void open(DatasetGraph dsg) {
        open(dsg, java.util.Set.of());
    }

    /**
     * As {@link #open(DatasetGraph)}, for a build that replaces the named graphs {@code replaced}:
     * papers are looked up in the other graphs only, so rebuilding a file decides as if its old
     * content had never been there (building the same input twice gives the same store).
     */
    public void open(DatasetGraph dsg, java.util.Collection<Node> replaced) {
        previous = dsg;
        this.replaced = java.util.Set.copyOf(replaced);
        ResolutionStore.load(entities, dsg, iris);
        entities.prepare();
        papers.lookup(ResolutionStore.paperLookup(dsg, this.replaced));
    }

    /** Lets go of the store {@link #open} was given: the build that read it has ended. */
    public void close() {
        papers.lookup(null);
        previous = null;
        replaced = java.util.Set.of();
    }

    /**
     * Ends a build that writes the two resolution graphs whole (a fresh store, or no store): every
     * used entity's description, and the decisions and learned acronyms, with those the store of
     * earlier builds recorded when {@link #open} was given one.
     */
    public void writeAll(StreamRDF out) {
        ResolutionStore.writeAll(entities, out, iris, previous, replaced);
    }

    /**
     * Starts one record. The mapper calls {@link #commit} when the record is mapped whole, or
     * {@link #rollback} when mapping it failed (the record is then skipped): every registry change
     * the record made is undone, so nothing of a skipped record is described or decided later.
     */
    public void begin() {
        entities.begin();
        papers.begin();
    }

    public void commit() {
        entities.commit();
        papers.commit();
    }

    public void rollback() {
        entities.rollback();
        papers.rollback();
    }

    /**
     * Ends a build that keeps the store's decisions graph (copied into a new generation by a bulk
     * build, or left in place) and replaces the entities graph: every used entity's description, with
     * its type counted over the store's evidence outside the replaced graphs plus this build's, and
     * this build's remaining decisions. The decisions graph only grows; the entities graph is written
     * whole, so an entity retired by an override disappears from it.
     */
    public void writeEntities(StreamRDF out) {
        ResolutionStore.writeEntities(entities, out, iris, previous, replaced);
    }

    /**
     * Ends an incremental build that only adds sources, in its write transaction on {@code store}
     * (the store {@link #open} was given): the entities graph is amended rather than rewritten, see
     * {@link ResolutionStore#updateEntities}; then this build's remaining decisions.
     */
    public void updateEntities(DatasetGraph store, StreamRDF out) {
        if (store != previous) throw new IllegalStateException("an in-place update must write the store the build opened");
        ResolutionStore.updateEntities(entities, store, out, iris, replaced);
    }

    /** Writes the decisions and acronyms of the papers mapped since the last call (the mapper calls it per paper). */
    public void drain(StreamRDF out) {
        ResolutionStore.writeDecisions(entities, iris, resolutionGraph, out::quad);
    }

    /**
     * Writes the description of the entity {@code iri} names (type, labels, long forms, order) as
     * {@link #writeAll} would, or nothing when it names no used entity. For checking one paper's
     * entities without writing the whole registry (the fuzz tests).
     */
    public void describe(String iri, StreamRDF out) {
        Entity e = entities.byIri(iri);
        if (e != null && e.used && !e.retired) ResolutionStore.describe(e, iris, out::quad);
    }

    /** Learns the acronym definitions of a paper's abstract ("Proximal Policy Optimization (PPO)"). */
    public void learn(PaperRecord p) {
        if (p.abstractText() == null) return;
        for (Acronyms.Definition d : Acronyms.find(p.abstractText())) entities.learnAcronym(d.shortForm(), d.longForm());
    }

    /** The IRI of the entity a mention names. */
    public String entityIri(Mention m) {
        Entity e = entities.resolve(m.type(), m.text(), m.longForm(), m.canonical());
        if (m.higherIsBetter() != null && e.higherIsBetter == null) e.higherIsBetter = m.higherIsBetter();
        return e.iri();
    }

    /** The IRI of the entity a bare name of a type names (result metrics and datasets without a mention). */
    public String entityIri(EntityType type, String name) {
        return entities.resolve(type, name, null, null).iri();
    }

    /** The paper node a record describes, and which of its values the node takes. */
    public PaperResolver.Resolved paper(PaperRecord p) {
        return papers.resolve(p);
    }
}
