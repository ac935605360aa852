package org.paperkg.resolve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.paperkg.TestFiles;
import org.paperkg.cli.CliRun;
import org.paperkg.extract.ExtractionPipeline;
import org.paperkg.gazetteer.Gazetteer;
import org.paperkg.map.PaperMapper;
import org.paperkg.pipeline.Pipeline;
import org.paperkg.pipeline.RunSummary;
import org.paperkg.read.InputFiles;
import org.paperkg.store.BuildOptions;
import org.paperkg.store.KgStore;
import org.paperkg.store.LoadMode;
import org.paperkg.vocab.Iris;
import org.paperkg.vocab.PKG;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Entity and paper resolution through {@code paperkg build} on real TDB2 stores: names from
 * different papers and files become one node with exact labels and one type, IRIs survive added
 * files, decisions are reviewable, overrides apply on the next build.
 */
class ResolutionBuildTest {
    static final String TAIL = " The results improve over strong baselines by a clear margin in every setting we tried.";
    static final String A = "GraphZip: Compressing Graphs with Learned Codes\n\n"
            + "We present GraphZip, a compressor for large graphs. We propose Energy-Scaled Attention (ESA), a model that "
            + "rescales attention scores, and evaluate it on ImageNet 1K." + TAIL + "\n\n"
            + "Quill: Fast Poetry Generation\n\n"
            + "We propose Quill, a new language model for poetry. Quill writes sonnets that judges prefer." + TAIL + "\n";
    static final String B = "Graph-Zip: Faster Graph Compression\n\n"
            + "We present Graph-Zip, which revisits a compressor and halves its time on Imagenet-1K and CIFAR10, comparing with Energy-Scaled "
            + "Attention (ESA) and other methods." + TAIL + "\n\n"
            + "Teaching Machines Meter\n\n"
            + "We introduce Quill, a training algorithm that teaches meter to language models." + TAIL + "\n";
    static final String C = "Quill Large: Scaling Poetry Models\n\n"
            + "We propose Quill, a language model trained on ten times more poems than before." + TAIL + "\n";
    static final String PREFIXES = "PREFIX pkg: <https://w3id.org/paperkg/ontology#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
            + "PREFIX dcterms: <http://purl.org/dc/terms/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ";
    static final String M = "https://w3id.org/paperkg/method/", D = "https://w3id.org/paperkg/dataset/";

    @TempDir
    Path dir;

    private static List<String> rows(Path kg, String query) {
        return CliRun.of("query", "--store", kg.toString(), "--format", "csv", "-e", PREFIXES + query).expect(0).out().lines().skip(1).toList();
    }

    private static List<String> labels(Path kg, String iri) {
        return rows(kg, "SELECT ?p ?l WHERE { <" + iri + "> ?p ?l . VALUES ?p { skos:prefLabel skos:altLabel pkg:longForm rdfs:label } } ORDER BY ?p ?l");
    }

    private static List<String> types(Path kg, String iri) {
        return rows(kg, "SELECT ?t WHERE { <" + iri + "> a ?t } ORDER BY ?t");
    }

    private static org.apache.jena.sparql.core.DatasetGraph nq(Path kg) {
        var ds = org.apache.jena.query.DatasetFactory.create();
        org.apache.jena.riot.RDFParser.fromString(CliRun.of("export", "--store", kg.toString(), "--format", "nq").expect(0).out(),
                org.apache.jena.riot.Lang.NQUADS).parse(ds);
        return ds.asDatasetGraph();
    }

    private static void build(Path kg, Path... inputs) {
        build(kg, "auto", inputs);
    }

    /** {@code paperkg build --load MODE}: bulk (a new store generation) or incremental (one transaction in place). */
    private static void build(Path kg, String load, Path... inputs) {
        List<String> args = new java.util.ArrayList<>(List.of("build", "--store", kg.toString(), "--load", load));
        for (Path input : inputs) args.add(input.toString());
        String out = CliRun.of(args.toArray(String[]::new)).expect(0).out();
        if (!load.equals("auto")) assertTrue(out.contains(load.equals("bulk") ? "(bulk load into " : "(incremental, one transaction"), out);
    }

    private static List<String> sortedNQuads(Path kg) {
        return CliRun.of("export", "--store", kg.toString(), "--format", "nq").expect(0).out().lines().sorted().toList();
    }

