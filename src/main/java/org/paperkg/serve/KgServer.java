package org.paperkg.serve;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.paperkg.KgException;
import org.paperkg.store.KgStore;
import org.paperkg.store.VoidDescription;
import org.paperkg.vocab.Iris;

import java.net.URL;

/**
 * The store as a SPARQL endpoint and a linked-data site: embedded Fuseki bound to 127.0.0.1,
 * dataset {@code /paperkg} with queries at {@code /paperkg/sparql} (and {@code /paperkg/query}),
 * the Graph Store Protocol read side at {@code /paperkg/get}, the Fuseki web UI at {@code /}, and
 * the entities' pages at their IRIs' paths ({@code /paperkg/paper/...}).
 *
 * <p>What it leaves out on purpose: Fuseki's admin module, whose {@code /$/datasets} endpoints
 * create and delete datasets without authentication. The UI is served from its static files with
 * the few read-only status endpoints it reads ({@code /$/ping}, {@code /$/server},
 * {@code /$/stats}, and a {@code /$/datasets} that only describes). SPARQL Update and Graph Store
 * writes exist only when {@link ServerConfig#allowUpdate()} asks for them.
 *
 * <pre>
 * try (KgServer server = KgServer.start(store, ServerConfig.defaults().withPort(0))) {
 *     String endpoint = server.sparqlUrl();   // http://127.0.0.1:PORT/paperkg/sparql
 * }
 * </pre>
 */
public final class KgServer implements AutoCloseable {
    public static final String DATASET = "/paperkg";

    private final FusekiServer server;
    private final ServerConfig config;
    private final String base;
    private final LinkedDataFilter linkedData;

    private KgServer(FusekiServer server, ServerConfig config, String base, LinkedDataFilter linkedData) {
        this.server = server;
        this.config = config;
        this.base = base;
        this.linkedData = linkedData;
    }

    /** Serves read-only on 127.0.0.1 with the default limits; port 0 picks a free port. */
    public static KgServer start(KgStore store, int port) {
        return start(store, ServerConfig.defaults().withPort(port));
    }

    public static KgServer start(KgStore store, ServerConfig config) {
        String base = config.base() != null ? config.base()
                : VoidDescription.detectBase(store.dataset()).orElse(Iris.DEFAULT_BASE);
        try {
            var linkedData = new LinkedDataFilter(store, base, config.queryTimeout(), DATASET + "/sparql", config.allowUpdate());
            FusekiServer server = build(store, config, linkedData);
            for (Connector c : server.getJettyServer().getConnectors())
                if (c instanceof ServerConnector sc) sc.setHost(config.host());
            server.start();
            return new KgServer(server, config, base, linkedData);
        } catch (RuntimeException e) {
            String msg = String.valueOf(e.getMessage());
            Throwable cause = e;
            while (cause.getCause() != null) cause = cause.getCause();
            if (cause instanceof java.net.BindException || msg.contains("bind") || msg.contains("in use"))
                throw new KgException(KgException.FAILURE, "cannot listen on " + config.host() + " port " + config.port()
                        + " (" + cause.getMessage() + "); choose another with --port");
            throw new KgException(KgException.FAILURE, "cannot start the server: " + msg, e);
        }
    }

    private static FusekiServer build(KgStore store, ServerConfig config, LinkedDataFilter linkedData) {
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        // The timeout travels in each endpoint's context; Fuseki reads it per request (milliseconds).
        Context limits = new Context();
        limits.set(ARQ.queryTimeout, Long.toString(config.queryTimeout().toMillis()));

        DataService.Builder service = DataService.newBuilder(dsg);
        for (String name : new String[]{"sparql", "query", ""})
            service.addEndpoint(Endpoint.create().operation(Operation.Query).endpointName(name).context(limits).build());
        for (String name : new String[]{"get", ""})
            service.addEndpoint(Endpoint.create().operation(Operation.GSP_R).endpointName(name).context(limits).build());
        if (config.allowUpdate()) {
            for (String name : new String[]{"update", ""})
                service.addEndpoint(Endpoint.create().operation(Operation.Update).endpointName(name).build());
            for (String name : new String[]{"data", ""})
                service.addEndpoint(Endpoint.create().operation(Operation.GSP_RW).endpointName(name).build());
        }

        FusekiServer.Builder b = FusekiServer.create()
                .fusekiModules(FusekiModules.create())   // none: in particular not the admin module
                .loopback(false)                        // the host is set on the connector below
                .port(config.port())
                .registerOperation(Operation.Query, new LimitedQuery(config.resultLimit(), config.queryTimeout()))
                .add(DATASET, service.build())
                .enablePing(true)
                .enableStats(true)
                .addServlet("/$/server", new ActionServerStatus())
                .addServlet("/$/datasets", new ReadOnlyDatasets())
                .addServlet("/$/datasets/*", new ReadOnlyDatasets())
                .addFilter("/*", linkedData);
        String ui = uiFiles();
        if (ui != null) b.staticFileBase(ui);
        return b.build();
    }

    /** The Fuseki UI's files: {@code webapp/} inside the jena-fuseki-ui jar, or null when it is not on the class path. */
    static String uiFiles() {
        URL index = KgServer.class.getClassLoader().getResource("webapp/index.html");
        if (index == null) return null;
        String s = index.toExternalForm();
        return s.substring(0, s.length() - "index.html".length());
    }

    public int port() {
        return server.getHttpPort();
    }

    public String host() {
        return config.host();
    }

    /** The data namespace whose IRIs this server resolves. */
    public String base() {
        return base;
    }

    public String baseUrl() {
        String h = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        return "http://" + h + ":" + port();
    }

    public String sparqlUrl() {
        return baseUrl() + DATASET + "/sparql";
    }

    /** Where the start page is: the data namespace's path on this server. */
    public String startUrl() {
        String path = java.net.URI.create(base).getRawPath();
        return baseUrl() + (path == null || path.isEmpty() || path.equals("/") || !base.endsWith("/") ? "/start" : path);
    }

    /**
     * Starts computing the start page and the VoID description (counts over the whole graph) in
     * the background now rather than at the first visit.
     */
    public void warmUp() {
        linkedData.warmUp();
    }

    /** Blocks until the server stops (Ctrl-C). */
    public void join() {
        server.join();
    }

    /** Stops the server, waiting for a summary being computed to end its read of the store. */
    @Override
    public void close() {
        server.stop();
        linkedData.destroy();
    }
}
