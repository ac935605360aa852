package org.paperkg.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.SampleStore;
import org.paperkg.TestFiles;
import org.paperkg.cli.CliRun;
import org.paperkg.store.KgStore;

import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.*;

/** A real Fuseki on a free port of 127.0.0.1, queried over HTTP: endpoints, formats, write doors, limits. */
class KgServerTest {
    static final String PKG = "PREFIX pkg: <https://w3id.org/paperkg/ontology#> ";
    static KgStore store;
    static KgServer server;
    static final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void start() {
        store = KgStore.openExisting(SampleStore.path());
        server = KgServer.start(store, 0);
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    static HttpResponse<String> get(KgServer s, String pathAndQuery, String accept) throws Exception {
        var req = HttpRequest.newBuilder(URI.create(s.baseUrl() + pathAndQuery)).header("Accept", accept).GET().build();
        return http.send(req, HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(String pathAndQuery, String accept) throws Exception {
        return get(server, pathAndQuery, accept);
    }

    static String sparql(String query) {
        return "/paperkg/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    static HttpResponse<String> send(String method, String path, String contentType, String body) throws Exception {
        var b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path));
        if (contentType != null) b.header("Content-Type", contentType);
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        // A new client each time: a server may close a connection after refusing a request whose body
        // it did not read, and a pooled connection would then fail the next request with no bytes.
        HttpClient fresh = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        return fresh.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void answersSparqlOverHttpWithTheUnionOfAllGraphs() throws Exception {
        var res = get(sparql(PKG + "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a pkg:Paper }"), "application/sparql-results+json");
        assertEquals(200, res.statusCode(), res.body());
        JsonNode json = new ObjectMapper().readTree(res.body());
        assertEquals("387", json.at("/results/bindings/0/n/value").asText());
        assertTrue(server.sparqlUrl().startsWith("http://127.0.0.1:"), server.sparqlUrl());
    }

    @Test
    void resultsComeInJsonXmlCsvAndTsvByContentNegotiation() throws Exception {
        String q = sparql(PKG + "SELECT ?host (COUNT(?r) AS ?n) WHERE { ?r pkg:host ?host } GROUP BY ?host ORDER BY ?host");
        var csv = get(q, "text/csv");
        assertEquals("host,n\r\ngithub.com,65\r\nhuggingface.co,1\r\n", csv.body());
        assertTrue(csv.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
        var tsv = get(q, "text/tab-separated-values");
        assertEquals("?host\t?n\n\"github.com\"\t65\n\"huggingface.co\"\t1\n", tsv.body());
        var xml = get(q, "application/sparql-results+xml");
        assertTrue(xml.body().contains("<literal>github.com</literal>"), xml.body());
        assertTrue(xml.body().contains("<literal datatype=\"http://www.w3.org/2001/XMLSchema#integer\">65</literal>"), xml.body());
        var json = new ObjectMapper().readTree(get(q, "application/sparql-results+json").body());
        assertEquals("65", json.at("/results/bindings/0/n/value").asText());
    }

    @Test
    void graphStoreProtocolReadsOneSourceGraph() throws Exception {
        String graph = "https://w3id.org/paperkg/graph/001_2e101c17ddbae889.txt";
        var res = get("/paperkg/get?graph=" + URLEncoder.encode(graph, StandardCharsets.UTF_8), "text/turtle");
        assertEquals(200, res.statusCode(), res.body());
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(res.body(), Lang.TURTLE).parse(g);
        var count = get(sparql("SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + graph + "> { ?s ?p ?o } }"), "text/csv");
        assertEquals("n\r\n" + g.size() + "\r\n", count.body());
        assertTrue(g.size() > 1000, "the 25-paper file's graph: " + g.size());
    }

    @Test
    void refusesUpdatesAndGraphStoreWrites() throws Exception {
        String insert = "INSERT DATA { <urn:a> <urn:b> <urn:c> }";
        assertTrue(send("POST", "/paperkg/update", "application/sparql-update", insert).statusCode() >= 400, "no update endpoint");
        assertTrue(send("POST", "/paperkg/sparql", "application/sparql-update", insert).statusCode() >= 400);
        assertTrue(send("POST", "/paperkg", "application/sparql-update", insert).statusCode() >= 400);
        assertTrue(send("PUT", "/paperkg?default", "text/turtle", "<urn:a> <urn:b> <urn:c> .").statusCode() >= 400);
        assertTrue(send("POST", "/paperkg/get?default", "text/turtle", "<urn:a> <urn:b> <urn:c> .").statusCode() >= 400);
        assertTrue(send("DELETE", "/paperkg/get?default", null, null).statusCode() >= 400);
        assertTrue(send("POST", "/paperkg/data?default", "text/turtle", "<urn:a> <urn:b> <urn:c> .").statusCode() >= 400);
        assertEquals(387, store.stats().papers(), "nothing changed");
        var ask = get(sparql("ASK { <urn:a> ?p ?o }"), "application/sparql-results+json");
        assertTrue(ask.body().contains("false"), ask.body());
    }

    @Test
    void datasetsAdminEndpointDescribesButCannotCreateOrDelete() throws Exception {
        var list = get("/$/datasets", "application/json");
        assertEquals(200, list.statusCode());
        assertEquals("/paperkg", new ObjectMapper().readTree(list.body()).at("/datasets/0/ds.name").asText());

        var create = send("POST", "/$/datasets", "application/x-www-form-urlencoded", "dbName=evil&dbType=mem");
        assertEquals(405, create.statusCode(), create.body());
        assertTrue(create.body().contains("does not create, change or delete datasets"), create.body());
        assertEquals(405, send("DELETE", "/$/datasets/paperkg", null, null).statusCode());
        assertEquals(405, send("POST", "/$/datasets/paperkg?state=offline", null, null).statusCode());
        assertEquals(405, send("PUT", "/$/datasets/evil", "text/turtle", "").statusCode());
        // The other admin doors of Fuseki's admin module are not there at all.
        for (String p : List.of("/$/backup/paperkg", "/$/compact/paperkg", "/$/sleep", "/$/reload", "/$/tasks")) {
            int status = send("POST", p, null, null).statusCode();
            assertTrue(status == 404 || status == 405, p + " answered " + status + ": only the static files' 404/405");
        }

        var after = new ObjectMapper().readTree(get("/$/datasets", "application/json").body()).at("/datasets");
        assertEquals(1, after.size(), after.toString());
        assertEquals(404, get("/evil/sparql?query=ASK%7B%7D", "application/sparql-results+json").statusCode());
        assertEquals(387, store.stats().papers());
    }

    @Test
    void servesTheFusekiUiAndTheStatusEndpointsItReads() throws Exception {
        var index = get("/", "text/html");
        assertEquals(200, index.statusCode());
        assertTrue(index.body().contains("<title>Apache Jena Fuseki UI</title>"), index.body());
        var js = index.body().replaceAll("(?s).*src=\"\\./(static/index-[^\"]+\\.js)\".*", "$1");
        assertEquals(200, get("/" + js, "*/*").statusCode(), js);
        var status = new ObjectMapper().readTree(get("/$/server", "application/json").body());
        assertEquals("/paperkg", status.at("/datasets/0/ds.name").asText());
        assertEquals(200, get("/$/ping", "text/plain").statusCode());
        assertEquals(200, get("/$/stats/paperkg", "application/json").statusCode());
    }

    @Test
    void bindsLoopbackOnlyByDefault() {
        assertEquals("127.0.0.1", server.host());
        assertTrue(server.baseUrl().startsWith("http://127.0.0.1:"));
    }

    @Test
    void listensOnlyOnTheAddressItIsGiven() throws Exception {
        try (KgServer other = KgServer.start(store, ServerConfig.defaults().withPort(0).withHost("127.0.0.2"))) {
            assertEquals(200, get(other, "/$/ping", "text/plain").statusCode());
            var viaOtherAddress = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + other.port() + "/$/ping"))
                    .timeout(Duration.ofSeconds(5)).GET().build();
            var e = assertThrows(Exception.class, () -> http.send(viaOtherAddress, HttpResponse.BodyHandlers.ofString()));
            assertInstanceOf(ConnectException.class, e);
        }
    }

    @Test
    void aSlowQueryTimesOutWithAClearErrorWhileOthersAreAnswered() throws Exception {
        try (KgServer strict = KgServer.start(store, ServerConfig.defaults().withPort(0).withQueryTimeout(Duration.ofSeconds(1)))) {
            String slow = sparql("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }");
            CompletableFuture<HttpResponse<String>> pending = CompletableFuture.supplyAsync(() -> {
                try {
                    return get(strict, slow, "application/sparql-results+json");
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            });
            long t0 = System.nanoTime();
            var quick = get(strict, sparql(PKG + "SELECT (COUNT(*) AS ?n) WHERE { ?r a pkg:CodeRepository }"), "text/csv");
            assertEquals("n\r\n66\r\n", quick.body());
            var res = pending.get();
            assertEquals(503, res.statusCode(), res.body());
            assertTrue(res.body().contains("ran longer than the server's limit of 1 s"), res.body());
            assertTrue((System.nanoTime() - t0) / 1e9 < 20, "stopped near the limit");

            var offset = get(strict, sparql("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } OFFSET 1000000000 LIMIT 1"), "application/sparql-results+json");
            assertEquals(503, offset.statusCode(), "a huge OFFSET is stopped too: " + offset.body());
        }
    }

    @Test
    void aHugeResultIsRefusedWholeNotCutMidDocument() throws Exception {
        try (KgServer capped = KgServer.start(store, ServerConfig.defaults().withPort(0).withResultLimit(100))) {
            var huge = get(capped, sparql("SELECT * WHERE { ?s ?p ?o }"), "application/sparql-results+json");
            assertEquals(400, huge.statusCode());
            assertTrue(huge.body().startsWith("The query result has more than 100 rows, the server's result limit."), huge.body());
            var construct = get(capped, sparql("CONSTRUCT WHERE { ?s ?p ?o }"), "text/turtle");
            assertEquals(400, construct.statusCode());
            assertTrue(construct.body().contains("more than 100 triples"), construct.body());

            var fits = get(capped, sparql("SELECT * WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o OFFSET 10 LIMIT 100"), "application/sparql-results+json");
            assertEquals(200, fits.statusCode());
            assertEquals(100, new ObjectMapper().readTree(fits.body()).at("/results/bindings").size(), "valid JSON, 100 rows");
            var all = get(capped, sparql("SELECT * WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o LIMIT 60"), "text/csv").body().lines().toList();
            var page = get(capped, sparql("SELECT * WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o OFFSET 10 LIMIT 50"), "text/csv").body().lines().toList();
            assertEquals(61, all.size());
            assertEquals(all.subList(11, 61), page.subList(1, 51), "OFFSET keeps its meaning");
        }
    }

    @Test
    void allowUpdateOpensTheWriteEndpointsOnlyWhenAsked(@TempDir Path dir) throws Exception {
        Path kg = dir.resolve("kg");
        CliRun.of("build", "--store", kg.toString(), TestFiles.WITH_METADATA.toString()).expect(0);
        try (KgStore own = KgStore.openExisting(kg);
             KgServer rw = KgServer.start(own, ServerConfig.defaults().withPort(0).withAllowUpdate(true))) {
            var req = HttpRequest.newBuilder(URI.create(rw.baseUrl() + "/paperkg/update"))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } }")).build();
            int status = http.send(req, HttpResponse.BodyHandlers.ofString()).statusCode();
            assertTrue(status == 200 || status == 204, "update accepted: " + status);
            assertTrue(get(rw, sparql("ASK { <urn:a> ?p ?o }"), "application/sparql-results+json").body().contains("true"));
            // Closing while the summaries are computed waits for their read to end: the store then closes cleanly.
            rw.warmUp();
        }
    }
}
