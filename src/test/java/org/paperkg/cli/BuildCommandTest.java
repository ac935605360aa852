package org.paperkg.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.SampleStore;
import org.paperkg.TestFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The build path end to end, through the command line, on a real TDB2 directory. */
class BuildCommandTest {
    static final Path store = SampleStore.path();

    static DatasetGraph exportNq(Path storeDir) {
        String nq = CliRun.of("export", "--store", storeDir.toString(), "--format", "nq").expect(0).out();
        Dataset ds = DatasetFactory.create();
        RDFParser.fromString(nq, Lang.NQUADS).parse(ds);
        return ds.asDatasetGraph();
    }

    static JsonNode stats(Path storeDir) throws IOException {
        return new ObjectMapper().readTree(CliRun.of("stats", "--store", storeDir.toString(), "--format", "json").expect(0).out());
    }

    @Test
    void printsASummaryOfTheBuild(@TempDir Path dir) {
        var run = CliRun.of("build", "--store", dir.resolve("kg").toString(), TestFiles.SAMPLES.toString()).expect(0);
        assertTrue(run.out().contains("read      419 records: 419 written as papers (32 of them duplicates), 0 skipped"), run.out());
        assertTrue(run.out().contains("387 papers"), run.out());
        assertTrue(run.out().contains("66 repositories"), run.out());
    }

    @Test
    void statsCountDistinctPapersRepositoriesAndGraphs() throws IOException {
        JsonNode s = stats(store);
        // 419 records; 28 papers appear in two or more files (titles compared case- and punctuation-insensitively).
        assertEquals(387, s.get("papers").asLong());
        assertEquals(66, s.get("repositories").asLong(), "65 on GitHub and one on Hugging Face");
        assertEquals(6, s.get("graphs").asLong(), "one per source file, the resolved entities and the resolution decisions");
        for (String key : List.of("papers", "methods", "datasets", "tasks", "metrics", "results", "repositories", "triples", "graphs"))
            assertTrue(s.get(key).isIntegralNumber(), key);
        String nq = CliRun.of("export", "--store", store.toString(), "--format", "nq").expect(0).out();
        assertEquals(s.get("triples").asLong(), nq.lines().count(), "triples counts the lines of the N-Quads export");
    }

    @Test
    void linksAll65GithubRepositoriesToTheirPapers() {
        String rows = CliRun.of("query", "--store", store.toString(), "--format", "csv", "-e",
                "PREFIX pkg: <https://w3id.org/paperkg/ontology#> SELECT DISTINCT ?url WHERE { "
                        + "?paper a pkg:Paper ; pkg:hasCode ?r . ?r a pkg:CodeRepository ; pkg:host \"github.com\" ; pkg:url ?url } ORDER BY ?url")
                .expect(0).out();
        List<String> urls = rows.lines().skip(1).toList();
        assertEquals(65, urls.size());
        assertTrue(urls.contains("https://github.com/RUCAIBox/FMLP-Rec"), "LaTeX 'blue{...}' debris removed");
        assertTrue(urls.contains("https://github.com/princeton-vl/selfstudy"), "www. and '{github.com/...}' removed");
        assertTrue(urls.contains("https://github.com/ekinakyurek/google-research"), "/blob/master/... removed");
        assertTrue(urls.contains("https://github.com/wangqinsi1/GAINRL"), "/tree/main. removed");
        assertTrue(urls.stream().allMatch(u -> u.matches("https://github\\.com/[^/]+/[^/]+")), urls.toString());
    }

    @Test
    void keepsProvenanceToEveryPlaceAPaperWasRead() {
        String rows = CliRun.of("query", "--store", store.toString(), "--format", "csv", "-e",
                "PREFIX pkg: <https://w3id.org/paperkg/ontology#> PREFIX dcterms: <http://purl.org/dc/terms/> "
                        + "SELECT ?file ?line WHERE { ?p dcterms:title \"Energy-Based Transformers are Scalable Learners and Thinkers\" ; "
                        + "pkg:hasSource ?r . ?r pkg:sourceFile ?file ; pkg:lineNumber ?line } ORDER BY ?file").expect(0).out();
        assertEquals(List.of("file,line", "000_9e387143ca20d842.txt,13", "001_2e101c17ddbae889.txt,13"),
                rows.lines().toList());
    }

