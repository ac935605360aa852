package org.paperkg.cli;

import org.paperkg.serve.KgServer;
import org.paperkg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the store as a read-only SPARQL endpoint (embedded Fuseki) on 127.0.0.1.",
                "Queries: http://127.0.0.1:PORT/paperkg/sparql. Stop with Ctrl-C.",
                "The store stays locked while serving: stop the server before building."})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--port", defaultValue = "3030", description = "TCP port on 127.0.0.1; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (KgStore kg = KgStore.openExisting(store.dir()); KgServer server = KgServer.start(kg, port)) {
            out.printf("Serving %s read-only at %s (dataset %s). Press Ctrl-C to stop.%n",
                    store.dir(), server.sparqlUrl(), KgServer.DATASET);
            out.flush();
            server.join();
        }
        return 0;
    }
}
