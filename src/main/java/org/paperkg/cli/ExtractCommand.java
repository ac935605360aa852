package org.paperkg.cli;

import org.paperkg.extract.ExtractionJson;
import org.paperkg.extract.ExtractionPipeline;
import org.paperkg.model.SkippedRecord;
import org.paperkg.pipeline.ExtractionRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Prints what the build would extract from each distinct paper, without a store.",
                "One JSON object per paper (deduplicated by title), in input order; see docs/extraction.md."})
final class ExtractCommand implements Callable<Integer> {
    enum Format { jsonl }

    @Parameters(paramLabel = "INPUT", arity = "0..*",
            description = "Listing files or directories of them (default: data/samples in the paperkg checkout).")
    List<Path> inputs;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl", description = "Output format: ${COMPLETION-CANDIDATES}.")
    Format format;


    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Path> paths = inputs == null || inputs.isEmpty() ? List.of(Home.resolve("data/samples")) : inputs;
        PrintWriter err = spec.commandLine().getErr();
        // Streams: each paper is printed when extracted, so any input size runs in a small heap.
        long[] skippedCount = {0};
        SkippedRecord[] firstSkip = {null};
        try (Progress progress = Progress.start("extract", "papers", -1, err)) {
            ExtractionRun.stream(paths, ExtractionPipeline.standard(), x -> {
                out.println(ExtractionJson.toLine(x));
                progress.step();
            }, s -> {
                if (skippedCount[0]++ == 0) firstSkip[0] = s;
            });
        }
        out.flush();
        if (skippedCount[0] > 0) {
            err.printf("paperkg: skipped %d records, first: %s%n", skippedCount[0], firstSkip[0]);
            err.flush();
        }
        return 0;
    }
}
