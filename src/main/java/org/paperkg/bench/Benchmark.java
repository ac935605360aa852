package org.paperkg.bench;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.paperkg.KgException;
import org.paperkg.extract.ExtractionPipeline;
import org.paperkg.generate.PaperGenerator;
import org.paperkg.pipeline.Pipeline;
import org.paperkg.pipeline.RunSummary;
import org.paperkg.resolve.ResolutionStage;
import org.paperkg.resolve.Resolver;
import org.paperkg.query.QueryLibrary;
import org.paperkg.query.QueryRunner;
import org.paperkg.read.InputFiles;
import org.paperkg.store.BuildOptions;
import org.paperkg.store.Exporter;
import org.paperkg.store.KgStore;
import org.paperkg.store.LoadMode;
import org.paperkg.store.LoaderKind;
import org.paperkg.store.StoreStats;
import org.paperkg.store.TdbSettings;
import org.paperkg.vocab.Iris;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * {@code paperkg bench}: generates a corpus, builds it end to end into a fresh store, and in the
 * same run measures the baseline, Jena's own bulk loader loading the same quads (exported as
 * N-Quads) into another fresh store. Because both run in one process on one machine within
 * minutes of each other, their ratio is meaningful on a shared, noisy machine where absolute
 * times are not.
 *
 * <pre>
 * Benchmark.Result r = new Benchmark(Benchmark.Settings.defaults(10_000, workDir)).run(line -> log(line));
 * </pre>
 */
public final class Benchmark {
    /** What to run. */
    public record Settings(long papers, long seed, PaperGenerator.Format format, LoaderKind loader,
                           List<LoaderKind> baselineLoaders, int threads, boolean queries, int queryRuns,
                           Path work, boolean keep, Path queryDir, long addPapers, boolean gzipExport) {
        public static Settings defaults(long papers, Path work) {
            return new Settings(papers, 1, PaperGenerator.Format.ARXIV_JSONL, null, List.of(LoaderKind.PARALLEL),
                    Pipeline.defaultWorkers(), false, 7, work, false, null, 0, false);
        }
    }

    /** One named query's warm timing. */
    public record QueryTiming(String name, Map<String, String> params, long rows, double coldMs, double medianMs,
                              double minMs, double maxMs, int warmRuns) {
    }

