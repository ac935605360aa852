package org.paperkg.store;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.paperkg.ExternalTools;
import org.paperkg.SampleStore;
import org.paperkg.cli.CliRun;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Every export format read by implementations that are not Jena: rapper (raptor2, C) and Python
 * rdflib, both from Debian. Each must read exactly the store's count: quads for N-Quads, TriG and
 * JSON-LD (named graphs kept), triples of the union graph for Turtle, N-Triples and RDF/XML.
 */
class ExportInteropTest {
    static Path store;
    static long quads;
    static long unionTriples;
    @TempDir
    static Path dir;

    @BeforeAll
    static void counts() {
        store = SampleStore.path();
        quads = count("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
        unionTriples = count("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
        assertTrue(quads > unionTriples && unionTriples > 20_000, quads + " / " + unionTriples);
    }

    static long count(String sparql) {
        var rows = CliRun.of("query", "--store", store.toString(), "--format", "csv", "-e", sparql).expect(0).out().lines().toList();
        return Long.parseLong(rows.get(1));
    }

    static Path export(String format, String... more) {
        Path file = dir.resolve("kg-" + String.join("-", more).replaceAll("[^a-z0-9-]", "") + "." + format);
        var args = new java.util.ArrayList<>(List.of("export", "--store", store.toString(), "--format", format, "-o", file.toString()));
        args.addAll(List.of(more));
        CliRun.of(args.toArray(String[]::new)).expect(0);
        return file;
    }

    static List<String> toList(java.util.Iterator<String> it) {
        List<String> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    static long expected(String format) {
        return List.of("nq", "trig", "jsonld").contains(format) ? quads : unionTriples;
    }

    @ParameterizedTest(name = "rapper reads {0}")
    @CsvSource({"nq,nquads", "trig,trig", "ttl,turtle", "nt,ntriples", "rdfxml,rdfxml"})
    void rapperReadsEveryFormatItHasAParserFor(String format, String parser) throws Exception {
        Path rapper = ExternalTools.require("raptor2-utils", "/usr/bin/rapper");
        String out = ExternalTools.run(List.of(rapper.toString(), "--count", "-i", parser, export(format).toString()), 120);
        Matcher m = Pattern.compile("Parsing returned (\\d+) triples").matcher(out);
        assertTrue(m.find(), out);
        assertEquals(expected(format), Long.parseLong(m.group(1)), out);
        assertFalse(out.contains("Error") || out.contains("Warning"), out);
    }

    @ParameterizedTest(name = "rdflib reads {0}")
    @CsvSource({"nq", "trig", "jsonld", "ttl", "nt", "rdfxml"})
    void rdflibReadsEveryFormat(String format) throws Exception {
        Path python = ExternalTools.pythonWithRdflib();
        Path script = Path.of("src/test/resources/interop/rdflib_count.py");
        String out = ExternalTools.run(List.of(python.toString(), script.toString(), format, export(format).toString()), 300);
        assertEquals(expected(format), Long.parseLong(out.strip()), out);
    }

    @Test
    void jsonLdUsesThePublishedContextInline() throws Exception {
        String json = Files.readString(export("jsonld"));
        assertTrue(json.contains("\"proposes\": {"), "the context's term definitions are inline");
        assertTrue(json.contains("\"@type\": \"Paper\""), "types compact to the context's terms");
        assertTrue(json.contains("\"title\": \"Energy-Based Transformers are Scalable Learners and Thinkers\""));
        var ds = org.apache.jena.query.DatasetFactory.create();
        RDFParser.source(export("jsonld")).lang(Lang.JSONLD).parse(ds);
        assertEquals(quads, ds.asDatasetGraph().stream().count(), "Jena reads it back whole too");
    }

    @Test
    void oneSourceGraphExportsAlone() throws Exception {
        String name = "001_2e101c17ddbae889.txt";
        long inGraph = count("SELECT (COUNT(*) AS ?n) WHERE { GRAPH <https://w3id.org/paperkg/graph/" + name + "> { ?s ?p ?o } }");
        Model ttl = ModelFactory.createDefaultModel();
        RDFParser.source(export("ttl", "--graph", name)).lang(Lang.TURTLE).parse(ttl);
        assertEquals(inGraph, ttl.size());
        var nq = org.apache.jena.query.DatasetFactory.create();
        RDFParser.source(export("nq", "--graph", "https://w3id.org/paperkg/graph/" + name)).lang(Lang.NQUADS).parse(nq);
        assertEquals(List.of("https://w3id.org/paperkg/graph/" + name), toList(nq.listNames()));
        assertEquals(inGraph, nq.asDatasetGraph().stream().count());
        var bad = CliRun.of("export", "--store", store.toString(), "--graph", "nope.txt");
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("no graph 'nope.txt' in the store; its graphs: 000_9e387143ca20d842.txt, 001_2e101c17ddbae889.txt"), bad.err());
    }

    @Test
    void jsonSourcesConformToTheShapesAndLinkToArxivAndDoi(@TempDir Path tmp) {
        Path kg = tmp.resolve("kg");
        CliRun.of("build", "--store", kg.toString(), "data/samples-json").expect(0);
        var valid = CliRun.of("validate", "--store", kg.toString()).expect(0);
        assertTrue(valid.out().startsWith("Conforms: the store "), valid.out());
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(CliRun.of("stats", "--store", kg.toString(), "--void").expect(0).out(), Lang.TURTLE).parse(m);
        String v = VoidDescription.VOID;
        for (String[] link : new String[][]{{"arxiv.org-schema-sameAs", "48"}, {"doi.org-schema-sameAs", "4"}, {"arxiv.org-dcterms-subject", "57"}}) {
            var ls = m.getResource("https://w3id.org/paperkg/void#linkset-" + link[0]);
            assertEquals(Long.parseLong(link[1]), ls.getProperty(m.createProperty(v + "triples")).getLong(), link[0]);
        }
    }

    @Test
    void statsVoidDescribesTheStore() {
        String ttl = CliRun.of("stats", "--store", store.toString(), "--void").expect(0).out();
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(ttl, Lang.TURTLE).parse(m);
        String v = VoidDescription.VOID;
        var ds = m.getResource("https://w3id.org/paperkg/void#dataset");
        assertEquals(unionTriples, ds.getProperty(m.createProperty(v + "triples")).getLong());
        assertEquals(count("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o }"), ds.getProperty(m.createProperty(v + "distinctSubjects")).getLong());
        assertEquals(count("SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?s ?p ?o }"), ds.getProperty(m.createProperty(v + "distinctObjects")).getLong());
        var papers = m.getResource("https://w3id.org/paperkg/void#class-pkg-Paper");
        assertEquals(387, papers.getProperty(m.createProperty(v + "entities")).getLong());
        assertEquals(6, m.listObjectsOfProperty(ds, m.createProperty(v + "subset")).filterKeep(n -> n.asResource().getURI().contains("/graph/")).toList().size(),
                "four source graphs, the resolved entities and the resolution decisions");
        long subsetTriples = m.listObjectsOfProperty(ds, m.createProperty(v + "subset")).toList().stream()
                .filter(n -> n.asResource().getURI().contains("/graph/"))
                .mapToLong(n -> n.asResource().getProperty(m.createProperty(v + "triples")).getLong()).sum();
        assertEquals(quads, subsetTriples, "the source graphs' triples add up to the quads");
        var github = m.getResource("https://w3id.org/paperkg/void#linkset-github.com-pkg-url");
        assertEquals(65, github.getProperty(m.createProperty(v + "triples")).getLong(), "65 GitHub repositories link out");
        assertEquals("https://github.com/", github.getProperty(m.createProperty(v + "objectsTarget")).getResource().getURI());
    }
}
