package org.paperkg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.system.ConNeg;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.Quad;
import org.paperkg.store.JsonLdWriter;
import org.paperkg.store.KgStore;
import org.paperkg.store.StoreStats;
import org.paperkg.store.VoidDescription;
import org.paperkg.vocab.OntologyFiles;
import org.paperkg.vocab.PKG;
import org.paperkg.vocab.Prefixes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The linked-data side of the server, in front of Fuseki's dispatch: GET and HEAD of
 * <ul>
 * <li>{@code {base path}} (e.g. {@code /paperkg/}): the start page, or the VoID description for RDF clients;</li>
 * <li>{@code {base path}TYPE/...}: the entity whose IRI is the data namespace plus that path, as an HTML
 * page or as RDF (Turtle, JSON-LD, N-Triples, RDF/XML) by the Accept header or {@code ?format=};</li>
 * <li>{@code /paperkg/ontology} (the ontology), {@code /paperkg/ontology/shapes},
 * {@code /paperkg/ontology/context.jsonld}, and {@code /.well-known/void}.</li>
 * </ul>
 * Anything else passes on to Fuseki (SPARQL, Graph Store read) and the UI's static files.
 */
final class LinkedDataFilter implements Filter {
    private static final Logger LOG = LoggerFactory.getLogger(LinkedDataFilter.class);
    private static final MediaType HTML = MediaType.create("text/html");
    private static final MediaType TURTLE = MediaType.create("text/turtle");
    private static final MediaType JSONLD = MediaType.create("application/ld+json");
    private static final MediaType NTRIPLES = MediaType.create("application/n-triples");
    private static final MediaType RDFXML = MediaType.create("application/rdf+xml");
    /** Offered in this order: a client that accepts anything (curl) gets Turtle; browsers ask for HTML. */
    private static final AcceptList OFFER = AcceptList.create("text/turtle", "text/html", "application/ld+json",
            "application/n-triples", "application/rdf+xml");
    private static final Duration CACHE = Duration.ofSeconds(60);

    private final KgStore store;
    private final String base;
    private final String basePath;
    private final String startPath;
    private final String sparqlUrlPath;
    private final EntityGraph graph;
    private final Pages pages;
    private final Model ontology;
    private final Duration timeout;

