package org.paperkg.pipeline;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.paperkg.KgException;
import org.paperkg.PausePoints;
import org.paperkg.extract.ExtractionPipeline;
import org.paperkg.map.PaperMapper;
import org.paperkg.model.Mention;
import org.paperkg.model.PaperExtraction;
import org.paperkg.model.PaperRecord;
import org.paperkg.model.SkippedRecord;
import org.paperkg.read.InputFiles;
import org.paperkg.read.RecordSink;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Reads source files, extracts every record and maps it to quads, streaming, in three stages on
 * their own threads:
 * <pre>
 * reader thread          -- batches of records -->  extraction workers (N threads, any order)
 * calling thread (this)  <-- the same batches, back in input order --  stages, mapper, output
 * </pre>
 * Extraction is stateless per paper, so it runs in parallel; {@link BuildStage}s and the mapper
 * run on the calling thread in input order, so the same input always gives the same quads in the
 * same order, and a stage may keep state across papers. Batches travel through a bounded queue:
 * at most {@code workers + 4} batches of {@value #BATCH} records are in memory (the queue holds
 * {@code workers + 2}, plus the one being read and the one being mapped), whatever the input size. The output is any {@link StreamRDF} (a bulk loader, a write transaction, a counter)
 * and is only ever called from the calling thread, as TDB2 transactions require; so is the
 * {@link RunSummary}, which is not thread-safe: workers only fill in each record's extraction (or
 * the error it failed with), and all counting happens in input order on the calling thread.
 *
 * <p>A record is extracted and mapped whole before any of it is written: should extraction or
 * mapping fail on it (a bug, a stack overflow on a pathological input), it becomes a skipped record
 * with the reason, not half a paper, and the run goes on.
 *
 * <pre>
 * var pipeline = new Pipeline(ExtractionPipeline.standard(), new PaperMapper(new Iris(Iris.DEFAULT_BASE)));
 * pipeline.run(sources, StreamRDFLib.dataset(dsg), summary, record -> progress.step(), () -> false);
 * </pre>
 */
public final class Pipeline {
    /** Records per batch handed between threads: large enough to amortise hand-offs, small enough to stay flat. */
    static final int BATCH = 64;

    private final ExtractionPipeline extraction;
    private final PaperMapper mapper;
    private final List<BuildStage> stages;
    private final int workers;

    public Pipeline(ExtractionPipeline extraction, PaperMapper mapper) {
        this(extraction, mapper, List.of(), defaultWorkers());
    }

    private Pipeline(ExtractionPipeline extraction, PaperMapper mapper, List<BuildStage> stages, int workers) {
        this.extraction = extraction;
        this.mapper = mapper;
        this.stages = List.copyOf(stages);
        this.workers = workers;
    }

