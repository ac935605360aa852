package org.paperkg.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paperkg.SampleStore;
import org.paperkg.store.KgStore;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.*;

/** A real Fuseki on a free port of 127.0.0.1, queried over HTTP. */
class KgServerTest {
    static KgStore store;
    static KgServer server;
    static final HttpClient http = HttpClient.newHttpClient();

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

    static HttpResponse<String> get(String pathAndQuery, String accept) throws Exception {
        var req = HttpRequest.newBuilder(URI.create(server.baseUrl() + pathAndQuery)).header("Accept", accept).GET().build();
        return http.send(req, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void answersSparqlOverHttpWithTheUnionOfAllGraphs() throws Exception {
        String q = "PREFIX pkg: <https://w3id.org/paperkg/ontology#> SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a pkg:Paper }";
        var res = get("/paperkg/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8), "application/sparql-results+json");
        assertEquals(200, res.statusCode(), res.body());
        JsonNode json = new ObjectMapper().readTree(res.body());
        assertEquals("387", json.at("/results/bindings/0/n/value").asText());
        assertTrue(server.sparqlUrl().startsWith("http://127.0.0.1:"), server.sparqlUrl());
    }

    @Test
    void refusesUpdatesAndGraphStoreWrites() throws Exception {
        var update = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/paperkg/update"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:a> <urn:b> <urn:c> }")).build();
        int updateStatus = http.send(update, HttpResponse.BodyHandlers.ofString()).statusCode();
        assertTrue(updateStatus >= 400, "update refused, got " + updateStatus);
        var viaQuery = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/paperkg/sparql"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:a> <urn:b> <urn:c> }")).build();
        assertTrue(http.send(viaQuery, HttpResponse.BodyHandlers.ofString()).statusCode() >= 400);
        var put = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/paperkg?default"))
                .header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")).build();
        assertTrue(http.send(put, HttpResponse.BodyHandlers.ofString()).statusCode() >= 400);
        assertEquals(387, store.stats().papers(), "nothing changed");
        var ask = get("/paperkg/sparql?query=" + URLEncoder.encode("ASK { <urn:a> ?p ?o }", StandardCharsets.UTF_8), "application/sparql-results+json");
        assertTrue(ask.body().contains("false"), ask.body());
    }
}