    /** The measured figures; {@link #asMap()} gives the JSON fields. */
    public record Result(Settings settings, long papers, long triples, long storePapers, long corpusBytes,
                         double generateS, double extractS, double buildS, double exportS,
                         Map<LoaderKind, Double> bareLoaderS, long peakHeapBytes, long maxHeapBytes,
                         long storeBytes, long bareStoreBytes, List<QueryTiming> queries,
                         double extractCpuS, double buildCpuS, Map<LoaderKind, Double> bareLoaderCpuS,
                         Incremental incremental, double decompressS, long liveHeapBytes, LoaderKind buildLoader) {
        public LoaderKind bestBaseline() {
            return bareLoaderS.entrySet().stream().min(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElseThrow();
        }

        public double bareS() {
            return bareLoaderS.get(bestBaseline());
        }

        public Map<String, Object> asMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("papers", papers);
            m.put("triples", triples);
            m.put("build_s", round(buildS, 3));
            m.put("papers_per_s", round(papers / buildS, 1));
            m.put("triples_per_s", round(triples / buildS, 1));
            m.put("extract_s", round(extractS, 3));
            m.put("extract_papers_per_s", round(papers / extractS, 1));
            m.put("bare_loader_s", round(bareS(), 3));
            m.put("bare_loader", bestBaseline().cliName());
            Map<String, Object> kinds = new LinkedHashMap<>();
            bareLoaderS.forEach((k, v) -> kinds.put(k.cliName(), round(v, 3)));
            m.put("bare_loader_kinds_s", kinds);
            m.put("ratio", round(bareS() / buildS, 3));
            if (settings.gzipExport()) {
                // The baseline read gzipped N-Quads (to save disk); this is what decompressing alone took.
                m.put("bare_decompress_s", round(decompressS, 3));
                m.put("ratio_without_decompress", round((bareS() - decompressS) / buildS, 3));
            }
            // CPU seconds of the whole process: less disturbed than wall time when other work shares the machine.
            m.put("extract_cpu_s", round(extractCpuS, 3));
            m.put("build_cpu_s", round(buildCpuS, 3));
            m.put("bare_loader_cpu_s", round(bareLoaderCpuS.get(bestBaseline()), 3));
            m.put("cpu_ratio", round(bareLoaderCpuS.get(bestBaseline()) / buildCpuS, 3));
            m.put("peak_heap_mb", round(peakHeapBytes / 1048576.0, 1));
            m.put("live_heap_mb", round(liveHeapBytes / 1048576.0, 1));
            m.put("max_heap_mb", round(maxHeapBytes / 1048576.0, 1));
            m.put("store_mb", round(storeBytes / 1048576.0, 1));
            m.put("bare_store_mb", round(bareStoreBytes / 1048576.0, 1));
            m.put("store_ratio", round((double) storeBytes / bareStoreBytes, 3));
            m.put("store_papers", storePapers);
            m.put("corpus_mb", round(corpusBytes / 1048576.0, 1));
            m.put("corpus_format", settings.format().cliName);
            m.put("generate_s", round(generateS, 3));
            m.put("export_s", round(exportS, 3));
            m.put("loader", buildLoader.cliName());
            m.put("threads", settings.threads());
            m.put("cores", Runtime.getRuntime().availableProcessors());
            m.put("java", System.getProperty("java.version"));
            m.put("jvm_flags", String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                    .filter(a -> a.startsWith("-X") || a.startsWith("-XX")).toList()));
            m.put("seed", settings.seed());
            if (incremental != null) {
                m.put("add_papers", incremental.papers());
                m.put("add_s", round(incremental.seconds(), 3));
                m.put("add_mode", incremental.mode());
                m.put("store_mb_after_add", round(incremental.storeBytesAfter() / 1048576.0, 1));
            }
            if (!queries.isEmpty()) m.put("queries", asMaps(queries));
            return m;
        }

