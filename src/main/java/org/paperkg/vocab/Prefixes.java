package org.paperkg.vocab;

import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/** The prefixes exports, queries and the server use, so every output reads the same way. */
public final class Prefixes {
    private Prefixes() {
    }

    public static PrefixMapping standard() {
        PrefixMapping pm = PrefixMapping.Factory.create();
        pm.setNsPrefix(PKG.PREFIX, PKG.NS);
        pm.setNsPrefix("rdf", RDF.getURI());
        pm.setNsPrefix("rdfs", RDFS.getURI());
        pm.setNsPrefix("owl", OWL.getURI());
        pm.setNsPrefix("xsd", XSD.getURI());
        pm.setNsPrefix("dcterms", DCTerms.getURI());
        pm.setNsPrefix("skos", SKOS.getURI());
        pm.setNsPrefix("prov", Terms.PROV);
        pm.setNsPrefix("oa", Terms.OA);
        pm.setNsPrefix("schema", Terms.SCHEMA);
        pm.setNsPrefix("doap", Terms.DOAP);
        pm.setNsPrefix("foaf", Terms.FOAF);
        return pm.lock();
    }
}
