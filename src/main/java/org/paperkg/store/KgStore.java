package org.paperkg.store;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.paperkg.StoreException;
import org.paperkg.model.PaperRecord;
import org.paperkg.pipeline.Pipeline;
import org.paperkg.pipeline.RunSummary;
import org.paperkg.read.InputFiles;
import org.paperkg.vocab.PKG;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The knowledge graph on disk: an Apache Jena TDB2 dataset with one named graph per source file.
 * Every read and write happens inside a TDB2 transaction ({@link Txn}); queries see the union of
 * the named graphs as their default graph.
 *
 * <pre>
 * try (KgStore store = KgStore.openForWrite(Path.of("data/kg"))) {
 *     RunSummary s = store.build(sources, pipeline, record -> {});
 * }
 * </pre>
 */
public final class KgStore implements AutoCloseable {
    private final Path dir;
    private final Dataset dataset;

    private KgStore(Path dir, Dataset dataset) {
        this.dir = dir;
        this.dataset = dataset;
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /** Opens an existing store; a directory without one is an error that says how to make one. */
    public static KgStore openExisting(Path dir) {
        if (!isStore(dir))
            throw new StoreException("no knowledge graph store at " + dir + "; run 'paperkg build' first, or give --store");
        return new KgStore(dir, connect(dir));
    }

    /** Opens the store, creating an empty one when the directory has none. */
    public static KgStore openForWrite(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException("cannot create the store directory " + dir + ": " + e.getMessage());
        }
        if (!isStore(dir) && !isEmptyDir(dir))
            throw new StoreException("the store directory " + dir + " holds other files but no TDB2 store; "
                    + "give an empty or new directory with --store");
        return new KgStore(dir, connect(dir));
    }

    /** A TDB2 store directory has Data-NNNN generation folders (or the single-generation layout's files). */
    static boolean isStore(Path dir) {
        if (!Files.isDirectory(dir)) return false;
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(p -> p.getFileName().toString().startsWith("Data-")
                    || p.getFileName().toString().equals("nodes.dat"));
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isEmptyDir(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static Dataset connect(Path dir) {
        try {
            return TDB2Factory.connectDataset(Location.create(dir));
        } catch (RuntimeException e) {
            throw StoreErrors.translate(dir, e);
        }
    }

    public Path dir() {
        return dir;
    }

    public Dataset dataset() {
        return dataset;
    }

    /**
     * Replaces the named graph of each source with what the pipeline makes of it, in one write
     * transaction: all sources land, or (on any error) none does and the store keeps its last state.
     */
    public RunSummary build(List<InputFiles.Source> sources, Pipeline pipeline, Consumer<PaperRecord> onRecord) {
        RunSummary summary = new RunSummary();
        try {
            Txn.executeWrite(dataset, () -> {
                DatasetGraph dsg = dataset.asDatasetGraph();
                // Entity resolution: the registry of earlier builds in, changed descriptions and decisions out.
                List<Node> replaced = sources.stream().map(s -> pipeline.mapper().graphFor(s.fileName())).toList();
                pipeline.mapper().resolver().open(dsg, replaced);
                for (InputFiles.Source source : sources) {
                    Node graph = pipeline.mapper().graphFor(source.fileName());
                    dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
                    pipeline.run(source, StreamRDFLib.dataset(dsg), summary, onRecord);
                }
                pipeline.mapper().resolver().save(dsg);
            });
        } catch (org.paperkg.KgException e) {
            throw e;
        } catch (RuntimeException e) {
            throw StoreErrors.translate(dir, e);
        }
        return summary;
    }

    public StoreStats stats() {
        return Txn.calculateRead(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            long quads = 0;
            for (Iterator<?> it = dsg.find(); it.hasNext(); it.next()) quads++;
            long graphs = 0;
            for (Iterator<Node> it = dsg.listGraphNodes(); it.hasNext(); it.next()) graphs++;
            return new StoreStats(
                    count("pkg:Paper"), count("pkg:Method pkg:Model pkg:Framework pkg:Tool"),
                    count("pkg:Dataset pkg:Benchmark"), count("pkg:Task"), count("pkg:Metric"),
                    count("pkg:Result"), count("pkg:CodeRepository"), quads, graphs);
        });
    }

    /** Distinct instances of any of the classes, over all named graphs. Call inside a read transaction. */
    private long count(String classes) {
        String q = "PREFIX pkg: <" + PKG.NS + ">\n"
                + "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { VALUES ?c { " + classes + " } GRAPH ?g { ?s a ?c } }";
        try (QueryExecution qe = QueryExecution.create(q, dataset)) {
            ResultSet rs = qe.execSelect();
            QuerySolution row = rs.next();
            return row.getLiteral("n").getLong();
        }
    }

    @Override
    public void close() {
        TDBInternal.expel(dataset.asDatasetGraph());
    }
}
