package org.paperkg.store;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.paperkg.KgException;
import org.paperkg.PausePoints;
import org.paperkg.StoreException;
import org.paperkg.model.PaperRecord;
import org.paperkg.pipeline.BuildInterruptedException;
import org.paperkg.pipeline.Pipeline;
import org.paperkg.pipeline.RunSummary;
import org.paperkg.read.InputFiles;
import org.paperkg.vocab.PKG;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The knowledge graph on disk: an Apache Jena TDB2 database with one named graph per source file,
 * kept in a store directory of generations ({@link StoreLayout}) and held by one process at a time
 * ({@link StoreLock}). Queries see the union of the named graphs as their default graph.
 *
 * <p>A build writes in one of two ways ({@link LoadMode}):
 * <ul>
 *   <li><b>bulk</b>: Jena's bulk loader fills a fresh generation with the graphs this build keeps
 *       from the current one and everything the build makes; only when the load has finished is
 *       the store switched to it (one atomic rename). The old generation is then deleted.</li>
 *   <li><b>incremental</b>: one ordinary TDB2 write transaction on the current generation deletes
 *       the graphs the build replaces and writes the new ones. When incremental builds have grown
 *       the database past {@value #COMPACT_GROWTH}x its size after its bulk load (TDB2 keeps old
 *       copy-on-write blocks), the build ends with a compaction: a bulk copy into a new generation.</li>
 * </ul>
 * Either way a build lands whole or not at all: on any error, Ctrl-C or a crash the store keeps
 * its last committed state.
 *
 * <pre>
 * try (KgStore store = KgStore.openForWrite(Path.of("data/kg"))) {
 *     RunSummary s = store.build(sources, pipeline, record -> {});
 * }
 * </pre>
 */
public final class KgStore implements AutoCloseable {
    /** Incremental builds are compacted when they have grown the database past this multiple of its bulk-loaded size. */
    static final double COMPACT_GROWTH = 1.5;
    /** An input counts as small (incremental) below this share of the store's size on disk (see {@link #chooseMode}). */
    static final double SMALL_INPUT_SHARE = 0.01;
    private static final String GENERATION_INFO = "paperkg-generation.properties";

    /**
     * What the last build did. For a bulk load, how long its phases took: streaming the data into
     * the loader (this build's reading, extraction and mapping included), the loader's finishing
     * (secondary indexes), and flushing to disk and switching over; zero otherwise. {@code loader}:
     * the bulk loader kind that wrote the generation (null for an incremental build not compacted).
     */
    public record LoadReport(LoadMode mode, String generation, boolean compacted, long keptQuads,
                             double dataSeconds, double indexSeconds, double switchSeconds, LoaderKind loader) {
    }

    private record BulkPhases(long kept, double dataSeconds, double indexSeconds, double switchSeconds) {
    }

    private final Path dir;
    private final StoreLayout layout;
    private final StoreLock lock;
    private Path database;
    private Dataset dataset;
    private LoadReport lastLoad;

    private KgStore(Path dir, StoreLayout layout, StoreLock lock, Path database) {
        this.dir = dir;
        this.layout = layout;
        this.lock = lock;
        attach(database);
    }

    /**
     * Rows a query may sort, group or de-duplicate in memory before Jena spills them to temporary
     * files: a query over a million-paper store (ORDER BY over all proposals, say) then runs in a
     * fixed heap instead of running out of memory.
     */
    static final long SPILL_TO_DISK_ROWS = 100_000;

    private void attach(Path db) {
        this.database = db;
        this.dataset = connect(dir, db);
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        dataset.getContext().set(org.apache.jena.query.ARQ.spillToDiskThreshold, SPILL_TO_DISK_ROWS);
    }

    /** What this process is doing ("paperkg serve --port 3030"): another process finding the store held is told so. */
    public static void describeThisProcess(String what) {
        StoreLock.describeThisProcess(what.length() > 200 ? what.substring(0, 200) + "..." : what);
    }

