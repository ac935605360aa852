package org.paperkg.cli;

import org.paperkg.KgException;
import org.paperkg.generate.PaperGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Writes a synthetic source file of N papers for load tests.",
                "The same --seed, --papers and --format always give the same file; a FILE ending in .gz is gzipped."})
final class GenerateCommand implements Callable<Integer> {
    @Option(names = "--papers", paramLabel = "N", required = true, description = "Number of papers to write.")
    long papers;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "listing",
            description = "listing, hf-json or arxiv-jsonl (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "File to write.")
    Path output;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (papers < 0) throw new KgException(KgException.BAD_INPUT, "--papers must be 0 or more, not " + papers);
        PaperGenerator.Format fmt = formatOf(format);
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(output), 1 << 16);
             OutputStream out = output.getFileName().toString().endsWith(".gz") ? new GZIPOutputStream(file, 1 << 16) : file) {
            new PaperGenerator(seed).write(papers, fmt, out);
        } catch (NoSuchFileException e) {
            throw new KgException(KgException.BAD_INPUT, "cannot write " + output + ": its directory does not exist");
        }
        spec.commandLine().getErr().printf("Wrote %,d papers (%s, seed %d) to %s%n", papers, fmt.cliName, seed, output);
        return 0;
    }

    static PaperGenerator.Format formatOf(String name) {
        for (PaperGenerator.Format f : PaperGenerator.Format.values()) if (f.cliName.equals(name)) return f;
        throw new KgException(KgException.BAD_INPUT, "unknown --format '" + name + "'; use listing, hf-json or arxiv-jsonl");
    }
}