    @Test
    void theSameEntityFromTwoPapersInTwoFilesIsOneNodeWithExactLabelsAndOneType() throws IOException {
        Path a = TestFiles.write(dir, "a.txt", A), b = TestFiles.write(dir, "b.txt", B), kg = dir.resolve("kg");
        build(kg, a, b);
        assertEquals(List.of("http://www.w3.org/2000/01/rdf-schema#label,GraphZip", "http://www.w3.org/2004/02/skos/core#altLabel,Graph-Zip",
                "http://www.w3.org/2004/02/skos/core#prefLabel,GraphZip"), labels(kg, M + "graphzip"));
        assertEquals(List.of("http://www.w3.org/2000/01/rdf-schema#label,ESA", "http://www.w3.org/2004/02/skos/core#altLabel,Energy-Scaled Attention",
                "http://www.w3.org/2004/02/skos/core#prefLabel,ESA", "https://w3id.org/paperkg/ontology#longForm,Energy-Scaled Attention"),
                labels(kg, M + "esa"));
        assertEquals(List.of("http://www.w3.org/2000/01/rdf-schema#label,ImageNet-1k", "http://www.w3.org/2004/02/skos/core#altLabel,ImageNet 1K",
                "http://www.w3.org/2004/02/skos/core#altLabel,Imagenet-1K", "http://www.w3.org/2004/02/skos/core#prefLabel,ImageNet-1k"),
                labels(kg, D + "imagenet-1k"));
        assertEquals(List.of(), rows(kg, "SELECT ?e WHERE { ?e skos:prefLabel 'Graph-Zip' }"), "no second node");
        // Both papers link the one node.
        assertEquals(List.of("GraphZip: Compressing Graphs with Learned Codes", "Graph-Zip: Faster Graph Compression"),
                rows(kg, "SELECT ?t WHERE { ?p pkg:proposes <" + M + "graphzip> ; dcterms:title ?t } ORDER BY DESC(?t)"));
        // Quill: a model in a.txt, a method in b.txt: one node, one type, the broader one.
        assertEquals(List.of("https://w3id.org/paperkg/ontology#Method"), types(kg, M + "quill"));
        assertEquals(List.of("2"), rows(kg, "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p pkg:proposes <" + M + "quill> }"));
        // Every entity node has exactly one type, one preferred label.
        assertEquals(List.of(), rows(kg, "SELECT ?e WHERE { GRAPH <https://w3id.org/paperkg/graph/resolution/entities> { ?e a ?t } } "
                + "GROUP BY ?e HAVING (COUNT(?t) > 1)"));
        assertEquals(List.of(), rows(kg, "SELECT ?e WHERE { ?e skos:prefLabel ?l } GROUP BY ?e HAVING (COUNT(?l) > 1)"));
    }

    @ParameterizedTest(name = "--load {0}")
    @ValueSource(strings = {"bulk", "incremental"})
    void addingAFileKeepsEveryIriAndNameAndMoreEvidenceCanDecideTheType(String load) throws IOException {
        Path a = TestFiles.write(dir, "a.txt", A), b = TestFiles.write(dir, "b.txt", B), c = TestFiles.write(dir, "c.txt", C);
        Path kg = dir.resolve("kg");
        build(kg, load, a);
        String entities = "SELECT ?e ?l WHERE { GRAPH <https://w3id.org/paperkg/graph/resolution/entities> { ?e skos:prefLabel ?l } } ORDER BY ?e";
        List<String> before = rows(kg, entities);
        assertTrue(before.contains(M + "esa,ESA"), before.toString());
        assertEquals(List.of("https://w3id.org/paperkg/ontology#Model"), types(kg, M + "quill"));
        build(kg, load, b);
        List<String> after = rows(kg, entities);
        assertTrue(after.containsAll(before), "no entity renamed or lost: " + before + " vs " + after);
        assertEquals(List.of("https://w3id.org/paperkg/ontology#Method"), types(kg, M + "quill"), "model 1, method 1");
        build(kg, load, c);
        assertEquals(List.of("https://w3id.org/paperkg/ontology#Model"), types(kg, M + "quill"), "model 2, method 1");
        assertTrue(rows(kg, entities).containsAll(after));
        // One build of all three gives the same store as three builds one after another.
        Path together = dir.resolve("together");
        build(together, "bulk", a, b, c);
        assertTrue(IsoMatcher.isomorphic(nq(kg), nq(together)));
        assertEquals(sortedNQuads(together), sortedNQuads(kg), "quad for quad (no blank nodes)");
    }

