package org.paperkg.pipeline;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.extract.ExtractionPipeline;
import org.paperkg.read.Fixtures;
import org.paperkg.read.InputFiles;
import org.paperkg.store.KgStore;
import org.paperkg.vocab.Iris;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Builds the listing samples and both JSON fixtures into one TDB2 store and checks how they join. */
class JsonSourcesBuildTest {
    private static final String PREFIXES = """
            PREFIX pkg: <https://w3id.org/paperkg/ontology#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX schema: <https://schema.org/>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            """;
    private static final String PAPER = "<https://w3id.org/paperkg/paper/do-input-gradients-highlight-discriminative-features>";

    @TempDir
    Path tmp;

    private KgStore build(Path... inputs) {
        KgStore kg = KgStore.openForWrite(tmp.resolve("kg"));
        var pipeline = org.paperkg.resolve.ResolutionStage.pipeline(ExtractionPipeline.standard(),
                org.paperkg.resolve.Resolver.standalone(new Iris(Iris.DEFAULT_BASE)));
        RunSummary s = kg.build(InputFiles.resolve(List.of(inputs)), pipeline, r -> { });
        assertEquals(0, s.skippedCount());
        return kg;
    }

    private static List<String> select(KgStore kg, String query) {
        return Txn.calculateRead(kg.dataset(), () -> {
            List<String> rows = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.create(PREFIXES + query, kg.dataset())) {
                ResultSet rs = qe.execSelect();
                List<String> vars = rs.getResultVars();
                rs.forEachRemaining((QuerySolution row) -> {
                    List<String> cells = new ArrayList<>();
                    for (String v : vars) {
                        RDFNode n = row.get(v);
                        cells.add(n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                    }
                    rows.add(String.join(" | ", cells));
                });
            }
            return rows;
        });
    }

    @Test
    void listingSamplesAloneGive387Papers() {
        try (KgStore kg = build(Fixtures.LISTINGS)) {
            assertEquals(387, kg.stats().papers());
        }
    }

    @Test
    void listingSamplesAndBothJsonFixturesGive423DistinctPapers() {
        // 387 listing papers + 24 papers only in the HF file + 12 only in the arXiv file; see fixtures/README.md.
        try (KgStore kg = build(Fixtures.LISTINGS, Fixtures.HF, Fixtures.ARXIV)) {
            assertEquals(423, kg.stats().papers());
            assertEquals(List.of("423"), select(kg, "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a pkg:Paper }")
                    );
            // 36 HF + 36 arXiv records, 24 of them the same papers in both files.
            assertEquals(List.of("48"), select(kg, "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a pkg:Paper ; pkg:arxivId ?id }")
                    );
        }
    }

    @Test
    void aListingPaperAndItsJsonTwinsAreOneNodeWithProvenanceToAllThree() {
        try (KgStore kg = build(Fixtures.LISTINGS, Fixtures.HF, Fixtures.ARXIV)) {
            assertEquals(List.of("000_9e387143ca20d842.txt", "arxiv-snapshot.jsonl", "hf-daily-papers.json"), select(kg,
                    "SELECT DISTINCT ?f WHERE { " + PAPER + " pkg:hasSource/pkg:sourceFile ?f } ORDER BY ?f"));
            // One preferred title (the first source's, a listing), the other spellings as alternatives,
            // and every source record keeps the title it gave.
            assertEquals(List.of("Do Input Gradients Highlight Discriminative Features?"),
                    select(kg, "SELECT ?t WHERE { " + PAPER + " dcterms:title ?t }"));
            assertEquals(List.of("Do Input Gradients Highlight Discriminative Features", "Do input gradients highlight discriminative features?"),
                    select(kg, "SELECT ?t WHERE { " + PAPER + " dcterms:alternative ?t } ORDER BY ?t"));
            assertEquals(List.of("000_9e387143ca20d842.txt | Do Input Gradients Highlight Discriminative Features? | ",
                            "arxiv-snapshot.jsonl | Do Input Gradients Highlight Discriminative Features | 2025-05-05",
                            "hf-daily-papers.json | Do input gradients highlight discriminative features? | 2025-05-05"),
                    select(kg, "SELECT ?f ?t ?d WHERE { " + PAPER + " pkg:hasSource ?r . ?r pkg:sourceFile ?f ; dcterms:title ?t "
                            + "OPTIONAL { ?r dcterms:issued ?d } } ORDER BY ?f"));
            assertEquals(List.of("2025-05-05"), select(kg, "SELECT ?d WHERE { " + PAPER + " dcterms:issued ?d }"));
            assertEquals(List.of("2505.26996 | arXiv:2505.26996 | https://arxiv.org/abs/2505.26996"), select(kg,
                    "SELECT ?id ?ident ?abs WHERE { " + PAPER + " pkg:arxivId ?id ; dcterms:identifier ?ident ; "
                            + "schema:sameAs ?abs FILTER(STRSTARTS(STR(?abs), 'https://arxiv.org/')) }"));
        }
    }

    @Test
    void authorsAreOrderedAndTheSameAuthorFromTwoSourcesIsOneNode() {
        try (KgStore kg = build(Fixtures.HF, Fixtures.ARXIV)) {
            assertEquals(List.of(
                    "1 | Lucía Gupta", "2 | Ananya Silva", "3 | Ingrid Larsen", "4 | Noor Volkov", "5 | Kenji Sato", "6 | Yuxuan Dubois"),
                    select(kg, "SELECT ?pos ?name WHERE { " + PAPER + " pkg:authorship ?a . ?a pkg:position ?pos ; pkg:person/foaf:name ?name } ORDER BY ?pos")
                            );
            assertEquals(List.of("6"), select(kg, "SELECT (COUNT(?a) AS ?n) WHERE { " + PAPER + " pkg:authorship ?a }")
                    );
        }
    }

    @Test
    void metadataRepositoryJoinsTheRepositoryTheLinkExtractorFound() {
        try (KgStore kg = build(Fixtures.LISTINGS, Fixtures.HF)) {
            assertEquals(List.of("https://w3id.org/paperkg/repository/github.com/harshays/inputgradients"),
                    select(kg, "SELECT DISTINCT ?r WHERE { " + PAPER + " pkg:hasCode ?r }"));
            assertEquals(List.of("https://w3id.org/paperkg/repository/github.com/facebookresearch/seal"), select(kg,
                    "SELECT DISTINCT ?r WHERE { ?p dcterms:alternative 'Autoregressive Search Engines - Generating Substrings as Document Identifiers' ; pkg:hasCode ?r }"));
        }
    }

    @Test
    void categoriesFeaturedDateAndObservationsAreKeptApart() {
        try (KgStore kg = build(Fixtures.HF, Fixtures.ARXIV)) {
            assertEquals(List.of("https://arxiv.org/archive/cs.CL | cs.CL"), select(kg,
                    "SELECT ?c ?code WHERE { " + PAPER + " dcterms:subject ?c . ?c a pkg:ArxivCategory ; rdfs:label ?code }"));
            assertEquals(List.of("2025-05-05 | 2025-05-07"), select(kg,
                    "SELECT ?issued ?featured WHERE { " + PAPER + " dcterms:issued ?issued ; pkg:featuredOn ?featured }")
                    );
            assertEquals(List.of("hf-daily-papers.json | 84 | 793"), select(kg,
                    "SELECT ?f ?up ?stars WHERE { " + PAPER + " pkg:hasSource ?r . ?r pkg:sourceFile ?f ; pkg:upvotes ?up ; pkg:githubStars ?stars }")
                    );
        }
    }
}
