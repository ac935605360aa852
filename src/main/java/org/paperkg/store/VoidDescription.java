package org.paperkg.store;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.paperkg.vocab.PKG;
import org.paperkg.vocab.Prefixes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A VoID description (W3C Vocabulary of Interlinked Datasets) of the store: how many triples,
 * entities, classes, properties, distinct subjects and objects; instances per class and
 * statements per property (class and property partitions); one subset per source graph; and a
 * linkset for each external site the graph links to (arXiv, DOI, GitHub, ...) and the property
 * that links there. Counts are over the union of the source graphs, where a statement read from
 * two files counts once; the subsets' triples add up to the statements over all named graphs.
 *
 * <p>IRIs: the description is the document {@code {base}void} (for the default base
 * {@code https://w3id.org/paperkg/void}); the dataset is {@code {base}void#dataset}.
 */
public final class VoidDescription {
    public static final String VOID = "http://rdfs.org/ns/void#";
    private static final String SD = "http://www.w3.org/ns/sparql-service-description#";

    private static final String P = "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\nPREFIX pkg: <" + PKG.NS + ">\n";
    private static final Query TOTALS = QueryFactory.create("SELECT (COUNT(*) AS ?triples) (COUNT(DISTINCT ?s) AS ?subjects) "
            + "(COUNT(DISTINCT ?o) AS ?objects) (COUNT(DISTINCT ?p) AS ?properties) WHERE { ?s ?p ?o }");
    private static final Query ENTITIES = QueryFactory.create("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o FILTER(isIRI(?s)) }");
    private static final Query CLASSES = QueryFactory.create(P + "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s rdf:type ?c } GROUP BY ?c ORDER BY ?c");
    private static final Query PROPERTIES = QueryFactory.create("SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p ORDER BY ?p");
    private static final Query GRAPHS = QueryFactory.create("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g");
    private static final Query EXAMPLES = QueryFactory.create(P + "SELECT ?s WHERE { ?s rdf:type pkg:Paper } ORDER BY ?s LIMIT 3");
    private static final Query LINKS = QueryFactory.create(P
            + "SELECT ?host ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o "
            + "FILTER(isIRI(?o) && ?p != rdf:type && ?p != pkg:supportsProperty && !STRSTARTS(STR(?o), STR(?base))) "
            + "BIND(LCASE(REPLACE(STR(?o), \"^[a-zA-Z][a-zA-Z0-9+.-]*://([^/?#:]+).*$\", \"$1\")) AS ?host) "
            + "} GROUP BY ?host ?p ORDER BY ?host ?p");

    private final Dataset dataset;
    private final String base;

    /**
     * @param dataset the store's dataset (its default graph the union of the source graphs)
     * @param base    the data namespace, such as {@code https://w3id.org/paperkg/}
     */
    public VoidDescription(Dataset dataset, String base) {
        this.dataset = dataset;
        this.base = base;
    }

    /**
     * The data namespace a store was built with, read off its source graph names
     * ({@code {base}graph/{file}}); empty for a store without graphs.
     */
    public static java.util.Optional<String> detectBase(Dataset dataset) {
        return Txn.calculateRead(dataset, () -> {
            var m = java.util.regex.Pattern.compile("^(.*[/#])graph/[^/]+$");
            for (var it = dataset.asDatasetGraph().listGraphNodes(); it.hasNext(); ) {
                Node g = it.next();
                if (!g.isURI()) continue;
                var matcher = m.matcher(g.getURI());
                if (matcher.matches()) return java.util.Optional.of(matcher.group(1));
            }
            return java.util.Optional.<String>empty();
        });
    }

    /** The IRI of the VoID document for a data namespace. */
    public static String documentIri(String base) {
        return base.replaceFirst("[/#]$", "") + "/void";
    }

    /** The IRI of the dataset the description describes. */
    public static String datasetIri(String base) {
        return documentIri(base) + "#dataset";
    }

    /** Describes the store; {@code sparqlEndpoint} (may be null) is added as void:sparqlEndpoint. */
    public Model describe(String sparqlEndpoint) {
        return Txn.calculateRead(dataset, () -> build(sparqlEndpoint));
    }

    private Model build(String sparqlEndpoint) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Prefixes.standard());
        m.setNsPrefix("void", VOID);
        m.setNsPrefix("sd", SD);
        String doc = documentIri(base);
        Resource ds = m.createResource(datasetIri(base));
        m.createResource(doc).addProperty(RDF.type, v(m, "DatasetDescription"))
                .addProperty(DCTerms.title, "A VoID description of the paperkg knowledge graph")
                .addProperty(m.createProperty(foaf("primaryTopic")), ds);
        ds.addProperty(RDF.type, v(m, "Dataset"))
                .addProperty(DCTerms.title, "paperkg knowledge graph")
                .addProperty(DCTerms.description, "Research papers, the methods, datasets, tasks and metrics they mention, "
                        + "their results, code repositories and the evidence for each fact.")
                .addProperty(p(m, "uriSpace"), base)
                .addProperty(p(m, "vocabulary"), m.createResource(PKG.NS))
                .addProperty(p(m, "feature"), m.createResource("http://www.w3.org/ns/formats/N-Quads"))
                .addProperty(p(m, "feature"), m.createResource("http://www.w3.org/ns/formats/Turtle"));
        if (sparqlEndpoint != null) ds.addProperty(p(m, "sparqlEndpoint"), m.createResource(sparqlEndpoint));

        each(TOTALS, null, b -> {
            ds.addLiteral(p(m, "triples"), integer(m, b, "triples"));
            ds.addLiteral(p(m, "distinctSubjects"), integer(m, b, "subjects"));
            ds.addLiteral(p(m, "distinctObjects"), integer(m, b, "objects"));
            ds.addLiteral(p(m, "properties"), integer(m, b, "properties"));
        });
        each(ENTITIES, null, b -> ds.addLiteral(p(m, "entities"), integer(m, b, "n")));
        each(EXAMPLES, null, b -> ds.addProperty(p(m, "exampleResource"), m.createResource(b.get("s").getURI())));

        List<Binding> classes = rows(CLASSES);
        ds.addLiteral(p(m, "classes"), m.createTypedLiteral(Integer.toString(classes.size()), XSDDatatype.XSDinteger));
        for (Binding b : classes) {
            Resource part = m.createResource(doc + "#class-" + fragment(m, b.get("c").getURI()));
            ds.addProperty(p(m, "classPartition"), part);
            part.addProperty(p(m, "class"), m.createResource(b.get("c").getURI()))
                    .addLiteral(p(m, "entities"), integer(m, b, "n"));
        }
        java.util.Set<String> vocabularies = new java.util.TreeSet<>();
        for (Binding b : rows(PROPERTIES)) {
            String prop = b.get("p").getURI();
            vocabularies.add(namespace(prop));
            Resource part = m.createResource(doc + "#property-" + fragment(m, prop));
            ds.addProperty(p(m, "propertyPartition"), part);
            part.addProperty(p(m, "property"), m.createResource(prop)).addLiteral(p(m, "triples"), integer(m, b, "n"));
        }
        for (String ns : vocabularies) ds.addProperty(p(m, "vocabulary"), m.createResource(ns));

        for (Binding b : rows(GRAPHS)) {
            Resource g = m.createResource(b.get("g").getURI());
            ds.addProperty(p(m, "subset"), g);
            g.addProperty(RDF.type, v(m, "Dataset")).addProperty(m.createProperty(SD + "name"), g)
                    .addLiteral(p(m, "triples"), integer(m, b, "n"));
        }

        each(LINKS, Map.of("base", NodeFactory.createLiteralString(base)), b -> {
            String host = b.get("host").getLiteralLexicalForm();
            String prop = b.get("p").getURI();
            Resource target = m.createResource("https://" + host + "/");
            target.addProperty(RDF.type, v(m, "Dataset")).addProperty(p(m, "uriSpace"), "https://" + host + "/");
            Resource linkset = m.createResource(doc + "#linkset-" + host + "-" + fragment(m, prop));
            linkset.addProperty(RDF.type, v(m, "Linkset"))
                    .addProperty(p(m, "subjectsTarget"), ds)
                    .addProperty(p(m, "objectsTarget"), target)
                    .addProperty(p(m, "linkPredicate"), m.createResource(prop))
                    .addLiteral(p(m, "triples"), integer(m, b, "n"));
            ds.addProperty(p(m, "subset"), linkset);
        });
        return m;
    }

    private List<Binding> rows(Query q) {
        List<Binding> out = new ArrayList<>();
        each(q, null, out::add);
        return out;
    }

    private void each(Query q, Map<String, Node> bindings, Consumer<Binding> row) {
        var b = QueryExec.dataset(dataset.asDatasetGraph()).query(q);
        if (bindings != null) bindings.forEach(b::substitution);
        try (QueryExec qe = b.build()) {
            qe.select().forEachRemaining(row);
        }
    }

    /** A readable fragment for a term: {@code dcterms-title}, {@code pkg-Paper}, or the local name. */
    private static String fragment(Model m, String iri) {
        String q = m.qnameFor(iri);
        String s = q != null ? q.replace(':', '-') : iri.replaceFirst("^.*[/#]", "");
        return s.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static String namespace(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return cut < 0 ? iri : iri.substring(0, cut + 1);
    }

    private static Literal integer(Model m, Binding b, String var) {
        return m.createTypedLiteral(b.get(var).getLiteralLexicalForm(), XSDDatatype.XSDinteger);
    }

    private static Property p(Model m, String local) {
        return m.createProperty(VOID + local);
    }

    private static Resource v(Model m, String local) {
        return m.createResource(VOID + local);
    }

    private static String foaf(String local) {
        return "http://xmlns.com/foaf/0.1/" + local;
    }
}