    @Test
    void buildingTheSameInputAgainChangesNothing(@TempDir Path dir) {
        Path kg = dir.resolve("kg");
        CliRun.of("build", "--store", kg.toString(), TestFiles.SAMPLES.toString()).expect(0);
        DatasetGraph first = exportNq(kg);
        CliRun.of("build", "--store", kg.toString(), TestFiles.SAMPLES.toString()).expect(0);
        assertTrue(IsoMatcher.isomorphic(first, exportNq(kg)));
        assertTrue(IsoMatcher.isomorphic(first, exportNq(store)), "same input, same IRIs in another store");
    }

    @Test
    void theLoaderIsChosenBySizeUnlessGivenAndEveryKindWritesTheSameQuads(@TempDir Path dir) {
        Path bySize = dir.resolve("auto"), sequential = dir.resolve("sequential");
        var auto = CliRun.of("build", "--store", bySize.toString(), TestFiles.BLANK_SEPARATED.toString()).expect(0);
        assertTrue(auto.out().contains(" (bulk load into gen-0002 by the parallel loader)" + System.lineSeparator()), auto.out());
        var given = CliRun.of("build", "--store", sequential.toString(), "--loader", "sequential", TestFiles.BLANK_SEPARATED.toString()).expect(0);
        assertTrue(given.out().contains(" (bulk load into gen-0002 by the sequential loader)" + System.lineSeparator()), given.out());
        assertTrue(IsoMatcher.isomorphic(exportNq(bySize), exportNq(sequential)));
    }

    @Test
    void buildingFileAThenFileBEqualsBuildingBoth(@TempDir Path dir) {
        Path oneByOne = dir.resolve("one"), together = dir.resolve("two");
        CliRun.of("build", "--store", oneByOne.toString(), TestFiles.BLANK_SEPARATED.toString()).expect(0);
        CliRun.of("build", "--store", oneByOne.toString(), TestFiles.WITH_METADATA.toString()).expect(0);
        CliRun.of("build", "--store", together.toString(), TestFiles.BLANK_SEPARATED.toString(), TestFiles.WITH_METADATA.toString()).expect(0);
        assertTrue(IsoMatcher.isomorphic(exportNq(oneByOne), exportNq(together)));
    }

    @Test
    void rebuildingAChangedFileReplacesOnlyItsGraph(@TempDir Path dir) throws IOException {
        Path a = dir.resolve("a.txt"), b = dir.resolve("b.txt"), kg = dir.resolve("kg");
        Files.copy(TestFiles.BLANK_SEPARATED, a);
        Files.copy(TestFiles.BLANK_SEPARATED_2, b);
        CliRun.of("build", "--store", kg.toString(), a.toString(), b.toString()).expect(0);
        DatasetGraph before = exportNq(kg);
        // Keep only the first two records of a.txt.
        List<String> lines = Files.readAllLines(a, StandardCharsets.UTF_8);
        Files.write(a, lines.subList(0, 20), StandardCharsets.UTF_8);
        var run = CliRun.of("build", "--store", kg.toString(), a.toString()).expect(0);
        assertTrue(run.out().contains("read      2 records"), run.out());
        DatasetGraph after = exportNq(kg);
        var gb = org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/paperkg/graph/b.txt");
        var ga = org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/paperkg/graph/a.txt");
        assertTrue(before.getGraph(gb).isIsomorphicWith(after.getGraph(gb)), "b.txt's graph is untouched");
        String count = CliRun.of("query", "--store", kg.toString(), "--format", "csv", "-e",
                "PREFIX pkg: <https://w3id.org/paperkg/ontology#> SELECT (COUNT(?r) AS ?n) WHERE { GRAPH <" + ga.getURI()
                        + "> { ?r a pkg:SourceRecord } }").expect(0).out();
        assertEquals(List.of("n", "2"), count.lines().toList());
    }

    @Test
    void aFailedBuildLeavesTheStoreExactlyAsItWas(@TempDir Path dir) throws IOException {
        Path kg = dir.resolve("kg");
        CliRun.of("build", "--store", kg.toString(), TestFiles.BLANK_SEPARATED.toString()).expect(0);
        DatasetGraph before = exportNq(kg);
        // A good file first, then one that passes format detection but fails when read: nothing of either may land.
        Path bad = TestFiles.write(dir, "bad.txt", "a,b\n1,2\n");
        var run = CliRun.of("build", "--store", kg.toString(), TestFiles.BLANK_SEPARATED_2.toString(), bad.toString()).expect(2);
        assertEquals("paperkg: error: " + bad + ": no paper records found; expected a Hugging Face Daily Papers listing "
                + "(a title line followed by its abstract)" + System.lineSeparator(), run.err());
        assertTrue(IsoMatcher.isomorphic(before, exportNq(kg)), "store unchanged after the failed build");
    }
}
