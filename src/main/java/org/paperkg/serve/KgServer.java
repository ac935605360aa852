package org.paperkg.serve;

import org.apache.jena.fuseki.main.FusekiServer;
import org.paperkg.KgException;
import org.paperkg.store.KgStore;

/**
 * The store as a read-only SPARQL endpoint: embedded Fuseki bound to 127.0.0.1, dataset
 * {@code /paperkg}, queries at {@code /paperkg/sparql}, no update and no Graph Store writes.
 *
 * <pre>
 * try (KgServer server = KgServer.start(store, 0)) {
 *     String endpoint = server.sparqlUrl();   // http://127.0.0.1:PORT/paperkg/sparql
 * }
 * </pre>
 */
public final class KgServer implements AutoCloseable {
    public static final String DATASET = "/paperkg";

    private final FusekiServer server;

    private KgServer(FusekiServer server) {
        this.server = server;
    }

    /** Starts serving; port 0 picks a free port. */
    public static KgServer start(KgStore store, int port) {
        try {
            FusekiServer server = FusekiServer.create()
                    .loopback(true)
                    .port(port)
                    .add(DATASET, store.dataset().asDatasetGraph(), false)
                    .enablePing(true)
                    .build();
            server.start();
            return new KgServer(server);
        } catch (RuntimeException e) {
            String msg = String.valueOf(e.getMessage());
            if (msg.contains("bind") || msg.contains("in use") || e.getCause() instanceof java.net.BindException)
                throw new KgException(KgException.FAILURE, "port " + port + " on 127.0.0.1 is in use; choose another with --port");
            throw new KgException(KgException.FAILURE, "cannot start the server: " + msg, e);
        }
    }

    public int port() {
        return server.getHttpPort();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    public String sparqlUrl() {
        return baseUrl() + DATASET + "/sparql";
    }

    /** Blocks until the server stops (Ctrl-C). */
    public void join() {
        server.join();
    }

    @Override
    public void close() {
        server.stop();
    }
}
