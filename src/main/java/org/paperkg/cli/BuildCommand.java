package org.paperkg.cli;

import org.paperkg.KgException;
import org.paperkg.extract.ExtractionPipeline;
import org.paperkg.model.MentionKind;
import org.paperkg.model.SkippedRecord;
import org.paperkg.pipeline.BuildInterruptedException;
import org.paperkg.pipeline.Pipeline;
import org.paperkg.pipeline.RunSummary;
import org.paperkg.read.InputFiles;
import org.paperkg.resolve.ResolutionStage;
import org.paperkg.resolve.Resolver;
import org.paperkg.store.BuildOptions;
import org.paperkg.store.KgStore;
import org.paperkg.store.LoadMode;
import org.paperkg.store.LoaderKind;
import org.paperkg.store.StoreStats;
import org.paperkg.vocab.Iris;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Reads paper listings, Hugging Face papers JSON and arXiv metadata JSON Lines,",
                "extracts facts and writes them into the store. The format is read from the content; .gz is fine.",
                "Each input file becomes one named graph; building a file again replaces its graph.",
                "A build lands whole or not at all: on any error, Ctrl-C or a crash the store keeps its last state.",
                "Large builds bulk-load a fresh copy of the store and switch to it when done; small additions",
                "to a store with data are one transaction (--load). Ctrl-C stops at the next transaction boundary.",
                "Every record read is either written as a paper or skipped with its file, line and reason;",
                "records read = written + skipped (a duplicate is a written record whose paper was already written)."})
