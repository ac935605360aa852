package org.paperkg.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.paperkg.KgException;
import org.paperkg.store.KgStore;
import org.paperkg.store.StoreStats;
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

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!format.equals("text") && !format.equals("json"))
            throw new KgException(KgException.BAD_INPUT, "unknown format '" + format + "'; use text or json");
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