    @ParameterizedTest(name = "--load {0}")
    @ValueSource(strings = {"bulk", "incremental"})
    void buildingTheSameInputAgainChangesNothing(String load) throws IOException {
        Path a = TestFiles.write(dir, "a.txt", A), b = TestFiles.write(dir, "b.txt", B), c = TestFiles.write(dir, "c.txt", C);
        Path kg = dir.resolve("kg");
        build(kg, "bulk", a, b, c);
        List<String> first = sortedNQuads(kg);
        assertTrue(first.size() > 300, first.size() + " quads");
        build(kg, load, a, b, c);
        assertEquals(first, sortedNQuads(kg), "all three files again");
        build(kg, load, b);
        assertEquals(first, sortedNQuads(kg), "one file of the store again");
    }

    @Test
    void theSamePaperFromAnHfFileAndAnArxivFileIsOneNodeByItsId() throws IOException {
        Path hf = TestFiles.write(dir, "hf.json", """
                [{"paper": {"id": "2501.00001", "title": "Quill: Fast Poetry Generation", "publishedAt": "2025-01-02T10:00:00.000Z",
                  "summary": "We propose Quill, a new language model for poetry.%s", "authors": [{"name": "Ada Poe"}]}}]
                """.formatted(TAIL));
        Path arxiv = TestFiles.write(dir, "arxiv.jsonl",
                "{\"id\": \"2501.00001v2\", \"title\": \"Quill: Fast and Faithful Poetry Generation\", \"abstract\": \"We propose Quill, "
                        + "a language model for poetry that keeps meter.%s\", \"categories\": \"cs.CL\", \"versions\": [{\"version\": \"v1\", "
                        .formatted(TAIL) + "\"created\": \"Thu, 2 Jan 2025 09:00:00 GMT\"}], \"authors_parsed\": [[\"Poe\", \"Ada\", \"\"]]}\n");
        Path kg = dir.resolve("kg");
        build(kg, hf, arxiv);
        String paper = "https://w3id.org/paperkg/paper/quill-fast-poetry-generation";
        assertEquals(List.of("1"), rows(kg, "SELECT (COUNT(?p) AS ?n) WHERE { ?p a pkg:Paper }"));
        assertEquals(List.of("Quill: Fast Poetry Generation"), rows(kg, "SELECT ?t WHERE { <" + paper + "> dcterms:title ?t }"));
        assertEquals(List.of("Quill: Fast and Faithful Poetry Generation"), rows(kg, "SELECT ?t WHERE { <" + paper + "> dcterms:alternative ?t }"));
        assertEquals(List.of("2025-01-02"), rows(kg, "SELECT ?d WHERE { <" + paper + "> dcterms:issued ?d }"));
        assertEquals(List.of("1"), rows(kg, "SELECT (COUNT(?a) AS ?n) WHERE { <" + paper + "> dcterms:abstract ?a }"));
        assertEquals(List.of("arxiv.jsonl,Quill: Fast and Faithful Poetry Generation", "hf.json,Quill: Fast Poetry Generation"),
                rows(kg, "SELECT ?f ?t WHERE { <" + paper + "> pkg:hasSource ?r . ?r pkg:sourceFile ?f ; dcterms:title ?t } ORDER BY ?f"));
        assertEquals(List.of("merged,Quill: Fast Poetry Generation,Quill: Fast and Faithful Poetry Generation,arXiv:2501.00001,arxiv-id,,"),
                CliRun.of("query", "--store", kg.toString(), "--format", "csv", "resolution-decisions", "-p", "rule=arxiv-id")
                        .expect(0).out().lines().skip(1).toList());
    }

