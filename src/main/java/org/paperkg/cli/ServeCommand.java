package org.paperkg.cli;

import org.paperkg.KgException;
import org.paperkg.serve.KgServer;
import org.paperkg.serve.ServerConfig;
import org.paperkg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the store with embedded Fuseki on 127.0.0.1: SPARQL at /paperkg/sparql, the Fuseki UI at /,",
                "and every entity's page at its IRI's path (/paperkg/paper/..., HTML or RDF by content negotiation).",
                "Read-only unless --allow-update; no admin endpoints. Stop with Ctrl-C.",
                "The store stays locked while serving: stop the server before building."})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--port", defaultValue = "3030", description = "TCP port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = ServerConfig.LOOPBACK,
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only). 0.0.0.0 opens the server to the network.")
    String host;

    @Option(names = "--query-timeout", paramLabel = "SECONDS", defaultValue = "5",
            description = "Longest a query may run before it is stopped with HTTP 503 (default: ${DEFAULT-VALUE}).")
    double timeoutSeconds;

    @Option(names = "--result-limit", paramLabel = "N", defaultValue = "10000",
            description = "Most rows or triples one query may return; a larger result is refused with HTTP 400 (default: ${DEFAULT-VALUE}; 0: no limit, results stream).")
    long resultLimit;

    @Option(names = "--allow-update", description = "Accept SPARQL Update (/paperkg/update) and Graph Store writes (/paperkg/data).")
    boolean allowUpdate;

    @Option(names = "--base", paramLabel = "IRI", description = "Data namespace whose IRIs the server resolves (default: read from the store).")
    String base;

    @Spec
    CommandSpec spec;

    /** {@code --query-timeout} in seconds as a duration; a bad value is a usage error (for serve and loadtest). */
    static Duration queryTimeout(double seconds) {
        if (!(seconds > 0) || seconds > 86_400)
            throw new KgException(KgException.BAD_INPUT, "--query-timeout must be between 0 and 86400 seconds, not " + seconds);
        return Duration.ofMillis(Math.round(seconds * 1000));
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Duration timeout = queryTimeout(timeoutSeconds);
        if (resultLimit < 0) throw new KgException(KgException.BAD_INPUT, "--result-limit must be 0 (no limit) or more");
        ServerConfig config = new ServerConfig(host, port, timeout, resultLimit,
                allowUpdate, base == null ? null : IriBase.choose(base));
        try (KgStore kg = KgStore.openExisting(store.dir()); KgServer server = KgServer.start(kg, config)) {
            out.printf("Serving %s %s at %s (dataset %s)%n", store.dir(), allowUpdate ? "READ-WRITE" : "read-only",
                    server.sparqlUrl(), KgServer.DATASET);
            out.printf("  Fuseki UI     %s/%n", server.baseUrl());
            out.printf("  start page    %s (entity IRIs under %s resolve here)%n", server.startUrl(), server.base());
            out.printf("  limits        queries stop after %s; results over %s are refused%n",
                    config.queryTimeout().toMillis() / 1000.0 + " s", resultLimit == 0 ? "(no limit)" : String.format("%,d rows", resultLimit));
            if (!host.equals(ServerConfig.LOOPBACK) && !host.equals("localhost"))
                out.printf("  warning       listening on %s: anyone who can reach this address can query the store%n", host);
            out.println("Press Ctrl-C to stop.");
            out.flush();
            server.warmUp();
            server.join();
        }
        return 0;
    }
}
