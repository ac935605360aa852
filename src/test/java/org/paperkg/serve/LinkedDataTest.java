package org.paperkg.serve;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paperkg.SampleStore;
import org.paperkg.store.KgStore;
import org.paperkg.store.VoidDescription;
import org.paperkg.vocab.OntologyFiles;
import org.paperkg.vocab.PKG;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Entity IRIs resolve on the server: HTML for browsers, RDF by content negotiation; start page, VoID, ontology. */
class LinkedDataTest {
    static final String PAPER = "https://w3id.org/paperkg/paper/energy-based-transformers-are-scalable-learners-and-thinkers";
    static final String EBTS = "https://w3id.org/paperkg/method/ebts";
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

    static HttpResponse<String> get(String path, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The summaries (start page, VoID) answer 503 + Retry-After while the server computes them after its start. */
    static HttpResponse<String> getReady(String path, String accept) throws Exception {
        for (int i = 0; i < 120; i++) {
            var res = get(path, accept);
            if (res.statusCode() != 503) return res;
            assertEquals("5", res.headers().firstValue("Retry-After").orElseThrow());
            Thread.sleep(500);
        }
        throw new AssertionError(path + " was not ready within a minute");
    }

    static String path(String iri) {
        return URI.create(iri).getRawPath();
    }

    static Graph parse(String body, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(body, lang).parse(g);
        return g;
    }

    @Test
    void theServerResolvesTheStoresNamespace() {
        assertEquals("https://w3id.org/paperkg/", server.base());
        assertEquals(server.baseUrl() + "/paperkg/", server.startUrl());
    }

    @Test
    void aPaperPageShowsItsTitleLinksAndEvidence() throws Exception {
        var res = get(path(PAPER), "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertEquals(200, res.statusCode());
        assertEquals("text/html;charset=utf-8", res.headers().firstValue("Content-Type").orElseThrow().replace(" ", ""));
        String html = res.body();
        assertTrue(html.contains("<h1>Energy-Based Transformers are Scalable Learners and Thinkers</h1>"), html);
        // The abstract marks the acronym the paper proposes and links it to the method's own page.
        assertTrue(html.contains("<mark title=\"EBTs\"><a href=\"/paperkg/method/ebts\">EBTs</a></mark>"), html);
        assertTrue(html.contains("<a href=\"/paperkg/task/image-denoising\">image denoising</a>"), html);
        // Evidence: the sentence, with the exact text marked, and the extractor.
        assertTrue(html.contains("Specifically, we train Energy-Based Transformers (<mark>EBTs</mark>) -- a new class"), html);
        assertTrue(html.contains("proposed-names/acronym, confidence 0.85"), html);
    }

    @Test
    void anEntityPageListsThePapersThatLinkToIt() throws Exception {
        String html = get(path(EBTS), "text/html").body();
        assertTrue(html.contains("<h1>EBTs</h1>"), html);
        assertTrue(html.contains("<th>Proposed by <span class=\"muted\">(1)</span></th><td><a href=\"" + path(PAPER)
                + "\">Energy-Based Transformers are Scalable Learners and Thinkers</a>"), html);
        assertTrue(html.contains("<span>Model</span>"), "its type, labelled from the ontology: " + html);
    }

    @Test
    void rdfClientsGetTurtleJsonLdNTriplesAndRdfXmlWithTheSameStatements() throws Exception {
        var ttl = get(path(EBTS), "text/turtle");
        assertEquals(200, ttl.statusCode());
        assertTrue(ttl.headers().firstValue("Content-Type").orElseThrow().startsWith("text/turtle"));
        Graph turtle = parse(ttl.body(), Lang.TURTLE);
        Node ebts = NodeFactory.createURI(EBTS);
        assertTrue(turtle.contains(NodeFactory.createURI(PAPER), PKG.proposes.asNode(), ebts), ttl.body());
        assertTrue(turtle.contains(ebts, PKG.longForm.asNode(), NodeFactory.createLiteralString("Energy-Based Transformers")));
        for (var f : List.of(new Object[]{"application/ld+json", Lang.JSONLD}, new Object[]{"application/n-triples", Lang.NTRIPLES},
                new Object[]{"application/rdf+xml", Lang.RDFXML})) {
            var res = get(path(EBTS), (String) f[0]);
            assertTrue(res.headers().firstValue("Content-Type").orElseThrow().startsWith((String) f[0]));
            assertTrue(turtle.isIsomorphicWith(parse(res.body(), (Lang) f[1])), f[0] + " gives the same graph");
        }
        assertTrue(get(path(EBTS), "*/*").body().startsWith("PREFIX"), "anything-goes clients (curl) get Turtle");
        assertTrue(get(path(EBTS) + "?format=jsonld", "text/html").body().contains("\"@context\""), "?format= overrides Accept");
        assertEquals(400, get(path(EBTS) + "?format=pdf", "text/html").statusCode());
    }

    @Test
    void unknownIrisAre404AndPathsCannotInjectSparql() throws Exception {
        var missing = get("/paperkg/method/no-such-method", "text/html");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("https://w3id.org/paperkg/method/no-such-method"), missing.body());
        // A path written to break out of an IRI in a pasted query. Bound as a term, it is just an IRI nobody mentions.
        String attack = "/paperkg/method/x%3E%20%3Fp%20%3Fo%20%7D%20UNION%20%7B%20%3Fs%20%3Fp%20%3Fo%20%7D%20%23";
        var res = get(attack, "text/turtle");
        assertEquals(404, res.statusCode(), res.body());
        assertEquals("Not in this graph: https://w3id.org/paperkg/method/x%3E%20%3Fp%20%3Fo%20%7D%20UNION%20%7B%20%3Fs%20%3Fp%20%3Fo%20%7D%20%23\n", res.body());
        var quote = get("/paperkg/method/x%22%20.%20%3Fs%20%3Fp%20%3Fo%20%23", "text/html");
        assertEquals(404, quote.statusCode());
    }

    @Test
    void theStartPageCountsAndLinksTheMostConnectedEntities() throws Exception {
        var res = getReady("/paperkg/", "text/html");
        assertEquals(200, res.statusCode());
        String html = res.body();
        assertTrue(html.contains("<tr><th>Papers</th><td class=\"n\">387</td></tr>"), html);
        assertTrue(html.contains("<tr><th>Code repositories</th><td class=\"n\">66</td></tr>"), html);
        assertTrue(html.contains("<h3>Datasets and benchmarks</h3><ol><li><a href=\"/paperkg/dataset/cifar-10\">CIFAR-10</a> <span class=\"muted\">(8)</span></li>"
                + "<li><a href=\"/paperkg/dataset/mnist\">MNIST</a> <span class=\"muted\">(7)</span></li>"), html);
        assertTrue(html.contains("href=\"/#/dataset/paperkg/query\""), "links the query editor");
        var browserAtDataset = get("/paperkg", "text/html,*/*;q=0.8");
        assertEquals(303, browserAtDataset.statusCode());
        assertEquals("/paperkg/", browserAtDataset.headers().firstValue("Location").orElseThrow());
        assertEquals(200, get("/paperkg?default", "application/n-quads").statusCode(), "RDF clients still get Fuseki's dataset");
    }

    @Test
    void voidDescriptionAtWellKnownAndAtTheNamespace() throws Exception {
        var res = getReady("/.well-known/void", "text/turtle");
        assertEquals(200, res.statusCode());
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(res.body(), Lang.TURTLE).parse(m);
        var ds = m.getResource(VoidDescription.datasetIri("https://w3id.org/paperkg/"));
        var v = "http://rdfs.org/ns/void#";
        long union = Long.parseLong(get(KgServerTest.sparql("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"), "text/csv")
                .body().lines().toList().get(1));
        assertEquals(union, ds.getProperty(m.createProperty(v + "triples")).getLong());
        assertEquals(server.sparqlUrl(), ds.getProperty(m.createProperty(v + "sparqlEndpoint")).getResource().getURI());
        var viaNamespace = getReady("/paperkg/", "text/turtle");
        assertTrue(m.getGraph().isIsomorphicWith(parse(viaNamespace.body(), Lang.TURTLE)), "the namespace IRI describes the dataset");
    }

    @Test
    void theOntologyShapesAndContextAreServed() throws Exception {
        var ttl = get("/paperkg/ontology", "text/turtle");
        assertEquals(200, ttl.statusCode());
        assertTrue(OntologyFiles.model(OntologyFiles.ONTOLOGY).getGraph().isIsomorphicWith(parse(ttl.body(), Lang.TURTLE)));
        String html = get("/paperkg/ontology", "text/html").body();
        assertTrue(html.contains("<th id=\"Paper\">pkg:Paper</th><td>A published or preprint research paper."), html);
        assertTrue(OntologyFiles.model(OntologyFiles.SHAPES).getGraph()
                .isIsomorphicWith(parse(get("/paperkg/ontology/shapes", "text/turtle").body(), Lang.TURTLE)));
        var ctx = get("/paperkg/ontology/context.jsonld", "application/ld+json");
        assertTrue(ctx.body().contains("\"proposes\""), ctx.body());
    }
}