    @ParameterizedTest(name = "--load {0}")
    @ValueSource(strings = {"bulk", "incremental"})
    void decisionsAreDataTheReportPrintsThemAndOverridesApplyOnTheNextBuild(String load) throws IOException {
        Path a = TestFiles.write(dir, "a.txt", A), b = TestFiles.write(dir, "b.txt", B), kg = dir.resolve("kg");
        build(kg, load, a, b);
        assertEquals(List.of("merged,GraphZip,Graph-Zip,GraphZip,normalized-key,,"),
                CliRun.of("query", "--store", kg.toString(), "--format", "csv", "resolution-decisions", "-p", "name=GraphZip")
                        .expect(0).out().lines().skip(1).toList());
        String text = CliRun.of("resolve", "--report", "--store", kg.toString()).expect(0).out();
        assertTrue(text.contains("  GraphZip  <" + M + "graphzip>\n      \"Graph-Zip\"                              normalized-key, \"GraphZip\"\n"), text);
        JsonNode json = new ObjectMapper().readTree(CliRun.of("resolve", "--report", "--format", "json", "--store", kg.toString()).expect(0).out());
        JsonNode merge = null;
        for (JsonNode m : json.get("merges")) if (m.get("form").asText().equals("Graph-Zip")) merge = m;
        assertNotNull(merge, json.toString());
        assertEquals(M + "graphzip", merge.get("entity").asText());
        assertEquals("normalized-key", merge.get("rule").asText());

        Path overrides = TestFiles.write(dir, "overrides.tsv", "# action\ttype\tname\tother\tnote\nsplit\tmethod\tGraphZip\tGraph-Zip\ttwo tools\n");
        CliRun.of("build", "--store", kg.toString(), "--load", load, "--overrides", overrides.toString(), a.toString(), b.toString()).expect(0);
        assertEquals(List.of("http://www.w3.org/2000/01/rdf-schema#label,GraphZip", "http://www.w3.org/2004/02/skos/core#prefLabel,GraphZip"),
                labels(kg, M + "graphzip"));
        assertEquals(List.of(M + "graph-zip"), rows(kg, "SELECT ?e WHERE { ?e skos:prefLabel 'Graph-Zip' }"));
        assertEquals(List.of("Graph-Zip: Faster Graph Compression"), rows(kg, "SELECT ?t WHERE { ?p pkg:proposes <" + M + "graph-zip> ; dcterms:title ?t }"));
        assertTrue(CliRun.of("resolve", "--store", kg.toString()).expect(0).out().contains("override-split"));
    }

    @Test
    void aBuildIntoAFreshStoreKeepsTheIrisOfTheOldOneThroughTheResolutionGraphs() throws IOException {
        // The way a build that writes a new store directory uses the resolver: open it on the old
        // store, map into the new one, write both resolution graphs whole at the end.
        Path a = TestFiles.write(dir, "a.txt", A), b = TestFiles.write(dir, "b.txt", B), kg = dir.resolve("kg");
        build(kg, a);
        Iris iris = new Iris(Iris.DEFAULT_BASE);
        var fresh = DatasetGraphFactory.createTxnMem();
        try (KgStore old = KgStore.openExisting(kg)) {
            Txn.executeRead(old.dataset(), () -> {
                Resolver r = new Resolver(iris, Gazetteer.standard(), Overrides.none());
                r.open(old.dataset().asDatasetGraph());
                var pipeline = new Pipeline(ExtractionPipeline.standard(), new PaperMapper(iris, r));
                var out = StreamRDFLib.dataset(fresh);
                for (var source : InputFiles.resolve(List.of(b))) pipeline.run(source, out, new RunSummary(), x -> { });
                r.writeAll(out);
            });
        }
        Node entities = NodeFactory.createURI(iris.entitiesGraph()), res = NodeFactory.createURI(iris.resolutionGraph());
        Node graphZip = NodeFactory.createURI(M + "graphzip");
        // Graph-Zip (only in b.txt) joined GraphZip of the old store: the old IRI, the old preferred name.
        assertEquals(List.of("GraphZip"), fresh.stream(entities, graphZip, SKOS.prefLabel.asNode(), Node.ANY)
                .map(q -> q.getObject().getLiteralLexicalForm()).toList());
        assertEquals(List.of("Graph-Zip"), fresh.stream(entities, graphZip, SKOS.altLabel.asNode(), Node.ANY)
                .map(q -> q.getObject().getLiteralLexicalForm()).toList());
        assertTrue(fresh.contains(entities, NodeFactory.createURI(M + "esa"), SKOS.prefLabel.asNode(), NodeFactory.createLiteralString("ESA")));
        // The old store's learned acronyms are carried over, and the new merge is recorded once.
        assertTrue(fresh.stream(res, Node.ANY, PKG.shortForm.asNode(), NodeFactory.createLiteralString("ESA")).findAny().isPresent());
        assertEquals(1, fresh.stream(res, Node.ANY, PKG.form.asNode(), NodeFactory.createLiteralString("Graph-Zip")).count());
    }

