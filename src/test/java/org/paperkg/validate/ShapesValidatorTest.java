package org.paperkg.validate;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.update.UpdateAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.paperkg.SampleStore;
import org.paperkg.cli.CliRun;
import org.paperkg.vocab.OntologyFiles;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The SHACL shapes: the samples' store conforms; a minimal valid instance of every class
 * conforms; and one change to it breaks exactly the constraint of the shape it targets.
 */
class ShapesValidatorTest {
    static final String PREFIXES = """
            PREFIX pkg: <https://w3id.org/paperkg/ontology#>
            PREFIX dcterms: <http://purl.org/dc/terms/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX oa: <http://www.w3.org/ns/oa#>
            PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX schema: <https://schema.org/> PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            """;

    static Graph valid() throws IOException {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = ShapesValidatorTest.class.getResourceAsStream("/shacl/valid.ttl")) {
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
        }
        return g;
    }

    @Test
    void everyClassOfTheOntologyHasAShape() {
        var onto = OntologyFiles.model(OntologyFiles.ONTOLOGY);
        var shapes = OntologyFiles.model(OntologyFiles.SHAPES);
        Set<String> classes = new HashSet<>();
        onto.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, org.apache.jena.vocabulary.OWL.Class)
                .forEachRemaining(r -> classes.add(r.getURI()));
        Set<String> targeted = new HashSet<>();
        shapes.listObjectsOfProperty(shapes.createProperty("http://www.w3.org/ns/shacl#targetClass"))
                .forEachRemaining(n -> targeted.add(n.asResource().getURI()));
        assertEquals(classes, targeted);
        assertEquals(22, classes.size());
    }

    @Test
    void theMinimalInstanceOfEveryClassConforms() throws IOException {
        var outcome = ShapesValidator.standard().validate(valid());
        assertTrue(outcome.conforms(), outcome.violations().toString());
        Set<String> typed = new HashSet<>();
        valid().find(null, org.apache.jena.vocabulary.RDF.type.asNode(), null).forEachRemaining(t -> typed.add(t.getObject().getURI()));
        assertEquals(22, typed.size(), "every class has an instance in valid.ttl: " + typed);
    }

    /** The table below writes ex:paper/p for <https://w3id.org/paperkg/paper/p> (a prefixed name cannot hold '/'). */
    static String expand(String update) {
        return PREFIXES + update.replaceAll("ex:([\\w./-]+)", "<https://w3id.org/paperkg/$1>");
    }

    /** Each row: the shape, a SPARQL Update that breaks it, and the one violation expected (focus, path, constraint). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Paper: no title                 | DELETE WHERE { ex:paper/p dcterms:title ?t }                         | <https://w3id.org/paperkg/paper/p> | dcterms:title | sh:MinCountConstraintComponent
            Paper: issued is not a date     | DELETE WHERE { ex:paper/p dcterms:issued ?d } ; INSERT DATA { ex:paper/p dcterms:issued "July 2025" } | <https://w3id.org/paperkg/paper/p> | dcterms:issued | sh:DatatypeConstraintComponent
            Paper: uses a dataset           | INSERT DATA { ex:paper/p pkg:uses ex:dataset/d }                     | <https://w3id.org/paperkg/paper/p> | pkg:uses | sh:ClassConstraintComponent
            Paper: no source                | DELETE WHERE { ex:paper/p pkg:hasSource ?r }                         | <https://w3id.org/paperkg/paper/p> | pkg:hasSource | sh:MinCountConstraintComponent
            Method: no label                | DELETE WHERE { ex:method/m rdfs:label ?l }                           | <https://w3id.org/paperkg/method/m> | rdfs:label | sh:MinCountConstraintComponent
            Method, for a model: no prefLabel            | DELETE WHERE { ex:method/model skos:prefLabel ?l }                   | <https://w3id.org/paperkg/method/model> | skos:prefLabel | sh:MinCountConstraintComponent
            Method, for a framework: label 42  | DELETE WHERE { ex:method/fw rdfs:label ?l } ; INSERT DATA { ex:method/fw rdfs:label 42 } | <https://w3id.org/paperkg/method/fw> | rdfs:label | sh:DatatypeConstraintComponent
            Method, for a tool: no label    | DELETE WHERE { ex:method/tool rdfs:label ?l }                        | <https://w3id.org/paperkg/method/tool> | rdfs:label | sh:MinCountConstraintComponent
            Dataset: empty label            | DELETE WHERE { ex:dataset/d rdfs:label ?l } ; INSERT DATA { ex:dataset/d rdfs:label "" } | <https://w3id.org/paperkg/dataset/d> | rdfs:label | sh:MinLengthConstraintComponent
            Dataset, for a benchmark: no prefLabel       | DELETE WHERE { ex:dataset/b skos:prefLabel ?l }                      | <https://w3id.org/paperkg/dataset/b> | skos:prefLabel | sh:MinCountConstraintComponent
            Task: no label                  | DELETE WHERE { ex:task/t rdfs:label ?l }                             | <https://w3id.org/paperkg/task/t> | rdfs:label | sh:MinCountConstraintComponent
            Metric: two directions          | INSERT DATA { ex:metric/acc pkg:higherIsBetter false }               | <https://w3id.org/paperkg/metric/acc> | pkg:higherIsBetter | sh:MaxCountConstraintComponent
            Result: value not a decimal     | DELETE WHERE { ex:result/r pkg:value ?v } ; INSERT DATA { ex:result/r pkg:value "high" } | <https://w3id.org/paperkg/result/r> | pkg:value | sh:DatatypeConstraintComponent
            Result: unknown unit            | DELETE WHERE { ex:result/r pkg:unit ?u } ; INSERT DATA { ex:result/r pkg:unit "furlongs" } | <https://w3id.org/paperkg/result/r> | pkg:unit | sh:InConstraintComponent
            Result: no paper reports it     | DELETE WHERE { ex:paper/p pkg:reportsResult ?r }                     | <https://w3id.org/paperkg/result/r> | ^pkg:reportsResult | sh:MinCountConstraintComponent
            CodeRepository: two urls        | INSERT DATA { ex:repository/github.com/o/n pkg:url <https://github.com/o/other> } | <https://w3id.org/paperkg/repository/github.com/o/n> | pkg:url | sh:MaxCountConstraintComponent
            Person: no name                 | DELETE WHERE { ex:person/a foaf:name ?n }                            | <https://w3id.org/paperkg/person/a> | foaf:name | sh:MinCountConstraintComponent
            Authorship: position 0          | DELETE WHERE { ex:authorship/a1 pkg:position ?p } ; INSERT DATA { ex:authorship/a1 pkg:position 0 } | <https://w3id.org/paperkg/authorship/a1> | pkg:position | sh:MinInclusiveConstraintComponent
            ArxivCategory: no notation      | DELETE WHERE { <https://arxiv.org/archive/cs.LG> skos:notation ?n }  | <https://arxiv.org/archive/cs.LG> | skos:notation | sh:MinCountConstraintComponent
            SourceRecord: line 0            | DELETE WHERE { ex:record/f.txt/3 pkg:lineNumber ?l } ; INSERT DATA { ex:record/f.txt/3 pkg:lineNumber 0 } | <https://w3id.org/paperkg/record/f.txt/3> | pkg:lineNumber | sh:MinInclusiveConstraintComponent
            SourceFile: no record count     | DELETE WHERE { ex:graph/f.txt pkg:recordCount ?n }                   | <https://w3id.org/paperkg/graph/f.txt> | pkg:recordCount | sh:MinCountConstraintComponent
            Evidence: start after end       | DELETE WHERE { ex:evidence/e pkg:startOffset ?s } ; INSERT DATA { ex:evidence/e pkg:startOffset 20 } | <https://w3id.org/paperkg/evidence/e> | pkg:startOffset | sh:LessThanConstraintComponent
            Evidence: two bodies            | INSERT DATA { ex:evidence/e oa:hasBody ex:method/model }             | <https://w3id.org/paperkg/evidence/e> | oa:hasBody | sh:MaxCountConstraintComponent
            Evidence: confidence above 1    | DELETE WHERE { ex:evidence/e pkg:confidence ?c } ; INSERT DATA { ex:evidence/e pkg:confidence 1.5 } | <https://w3id.org/paperkg/evidence/e> | pkg:confidence | sh:MaxInclusiveConstraintComponent
            Extractor: two labels           | INSERT DATA { ex:extractor/x rdfs:label "other" }                    | <https://w3id.org/paperkg/extractor/x> | rdfs:label | sh:MaxCountConstraintComponent
            Paper: two titles               | INSERT DATA { ex:paper/p dcterms:title "Another spelling" }          | <https://w3id.org/paperkg/paper/p> | dcterms:title | sh:MaxCountConstraintComponent
            ResolutionDecision: no rule     | DELETE WHERE { ex:resolution/r1 pkg:rule ?r }                        | <https://w3id.org/paperkg/resolution/r1> | pkg:rule | sh:MinCountConstraintComponent
            ResolutionDecision: score above 1 | INSERT DATA { ex:resolution/r1 pkg:score 1.5 }                     | <https://w3id.org/paperkg/resolution/r1> | pkg:score | sh:MaxInclusiveConstraintComponent
            MergeDecision: a kept-apart rule | DELETE WHERE { ex:resolution/r1 pkg:rule ?r } ; INSERT DATA { ex:resolution/r1 pkg:rule "version-differs" } | <https://w3id.org/paperkg/resolution/r1> | pkg:rule | sh:InConstraintComponent
            KeptApartDecision: no other entity | DELETE WHERE { ex:resolution/r2 pkg:otherEntity ?o }            | <https://w3id.org/paperkg/resolution/r2> | pkg:otherEntity | sh:MinCountConstraintComponent
            AcronymDefinition: no expansion | DELETE WHERE { ex:acronym/a1 pkg:expansion ?e }                      | <https://w3id.org/paperkg/acronym/a1> | pkg:expansion | sh:MinCountConstraintComponent
            """)
    void breakingAShapeGivesExactlyItsViolation(String name, String update, String focus, String path, String constraint) throws IOException {
        Graph g = valid();
        UpdateAction.parseExecute(expand(update), g);
        var outcome = ShapesValidator.standard().validate(g);
        assertFalse(outcome.conforms(), name);
        assertEquals(1, outcome.violations().size(), outcome.violations().toString());
        var v = outcome.violations().get(0);
        assertEquals(focus, v.focus());
        assertEquals(path, v.path());
        assertEquals(constraint, v.constraint());
    }

    /**
     * The subclass shapes check the type hierarchy. paperkg validate always adds the ontology's
     * subClassOf statements, so they can only fail where the data is checked without them.
     */
    @ParameterizedTest(name = "{0} is a {1}")
    @CsvSource({"method/model,Method", "method/fw,Method", "method/tool,Method", "dataset/b,Dataset"})
    void subclassShapesCheckTheTypeHierarchy(String entity, String superclass) throws IOException {
        var shapes = org.apache.jena.shacl.Shapes.parse(OntologyFiles.model(OntologyFiles.SHAPES).getGraph());
        var report = org.apache.jena.shacl.ShaclValidator.get().validate(shapes, valid());
        var hierarchyViolations = report.getEntries().stream()
                .filter(e -> e.focusNode().getURI().equals("https://w3id.org/paperkg/" + entity))
                .filter(e -> e.sourceConstraintComponent().getLocalName().equals("ClassConstraintComponent") && e.resultPath() == null)
                .toList();
        assertEquals(1, hierarchyViolations.size(), report.getEntries().toString());
        assertTrue(hierarchyViolations.get(0).message().contains(superclass), hierarchyViolations.get(0).message());
        assertTrue(ShapesValidator.standard().validate(valid()).conforms(), "with the ontology's hierarchy it conforms");
    }

    @Test
    void theSamplesStoreConforms() {
        String store = SampleStore.path().toString();
        // The union graph's size, counted by SPARQL rather than by the validator itself.
        String csv = CliRun.of("query", "--store", store, "--format", "csv",
                "-e", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").expect(0).out();
        long triples = Long.parseLong(csv.lines().skip(1).findFirst().orElseThrow().trim());
        var run = CliRun.of("validate", "--store", store).expect(0);
        assertEquals(String.format("Conforms: the store %s (%,d triples) satisfies all 22 shapes.%n", store, triples), run.out());
    }

    @Test
    void filesAreCheckedInsteadOfTheStoreAndEachViolationIsListed(@TempDir Path dir) throws IOException {
        Graph g = valid();
        UpdateAction.parseExecute(expand("DELETE WHERE { ex:paper/p dcterms:title ?t } ; INSERT DATA { ex:metric/acc pkg:higherIsBetter false }"), g);
        Path file = dir.resolve("broken.nt");
        try (var out = Files.newOutputStream(file)) {
            org.apache.jena.riot.RDFDataMgr.write(out, g, Lang.NTRIPLES);
        }
        var run = CliRun.of("validate", file.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertEquals("""
                <https://w3id.org/paperkg/metric/acc>  pkg:higherIsBetter
                    maxCount[1]: Invalid cardinality: expected max 1: Got count = 2  [sh:MaxCountConstraintComponent]
                <https://w3id.org/paperkg/paper/p>  dcterms:title
                    minCount[1]: Invalid cardinality: expected min 1: Got count = 0  [sh:MinCountConstraintComponent]
                """ + "Does not conform: 2 violations in " + file + " (" + g.size() + " triples, 22 shapes).\n", run.out());
        var report = CliRun.of("validate", "--format", "ttl", file.toString());
        assertEquals(1, report.exitCode());
        assertTrue(report.out().contains("sh:conforms  false"), report.out());
        var bad = CliRun.of("validate", dir.resolve("missing.ttl").toString());
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("missing.ttl: no such file"), bad.err());
    }
}