        private static double round(double v, int places) {
            double f = Math.pow(10, places);
            return Math.round(v * f) / f;
        }
    }

    /** Adding papers to the built store: how long, in which mode, and the store size after. */
    public record Incremental(long papers, double seconds, String mode, long storeBytesAfter) {
    }

    /** The JSON form of query timings. */
    static List<Map<String, Object>> asMaps(List<QueryTiming> queries) {
        List<Map<String, Object>> qs = new ArrayList<>();
        for (QueryTiming q : queries) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("name", q.name());
            e.put("params", q.params());
            e.put("rows", q.rows());
            e.put("cold_ms", Result.round(q.coldMs(), 1));
            e.put("median_ms", Result.round(q.medianMs(), 1));
            e.put("min_ms", Result.round(q.minMs(), 1));
            e.put("max_ms", Result.round(q.maxMs(), 1));
            e.put("warm_runs", q.warmRuns());
            if (q.rows() < 0) e.put("timed_out_after_ms", QUERY_TIMEOUT_MS);
            qs.add(e);
        }
        return qs;
    }

    private final Settings s;

    public Benchmark(Settings settings) {
        this.s = settings;
    }

    /** Runs every step, reporting progress lines to {@code log}; deletes its files unless told to keep them. */
    public Result run(Consumer<String> log) {
        try {
            Files.createDirectories(s.work());
            return runIn(s.work(), log);
        } catch (IOException e) {
            throw new KgException(KgException.FAILURE, "benchmark: cannot use " + s.work() + ": " + e.getMessage(), e);
        } finally {
            if (!s.keep()) deleteTree(s.work());
        }
    }

    /** The named queries' timings on an existing store (nothing is built); with its paper and quad counts and size. */
    public static Map<String, Object> queriesOn(Path storeDir, Path queryDir, int runs, Consumer<String> log) {
        Settings settings = new Settings(0, 1, PaperGenerator.Format.LISTING, null, List.of(), 0, true, runs,
                storeDir, true, queryDir, 0, false);
        try (KgStore kg = KgStore.openExisting(storeDir)) {
            StoreStats stats = kg.stats();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("store", storeDir.toString());
            m.put("papers", stats.papers());
            m.put("triples", stats.triples());
            m.put("store_mb", Math.round(kg.sizeBytes() / 1048576.0 * 10) / 10.0);
            m.put("jvm_flags", String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                    .filter(a -> a.startsWith("-X") || a.startsWith("-XX")).toList()));
            List<QueryTiming> timings = new Benchmark(settings).timeQueries(kg, log);
            m.put("queries", asMaps(timings));
            return m;
        }
    }

    private Result runIn(Path work, Consumer<String> log) throws IOException {
        String ext = switch (s.format()) {
            case LISTING -> ".txt";
            case HF_JSON -> ".json";
            case ARXIV_JSONL -> ".jsonl";
        };
        Path corpus = work.resolve("corpus-" + s.papers() + ext);
        log.accept(String.format("generating %,d papers (%s, seed %d) ...", s.papers(), s.format().cliName, s.seed()));
        long t0 = System.nanoTime();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(corpus), 1 << 16)) {
            new PaperGenerator(s.seed()).write(s.papers(), s.format(), out);
        }
        double generateS = seconds(t0);
        List<InputFiles.Source> sources = InputFiles.resolve(List.of(corpus));
        warmUp(work, log);
        Pipeline pipeline = pipeline();

        log.accept("extracting without a store ...");
        t0 = System.nanoTime();
        long c0 = cpuNanos();
        long[] mentions = {0};
        long extracted = pipeline.extractOnly(sources, x -> mentions[0] += x.mentions().size());
        double extractS = seconds(t0);
        double extractCpuS = (cpuNanos() - c0) / 1e9;
        log.accept(String.format("  %,d papers, %,d mentions in %.1f s", extracted, mentions[0], extractS));

        Path storeDir = work.resolve("store");
        log.accept("building (" + (s.loader() != null ? s.loader().cliName() + " loader" : "loader kind chosen by size") + ", "
                + s.threads() + " extraction threads) ...");
        System.gc();
        RunSummary summary;
        long peak, live, storeBytes;
        StoreStats stats;
        double buildS;
        List<QueryTiming> timings = List.of();
        LoaderKind buildLoader;
        Path nq = work.resolve(s.gzipExport() ? "export.nq.gz" : "export.nq");
        double exportS;
        double buildCpuS;
        Incremental incremental = null;
        try (HeapWatch heap = new HeapWatch()) {
            t0 = System.nanoTime();
            c0 = cpuNanos();
            try (KgStore kg = KgStore.openForWrite(storeDir)) {
                summary = kg.build(sources, pipeline, BuildOptions.defaults().withLoad(LoadMode.BULK).withLoader(s.loader()), r -> { });
                buildS = seconds(t0);
                buildCpuS = (cpuNanos() - c0) / 1e9;
                peak = heap.peakBytes();
                live = heap.liveBytes();
                storeBytes = kg.sizeBytes();
                stats = kg.stats();
                var phases = kg.lastLoad();
                buildLoader = phases.loader();
                log.accept(String.format("  %,d papers, %,d quads in %.1f s (%s loader: data %.1f s, indexes %.1f s, sync and switch %.1f s); "
                        + "store %,d MB", summary.records(), stats.triples(), buildS, buildLoader.cliName(), phases.dataSeconds(),
                        phases.indexSeconds(), phases.switchSeconds(), storeBytes >> 20));
                if (s.queries()) timings = timeQueries(kg, log);
                log.accept("exporting N-Quads for the baseline ...");
                t0 = System.nanoTime();
                try (OutputStream out = exportStream(nq)) {
                    new Exporter(kg.dataset()).write(Exporter.Format.NQ, out);
                }
                exportS = seconds(t0);
                if (s.addPapers() > 0) incremental = add(kg, work, log);
            }
        }
        // The build's store is measured; drop it before the baseline needs the same space again.
        if (!s.keep()) deleteTree(storeDir);

        double decompressS = 0;
        if (s.gzipExport()) {
            t0 = System.nanoTime();
            try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(nq), 1 << 16)) {
                byte[] buf = new byte[1 << 16];
                while (in.read(buf) >= 0) {
                    // Only the time to decompress counts.
                }
            }
            decompressS = seconds(t0);
            log.accept(String.format("  decompressing the N-Quads alone takes %.1f s", decompressS));
        }
        Map<LoaderKind, Double> bare = new LinkedHashMap<>();
        Map<LoaderKind, Double> bareCpu = new LinkedHashMap<>();
        long bareBytes = 0;
        for (LoaderKind kind : s.baselineLoaders()) {
            Path bareDir = work.resolve("bare-" + kind.cliName());
            log.accept("baseline: Jena " + kind.cliName() + " loader on " + (Files.size(nq) >> 20) + " MB of N-Quads ...");
            System.gc();
            t0 = System.nanoTime();
            c0 = cpuNanos();
            bareLoad(kind, nq, bareDir);
            double t = seconds(t0);
            bare.put(kind, t);
            bareCpu.put(kind, (cpuNanos() - c0) / 1e9);
            long bytes = sizeOf(bareDir);
            log.accept(String.format("  %.1f s (cpu %.1f s), store %,d MB", t, bareCpu.get(kind), bytes >> 20));
            if (bareBytes == 0 || t <= bare.values().stream().min(Double::compare).orElseThrow()) bareBytes = bytes;
            if (!s.keep()) deleteTree(bareDir);
        }
        return new Result(s, summary.records(), stats.triples(), stats.papers(), Files.size(corpus), generateS, extractS,
                buildS, exportS, bare, peak, Runtime.getRuntime().maxMemory(), storeBytes, bareBytes, timings, extractCpuS, buildCpuS,
                bareCpu, incremental, decompressS, live, buildLoader);
    }

    /** Builds {@code addPapers} new papers into the built store the way a user adds a day's papers (load mode auto). */
    private Incremental add(KgStore kg, Path work, Consumer<String> log) throws IOException {
        Path file = work.resolve("added-" + s.addPapers() + ".jsonl");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            new PaperGenerator(s.seed() + 2).write(s.addPapers(), PaperGenerator.Format.ARXIV_JSONL, out);
        }
        log.accept(String.format("adding %,d new papers to the store ...", s.addPapers()));
        long t0 = System.nanoTime();
        kg.build(InputFiles.resolve(List.of(file)), pipeline(), BuildOptions.defaults().withLoader(s.loader()), r -> { });
        double t = seconds(t0);
        var report = kg.lastLoad();
        long storeBytes = kg.sizeBytes(); // walks the whole store directory: once
        log.accept(String.format("  %.1f s (%s%s), store %,d MB", t, report.mode().cliName(), report.compacted() ? ", compacted" : "",
                storeBytes >> 20));
        return new Incremental(s.addPapers(), t, report.mode().cliName() + (report.compacted() ? "+compacted" : ""), storeBytes);
    }

    /** The export file's stream: gzip at the fastest level when asked, to save disk on large runs. */
    private static OutputStream exportStream(Path nq) throws IOException {
        OutputStream file = new BufferedOutputStream(Files.newOutputStream(nq), 1 << 16);
        if (!nq.getFileName().toString().endsWith(".gz")) return file;
        return new java.util.zip.GZIPOutputStream(file, 1 << 16) {
            {
                def.setLevel(java.util.zip.Deflater.BEST_SPEED);
            }
        };
    }

    /**
     * The pipeline {@code paperkg build} runs (entity resolution included: the standard gazetteer, no
     * overrides), new for every build, as the resolver keeps one build's registry.
     */
    private Pipeline pipeline() {
        return ResolutionStage.pipeline(ExtractionPipeline.standard(), Resolver.standalone(new Iris(Iris.DEFAULT_BASE)))
                .withWorkers(s.threads());
    }

    /** Papers in the warm-up corpus (fewer when the benchmark itself is smaller). */
    static final long WARM_UP_PAPERS = 2_000;

    /**
     * Runs every measured step once on a small corpus first, unmeasured, so that the just-in-time
     * compiler has compiled the build's code and the loaders' alike before either is timed; otherwise
     * whichever runs first pays for compiling code they share (TDB2's) and small runs compare badly.
     */
    private void warmUp(Path work, Consumer<String> log) throws IOException {
        Pipeline pipeline = pipeline();
        long n = Math.min(WARM_UP_PAPERS, s.papers());
        log.accept(String.format("warming up on %,d other papers ...", n));
        Path dir = work.resolve("warm-up");
        Files.createDirectories(dir);
        Path corpus = dir.resolve("corpus.jsonl");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(corpus), 1 << 16)) {
            new PaperGenerator(s.seed() + 1).write(n, PaperGenerator.Format.ARXIV_JSONL, out);
        }
        List<InputFiles.Source> sources = InputFiles.resolve(List.of(corpus));
        pipeline.extractOnly(sources, x -> { });
        Path nq = dir.resolve("export.nq");
        try (KgStore kg = KgStore.openForWrite(dir.resolve("store"))) {
            kg.build(sources, pipeline, BuildOptions.defaults().withLoad(LoadMode.BULK).withLoader(s.loader()), r -> { });
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(nq), 1 << 16)) {
                new Exporter(kg.dataset()).write(Exporter.Format.NQ, out);
            }
        }
        for (LoaderKind kind : s.baselineLoaders()) bareLoad(kind, nq, dir.resolve("bare-" + kind.cliName()));
        deleteTree(dir);
    }

    /** Jena's bulk loader of {@code kind} loading {@code nq} into a fresh database at {@code dir}. */
    private static void bareLoad(LoaderKind kind, Path nq, Path dir) {
        // The same TDB2 settings as paperkg's own stores: the same work, and Jena's default node
        // caches do not fit a million papers in the heap the build is measured with.
        Dataset ds = TdbSettings.connect(dir);
        try {
            DataLoader loader = kind.createLoader(ds.asDatasetGraph());
            loader.startBulk();
            loader.load(nq.toString());
            loader.finishBulk();
        } finally {
            TDBInternal.expel(ds.asDatasetGraph());
        }
    }

    /** A query run is stopped after this long; its time is then reported as this (a lower bound). */
    static final long QUERY_TIMEOUT_MS = 120_000;

    /** Queries slower than this cold get two warm runs instead of all of them. */
    static final double SLOW_QUERY_MS = 5_000;

    /** The named queries with typical parameters: one cold run, then the median of the warm ones. */
    private List<QueryTiming> timeQueries(KgStore kg, Consumer<String> log) {
        QueryLibrary library = new QueryLibrary(s.queryDir());
        Dataset ds = kg.dataset(); // KgStore sets the union default graph on every dataset it opens
        Map<String, Map<String, String>> params = typicalParameters(kg);
        List<QueryTiming> out = new ArrayList<>();
        for (QueryLibrary.NamedQuery q : library.all()) {
            Query query = QueryFactory.create(q.sparql());
            Map<String, String> p = params.getOrDefault(q.name(), Map.of());
            long t0 = System.nanoTime();
            long rows = execute(ds, query, p);
            double cold = (System.nanoTime() - t0) / 1e6;
            if (rows < 0) { // Timed out: no warm runs, the time is a lower bound.
                log.accept(String.format("  query %-22s timed out after %,d ms", q.name(), QUERY_TIMEOUT_MS));
                out.add(new QueryTiming(q.name(), p, -1, cold, cold, cold, cold, 0));
                continue;
            }
            // A query that takes seconds says what it has to say in three runs; fast ones get all of theirs.
            double[] ms = new double[cold > SLOW_QUERY_MS ? 3 : s.queryRuns()];
            ms[0] = cold;
            for (int i = 1; i < ms.length; i++) {
                t0 = System.nanoTime();
                rows = execute(ds, query, p);
                ms[i] = (System.nanoTime() - t0) / 1e6;
            }
            double[] warm = Arrays.copyOfRange(ms, 1, ms.length);
            Arrays.sort(warm);
            double median = warm.length == 0 ? ms[0] : warm.length % 2 == 1 ? warm[warm.length / 2]
                    : (warm[warm.length / 2 - 1] + warm[warm.length / 2]) / 2;
            QueryTiming t = new QueryTiming(q.name(), p, rows, ms[0], median, warm.length == 0 ? ms[0] : warm[0],
                    warm.length == 0 ? ms[0] : warm[warm.length - 1], warm.length);
            log.accept(String.format("  query %-22s %,9d rows  cold %,8.1f ms  warm median %,8.1f ms", q.name(), rows, ms[0], median));
            out.add(t);
        }
        return out;
    }

    /**
     * Parameters a user would give: a week of dates, the most-cited dataset's name, one paper's IRI.
     * Queries without parameters run as they are.
     */
    private static Map<String, Map<String, String>> typicalParameters(KgStore kg) {
        Dataset ds = kg.dataset();
        return Txn.calculateRead(ds, () -> {
            Map<String, Map<String, String>> m = new LinkedHashMap<>();
            m.put("papers-in-date-range", Map.of("from", "2025-06-01", "to", "2025-06-07"));
            String paper = first(ds, "SELECT ?p WHERE { ?p a <https://w3id.org/paperkg/ontology#Paper> } LIMIT 1");
            if (paper != null) m.put("paper-details", Map.of("paper", "<" + paper + ">"));
            String dataset = first(ds, "SELECT ?n WHERE { ?d a <https://w3id.org/paperkg/ontology#Dataset> ; "
                    + "<http://www.w3.org/2000/01/rdf-schema#label> ?n } LIMIT 1");
            if (dataset != null) m.put("evidence", Map.of("name", dataset));
            return m;
        });
    }

    private static String first(Dataset ds, String sparql) {
        try (QueryExec exec = QueryExec.dataset(ds.asDatasetGraph()).query(sparql).build()) {
            RowSet rows = exec.select();
            if (!rows.hasNext()) return null;
            var node = rows.next().get(rows.getResultVars().get(0));
            return node.isURI() ? node.getURI() : node.getLiteralLexicalForm();
        }
    }

    /** Runs the query in a read transaction and reads every row; returns the row count. */
    private static long execute(Dataset ds, Query query, Map<String, String> params) {
        return Txn.calculateRead(ds, () -> {
            QueryExecBuilder b = QueryExec.dataset(ds.asDatasetGraph()).query(query);
            b.timeout(QUERY_TIMEOUT_MS);
            params.forEach((k, v) -> b.substitution(k, QueryRunner.term(v)));
            try (QueryExec exec = b.build()) {
                if (!query.isSelectType()) return exec.ask() ? 1L : 0L;
                RowSet rows = exec.select();
                long n = 0;
                try {
                    while (rows.hasNext()) {
                        rows.next();
                        n++;
                    }
                } catch (org.apache.jena.query.QueryCancelledException e) {
                    return -1L;
                }
                return n;
            }
        });
    }

    /** CPU time of the whole process (every thread, GC included). */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    static long sizeOf(Path p) {
        if (!Files.exists(p)) return 0;
        try (Stream<Path> files = Files.walk(p)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path p) {
        if (!Files.exists(p)) return;
        try (Stream<Path> files = Files.walk(p)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
