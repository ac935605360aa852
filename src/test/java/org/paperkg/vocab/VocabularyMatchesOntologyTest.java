package org.paperkg.vocab;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VocabularyMatchesOntologyTest {
    private static final Model ONTOLOGY = RDFDataMgr.loadModel("ontology/paperkg.ttl");

    private static Set<String> constants() throws IllegalAccessException {
        Set<String> names = new TreeSet<>();
        for (Field f : PKG.class.getFields())
            if (Modifier.isStatic(f.getModifiers()) && f.get(null) instanceof Resource r) names.add(r.getURI());
        return names;
    }

    private static Set<String> declared() {
        Set<String> names = new TreeSet<>();
        ONTOLOGY.listSubjects().forEachRemaining(s -> {
            if (s.isURIResource() && s.getURI().startsWith(PKG.NS)) names.add(s.getURI());
        });
        return names;
    }

    @Test
    void everyConstantIsDeclaredAndEveryDeclaredTermHasAConstant() throws IllegalAccessException {
        assertEquals(declared(), constants());
    }

    @Test
    void everyTermHasALabelAndAComment() {
        for (String iri : declared()) {
            Resource r = ONTOLOGY.getResource(iri);
            assertTrue(r.hasProperty(RDFS.label), iri + " has no rdfs:label");
            assertTrue(r.hasProperty(RDFS.comment), iri + " has no rdfs:comment");
        }
    }
}
