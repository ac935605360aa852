package org.paperkg.vocab;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.paperkg.validate.ShapesValidator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/** ontology/README.md documents every term with examples that are valid paperkg data; the diagram names every class. */
class OntologyDocsTest {
    static final Path README = Path.of("ontology/README.md");

    @Test
    void theExamplesParseAndConformToTheShapes() throws Exception {
        String md = Files.readString(README);
        Matcher m = Pattern.compile("```turtle\\n(.*?)```", Pattern.DOTALL).matcher(md);
        StringBuilder turtle = new StringBuilder();
        while (m.find()) turtle.append(m.group(1)).append('\n');
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(turtle.toString(), Lang.TURTLE).parse(g);
        var outcome = ShapesValidator.standard().validate(g);
        assertTrue(outcome.conforms(), outcome.violations().toString());
        Model onto = OntologyFiles.model(OntologyFiles.ONTOLOGY);
        List<String> untyped = new ArrayList<>();
        onto.listSubjectsWithProperty(RDF.type, OWL.Class).forEachRemaining(c -> {
            if (!g.contains(null, RDF.type.asNode(), c.asNode())) untyped.add(c.getLocalName());
        });
        assertEquals(List.of(), untyped, "every class has an example instance");
    }

    @Test
    void everyTermIsMentionedAndEveryClassIsInTheDiagram() throws Exception {
        String md = Files.readString(README);
        String dot = Files.readString(Path.of("ontology/diagram.dot"));
        Model onto = OntologyFiles.model(OntologyFiles.ONTOLOGY);
        List<String> missing = new ArrayList<>();
        for (var kind : List.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty))
            onto.listSubjectsWithProperty(RDF.type, kind).forEachRemaining(t -> {
                if (!md.contains("pkg:" + t.getLocalName())) missing.add("README: pkg:" + t.getLocalName());
                if (kind.equals(OWL.Class) && !dot.contains("\"" + t.getLocalName() + "\"")) missing.add("diagram: " + t.getLocalName());
            });
        assertEquals(List.of(), missing);
    }
}
