package org.paperkg.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.paperkg.KgException;
import org.paperkg.bench.Benchmark;
import org.paperkg.generate.PaperGenerator;
import org.paperkg.pipeline.Pipeline;
import org.paperkg.store.LoaderKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures a build against Jena's own bulk loader, in one run:",
                "generates N papers, extracts them without a store, builds them end to end into a fresh store,",
                "exports that store as N-Quads and bulk-loads the file into another fresh store with Jena's loader.",
                "ratio = bare_loader_s / build_s (1.0: the build costs no more than loading its output).",
                "Needs free disk of about three times the store size; files go to --work and are deleted after."})
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--papers", paramLabel = "N", description = "Papers to generate and build (required unless --on-store).")
    Long papers;

    @Option(names = "--on-store", paramLabel = "DIR",
            description = "Only time the named queries on this existing store; nothing is generated or built.")
    Path onStore;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "Output: text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--queries", description = "Also time the named queries on the built store (warm median of 6 runs after a cold one).")
    boolean queries;

    @Option(names = "--corpus", paramLabel = "FORMAT", defaultValue = "arxiv-jsonl",
            description = "Generated source format: listing, hf-json or arxiv-jsonl (default: ${DEFAULT-VALUE}).")
    String corpus;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--loader", paramLabel = "KIND", defaultValue = "auto",
            description = "Loader kind of the build, as for build (default: ${DEFAULT-VALUE}).")
    String loader;

    @Option(names = "--baseline", paramLabel = "KIND[,KIND...]", split = ",", defaultValue = "sequential,parallel",
            description = "Loader kind(s) of the baseline; 'all' tries every kind and takes the fastest (default: ${DEFAULT-VALUE}).")
    List<String> baseline;

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: as for build).")
    Integer threads;

    @Option(names = "--work", paramLabel = "DIR", description = "Where to write the corpus and stores (default: a new directory under the system temp dir).")
    Path work;

    @Option(names = "--add", paramLabel = "N", defaultValue = "0",
            description = "After the build, time adding N new papers to the built store, as 'paperkg build' would (load mode auto).")
    long add;

    @Option(names = "--gzip", description = "Write the N-Quads for the baseline gzipped (to save disk on large runs); "
            + "the time decompressing alone takes is reported too.")
    boolean gzip;

    @Option(names = "--keep", description = "Keep the corpus, the N-Quads file and the stores.")
    boolean keep;

    @Spec
    CommandSpec spec;

    private int queriesOnly() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Map<String, Object> m = Benchmark.queriesOn(onStore, Home.resolve("queries"), 7, line -> {
            err.println("bench: " + line);
            err.flush();
        });
        PrintWriter out = spec.commandLine().getOut();
        if (format.equals("json")) out.println(new ObjectMapper().writeValueAsString(m));
        else m.forEach((k, v) -> out.printf("%-10s %s%n", k, v));
        return 0;
    }

    @Override
    public Integer call() throws Exception {
        if (!format.equals("text") && !format.equals("json"))
            throw new KgException(KgException.BAD_INPUT, "unknown --format '" + format + "'; use text or json");
        if (onStore != null) return queriesOnly();
        if (papers == null) throw new KgException(KgException.BAD_INPUT, "give --papers N (or --on-store DIR to time queries only)");
        if (papers < 1) throw new KgException(KgException.BAD_INPUT, "--papers must be 1 or more, not " + papers);
        PaperGenerator.Format corpusFormat = GenerateCommand.formatOf(corpus);
        List<LoaderKind> baselines = new ArrayList<>();
        for (String b : baseline) {
            if (b.equals("all")) baselines.addAll(List.of(LoaderKind.values()));
            else baselines.add(BuildCommand.loaderKind(b));
        }
        Path dir = work != null ? work.resolve("paperkg-bench-" + ProcessHandle.current().pid())
                : Files.createTempDirectory("paperkg-bench-");
        var settings = new Benchmark.Settings(papers, seed, corpusFormat, BuildCommand.loaderKind(loader),
                baselines.stream().distinct().toList(), threads != null ? threads : Pipeline.defaultWorkers(),
                queries, 7, dir, keep, Home.resolve("queries"), add, gzip);
        PrintWriter err = spec.commandLine().getErr();
        Benchmark.Result r = new Benchmark(settings).run(line -> {
            err.println("bench: " + line);
            err.flush();
        });
        PrintWriter out = spec.commandLine().getOut();
        Map<String, Object> m = r.asMap();
        if (format.equals("json")) {
            out.println(new ObjectMapper().writeValueAsString(m));
        } else {
            m.forEach((k, v) -> {
                if (k.equals("queries")) return;
                out.printf("%-22s %s%n", k, v instanceof Number n && !(v instanceof Double) ? String.format("%,d", n.longValue()) : v);
            });
            for (Benchmark.QueryTiming q : r.queries())
                out.printf("query %-28s %,10d rows  warm median %,10.1f ms  (cold %,.1f ms)%n", q.name(), q.rows(), q.medianMs(), q.coldMs());
        }
        if (keep) err.println("bench: files kept in " + dir);
        return 0;
    }
}