    @Test
    void aBuildThatKeepsTheDecisionsGraphWritesTheEntitiesWholeAndOnlyItsOwnDecisions() throws IOException {
        // A bulk build copies the decisions graph into the new generation and replaces the entities graph.
        Path a = TestFiles.write(dir, "a.txt", A), b = TestFiles.write(dir, "b.txt", B), kg = dir.resolve("kg");
        build(kg, a);
        Iris iris = new Iris(Iris.DEFAULT_BASE);
        Node entities = NodeFactory.createURI(iris.entitiesGraph()), res = NodeFactory.createURI(iris.resolutionGraph());
        var written = DatasetGraphFactory.createTxnMem();
        long oldEntities;
        try (KgStore old = KgStore.openExisting(kg)) {
            oldEntities = Txn.calculateRead(old.dataset(), () -> old.dataset().asDatasetGraph().stream(entities, Node.ANY, SKOS.prefLabel.asNode(), Node.ANY).count());
            Txn.executeRead(old.dataset(), () -> {
                Resolver r = new Resolver(iris, Gazetteer.standard(), Overrides.none());
                r.open(old.dataset().asDatasetGraph(), List.of(NodeFactory.createURI(iris.sourceGraph("b.txt"))));
                var pipeline = new Pipeline(ExtractionPipeline.standard(), new PaperMapper(iris, r));
                var out = StreamRDFLib.dataset(written);
                for (var source : InputFiles.resolve(List.of(b))) pipeline.run(source, out, new RunSummary(), x -> { });
                r.writeEntities(out);
            });
        }
        Node graphZip = NodeFactory.createURI(M + "graphzip");
        assertEquals(List.of("GraphZip"), written.stream(entities, graphZip, SKOS.prefLabel.asNode(), Node.ANY)
                .map(q -> q.getObject().getLiteralLexicalForm()).toList());
        // Every entity of the old store is described again (the graph is replaced), and new ones too (CIFAR10).
        long now = written.stream(entities, Node.ANY, SKOS.prefLabel.asNode(), Node.ANY).count();
        assertTrue(now > oldEntities, now + " entities, " + oldEntities + " before");
        assertTrue(written.contains(entities, NodeFactory.createURI(M + "esa"), SKOS.prefLabel.asNode(), NodeFactory.createLiteralString("ESA")));
        // The old decisions and acronyms are not written again; this build's merge is.
        assertFalse(written.stream(res, Node.ANY, PKG.shortForm.asNode(), NodeFactory.createLiteralString("ESA")).findAny().isPresent());
        assertEquals(1, written.stream(res, Node.ANY, PKG.form.asNode(), NodeFactory.createLiteralString("Graph-Zip")).count());
    }

    @Test
    void anIncrementalAdditionRewritesOnlyTheEntitiesItMentionsAndGivesTheBulkStore() throws IOException {
        Path a = TestFiles.write(dir, "a.txt", A), b = TestFiles.write(dir, "b.txt", B), c = TestFiles.write(dir, "c.txt", C);
        Path kg = dir.resolve("kg");
        build(kg, "bulk", a, b);
        String g = "https://w3id.org/paperkg/graph/resolution/";
        long decisionsBefore = count(kg, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + g + "decisions> { ?s ?p ?o } }");
        long entitiesBefore = count(kg, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + g + "entities> { ?s ?p ?o } }");
        RunSummary summary;
        try (KgStore store = KgStore.openForWrite(kg)) {
            summary = store.build(InputFiles.resolve(List.of(c)), ResolutionStage.pipeline(ExtractionPipeline.standard(),
                    Resolver.standalone(new Iris(Iris.DEFAULT_BASE))), BuildOptions.defaults().withLoad(LoadMode.INCREMENTAL), r -> { });
        }
        // Written: c.txt's graph, the decisions it adds, and the description (plus resolution order) of
        // each entity c.txt mentions; not the descriptions of the others, which stay as they were.
        long fileQuads = count(kg, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + new Iris(Iris.DEFAULT_BASE).sourceGraph("c.txt") + "> { ?s ?p ?o } }");
        long newDecisions = count(kg, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + g + "decisions> { ?s ?p ?o } }") - decisionsBefore;
        long mentioned = count(kg, "SELECT (COUNT(*) AS ?n) WHERE { { SELECT DISTINCT ?e WHERE { GRAPH <"
                + new Iris(Iris.DEFAULT_BASE).sourceGraph("c.txt") + "> { ?ev <http://www.w3.org/ns/oa#hasBody> ?e } "
                + "GRAPH <" + g + "entities> { ?e a ?t } } } GRAPH <" + g + "entities> { ?e ?p ?o } }");
        long mentionedEntities = count(kg, "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { GRAPH <" + new Iris(Iris.DEFAULT_BASE).sourceGraph("c.txt")
                + "> { ?ev <http://www.w3.org/ns/oa#hasBody> ?e } GRAPH <" + g + "entities> { ?e a ?t } }");
        assertTrue(mentionedEntities > 0 && mentioned < entitiesBefore, mentioned + " of " + entitiesBefore);
        assertEquals(fileQuads + newDecisions + mentioned + mentionedEntities, summary.quadsWritten(), "quads written");
        Path together = dir.resolve("together");
        build(together, "bulk", a, b, c);
        assertEquals(sortedNQuads(together), sortedNQuads(kg), "quad for quad");
    }

