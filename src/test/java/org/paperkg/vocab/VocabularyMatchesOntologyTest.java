package org.paperkg.vocab;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VocabularyMatchesOntologyTest {
    @Test
    void everyConstantIsDeclaredAndEveryDeclaredTermHasAConstant() throws IllegalAccessException {
        Model onto = RDFDataMgr.loadModel("ontology/paperkg.ttl");
        Set<String> declared = new TreeSet<>();
        for (Resource type : new Resource[]{OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty})
            onto.listSubjectsWithProperty(RDF.type, type).forEachRemaining(r -> {
                if (r.isURIResource() && r.getURI().startsWith(PKG.NS)) declared.add(r.getURI());
            });
        Set<String> constants = new TreeSet<>();
        for (Field f : PKG.class.getFields()) {
            if (!Modifier.isStatic(f.getModifiers()) || !(f.get(null) instanceof Resource r)) continue;
            assertEquals(PKG.NS + f.getName(), r.getURI(), "Java name equals the local name");
            constants.add(r.getURI());
        }
        assertEquals(declared, constants);
        for (String term : declared) {
            Resource r = onto.getResource(term);
            assertTrue(r.hasProperty(RDFS.label), term + " has rdfs:label");
            assertTrue(r.hasProperty(RDFS.comment), term + " has rdfs:comment");
        }
    }
}
