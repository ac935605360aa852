package org.paperkg.vocab;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
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

import static org.junit.jupiter.api.Assertions.*;

/** PKG.java and ontology/paperkg.ttl declare exactly the same terms, each with a label and a comment. */
class VocabularyMatchesOntologyTest {
    final Model ontology = RDFDataMgr.loadModel("ontology/paperkg.ttl");

    Set<String> javaTerms() throws IllegalAccessException {
        Set<String> terms = new TreeSet<>();
        for (Field f : PKG.class.getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers()) || !Resource.class.isAssignableFrom(f.getType())) continue;
            Resource r = (Resource) f.get(null);
            assertEquals(PKG.NS + f.getName(), r.getURI(), "Java name equals local name");
            terms.add(r.getURI());
        }
        return terms;
    }

    Set<String> ontologyTerms() {
        Set<String> terms = new TreeSet<>();
        for (Resource type : new Resource[]{OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty})
            ontology.listSubjectsWithProperty(RDF.type, type).forEach(s -> {
                if (s.getURI().startsWith(PKG.NS)) terms.add(s.getURI());
            });
        return terms;
    }

    @Test
    void everyConstantIsDeclaredAndEveryDeclaredTermHasAConstant() throws IllegalAccessException {
        assertEquals(ontologyTerms(), javaTerms());
    }

    @Test
    void everyTermHasALabelACommentAndAStandardAlignmentOrDomain() {
        for (String uri : ontologyTerms()) {
            Resource term = ontology.getResource(uri);
            assertTrue(term.hasProperty(RDFS.label), uri + " has rdfs:label");
            assertTrue(term.hasProperty(RDFS.comment), uri + " has rdfs:comment");
        }
    }

    @Test
    void everyClassIsAlignedToAStandardVocabulary() {
        ontology.listSubjectsWithProperty(RDF.type, OWL.Class).forEach(c -> {
            boolean aligned = c.listProperties(RDFS.subClassOf).toList().stream()
                    .anyMatch(s -> !s.getObject().asResource().getURI().startsWith(PKG.NS)
                            || s.getObject().asResource().listProperties(RDFS.subClassOf).hasNext());
            assertTrue(aligned, c + " is a subclass of a standard class, directly or through a pkg class");
        });
        Property p = PKG.hasCode;
        assertTrue(ontology.getResource(p.getURI()).hasProperty(RDFS.subPropertyOf));
    }
}
