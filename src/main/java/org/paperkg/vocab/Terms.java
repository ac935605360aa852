package org.paperkg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The few terms of standard vocabularies paperkg writes that Jena has no constants for:
 * W3C PROV-O, the Web Annotation vocabulary, DOAP and FOAF.
 */
public final class Terms {
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String OA = "http://www.w3.org/ns/oa#";
    public static final String DOAP = "http://usefulinc.com/ns/doap#";
    public static final String FOAF = "http://xmlns.com/foaf/0.1/";
    public static final String SCHEMA = "https://schema.org/";

    /** prov:wasAttributedTo — the agent an annotation is attributed to. */
    public static final Property wasAttributedTo = ResourceFactory.createProperty(PROV, "wasAttributedTo");
    /**
     * prov:generatedAtTime — on a source file: when the snapshot it holds was taken, which dates the
     * counts its records show (upvotes, stars).
     */
    public static final Property generatedAtTime = ResourceFactory.createProperty(PROV, "generatedAtTime");
    /** prov:SoftwareAgent. */
    public static final Resource SoftwareAgent = ResourceFactory.createResource(PROV + "SoftwareAgent");
    /** oa:Annotation. */
    public static final Resource Annotation = ResourceFactory.createResource(OA + "Annotation");
    /** oa:hasBody — what the annotation says about its target: the entity. */
    public static final Property hasBody = ResourceFactory.createProperty(OA, "hasBody");
    /** oa:hasTarget — what the annotation is about: the paper. */
    public static final Property hasTarget = ResourceFactory.createProperty(OA, "hasTarget");
    /** oa:motivatedBy. */
    public static final Property motivatedBy = ResourceFactory.createProperty(OA, "motivatedBy");
    /** oa:identifying — the motivation of an annotation that names an entity in text. */
    public static final Resource identifying = ResourceFactory.createResource(OA + "identifying");

    /** schema:author — an author of the paper (byline order is on the pkg:Authorship nodes). */
    public static final Property author = ResourceFactory.createProperty(SCHEMA, "author");
    /** schema:sameAs — a web page or registry IRI that identifies the same paper (arXiv abstract page, DOI). */
    public static final Property sameAs = ResourceFactory.createProperty(SCHEMA, "sameAs");
    /** schema:name. */
    public static final Property name = ResourceFactory.createProperty(SCHEMA, "name");
    /** foaf:name. */
    public static final Property foafName = ResourceFactory.createProperty(FOAF, "name");

    private Terms() {
    }
}