    @Test
    void anAdditionUnderANewOverrideRewritesTheEntitiesTheOverrideChanges() throws IOException {
        Path a = TestFiles.write(dir, "a.txt", A), b = TestFiles.write(dir, "b.txt", B), c = TestFiles.write(dir, "c.txt", C);
        Path overrides = TestFiles.write(dir, "overrides.tsv", "# action\ttype\tname\tother\tnote\nsplit\tmethod\tGraphZip\tGraph-Zip\ttwo tools\n");
        Path inPlace = dir.resolve("in-place"), rewritten = dir.resolve("rewritten");
        for (Path kg : List.of(inPlace, rewritten)) {
            build(kg, "bulk", a, b);
            // c.txt does not mention GraphZip: only the override changes it.
            CliRun.of("build", "--store", kg.toString(), "--load", kg == inPlace ? "incremental" : "bulk", "--overrides", overrides.toString(),
                    c.toString()).expect(0);
        }
        assertEquals(List.of("http://www.w3.org/2000/01/rdf-schema#label,GraphZip", "http://www.w3.org/2004/02/skos/core#prefLabel,GraphZip"),
                labels(inPlace, M + "graphzip"), "Graph-Zip split off (b.txt's mention of it is resolved again when b.txt is built again)");
        assertEquals(sortedNQuads(rewritten), sortedNQuads(inPlace), "the same store as a build that rewrites the entities graph whole");
    }

    @Test
    void anAdditionRewritesADescriptionTheStoreHoldsOtherwiseThanThisVersionWritesIt() throws IOException {
        Path a = TestFiles.write(dir, "a.txt", "Sharper Images: Denoising at Scale\n\nWe propose SharpNet, which reaches 91.2% accuracy on CIFAR-10."
                + TAIL + "\n"), c = TestFiles.write(dir, "c.txt", C), kg = dir.resolve("kg");
        build(kg, "bulk", a);
        String accuracy = "https://w3id.org/paperkg/metric/accuracy";
        String direction = "SELECT ?b WHERE { <" + accuracy + "> pkg:higherIsBetter ?b }";
        assertEquals(List.of("true"), rows(kg, direction));
        // As an older version would have left it: the gazetteer's direction not yet described.
        try (KgStore store = KgStore.openExisting(kg)) {
            Txn.executeWrite(store.dataset(), () -> store.dataset().asDatasetGraph().deleteAny(Node.ANY, NodeFactory.createURI(accuracy),
                    PKG.higherIsBetter.asNode(), Node.ANY));
        }
        assertEquals(List.of(), rows(kg, direction));
        build(kg, "incremental", c); // c.txt mentions no metric
        assertEquals(List.of("true"), rows(kg, direction));
    }

    private static long count(Path kg, String query) {
        return Long.parseLong(rows(kg, query).get(0));
    }

    @Test
    void aMissingOrBrokenOverridesFileIsAClearError() throws IOException {
        Path a = TestFiles.write(dir, "a.txt", A), kg = dir.resolve("kg");
        var run = CliRun.of("build", "--store", kg.toString(), "--overrides", dir.resolve("none.tsv").toString(), a.toString()).expect(2);
        assertEquals("paperkg: error: " + dir.resolve("none.tsv") + ": no such overrides file; give an existing file with --overrides\n", run.err());
        Path bad = TestFiles.write(dir, "bad.tsv", "merge\tmethod\tGraphZip\n");
        run = CliRun.of("build", "--store", kg.toString(), "--overrides", bad.toString(), a.toString()).expect(2);
        assertEquals("paperkg: error: " + bad + ":1: an override needs 4 tab-separated columns (action, type, name, other), found 3; "
                + "see the file's header comment\n", run.err());
    }
}
