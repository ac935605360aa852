package org.paperkg.cli;

import org.paperkg.KgException;
import org.paperkg.store.Exporter;
import org.paperkg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the store as RDF.",
                "nq, trig and jsonld keep the named graphs (one per source file);",
                "ttl, nt and rdfxml write their union, where a statement read from two files appears once.",
                "jsonld is compacted with the published context ontology/context.jsonld (written inline)."})
final class ExportCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "ttl",
            description = "ttl, nt, nq, trig, jsonld or rdfxml (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--graph", paramLabel = "NAME|IRI",
            description = "Export one source graph only: its source file name (see 'paperkg stats --void') or graph IRI.")
    String graph;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Output file (default: standard output).")
    Path output;

    @Spec
    CommandSpec spec;


    @Override
    public Integer call() throws IOException {
        Exporter.Format fmt = Exporter.Format.of(format);
        try (KgStore kg = KgStore.openExisting(store.dir())) {
            var exporter = new Exporter(kg.dataset());
            var graphNode = graph == null ? null : exporter.graph(graph);
            if (output == null) {
                try (OutputStream stdout = Streams.bytesTo(spec.commandLine().getOut())) {
                    exporter.write(fmt, stdout, graphNode);
                }
                return 0;
            }
            // Write beside the target and move into place, so a failed export never leaves half a file.
            Path dir = output.toAbsolutePath().getParent();
            Path tmp = Files.createTempFile(dir, ".export-", ".tmp");
            long n;
            try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                n = exporter.write(fmt, o, graphNode);
            } catch (RuntimeException | IOException e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
            Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            spec.commandLine().getErr().printf("Wrote %,d %s to %s%n", n, fmt.quads ? "quads" : "triples", output);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new KgException(KgException.BAD_INPUT, "cannot write " + output + ": its directory does not exist");
        }
        return 0;
    }
}