    /**
     * The start page and the VoID description count and rank over the whole graph: they are
     * computed once in the background (from server start, without the query timeout) and shared
     * by every request; requests that come before they are ready wait up to the query timeout,
     * then get 503 with Retry-After. A server that accepts updates recomputes them after a minute.
     */
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "paperkg-summaries");
        t.setDaemon(true);
        return t;
    });
    private final boolean refresh;
    private final EntityGraph summaries;
    private Cached<String> startHtml;
    private Cached<Model> voidModel;

    private record Cached<T>(Future<T> value, long at) {
        boolean fresh() {
            return System.nanoTime() - at < CACHE.toNanos();
        }
    }

    LinkedDataFilter(KgStore store, String base, Duration timeout, String sparqlPath, boolean refresh) {
        this.store = store;
        this.base = base;
        this.basePath = base.endsWith("/") ? URI.create(base).getRawPath() : null;
        // A base of "/" would put the start page over the Fuseki UI's index page.
        this.startPath = basePath == null || basePath.equals("/") ? "/start" : basePath;
        this.sparqlUrlPath = sparqlPath;
        this.timeout = timeout;
        this.graph = new EntityGraph(store.dataset(), timeout);
        this.ontology = OntologyFiles.model(OntologyFiles.ONTOLOGY);
        this.pages = new Pages(base, Pages.termLabels(ontology));
        this.refresh = refresh;
        this.summaries = new EntityGraph(store.dataset(), Duration.ofHours(1));
    }

    /** Starts computing the summaries now, so the first visitor does not wait for them. */
    void warmUp() {
        startPageFuture();
        voidFuture();
    }

    private synchronized Future<String> startPageFuture() {
        if (startHtml == null || (refresh && !startHtml.fresh()))
            startHtml = new Cached<>(background.submit(this::renderStartPage), System.nanoTime());
        return startHtml.value();
    }

    private synchronized Future<Model> voidFuture() {
        if (voidModel == null || (refresh && !voidModel.fresh()))
            voidModel = new Cached<>(background.submit(() -> new VoidDescription(store.dataset(), base).describe(null)), System.nanoTime());
        return voidModel.value();
    }

    /** Waits for a background summary up to the query timeout. */
    private <T> T await(Future<T> f, String what) {
        try {
            return f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new NotReady("The " + what + " is still being computed (it counts over the whole graph); try again in a few seconds.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NotReady("interrupted");
        } catch (ExecutionException e) {
            throw new IllegalStateException("computing the " + what + " failed: " + e.getCause(), e.getCause());
        }
    }

    /**
     * Stops the background work with the server: summaries not started are dropped, one being
     * computed is waited for (its read transaction must end before the store closes). No
     * interrupt: an interrupted thread in the middle of file I/O would close TDB2's file channels.
     */
    @Override
    public void destroy() {
        synchronized (this) {
            if (startHtml != null) startHtml.value().cancel(false);
            if (voidModel != null) voidModel.value().cancel(false);
        }
        background.shutdown();
        try {
            if (!background.awaitTermination(2, TimeUnit.MINUTES))
                LOG.warn("a summary of the graph is still being computed as the server stops");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String method = request.getMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            chain.doFilter(req, res);
            return;
        }
        String path = request.getRequestURI();
        try {
            if (!route(path, request, response)) chain.doFilter(req, res);
        } catch (QueryCancelledException e) {
            error(response, 503, LimitedQuery.timeoutMessage(timeout));
        } catch (NotReady e) {
            response.setHeader("Retry-After", "5");
            error(response, 503, e.getMessage());
        } catch (BadRequest e) {
            error(response, 400, e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("{}: {}", path, e.toString(), e);
            error(response, 500, "The server failed on this page: " + e.getMessage());
        }
    }

    /** Serves the request if it is one of ours; false passes it on. */
    private boolean route(String path, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (path.equals("/.well-known/void") || (startPath != null && path.equals(startPath + "void"))) {
            MediaType type = choose(request);
            if (type.equals(HTML)) send(response, HTML, preformatted("VoID description", turtle(voidModel(request).getGraph())));
            else send(response, type, rdf(voidModel(request).getGraph(), type));
            return true;
        }
        if (path.equals(Pages.ONTOLOGY_PATH)) {
            MediaType type = choose(request);
            if (type.equals(HTML)) send(response, HTML, pages.ontology(ontology).getBytes(StandardCharsets.UTF_8));
            else if (type.equals(TURTLE)) send(response, TURTLE, OntologyFiles.bytes(OntologyFiles.ONTOLOGY));
            else send(response, type, rdf(ontology.getGraph(), type));
            return true;
        }
        if (path.equals(Pages.ONTOLOGY_PATH + "/shapes")) {
            MediaType type = choose(request);
            if (type.equals(TURTLE) || type.equals(HTML)) send(response, TURTLE, OntologyFiles.bytes(OntologyFiles.SHAPES));
            else send(response, type, rdf(OntologyFiles.model(OntologyFiles.SHAPES).getGraph(), type));
            return true;
        }
        if (path.equals(Pages.ONTOLOGY_PATH + "/context.jsonld")) {
            send(response, MediaType.create("application/ld+json"), OntologyFiles.bytes(OntologyFiles.CONTEXT));
            return true;
        }
        if (startPath.length() > 1 && path.equals(startPath.substring(0, startPath.length() - 1))
                && String.valueOf(request.getHeader("Accept")).contains("text/html") && request.getQueryString() == null) {
            // A browser at /paperkg (Fuseki's dataset, which would send the whole graph) gets the start page.
            response.setStatus(303);
            response.setHeader("Location", startPath);
            return true;
        }
        if (path.equals(startPath)) {
            MediaType type = choose(request);
            if (type.equals(HTML)) send(response, HTML, startPage().getBytes(StandardCharsets.UTF_8));
            else send(response, type, rdf(voidModel(request).getGraph(), type));
            return true;
        }
        if (basePath != null && path.startsWith(basePath)) {
            String rest = path.substring(basePath.length());
            int slash = rest.indexOf('/');
            if (slash <= 0 || slash == rest.length() - 1 || rest.startsWith("$")) return false;
            entity(base + rest, request, response);
            return true;
        }
        return false;
    }

    private void entity(String iriText, HttpServletRequest request, HttpServletResponse response) throws IOException {
        MediaType type = choose(request);
        Node iri;
        try {
            iri = EntityGraph.iri(iriText);
        } catch (RuntimeException e) {
            throw new BadRequest("not an IRI: " + iriText);
        }
        // Empty exactly when the IRI is neither subject nor object of any statement.
        Graph g = graph.describe(iri);
        if (g.isEmpty()) {
            response.setStatus(404);
            if (type.equals(HTML)) send(response, HTML, pages.notFound(iriText).getBytes(StandardCharsets.UTF_8));
            else send(response, MediaType.create("text/plain"), ("Not in this graph: " + iriText + "\n").getBytes(StandardCharsets.UTF_8));
            return;
        }
        response.setHeader("Link", alternates(request.getRequestURI()));
        if (type.equals(HTML)) {
            Set<Node> nodes = new HashSet<>();
            g.find().forEachRemaining(t -> {
                nodes.add(t.getSubject());
                nodes.add(t.getObject());
            });
            String page = pages.entity(iri, g, graph.labels(nodes));
            send(response, HTML, page.getBytes(StandardCharsets.UTF_8));
        } else {
            send(response, type, rdf(g, type));
        }
    }

    private static String alternates(String path) {
        return "<" + path + "?format=turtle>; rel=\"alternate\"; type=\"text/turtle\", "
                + "<" + path + "?format=jsonld>; rel=\"alternate\"; type=\"application/ld+json\"";
    }

    /** The representation asked for: {@code ?format=} first, else the Accept header (default Turtle). */
    private static MediaType choose(HttpServletRequest request) {
        String format = request.getParameter("format");
        if (format != null) {
            return switch (format.toLowerCase(Locale.ROOT)) {
                case "turtle", "ttl" -> TURTLE;
                case "jsonld", "json-ld" -> JSONLD;
                case "nt", "ntriples", "n-triples" -> NTRIPLES;
                case "rdfxml", "rdf", "xml" -> RDFXML;
                case "html" -> HTML;
                default -> throw new BadRequest("unknown format '" + format + "'; use turtle, jsonld, nt, rdfxml or html");
            };
        }
        MediaType chosen = ConNeg.chooseContentType(request, OFFER, TURTLE);
        if (chosen == null) return TURTLE;
        for (MediaType m : List.of(HTML, TURTLE, JSONLD, NTRIPLES, RDFXML))
            if (m.getContentTypeStr().equals(chosen.getContentTypeStr())) return m;
        return TURTLE;
    }

    private String startPage() {
        return await(startPageFuture(), "start page");
    }

    private String renderStartPage() {
        EntityGraph graph = summaries;
        StoreStats s = store.stats();
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("Papers", s.papers());
        counts.put("Methods and models", s.methods());
        counts.put("Datasets and benchmarks", s.datasets());
        counts.put("Tasks", s.tasks());
        counts.put("Metrics", s.metrics());
        counts.put("Results", s.results());
        counts.put("Code repositories", s.repositories());
        counts.put("Statements (over all source graphs)", s.triples());
        counts.put("Source graphs", s.graphs());
        List<Pages.Group> groups = new ArrayList<>();
        groups.add(new Pages.Group("Methods and models", graph.mostConnected(nodes(PKG.Method, PKG.Model, PKG.Framework, PKG.Tool))));
        groups.add(new Pages.Group("Datasets and benchmarks", graph.mostConnected(nodes(PKG.Dataset, PKG.Benchmark))));
        groups.add(new Pages.Group("Tasks", graph.mostConnected(nodes(PKG.Task))));
        groups.add(new Pages.Group("Metrics", graph.mostConnected(nodes(PKG.Metric))));
        groups.add(new Pages.Group("Code repositories", graph.mostConnected(nodes(PKG.CodeRepository))));
        groups.add(new Pages.Group("Papers with the most links", graph.mostConnectedPapers()));
        Set<Node> all = new HashSet<>();
        groups.forEach(g -> all.addAll(g.top().keySet()));
        return pages.start(counts, groups, graph.labels(all));
    }

    private static List<Node> nodes(org.apache.jena.rdf.model.Resource... classes) {
        List<Node> out = new ArrayList<>();
        for (var c : classes) out.add(c.asNode());
        return out;
    }

    /** The VoID description, with this server's SPARQL endpoint as the request reached it. */
    private Model voidModel(HttpServletRequest request) {
        Model m = ModelFactory.createDefaultModel().add(await(voidFuture(), "VoID description"));
        m.setNsPrefixes(Prefixes.standard()).setNsPrefix("void", VoidDescription.VOID);
        String endpoint = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort() + sparqlUrlPath;
        m.getResource(VoidDescription.datasetIri(base))
                .addProperty(m.createProperty(VoidDescription.VOID + "sparqlEndpoint"), m.createResource(endpoint));
        return m;
    }

    private static byte[] rdf(Graph g, MediaType type) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (g.getPrefixMapping().numPrefixes() == 0) g.getPrefixMapping().setNsPrefixes(Prefixes.standard());
        if (type.equals(JSONLD)) {
            var quads = g.find().mapWith(t -> Quad.create(Quad.defaultGraphIRI, t));
            JsonLdWriter.write(quads, out);
        } else if (type.equals(NTRIPLES)) {
            RDFDataMgr.write(out, g, RDFFormat.NTRIPLES);
        } else if (type.equals(RDFXML)) {
            RDFDataMgr.write(out, g, RDFFormat.RDFXML_PLAIN);
        } else {
            RDFDataMgr.write(out, g, RDFFormat.TURTLE_PRETTY);
        }
        return out.toByteArray();
    }

    private static String turtle(Graph g) {
        return new String(rdf(g, TURTLE), StandardCharsets.UTF_8);
    }

    private byte[] preformatted(String title, String text) {
        Html h = new Html(title, startPath == null ? "/" : startPath);
        h.element("h1", title).raw("<pre>").text(text).raw("</pre>");
        return h.finish().getBytes(StandardCharsets.UTF_8);
    }

    private static void send(HttpServletResponse response, MediaType type, byte[] body) throws IOException {
        response.setHeader("Vary", "Accept");
        response.setContentType(type.getContentTypeStr() + (type.equals(NTRIPLES) ? "" : ";charset=utf-8"));
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static void error(HttpServletResponse response, int status, String message) throws IOException {
        if (response.isCommitted()) return;
        response.resetBuffer();
        response.setStatus(status);
        send(response, MediaType.create("text/plain"), (message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** A summary the server is still computing. */
    private static final class NotReady extends RuntimeException {
        NotReady(String message) {
            super(message);
        }
    }

    /** A request the client can fix (unknown format, malformed IRI). */
    private static final class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message);
        }
    }

}
