package org.paperkg.cli;

import org.paperkg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

@Command(name = "compact", mixinStandardHelpOptions = true,
        description = {"Rewrites the store with the bulk loader into a fresh copy and switches to it,",
                "dropping the space incremental builds leave behind (TDB2 keeps old copy-on-write blocks).",
                "Builds compact on their own once incremental writes have grown the store to 1.5x its bulk-loaded size.",
                "Crash-safe: until the copy is complete the store stays as it was."})
final class CompactCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--loader", paramLabel = "KIND", defaultValue = "auto",
            description = "Jena TDB2 bulk loader kind: auto, basic, sequential, phased, parallel or light (default: ${DEFAULT-VALUE}: "
                    + "parallel while the store fits in half the memory, else sequential).")
    String loader;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        long before, after;
        String loaderUsed;
        try (KgStore kg = KgStore.openExisting(store.dir())) {
            before = kg.sizeBytes();
            kg.compact(BuildCommand.loaderKind(loader));
            after = kg.sizeBytes();
            loaderUsed = kg.lastLoad().loader().cliName();
        }
        spec.commandLine().getOut().printf("Compacted %s in %.1f s by the %s loader: %,d MB -> %,d MB%n", store.dir(),
                (System.nanoTime() - start) / 1e9, loaderUsed, before >> 20, after >> 20);
        return 0;
    }
}
