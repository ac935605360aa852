package org.paperkg.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.paperkg.KgException;
import org.paperkg.store.KgStore;
import org.paperkg.store.StoreStats;
import org.paperkg.store.VoidDescription;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

@Command(name = "stats", mixinStandardHelpOptions = true,
        description = {"Counts what the store holds: instances per class, triples (quads over all graphs) and graphs."})
final class StatsCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--void", description = "Print a VoID description (Turtle) instead: triples, entities per class, properties, "
            + "distinct subjects and objects, one subset per source graph, linksets to arXiv, DOI, GitHub and other sites.")
    boolean voidDescription;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!format.equals("text") && !format.equals("json"))
            throw new KgException(KgException.BAD_INPUT, "unknown format '" + format + "'; use text or json");
        if (voidDescription) {
            try (KgStore kg = KgStore.openExisting(store.dir())) {
                String base = VoidDescription.detectBase(kg.dataset()).orElse(org.paperkg.vocab.Iris.DEFAULT_BASE);
                var model = new VoidDescription(kg.dataset(), base).describe(null);
                try (var bytes = Streams.bytesTo(spec.commandLine().getOut())) {
                    RDFDataMgr.write(bytes, model, RDFFormat.TURTLE_PRETTY);
                }
            }
            return 0;
        }
        StoreStats stats;
        try (KgStore kg = KgStore.openExisting(store.dir())) {
            stats = kg.stats();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format.equals("json")) {
            out.println(new ObjectMapper().writeValueAsString(stats.asMap()));
        } else {
            stats.asMap().forEach((k, v) -> out.printf("%-13s %,d%n", k, v));
        }
        return 0;
    }
}