    /** Extraction threads when none are asked for: one per core beyond the one that maps and loads, at least one. */
    public static int defaultWorkers() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    }

    /** This pipeline with {@code stage} after the earlier stages, between extraction and mapping. */
    public Pipeline withStage(BuildStage stage) {
        List<BuildStage> more = new ArrayList<>(stages);
        more.add(stage);
        return new Pipeline(extraction, mapper, more, workers);
    }

    /** This pipeline with {@code n} extraction threads; 0 extracts on the calling thread. */
    public Pipeline withWorkers(int n) {
        if (n < 0) throw new IllegalArgumentException("workers must be >= 0: " + n);
        return new Pipeline(extraction, mapper, stages, n);
    }

    public PaperMapper mapper() {
        return mapper;
    }

    public ExtractionPipeline extraction() {
        return extraction;
    }

    public List<BuildStage> stages() {
        return stages;
    }

    public int workers() {
        return workers;
    }

    /** The named graphs a run of these sources writes: one per source file, then the stages' own. */
    public List<Node> graphsFor(List<InputFiles.Source> sources) {
        List<Node> graphs = new ArrayList<>();
        for (InputFiles.Source s : sources) graphs.add(mapper.graphFor(s.fileName()));
        for (BuildStage stage : stages) graphs.addAll(stage.graphs());
        return graphs;
    }

    /**
     * Lets every stage read the store before a build on it ({@link BuildStage#open}); the store calls
     * it on the calling thread, before {@link #run}, with {@code current} readable until the run ends.
     */
    public void open(DatasetGraph current, Set<Node> replaced) {
        for (BuildStage stage : stages) stage.open(current, replaced);
    }

    /** Runs one source into {@code out}, into the named graph for its file name. */
    public void run(InputFiles.Source source, StreamRDF out, RunSummary summary, Consumer<PaperRecord> onRecord) {
        run(List.of(source), out, summary, onRecord, () -> false);
    }

    /**
     * Runs every source, in order, into {@code out}; then lets each stage finish. {@code stop} is
     * asked between batches: when it answers true the run ends with {@link BuildInterruptedException}
     * and nothing more is written. Any error of a reader or extractor ends the run with that error.
     */
    public void run(List<InputFiles.Source> sources, StreamRDF out, RunSummary summary, Consumer<PaperRecord> onRecord,
                    BooleanSupplier stop) {
        run(sources, out, null, summary, onRecord, stop);
    }

    /**
     * As {@link #run(List, StreamRDF, RunSummary, Consumer, BooleanSupplier)}, writing into
     * {@code store} itself (an incremental build's write transaction); the stages end with
     * {@link BuildStage#finishInPlace}, so they may update their graphs there rather than rewrite them.
     */
    public void runInPlace(List<InputFiles.Source> sources, DatasetGraph store, RunSummary summary, Consumer<PaperRecord> onRecord,
                           BooleanSupplier stop) {
        run(sources, StreamRDFLib.dataset(store), store, summary, onRecord, stop);
    }

    private void run(List<InputFiles.Source> sources, StreamRDF out, DatasetGraph inPlace, RunSummary summary,
                     Consumer<PaperRecord> onRecord, BooleanSupplier stop) {
        StreamRDF counted = new CountingStream(new RecentQuads(out, RecentQuads.CAPACITY), summary);
        Mapping mapping = new Mapping(counted, summary, onRecord);
        if (workers == 0) {
            runInline(sources, mapping, stop);
        } else {
            runParallel(sources, mapping, stop);
        }
        for (BuildStage stage : stages) {
            if (inPlace == null) stage.finish(counted);
            else stage.finishInPlace(inPlace, counted);
        }
    }

    /** The graphs the stages update in place in an incremental build (asked after {@link #open}); the build must not delete them. */
    public Set<Node> updatedInPlace() {
        Set<Node> out = new HashSet<>();
        for (BuildStage stage : stages) out.addAll(stage.updatedInPlace());
        return out;
    }

    /**
     * Reads and extracts every record of {@code sources} on the same threads as {@link #run}, and
     * hands each extraction to {@code each} in input order, without stages, mapping or output: what
     * extraction alone costs. Returns the number of papers.
     */
    public long extractOnly(List<InputFiles.Source> sources, Consumer<PaperExtraction> each) {
        long[] n = {0};
        Consumer<Batch> sink = batch -> {
            for (Item item : batch.items)
                if (item instanceof RecordItem r && r.extraction != null) {
                    each.accept(r.extraction);
                    n[0]++;
                }
        };
        if (workers == 0) runInline(sources, sink, () -> false);
        else runParallel(sources, sink, () -> false);
        return n[0];
    }

    private void runInline(List<InputFiles.Source> sources, Consumer<Batch> mapping, BooleanSupplier stop) {
        Reading reading = new Reading(batch -> {
            batch.extractAll(extraction);
            if (stop.getAsBoolean()) throw new BuildInterruptedException("build interrupted");
            mapping.accept(batch);
        }, () -> false);
        reading.readAll(sources);
        reading.flush();
    }

    private void runParallel(List<InputFiles.Source> sources, Consumer<Batch> mapping, BooleanSupplier stop) {
        AtomicInteger threadNo = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "paperkg-extract-" + threadNo.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        BlockingQueue<Future<Batch>> queue = new ArrayBlockingQueue<>(workers + 2);
        var aborted = new java.util.concurrent.atomic.AtomicBoolean();
        Reading reading = new Reading(batch -> {
            Future<Batch> f = pool.submit(() -> {
                batch.extractAll(extraction);
                return batch;
            });
            try {
                queue.put(f);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Aborted();
            }
        }, aborted::get);
        Thread reader = new Thread(() -> {
            try {
                reading.readAll(sources);
                reading.flush();
                putQuietly(queue, CompletableFuture.completedFuture(Batch.END));
            } catch (Aborted e) {
                // The mapping side gave up; it is no longer reading the queue.
            } catch (Throwable t) {
                putQuietly(queue, CompletableFuture.failedFuture(t));
            }
        }, "paperkg-read");
        reader.setDaemon(true);
        reader.start();
        try {
            while (true) {
                Batch batch = take(queue);
                if (batch == Batch.END) break;
                if (stop.getAsBoolean()) throw new BuildInterruptedException("build interrupted");
                mapping.accept(batch);
            }
        } finally {
            aborted.set(true);
            reader.interrupt();
            pool.shutdownNow();
            queue.clear();
            joinQuietly(reader);
        }
    }

    private static Batch take(BlockingQueue<Future<Batch>> queue) {
        try {
            return queue.take().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BuildInterruptedException("build interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) throw re;
            if (cause instanceof Error err) throw err;
            throw new KgException(KgException.FAILURE, "extraction failed: " + cause, cause);
        }
    }

    private static void putQuietly(BlockingQueue<Future<Batch>> queue, Future<Batch> f) {
        try {
            queue.put(f);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void joinQuietly(Thread t) {
        try {
            t.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Unwinds the reader when the mapping side has stopped. */
    private static final class Aborted extends RuntimeException {
        Aborted() {
            super(null, null, false, false);
        }
    }

    /** One step of a run, in input order: a file starts or ends, a record, a skip, a warning. */
    private sealed interface Item permits FileStart, FileEnd, RecordItem, SkipItem, WarningItem {
    }

    private record FileStart(String fileName, String format) implements Item {
    }

    private record FileEnd(String fileName, java.time.Instant observedAt) implements Item {
    }

    private static final class RecordItem implements Item {
        final PaperRecord record;
        PaperExtraction extraction;
        /** Why extraction failed on this record, or null. */
        Throwable failure;

        RecordItem(PaperRecord record) {
            this.record = record;
        }
    }

    private record SkipItem(SkippedRecord skipped) implements Item {
    }

    private record WarningItem(String file, long line, String message) implements Item {
    }

    /** Items in input order; extraction fills in each record's result. */
    private static final class Batch {
        static final Batch END = new Batch();
        final List<Item> items = new ArrayList<>(BATCH + 2);
        int records;

        void extractAll(ExtractionPipeline extraction) {
            for (Item item : items)
                if (item instanceof RecordItem r) {
                    try {
                        r.extraction = extraction.extract(r.record);
                    } catch (RuntimeException | StackOverflowError e) {
                        r.failure = e;
                    }
                }
        }
    }

    /** The reader side: turns the readers' callbacks into batches and hands each full one on. */
    private static final class Reading {
        private final Consumer<Batch> handOff;
        private final BooleanSupplier aborted;
        private Batch batch = new Batch();

        Reading(Consumer<Batch> handOff, BooleanSupplier aborted) {
            this.handOff = handOff;
            this.aborted = aborted;
        }

        void readAll(List<InputFiles.Source> sources) {
            for (InputFiles.Source source : sources) {
                add(new FileStart(source.fileName(), source.reader().formatName()));
                source.reader().read(source.file(), new RecordSink() {
                    @Override
                    public void record(PaperRecord record) {
                        if (aborted.getAsBoolean()) throw new Aborted();
                        batch.records++;
                        add(new RecordItem(record));
                    }

                    @Override
                    public void skipped(SkippedRecord skipped) {
                        add(new SkipItem(skipped));
                    }

                    @Override
                    public void warning(String file, long line, String message) {
                        add(new WarningItem(file, line, message));
                    }
                });
                add(new FileEnd(source.fileName(), source.observedAt()));
            }
        }

        private void add(Item item) {
            batch.items.add(item);
            if (batch.records >= BATCH || batch.items.size() >= 4 * BATCH) flush();
        }

        void flush() {
            if (batch.items.isEmpty()) return;
            Batch full = batch;
            batch = new Batch();
            handOff.accept(full);
        }
    }

    /** The calling thread's side: stages, mapper, summary, in input order. */
    private final class Mapping implements Consumer<Batch> {
        private final StreamRDF out;
        private final RunSummary summary;
        private final Consumer<PaperRecord> onRecord;
        private Node graph;
        private String fileName;
        private long fileRecords;
        private long mapped;
        private final List<Quad> buffer = new ArrayList<>();
        private final StreamRDF toBuffer = new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                buffer.add(quad);
            }
        };

        Mapping(StreamRDF out, RunSummary summary, Consumer<PaperRecord> onRecord) {
            this.out = out;
            this.summary = summary;
            this.onRecord = onRecord;
        }

        @Override
        public void accept(Batch batch) {
            for (Item item : batch.items) {
                if (item instanceof RecordItem r) {
                    PaperExtraction x = r.extraction;
                    buffer.clear();
                    Throwable failure = r.failure;
                    if (failure == null) {
                        for (BuildStage stage : stages) x = stage.apply(x);
                        try {
                            mapper.map(x, graph, toBuffer);
                        } catch (RuntimeException | StackOverflowError e) {
                            failure = e;
                        }
                    }
                    if (failure != null) {
                        summary.skipped(new SkippedRecord(fileName, r.record.source().line(), "extraction failed ("
                                + failure.getClass().getSimpleName() + ": " + failure.getMessage()
                                + "); a bug in paperkg, please report it with this record"));
                        continue;
                    }
                    for (Quad q : buffer) out.quad(q);
                    for (Mention m : x.mentions()) summary.mention(m.kind());
                    summary.record(fileName, mapper.iris().paper(r.record.title()));
                    fileRecords++;
                    onRecord.accept(r.record);
                    if (PausePoints.armed()) PausePoints.reach("mapped:" + ++mapped);
                } else if (item instanceof FileStart f) {
                    fileName = f.fileName();
                    summary.startFile(fileName, f.format());
                    graph = mapper.graphFor(fileName);
                    fileRecords = 0;
                } else if (item instanceof FileEnd f) {
                    mapper.mapSourceFile(f.fileName(), fileRecords, f.observedAt(), graph, out);
                } else if (item instanceof SkipItem s) {
                    summary.skipped(s.skipped());
                } else if (item instanceof WarningItem w) {
                    summary.warning(w.file(), w.line(), w.message());
                }
            }
        }
    }

    /** Counts quads on their way to the real sink. */
    private static final class CountingStream extends org.apache.jena.riot.system.StreamRDFWrapper {
        private final RunSummary summary;

        CountingStream(StreamRDF out, RunSummary summary) {
            super(out);
            this.summary = summary;
        }

        @Override
        public void quad(Quad quad) {
            summary.quads(1);
            super.quad(quad);
        }
    }
}
