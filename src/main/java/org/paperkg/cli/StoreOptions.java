package org.paperkg.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The {@code --store} option every command that touches the store shares. */
final class StoreOptions {
    @Option(names = "--store", paramLabel = "DIR",
            description = "TDB2 store directory (default: data/kg in the paperkg checkout).")
    Path store;

    Path dir() {
        return store != null ? store : Home.resolve("data/kg");
    }
}
