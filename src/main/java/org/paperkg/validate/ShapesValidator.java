package org.paperkg.validate;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.vocabulary.RDFS;
import org.paperkg.vocab.OntologyFiles;
import org.paperkg.vocab.Prefixes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Checks RDF against the paperkg SHACL shapes ({@code ontology/shapes.ttl}) with jena-shacl.
 * The ontology's subclass statements are added to the data (not to the report), so that a
 * {@code sh:class pkg:Method} constraint accepts a {@code pkg:Model} as SHACL intends.
 */
public final class ShapesValidator {
    /** One violation, in prefixed names where a standard prefix fits. */
    public record Violation(String focus, String path, String value, String message, String constraint) {
    }

    /** What a validation found; {@code report} is the W3C SHACL validation report as RDF. */
    public record Outcome(boolean conforms, int shapes, List<Violation> violations, Graph report) {
    }

    private final Shapes shapes;
    private final Graph subclassStatements;

    public ShapesValidator(Graph shapesGraph) {
        this.shapes = Shapes.parse(shapesGraph);
        Graph onto = OntologyFiles.model(OntologyFiles.ONTOLOGY).getGraph();
        this.subclassStatements = GraphFactory.createDefaultGraph();
        onto.find(Node.ANY, RDFS.subClassOf.asNode(), Node.ANY).forEachRemaining(subclassStatements::add);
    }

    /** The project's shapes. */
    public static ShapesValidator standard() {
        return new ShapesValidator(OntologyFiles.model(OntologyFiles.SHAPES).getGraph());
    }

    /** Reads a shapes file (Turtle or any RDF syntax by its extension). */
    public static ShapesValidator fromFile(java.nio.file.Path file) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(file).parse(g);
        return new ShapesValidator(g);
    }

    public int shapeCount() {
        return shapes.numRootShapes();
    }

    public Outcome validate(Graph data) {
        ValidationReport report = ShaclValidator.get().validate(shapes, new Union(data, subclassStatements));
        PrefixMapping pm = PrefixMapping.Factory.create().setNsPrefixes(Prefixes.standard()).setNsPrefix("sh", "http://www.w3.org/ns/shacl#");
        List<Violation> out = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            Path path = e.resultPath();
            out.add(new Violation(show(e.focusNode(), pm), path == null ? "" : path.toString(new org.apache.jena.sparql.core.Prologue(pm)),
                    e.value() == null ? "" : show(e.value(), pm), e.message(), show(e.sourceConstraintComponent(), pm)));
        }
        out.sort(Comparator.comparing(Violation::focus).thenComparing(Violation::path).thenComparing(Violation::message));
        return new Outcome(report.conforms(), shapeCount(), out, report.getGraph());
    }

    private static String show(Node n, PrefixMapping pm) {
        if (n == null) return "";
        if (n.isURI()) {
            String q = pm.qnameFor(n.getURI());
            return q != null ? q : "<" + n.getURI() + ">";
        }
        if (n.isLiteral()) {
            String dt = n.getLiteralDatatypeURI();
            String lex = "\"" + n.getLiteralLexicalForm() + "\"";
            if (!n.getLiteralLanguage().isEmpty()) return lex + "@" + n.getLiteralLanguage();
            if (dt == null || dt.equals("http://www.w3.org/2001/XMLSchema#string")) return lex;
            String q = pm.qnameFor(dt);
            return lex + "^^" + (q != null ? q : "<" + dt + ">");
        }
        return n.toString();
    }
}
