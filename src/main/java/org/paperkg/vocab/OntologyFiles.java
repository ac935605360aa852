package org.paperkg.vocab;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The files of {@code ontology/} (the ontology, its SHACL shapes and the JSON-LD context), read
 * from the copy the build puts in the jar, so every command finds them wherever it runs.
 */
public final class OntologyFiles {
    public static final String ONTOLOGY = "paperkg.ttl";
    public static final String SHAPES = "shapes.ttl";
    public static final String CONTEXT = "context.jsonld";

    private OntologyFiles() {
    }

    public static byte[] bytes(String name) {
        try (InputStream in = OntologyFiles.class.getResourceAsStream("/paperkg/ontology/" + name)) {
            if (in == null) throw new IllegalStateException("ontology/" + name + " is missing from the build; run 'mvn -B package'");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Turtle file of ontology/ as a model. */
    public static Model model(String name) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.source(new java.io.ByteArrayInputStream(bytes(name))).lang(Lang.TURTLE).parse(m);
        return m;
    }
}