    /** Opens an existing store; a directory without one is an error that says how to make one. */
    public static KgStore openExisting(Path dir) {
        StoreLayout layout = new StoreLayout(dir);
        if (!layout.exists())
            throw new StoreException("no knowledge graph store at " + dir + "; run 'paperkg build' first, or give --store");
        StoreLock lock = StoreLock.acquire(dir);
        try {
            return new KgStore(dir, layout, lock, layout.database());
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Opens the store for building, creating an empty one when the directory has none, and removes
     * what a killed build left behind (an unfinished generation).
     */
    public static KgStore openForWrite(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException("cannot create the store directory " + dir + ": " + e.getMessage());
        }
        StoreLayout layout = new StoreLayout(dir);
        if (!layout.exists() && !holdsNothing(dir))
            throw new StoreException("the store directory " + dir + " holds other files but no paperkg store; "
                    + "give an empty or new directory with --store");
        StoreLock lock = StoreLock.acquire(dir);
        try {
            layout.removeUnused();
            if (layout.database() == null) {
                // An empty store from the start, so that a failed first build still leaves a store to query.
                Path gen = layout.newGeneration();
                TDBInternal.expel(connect(dir, gen).asDatasetGraph());
                writeGenerationInfo(gen);
                layout.switchTo(gen);
                layout.removeUnused();
            }
            return new KgStore(dir, layout, lock, layout.database());
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** Empty, or only the files a store's first moments leave (its lock, an unfinished first generation). */
    private static boolean holdsNothing(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.allMatch(p -> {
                String n = p.getFileName().toString();
                return n.equals(StoreLock.FILE) || n.matches("gen-\\d{4,}") || n.equals(StoreLayout.POINTER + ".tmp");
            });
        } catch (IOException e) {
            return false;
        }
    }

    private static Dataset connect(Path dir, Path db) {
        try {
            return TdbSettings.connect(db);
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

    /** The TDB2 database directory in use: {@code DIR/gen-NNNN}, or DIR itself for a legacy store. */
    public Path database() {
        return database;
    }

    /** Bytes on disk of the database in use. */
    public long sizeBytes() {
        return StoreLayout.sizeOf(database);
    }

    /** What the last {@link #build} or {@link #compact} did, or null before either. */
    public LoadReport lastLoad() {
        return lastLoad;
    }

    /** {@link #build(List, Pipeline, BuildOptions, Consumer)} with the default options. */
    public RunSummary build(List<InputFiles.Source> sources, Pipeline pipeline, Consumer<PaperRecord> onRecord) {
        return build(sources, pipeline, BuildOptions.defaults(), onRecord);
    }

    /**
     * Replaces the named graph of each source (and of each build stage) with what the pipeline
     * makes of it. All of it lands, or (on any error or a stop) none does and the store keeps its
     * last state.
     */
    public RunSummary build(List<InputFiles.Source> sources, Pipeline pipeline, BuildOptions options,
                            Consumer<PaperRecord> onRecord) {
        LoadMode mode = options.load() == LoadMode.AUTO ? chooseMode(sources, pipeline) : options.load();
        RunSummary summary = new RunSummary();
        try {
            if (mode == LoadMode.BULK) {
                Set<Node> replaced = new HashSet<>(pipeline.graphsFor(sources));
                // The store this load leaves: the graphs it keeps (at most the current store) and what the input adds.
                LoaderKind kind = options.loaderFor(sizeBytes() + LoaderKind.STORE_BYTES_PER_INPUT_BYTE * inputBytes(sources));
                BulkPhases b = bulk(replaced, kind, options.stop(), current -> pipeline.open(current, replaced),
                        out -> pipeline.run(sources, out, summary, onRecord, options.stop()));
                lastLoad = new LoadReport(mode, database.getFileName().toString(), false, b.kept(), b.dataSeconds(),
                        b.indexSeconds(), b.switchSeconds(), kind);
            } else {
                incremental(sources, pipeline, summary, options, onRecord);
                boolean compacted = needsCompaction();
                if (compacted) compact(options.loader());
                lastLoad = new LoadReport(mode, database.getFileName().toString(), compacted, 0, 0, 0, 0,
                        compacted ? lastLoad.loader() : null);
            }
        } catch (KgException e) {
            summary.close();
            throw e;
        } catch (RuntimeException e) {
            summary.close();
            throw StoreErrors.translate(dir, e);
        } catch (Error e) {
            summary.close();
            throw e;
        }
        return summary;
    }

    /**
     * The load mode {@link LoadMode#AUTO} picks: incremental when the store already holds papers,
     * the inputs are small next to it (under {@value #SMALL_INPUT_SHARE} of its bytes on disk, which
     * is about a tenth of the papers it holds, a store taking some ten times the bytes of its JSON
     * input) and the graphs they replace hold at most a tenth of its source records; bulk otherwise,
     * and always for a legacy store, which a bulk build converts.
     */
    LoadMode chooseMode(List<InputFiles.Source> sources, Pipeline pipeline) {
        if (layout.isLegacy()) return LoadMode.BULK;
        Map<Node, Long> records = recordsPerGraph();
        long total = records.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) return LoadMode.BULK;
        long replaced = 0;
        for (Node g : pipeline.graphsFor(sources)) replaced += records.getOrDefault(g, 0L);
        boolean small = inputBytes(sources) <= SMALL_INPUT_SHARE * sizeBytes() && replaced * 10 <= total;
        return small ? LoadMode.INCREMENTAL : LoadMode.BULK;
    }

    /** The inputs' size, gzipped files counted as their text would be. */
    private static long inputBytes(List<InputFiles.Source> sources) {
        long bytes = 0;
        for (InputFiles.Source s : sources) bytes += uncompressedEstimate(s.file());
        return bytes;
    }

    private static long uncompressedEstimate(Path file) {
        try {
            long size = Files.size(file);
            return file.getFileName().toString().endsWith(".gz") ? size * 6 : size;
        } catch (IOException e) {
            return 0;
        }
    }

    /** Each named graph's pkg:recordCount (the source records it was built from). */
    private Map<Node, Long> recordsPerGraph() {
        return Txn.calculateRead(dataset, () -> {
            Map<Node, Long> out = new HashMap<>();
            DatasetGraph dsg = dataset.asDatasetGraph();
            for (Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, PKG.recordCount.asNode(), Node.ANY); it.hasNext(); ) {
                Quad q = it.next();
                if (q.getObject().isLiteral() && q.getObject().getLiteralValue() instanceof Number n)
                    out.merge(q.getGraph(), n.longValue(), Long::sum);
            }
            return out;
        });
    }

    private void incremental(List<InputFiles.Source> sources, Pipeline pipeline, RunSummary summary, BuildOptions options,
                             Consumer<PaperRecord> onRecord) {
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            Set<Node> replaced = new HashSet<>(pipeline.graphsFor(sources));
            // Stages read the store as earlier builds left it (an entity registry), so before deleting.
            pipeline.open(dsg, replaced);
            Set<Node> deleted = new HashSet<>(replaced);
            deleted.removeAll(pipeline.updatedInPlace()); // a stage's graph it only amends (the entities graph of an addition)
            for (Node g : deleted) dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
            pipeline.runInPlace(sources, dsg, summary, onRecord, options.stop());
            if (options.stop().getAsBoolean()) throw new BuildInterruptedException("build interrupted");
            PausePoints.reach("written");
        });
    }

