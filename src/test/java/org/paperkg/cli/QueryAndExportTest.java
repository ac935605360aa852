package org.paperkg.cli;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.paperkg.SampleStore;
import org.paperkg.TestFiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The named queries answer their questions on the samples; every export format reads back whole. */
class QueryAndExportTest {
    static final Path store = SampleStore.path();

    static List<String> csv(String... args) {
        String[] full = new String[args.length + 4];
        full[0] = "query";
        full[1] = "--store";
        full[2] = store.toString();
        full[3] = "--format=csv";
        System.arraycopy(args, 0, full, 4, args.length);
        return CliRun.of(full).expect(0).out().lines().toList();
    }

    @Test
    void listsTheNamedQueriesWithTheirPurpose() {
        String out = CliRun.of("query", "--list").expect(0).out();
        for (String q : List.of("papers-with-code", "top-datasets", "proposed-methods", "papers-in-date-range",
                "paper-details", "class-counts", "repositories-by-host", "evidence"))
            assertTrue(out.contains(q + " "), q);
        assertTrue(out.contains("Papers whose abstract links a code repository"), out);
    }

    @Test
    void papersWithCodeListsEveryRepositoryOfEveryPaper() {
        List<String> rows = csv("papers-with-code");
        assertEquals("title,repository", rows.get(0));
        assertEquals(66, rows.size() - 1, "65 GitHub and 1 Hugging Face repositories, each linked by one paper");
        assertEquals("A Comprehensive Survey on Self-Interpretable Neural Networks,https://github.com/yangji721/Awesome-Self-Interpretable-Neural-Network", rows.get(1));
    }

    @Test
    void repositoriesByHostCountsEachHost() {
        assertEquals(List.of("host,repositories,papers", "github.com,65,64", "huggingface.co,1,1"), csv("repositories-by-host"));
    }

    @Test
    void proposedMethodsIncludeAcronymsWithTheirLongForm() {
        List<String> rows = csv("proposed-methods");
        assertTrue(rows.contains("EBTs,Energy-Based Transformers,model,Energy-Based Transformers are Scalable Learners and Thinkers"), rows.toString());
        assertTrue(rows.contains("NPO,Negative Preference Optimization,method,Negative Preference Optimization: From Catastrophic Collapse to Effective Unlearning"), rows.toString());
    }

    @Test
    void topDatasetsCountsPapersPerDataset() {
        List<String> rows = csv("top-datasets");
        assertEquals("dataset,papers", rows.get(0));
        assertEquals(List.of("CIFAR-10,8", "MNIST,7"), rows.subList(1, 3), "most mentioned first");
        assertEquals(51, rows.size(), "a header and the top 50");
    }

    @Test
    void papersInADateRangeHonourBothBounds() {
        assertEquals(List.of("date,title", "2025-02-10,Dynamic Loss-Based Sample Reweighting for Improved Large Language Model Pretraining"),
                csv("papers-in-date-range", "--param", "from=2025-01-01", "--param", "to=2025-03-31"));
        List<String> open = csv("papers-in-date-range");
        assertEquals(26, open.size(), "25 dated records (001 file) and a header; the 25 papers are distinct");
    }

    @Test
    void paperDetailsShowsPropertiesAndWhereThePaperWasRead() {
        List<String> rows = csv("paper-details", "--param", "title=scalable learners and thinkers");
        String paper = "https://w3id.org/paperkg/paper/energy-based-transformers-are-scalable-learners-and-thinkers";
        assertTrue(rows.contains(paper + ",http://purl.org/dc/terms/issued,2025-07-02"), rows.toString());
        assertTrue(rows.contains(paper + ",https://w3id.org/paperkg/ontology#authorCount,10"), rows.toString());
        assertTrue(rows.contains(paper + ",https://w3id.org/paperkg/ontology#hasSource,001_2e101c17ddbae889.txt:13"), rows.toString());
        assertTrue(rows.contains(paper + ",https://w3id.org/paperkg/ontology#proposes,EBTs"), rows.toString());
    }

    @Test
    void classCountsMatchStats() {
        List<String> rows = csv("class-counts");
        assertTrue(rows.contains("https://w3id.org/paperkg/ontology#Paper,387"), rows.toString());
        assertTrue(rows.contains("https://w3id.org/paperkg/ontology#SourceRecord,419"), rows.toString());
        assertTrue(rows.contains("https://w3id.org/paperkg/ontology#CodeRepository,66"), rows.toString());
    }

    @Test
    void evidenceExplainsAFact() {
        List<String> rows = csv("evidence", "--param", "name=EBTs");
        assertEquals(2, rows.size(), rows.toString());
        assertTrue(rows.get(1).startsWith("Energy-Based Transformers are Scalable Learners and Thinkers,https://w3id.org/paperkg/ontology#proposes,EBTs,EBTs,"
                + "\"Specifically, we train Energy-Based Transformers (EBTs) -- a new class"), rows.get(1));
        assertTrue(rows.get(1).endsWith(",abstract,897,901,proposed-names/acronym,0.85"), rows.get(1));
    }

    @Test
    void parametersAreBoundAsValuesNotPastedIntoTheQuery() {
        List<String> rows = csv("paper-details", "--param", "title=\") } } SELECT * WHERE { ?s ?p ?o } #");
        assertEquals(List.of("paper,property,value"), rows);
    }

    @Test
    void badSparqlIsAOneLineError() {
        var run = CliRun.of("query", "--store", store.toString(), "-e", "SELECT WHERE {");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("paperkg: error: -e: SPARQL syntax error: "), run.err());
        assertEquals(1, run.err().lines().count());
        var unknown = CliRun.of("query", "--store", store.toString(), "no-such-query");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("no query named 'no-such-query'"), unknown.err());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"nq,NQUADS,true", "trig,TRIG,true", "jsonld,JSONLD,true", "ttl,TURTLE,false", "nt,NTRIPLES,false", "rdfxml,RDFXML,false"})
    void everyExportFormatReadsBackToTheSameCount(String format, String langName, boolean quads, @TempDir Path dir) throws Exception {
        long storeQuads = Long.parseLong(csv("-e", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }").get(1));
        long unionTriples = Long.parseLong(csv("-e", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").get(1));
        Path file = dir.resolve("export." + format);
        var run = CliRun.of("export", "--store", store.toString(), "--format", format, "-o", file.toString()).expect(0);
        Lang lang = org.apache.jena.riot.RDFLanguages.nameToLang(langName);
        Dataset ds = DatasetFactory.create();
        RDFParser.source(file).lang(lang).parse(ds);
        long readBack = quads ? ds.asDatasetGraph().stream().count() : ds.getDefaultModel().size();
        assertEquals(quads ? storeQuads : unionTriples, readBack);
        assertTrue(run.err().contains("Wrote " + String.format("%,d", readBack)), run.err());
        assertTrue(storeQuads > unionTriples, "papers read from two files repeat their statements in two graphs");
    }

    @Test
    void exportToStdoutWritesTheSameAsToAFile(@TempDir Path dir) throws Exception {
        String stdout = CliRun.of("export", "--store", store.toString(), "--format", "nt").expect(0).out();
        Path file = dir.resolve("x.nt");
        CliRun.of("export", "--store", store.toString(), "--format", "nt", "-o", file.toString()).expect(0);
        assertEquals(Files.readString(file), stdout);
    }
}