final class BuildCommand implements Callable<Integer> {
    /** Skipped records listed in the summary; the rest are counted. */
    private static final int SHOWN_SKIPS = 10;

    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "INPUT", arity = "0..*",
            description = "Source files or directories of them (default: data/samples in the paperkg checkout).")
    List<Path> inputs;

    @Option(names = "--overrides", paramLabel = "FILE",
            description = "Entity-resolution overrides, force merge or split (default: " + Resolver.DEFAULT_OVERRIDES
                    + " in the paperkg checkout, when it exists; see docs/resolution.md).")
    Path overrides;

    @Option(names = "--base", paramLabel = "IRI",
            description = "Namespace base for data IRIs (default: $PAPERKG_BASE or " + Iris.DEFAULT_BASE + ").")
    String base;

    @Option(names = "--load", paramLabel = "MODE", defaultValue = "auto",
            description = "auto, bulk or incremental (default: ${DEFAULT-VALUE}: incremental for inputs small next to a store with data).")
    String load;

    @Option(names = "--loader", paramLabel = "KIND", defaultValue = "auto",
            description = "Jena TDB2 bulk loader kind: auto, basic, sequential, phased, parallel or light (default: ${DEFAULT-VALUE}: "
                    + "parallel while the store fits in half the memory, else sequential).")
    String loader;

    @Option(names = "--threads", paramLabel = "N",
            description = "Extraction threads (default: one per core beyond the first, at least one; 0 = extract on the loading thread).")
    Integer threads;

    @Option(names = "--report", paramLabel = "FILE",
            description = {"Also write the build's accounting as JSON: per file the records read, written and skipped,",
                    "every skipped record with file, line and reason, warnings, totals and store counts."})
    Path report;

    @Option(names = "--observed-at", paramLabel = "WHEN",
            description = {"When the input snapshots were taken: a date (2025-07-01, read as midnight UTC) or an ISO",
                    "date-time (2025-07-01T09:30:00Z). It dates the upvotes and stars the files show",
                    "(prov:generatedAtTime of each file's graph). Default: each file's last-modified time."})
    String observedAt;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (report != null && !Files.isDirectory(report.toAbsolutePath().getParent()))
            throw new KgException(KgException.BAD_INPUT, "cannot write the report " + report + ": its directory does not exist");
        try {
            return build();
        } catch (KgException e) {
            if (report != null) BuildReport.writeFailure(report, store.dir(), e);
            throw e;
        }
    }

    private int build() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> paths = inputs == null || inputs.isEmpty() ? List.of(Home.resolve("data/samples")) : inputs;
        List<InputFiles.Source> sources = InputFiles.resolve(paths);
        if (observedAt != null) {
            Instant when = parseObservedAt(observedAt);
            sources = sources.stream().map(s -> s.observedAt(when)).toList();
        }
        Iris iris = new Iris(IriBase.choose(base));
        if (overrides != null && !java.nio.file.Files.isRegularFile(overrides))
            throw new org.paperkg.InputException(overrides, 0, "no such overrides file; give an existing file with --overrides");
        Resolver resolver = Resolver.standard(iris, overrides != null ? overrides : Home.resolve(Resolver.DEFAULT_OVERRIDES));
        BuildOptions options = BuildOptions.defaults().withLoad(loadMode(load)).withLoader(loaderKind(loader));
        if (threads != null && threads < 0) throw new KgException(KgException.BAD_INPUT, "--threads must be 0 or more, not " + threads);
        var pipeline = ResolutionStage.pipeline(ExtractionPipeline.standard(), resolver)
                .withWorkers(threads != null ? threads : Pipeline.defaultWorkers());
        long start = System.nanoTime();
        RunSummary summary = null;
        StoreStats stats;
        KgStore.LoadReport loaded;
        try {
            try (KgStore kg = KgStore.openForWrite(store.dir());
                 Interrupts interrupts = Interrupts.catchSigint(err);
                 Progress progress = Progress.start("build", "records", -1, err)) {
                try {
                    summary = kg.build(sources, pipeline, options.withStop(interrupts::requested), r -> progress.step());
                } catch (BuildInterruptedException e) {
                    StoreStats before = kg.stats();
                    throw new BuildInterruptedException(String.format("build interrupted: nothing of it was committed; "
                            + "the store %s is as it was (%,d papers, %,d triples); run the build again to finish it",
                            store.dir(), before.papers(), before.triples()));
                }
                loaded = kg.lastLoad();
                stats = kg.stats();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            printSummary(out, sources.size(), summary, stats, loaded, seconds);
            if (report != null) BuildReport.writeSuccess(report, store.dir(), sources, summary, stats, seconds);
        } finally {
            if (summary != null) summary.close();
        }
        return 0;
    }

    /** "2025-07-01" (midnight UTC) or an ISO instant / offset date-time. */
    static Instant parseObservedAt(String text) {
        try {
            if (text.length() == 10) return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new KgException(KgException.BAD_INPUT, "--observed-at '" + text + "' is not a date; give YYYY-MM-DD "
                    + "or an ISO date-time with its offset, such as 2025-07-01T09:30:00Z");
        }
    }

    static LoadMode loadMode(String name) {
        for (LoadMode m : LoadMode.values()) if (m.cliName().equals(name)) return m;
        throw new KgException(KgException.BAD_INPUT, "unknown --load '" + name + "'; use auto, bulk or incremental");
    }

    /** The kind named, or null for {@code auto} (chosen by the store's size, {@link LoaderKind#forStore}). */
    static LoaderKind loaderKind(String name) {
        if (name.equalsIgnoreCase("auto")) return null;
        try {
            return LoaderKind.of(name);
        } catch (IllegalArgumentException e) {
            throw new KgException(KgException.BAD_INPUT, "unknown --loader '" + name + "'; use auto, basic, sequential, phased, parallel or light");
        }
    }

    private void printSummary(PrintWriter out, int files, RunSummary s, StoreStats st, KgStore.LoadReport load, double seconds) {
        String how = load.mode() == LoadMode.BULK
                ? "bulk load into " + load.generation() + " by the " + load.loader().cliName() + " loader"
                        + (load.keptQuads() > 0 ? String.format(", %,d quads kept", load.keptQuads()) : "")
                : "incremental, one transaction" + (load.compacted() ? ", then compacted into " + load.generation() : "");
        out.printf("Built %s from %d file%s in %.1f s (%s)%n", store.dir(), files, files == 1 ? "" : "s", seconds, how);
        out.printf("  read      %,d records: %,d written as papers (%,d of them duplicates), %,d skipped%n",
                s.recordsRead(), s.records(), s.duplicates(), s.skippedCount());
        for (RunSummary.FileCounts c : s.files())
            out.printf("            %-28s %,6d records %,6d written %,6d skipped%n", c.file(), c.records(), c.written(), c.skipped());
        out.printf("  found     %,d code-repository links, %,d project-page links, %,d proposed names (mentions, before merging)%n",
                s.mentions(MentionKind.CODE_REPOSITORY), s.mentions(MentionKind.PROJECT_PAGE), s.mentions(MentionKind.PROPOSED));
        out.printf("            %,d methods used, %,d datasets, %,d tasks, %,d metrics (one per paper and name)%n",
                s.mentions(MentionKind.METHOD_USED), s.mentions(MentionKind.DATASET), s.mentions(MentionKind.TASK),
                s.mentions(MentionKind.METRIC));
        out.printf("  store     %,d papers, %,d methods, %,d datasets, %,d tasks, %,d metrics, %,d results, %,d repositories%n",
                st.papers(), st.methods(), st.datasets(), st.tasks(), st.metrics(), st.results(), st.repositories());
        out.printf("            %,d triples in %,d graphs%n", st.triples(), st.graphs());
        List<SkippedRecord> skipped = s.skipped();
        for (int i = 0; i < Math.min(SHOWN_SKIPS, skipped.size()); i++) out.println("  skipped   " + skipped.get(i));
        if (s.skippedCount() > SHOWN_SKIPS)
            out.printf("  ... and %,d more skipped records%s%n", s.skippedCount() - SHOWN_SKIPS,
                    report != null ? " (all listed in " + report + ")" : "; --report FILE lists them all");
        List<String> warnings = s.warnings();
        for (int i = 0; i < Math.min(SHOWN_SKIPS, warnings.size()); i++) out.println("  warning   " + warnings.get(i));
        if (s.warningCount() > SHOWN_SKIPS)
            out.printf("  ... and %,d more warnings%s%n", s.warningCount() - SHOWN_SKIPS,
                    report != null ? " (all listed in " + report + ")" : "; --report FILE lists them all");
    }
}