    /**
     * Bulk-loads a new generation: the current graphs except {@code replaced}, then what
     * {@code writer} writes; switches to it when all is loaded. Returns the quads kept. One read
     * transaction on the current generation spans {@code open} (given the current database), the
     * copy and {@code writer}, so what writes the new generation may read the old one throughout.
     */
    private BulkPhases bulk(Set<Node> replaced, LoaderKind kind, BooleanSupplier stop, Consumer<DatasetGraph> open,
                            Consumer<StreamRDF> writer) {
        long t0 = System.nanoTime(), t1, t2;
        Path gen = layout.newGeneration();
        Dataset target = connect(dir, gen);
        // A single-threaded loader gets a thread of its own, so that this build's mapping overlaps with its inserts.
        DataLoader loader = kind.transactional() ? new LoaderThread(kind.createLoader(target.asDatasetGraph()))
                : kind.createLoader(target.asDatasetGraph());
        boolean loaded = false;
        long kept;
        try {
            loader.startBulk();
            StreamRDF out = loader.stream();
            out.start();
            dataset.begin(TxnType.READ);
            try {
                open.accept(dataset.asDatasetGraph());
                kept = copyGraphsExcept(replaced, out);
                writer.accept(out);
            } finally {
                dataset.end();
            }
            out.finish();
            if (stop.getAsBoolean()) throw new BuildInterruptedException("build interrupted");
            t1 = System.nanoTime();
            loader.finishBulk();
            t2 = System.nanoTime();
            loaded = true;
        } catch (RuntimeException | Error e) {
            abandon(loader, kind, e);
            throw e;
        } finally {
            TDBInternal.expel(target.asDatasetGraph());
            if (!loaded) StoreLayout.deleteTree(gen);
        }
        PausePoints.reach("loaded");
        if (stop.getAsBoolean()) {
            StoreLayout.deleteTree(gen);
            throw new BuildInterruptedException("build interrupted");
        }
        writeGenerationInfo(gen);
        switchTo(gen);
        return new BulkPhases(kept, (t1 - t0) / 1e9, (t2 - t1) / 1e9, (System.nanoTime() - t2) / 1e9);
    }

