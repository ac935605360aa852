package org.paperkg.serve;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.system.Txn;
import org.paperkg.vocab.PKG;
import org.paperkg.vocab.Terms;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The read queries behind the linked-data pages. Every query is fixed text; the entity IRI and any
 * other value is bound as an RDF term ({@code substitution} or a VALUES block built from nodes),
 * never pasted into the text, so no path or parameter can change what a query does. Every query
 * runs in a read transaction with the server's timeout.
 */
final class EntityGraph {
    private static final String PREFIXES = "PREFIX pkg: <" + PKG.NS + ">\n"
            + "PREFIX oa: <" + Terms.OA + ">\n"
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
            + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
            + "PREFIX dcterms: <http://purl.org/dc/terms/>\n"
            + "PREFIX foaf: <http://xmlns.com/foaf/0.1/>\n";

    private static final Query OUTGOING = QueryFactory.create("CONSTRUCT { ?e ?p ?o } WHERE { ?e ?p ?o }");
    private static final Query INCOMING = QueryFactory.create(
            "CONSTRUCT { ?s ?p ?e } WHERE { SELECT ?s ?p { ?s ?p ?e } ORDER BY ?p ?s LIMIT " + 2_000 + " }");
    private static final Query EVIDENCE = QueryFactory.create(PREFIXES
            + "CONSTRUCT { ?ev ?p ?o } WHERE { { SELECT DISTINCT ?ev { { ?ev oa:hasTarget ?e } UNION { ?ev oa:hasBody ?e } } "
            + "ORDER BY ?ev LIMIT 500 } ?ev ?p ?o }");
    private static final Query LABELS = QueryFactory.create(PREFIXES
            + "SELECT ?x ?label WHERE { ?x rdfs:label|skos:prefLabel|dcterms:title|foaf:name ?label }");
    private static final Query TOP_CONNECTED = QueryFactory.create(PREFIXES
            + "SELECT ?e (COUNT(DISTINCT ?paper) AS ?n) WHERE { ?e a ?class . ?paper a pkg:Paper ; ?rel ?e } "
            + "GROUP BY ?e ORDER BY DESC(?n) ?e LIMIT 10");
    private static final Query TOP_PAPERS = QueryFactory.create(PREFIXES
            + "SELECT ?e (COUNT(DISTINCT ?x) AS ?n) WHERE { ?e a pkg:Paper ; "
            + "pkg:proposes|pkg:uses|pkg:evaluatedOn|pkg:addressesTask|pkg:usesMetric|pkg:hasCode|pkg:reportsResult ?x } "
            + "GROUP BY ?e ORDER BY DESC(?n) ?e LIMIT 10");

    private final Dataset dataset;
    private final Duration timeout;

    EntityGraph(Dataset dataset, Duration timeout) {
        this.dataset = dataset;
        this.timeout = timeout;
    }

    /**
     * The entity's description: every statement about it, statements that point at it (up to
     * 2,000), and the evidence annotations whose target or body it is, with their details. Empty
     * when the IRI is in no statement.
     */
    Graph describe(Node iri) {
        Graph g = GraphFactory.createDefaultGraph();
        for (Query q : List.of(OUTGOING, INCOMING, EVIDENCE))
            run(q, Map.of("e", iri), qe -> {
                qe.constructTriples().forEachRemaining(g::add);
                return null;
            });
        return g;
    }

    /** A display label for each IRI that has one (rdfs:label, skos:prefLabel, dcterms:title or foaf:name). */
    Map<Node, String> labels(Collection<Node> iris) {
        Map<Node, String> out = new HashMap<>();
        List<Node> list = iris.stream().filter(Node::isURI).distinct().toList();
        for (int from = 0; from < list.size(); from += 500) {
            List<Node> chunk = list.subList(from, Math.min(list.size(), from + 500));
            Query q = LABELS.cloneQuery();
            Var x = Var.alloc("x");
            List<Binding> rows = new ArrayList<>();
            for (Node n : chunk) rows.add(BindingFactory.binding(x, n));
            q.setValuesDataBlock(List.of(x), rows);
            run(q, Map.of(), qe -> {
                RowSet rs = qe.select();
                rs.forEachRemaining(b -> out.merge(b.get("x"), b.get("label").getLiteralLexicalForm(),
                        (a, c) -> a.compareTo(c) <= 0 ? a : c));
                return null;
            });
        }
        return out;
    }

    /** The ten entities of these classes that the most papers link to, with that count. */
    LinkedHashMap<Node, Long> mostConnected(List<Node> classes) {
        // The classes go in a VALUES block inside the pattern, built from nodes (a trailing VALUES
        // would apply after the grouping and restrict nothing).
        Query q = TOP_CONNECTED.cloneQuery();
        Var c = Var.alloc("class");
        ElementData values = new ElementData(List.of(c), classes.stream().map(n -> BindingFactory.binding(c, n)).toList());
        ((ElementGroup) q.getQueryPattern()).getElements().add(0, values);
        return topList(q);
    }

    /** The ten papers linked to the most entities and results. */
    LinkedHashMap<Node, Long> mostConnectedPapers() {
        return topList(TOP_PAPERS);
    }

    private LinkedHashMap<Node, Long> topList(Query q) {
        LinkedHashMap<Node, Long> out = new LinkedHashMap<>();
        run(q, Map.of(), qe -> {
            qe.select().forEachRemaining(b -> out.put(b.get("e"), ((Number) b.get("n").getLiteralValue()).longValue()));
            return null;
        });
        return out;
    }

    static Node iri(String s) {
        return NodeFactory.createURI(s);
    }

    /** Runs one query in a read transaction with the timeout, the values bound as terms. */
    private <T> T run(Query q, Map<String, Node> bindings, Function<QueryExec, T> work) {
        return Txn.calculateRead(dataset, () -> {
            var b = QueryExec.dataset(dataset.asDatasetGraph()).query(q).timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
            bindings.forEach(b::substitution);
            try (QueryExec qe = b.build()) {
                return work.apply(qe);
            }
        });
    }
}