    /** Stops a loader after a failure; the generation it wrote is deleted by the caller. */
    private static void abandon(DataLoader loader, LoaderKind kind, Throwable e) {
        try {
            if (kind.transactional()) {
                loader.finishException(e instanceof Exception ex ? ex : new RuntimeException(e));
            } else {
                // The multi-threaded loaders only stop their threads by finishing; the result is thrown away.
                loader.finishBulk();
            }
        } catch (RuntimeException suppressed) {
            e.addSuppressed(suppressed);
        }
    }

    /** Streams every quad of the current database outside {@code excluded} into {@code out}; returns how many. */
    private long copyGraphsExcept(Set<Node> excluded, StreamRDF out) {
        return Txn.calculateRead(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            long n = 0;
            for (Iterator<Quad> it = dsg.find(Quad.defaultGraphIRI, Node.ANY, Node.ANY, Node.ANY); it.hasNext(); n++)
                out.quad(it.next());
            for (Iterator<Node> graphs = dsg.listGraphNodes(); graphs.hasNext(); ) {
                Node g = graphs.next();
                if (excluded.contains(g)) continue;
                for (Iterator<Quad> it = dsg.find(g, Node.ANY, Node.ANY, Node.ANY); it.hasNext(); n++) out.quad(it.next());
            }
            return n;
        });
    }

    /** Makes {@code gen} current, reopens on it and deletes the generation (or legacy files) it replaces. */
    private void switchTo(Path gen) {
        TDBInternal.expel(dataset.asDatasetGraph());
        try {
            layout.switchTo(gen);
        } finally {
            attach(layout.database());
        }
        PausePoints.reach("switched");
        layout.removeUnused();
    }

    /**
     * Rewrites the database into a fresh generation with the bulk loader, dropping the space
     * incremental transactions left behind. Crash-safe like a bulk build. {@code kind} null: chosen
     * by the store's size ({@link LoaderKind#forStore}; compacting only shrinks it).
     */
    public void compact(LoaderKind kind) {
        try {
            LoaderKind k = BuildOptions.defaults().withLoader(kind).loaderFor(sizeBytes());
            bulk(Set.of(), k, () -> false, current -> { }, out -> { });
            lastLoad = new LoadReport(LoadMode.BULK, database.getFileName().toString(), true, 0, 0, 0, 0, k);
        } catch (KgException e) {
            throw e;
        } catch (RuntimeException e) {
            throw StoreErrors.translate(dir, e);
        }
    }

    /** True when incremental writes have grown the database past {@value #COMPACT_GROWTH}x its bulk-loaded size. */
    boolean needsCompaction() {
        long bulkBytes = bulkBytes();
        return bulkBytes > 0 && sizeBytes() > COMPACT_GROWTH * Math.max(bulkBytes, 64L << 20);
    }

    /** The database's size right after its bulk load, as recorded then; 0 when unknown. */
    long bulkBytes() {
        Path info = database.resolve(GENERATION_INFO);
        if (!Files.isRegularFile(info)) return 0;
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(info, StandardCharsets.UTF_8)) {
            p.load(in);
            return Long.parseLong(p.getProperty("bulk.bytes", "0"));
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }

    private static void writeGenerationInfo(Path gen) {
        Properties p = new Properties();
        p.setProperty("bulk.bytes", Long.toString(StoreLayout.sizeOf(gen)));
        try (var out = Files.newBufferedWriter(gen.resolve(GENERATION_INFO), StandardCharsets.UTF_8)) {
            p.store(out, "paperkg: size of this database right after its bulk load, for deciding when to compact");
        } catch (IOException e) {
            throw new StoreException("cannot write " + gen.resolve(GENERATION_INFO) + ": " + e.getMessage());
        }
    }

    public StoreStats stats() {
        try {
            return Txn.calculateRead(dataset, () -> StatsCounter.count(dataset.asDatasetGraph()));
        } catch (KgException e) {
            throw e;
        } catch (RuntimeException e) {
            throw StoreErrors.translate(dir, e);
        }
    }

    @Override
    public void close() {
        try {
            TDBInternal.expel(dataset.asDatasetGraph());
        } finally {
            lock.close();
        }
    }
}
