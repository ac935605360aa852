package org.paperkg.serve;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.paperkg.vocab.PKG;
import org.paperkg.vocab.Prefixes;
import org.paperkg.vocab.Terms;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Renders the HTML pages of the linked-data view: the start page, an entity page and the
 * ontology page. Every value from the graph is escaped; links to entities of this graph point to
 * this server (the IRI with its scheme and host replaced), other IRIs to themselves.
 */
final class Pages {
    /** What a statement pointing at an entity means, read from the entity's side. */
    private static final Map<String, String> INVERSE = Map.ofEntries(
            Map.entry(PKG.proposes.getURI(), "Proposed by"),
            Map.entry(PKG.uses.getURI(), "Used by"),
            Map.entry(PKG.evaluatedOn.getURI(), "Papers evaluated on it"),
            Map.entry(PKG.addressesTask.getURI(), "Papers on this task"),
            Map.entry(PKG.usesMetric.getURI(), "Papers measuring with it"),
            Map.entry(PKG.hasCode.getURI(), "Code of"),
            Map.entry(PKG.reportsResult.getURI(), "Reported by"),
            Map.entry(PKG.metric.getURI(), "Results in this metric"),
            Map.entry(PKG.onDataset.getURI(), "Results on it"),
            Map.entry(Terms.author.getURI(), "Author of"),
            Map.entry(PKG.person.getURI(), "Byline entries"),
            Map.entry(PKG.authorship.getURI(), "Byline of"),
            Map.entry(PKG.hasSource.getURI(), "Source of"),
            Map.entry(DCTerms.isPartOf.getURI(), "Records read from this file"),
            Map.entry(DCTerms.subject.getURI(), "Papers in this category"),
            Map.entry(Terms.wasAttributedTo.getURI(), "Evidence found by it"));

    private static final PrefixMapping PREFIXES = Prefixes.standard();

    private final String base;
    private final String basePath;
    private final Map<String, String> termLabels;

    /**
     * @param base       the data namespace (https://w3id.org/paperkg/)
     * @param termLabels labels of ontology terms, by IRI
     */
    Pages(String base, Map<String, String> termLabels) {
        this.base = base;
        this.basePath = URI.create(base).getRawPath();
        this.termLabels = termLabels;
    }

    /** Where a link to this IRI goes: this server for the graph's own IRIs and the ontology, else the IRI. */
    String href(String iri) {
        if (iri.startsWith(base)) return basePath + iri.substring(base.length());
        if (iri.startsWith(ONTOLOGY_DOC)) return ONTOLOGY_PATH + iri.substring(ONTOLOGY_DOC.length());
        return iri;
    }

    static final String ONTOLOGY_DOC = PKG.NS.substring(0, PKG.NS.length() - 1);
    static final String ONTOLOGY_PATH = URI.create(ONTOLOGY_DOC).getRawPath();

    // ---------------------------------------------------------------- start page

    record Group(String title, Map<Node, Long> top) {
    }

    String start(Map<String, Long> counts, List<Group> groups, Map<Node, String> labels) {
        Html h = new Html("Start", basePath);
        h.raw("<h1>paperkg knowledge graph</h1><p class=\"iri\">").text(base).raw("</p>");
        h.raw("<p>Research papers, the methods, datasets, tasks and metrics they mention, their results and code, "
                + "each fact with the sentence it was found in. Every entity below is a page; its IRI resolves here.</p>");
        h.raw("<h2>What the graph holds</h2><table>");
        counts.forEach((k, v) -> h.raw("<tr><th>").text(k).raw("</th><td class=\"n\">").text(String.format("%,d", v)).raw("</td></tr>"));
        h.raw("</table><h2>Most connected</h2><div class=\"grid\">");
        for (Group g : groups) {
            h.raw("<div class=\"card\"><h3>").text(g.title()).raw("</h3><ol>");
            g.top().forEach((node, n) -> h.raw("<li>").link(href(node.getURI()), label(node, labels))
                    .raw(" <span class=\"muted\">").text(String.format("(%,d)", n)).raw("</span></li>"));
            if (g.top().isEmpty()) h.raw("<li class=\"muted\">none</li>");
            h.raw("</ol></div>");
        }
        h.raw("</div><h2>Use it</h2><ul>");
        h.raw("<li>").link("/#/dataset/paperkg/query", "Query editor (Fuseki UI)").raw("</li>");
        h.raw("<li>SPARQL endpoint: <code>/paperkg/sparql</code> (JSON, XML, CSV, TSV by the Accept header)</li>");
        h.raw("<li>").link("/.well-known/void", "VoID description").raw(" of the dataset</li>");
        h.raw("<li>").link(ONTOLOGY_PATH, "The paperkg ontology").raw(", its ")
                .link(ONTOLOGY_PATH + "/shapes", "SHACL shapes").raw(" and its ")
                .link(ONTOLOGY_PATH + "/context.jsonld", "JSON-LD context").raw("</li></ul>");
        return h.finish();
    }

    // ---------------------------------------------------------------- entity page

    String entity(Node iri, Graph g, Map<Node, String> labels) {
        String title = label(iri, labels);
        Html h = new Html(title, basePath);
        h.raw("<h1>").text(title).raw("</h1><p class=\"iri\">").text(iri.getURI()).raw("</p><p class=\"types\">");
        g.find(iri, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> h.raw("<span>").text(term(t.getObject())).raw("</span>"));
        h.raw("</p><p class=\"formats muted\">Also as ");
        for (String[] f : new String[][]{{"turtle", "Turtle"}, {"jsonld", "JSON-LD"}, {"nt", "N-Triples"}, {"rdfxml", "RDF/XML"}})
            h.link(href(iri.getURI()) + "?format=" + f[0], f[1]);
        h.raw("</p>");

        List<Triple> evidence = evidenceAbout(iri, g);
        Node abstractText = first(g, iri, DCTerms.abstract_.asNode());
        if (abstractText != null) {
            h.raw("<h2>Abstract</h2><div class=\"abstract\">");
            h.raw(markedAbstract(abstractText.getLiteralLexicalForm(), iri, g, labels));
            h.raw("</div>");
        }

        h.raw("<h2>Properties</h2><table>");
        Map<String, List<Node>> out = new TreeMap<>(Comparator.comparing(this::term));
        g.find(iri, Node.ANY, Node.ANY).forEachRemaining(t -> {
            String p = t.getPredicate().getURI();
            if (p.equals(RDF.type.getURI()) || p.equals(DCTerms.abstract_.getURI())) return;
            out.computeIfAbsent(p, k -> new ArrayList<>()).add(t.getObject());
        });
        out.forEach((p, values) -> {
            h.raw("<tr><th title=\"").raw(Html.attr(p)).raw("\">").text(propertyLabel(p)).raw("</th><td>");
            values.sort(Comparator.comparing(n -> label(n, labels)));
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) h.raw("<br>");
                value(h, values.get(i), labels);
            }
            h.raw("</td></tr>");
        });
        h.raw("</table>");

        Map<String, List<Node>> in = new TreeMap<>(Comparator.comparing(this::inverseLabel));
        g.find(Node.ANY, Node.ANY, iri).forEachRemaining(t -> {
            String p = t.getPredicate().getURI();
            if (p.equals(Terms.hasBody.getURI()) || p.equals(Terms.hasTarget.getURI())) return;
            in.computeIfAbsent(p, k -> new ArrayList<>()).add(t.getSubject());
        });
        if (!in.isEmpty()) {
            h.raw("<h2>Linked from</h2><table>");
            in.forEach((p, subjects) -> {
                subjects.sort(Comparator.comparing(n -> label(n, labels)));
                h.raw("<tr><th>").text(inverseLabel(p)).raw(" <span class=\"muted\">(").text(String.format("%,d", subjects.size()))
                        .raw(")</span></th><td>");
                for (int i = 0; i < subjects.size(); i++) {
                    if (i > 0) h.raw("<br>");
                    value(h, subjects.get(i), labels);
                }
                h.raw("</td></tr>");
            });
            h.raw("</table>");
        }

        if (!evidence.isEmpty()) {
            h.raw("<h2>Evidence</h2><p class=\"muted\">The sentences this graph's statements about it were read from.</p><table>");
            for (Triple link : evidence) {
                Node ev = link.getSubject();
                Node target = first(g, ev, Terms.hasTarget.asNode());
                Node body = first(g, ev, Terms.hasBody.asNode());
                Node property = first(g, ev, PKG.supportsProperty.asNode());
                Node sentence = first(g, ev, PKG.sentence.asNode());
                Node exact = first(g, ev, PKG.exact.asNode());
                Node extractor = first(g, ev, Terms.wasAttributedTo.asNode());
                Node confidence = first(g, ev, PKG.confidence.asNode());
                h.raw("<tr><th>");
                if (target != null) value(h, target, labels);
                h.raw(" <span class=\"muted\">").text(property == null ? "" : propertyLabel(property.getURI())).raw("</span> ");
                if (body != null) value(h, body, labels);
                h.raw("</th><td>");
                if (sentence != null) h.raw(highlight(sentence.getLiteralLexicalForm(), exact == null ? null : exact.getLiteralLexicalForm()));
                h.raw("<br><span class=\"muted\">");
                if (extractor != null) h.text(label(extractor, labels));
                if (confidence != null) h.text(", confidence " + confidence.getLiteralLexicalForm());
                h.raw(" \u00b7 ").link(href(ev.getURI()), "evidence record").raw("</span></td></tr>");
            }
            h.raw("</table>");
        }
        return h.finish();
    }

    /** Evidence annotations in the description, the entity's own first (target for a paper, body otherwise). */
    private static List<Triple> evidenceAbout(Node iri, Graph g) {
        List<Triple> out = new ArrayList<>();
        g.find(Node.ANY, Terms.hasTarget.asNode(), iri).forEachRemaining(out::add);
        g.find(Node.ANY, Terms.hasBody.asNode(), iri).forEachRemaining(out::add);
        out.sort(Comparator.comparing((Triple t) -> {
            Node s = first(g, t.getSubject(), PKG.startOffset.asNode());
            return s == null ? Long.MAX_VALUE : Long.parseLong(s.getLiteralLexicalForm());
        }).thenComparing(t -> t.getSubject().getURI()));
        return out;
    }

    /** The abstract with each evidence span of this paper marked and linked to its entity. */
    private String markedAbstract(String text, Node paper, Graph g, Map<Node, String> labels) {
        record Span(int start, int end, Node body) {
        }
        List<Span> spans = new ArrayList<>();
        g.find(Node.ANY, Terms.hasTarget.asNode(), paper).forEachRemaining(t -> {
            Node ev = t.getSubject();
            Node field = first(g, ev, PKG.textField.asNode());
            Node s = first(g, ev, PKG.startOffset.asNode());
            Node e = first(g, ev, PKG.endOffset.asNode());
            Node body = first(g, ev, Terms.hasBody.asNode());
            if (field == null || !field.getLiteralLexicalForm().equals("abstract") || s == null || e == null || body == null) return;
            int start = Integer.parseInt(s.getLiteralLexicalForm());
            int end = Integer.parseInt(e.getLiteralLexicalForm());
            if (start >= 0 && end <= text.length() && start < end) spans.add(new Span(start, end, body));
        });
        spans.sort(Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end).reversed()));
        StringBuilder sb = new StringBuilder();
        int at = 0;
        for (Span s : spans) {
            if (s.start() < at) continue; // overlaps a span already marked
            sb.append(Html.esc(text.substring(at, s.start())));
            sb.append("<mark title=\"").append(Html.attr(label(s.body(), labels))).append("\"><a href=\"")
                    .append(Html.attr(href(s.body().getURI()))).append("\">").append(Html.esc(text.substring(s.start(), s.end())))
                    .append("</a></mark>");
            at = s.end();
        }
        sb.append(Html.esc(text.substring(at)));
        return sb.toString();
    }

    private static String highlight(String sentence, String exact) {
        int i = exact == null || exact.isEmpty() ? -1 : sentence.indexOf(exact);
        if (i < 0) return Html.esc(sentence);
        return Html.esc(sentence.substring(0, i)) + "<mark>" + Html.esc(exact) + "</mark>" + Html.esc(sentence.substring(i + exact.length()));
    }

    private void value(Html h, Node n, Map<Node, String> labels) {
        if (n.isURI()) {
            String l = label(n, labels);
            h.link(href(n.getURI()), l);
        } else if (n.isLiteral()) {
            h.text(n.getLiteralLexicalForm());
            String lang = n.getLiteralLanguage();
            if (!lang.isEmpty()) h.raw(" <span class=\"muted\">@").text(lang).raw("</span>");
        } else {
            h.text(n.toString());
        }
    }

    private static Node first(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            it.close();
        }
    }

    /** The label of an IRI, else a prefixed name or the IRI itself. */
    String label(Node n, Map<Node, String> labels) {
        if (!n.isURI()) return n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
        String l = labels.get(n);
        if (l != null) return l;
        return term(n);
    }

    private String term(Node n) {
        return n.isURI() ? term(n.getURI()) : n.toString();
    }

    private String term(String iri) {
        String l = termLabels.get(iri);
        if (l != null) return l;
        String q = PREFIXES.qnameFor(iri);
        return q != null ? q : iri;
    }

    private String propertyLabel(String iri) {
        return term(iri);
    }

    private String inverseLabel(String iri) {
        String l = INVERSE.get(iri);
        return l != null ? l : "Linked by " + term(iri);
    }

    // ---------------------------------------------------------------- ontology page

    String ontology(Model onto) {
        Html h = new Html("Ontology", basePath);
        Resource o = onto.getResource(ONTOLOGY_DOC);
        h.raw("<h1>").text(o.hasProperty(RDFS.label) ? o.getProperty(RDFS.label).getString() : "paperkg ontology").raw("</h1>");
        h.raw("<p class=\"iri\">").text(PKG.NS).raw("</p>");
        if (o.hasProperty(RDFS.comment)) h.element("p", o.getProperty(RDFS.comment).getString());
        h.raw("<p class=\"formats muted\">Also as ").link(ONTOLOGY_PATH + "?format=turtle", "Turtle")
                .link(ONTOLOGY_PATH + "?format=jsonld", "JSON-LD").link(ONTOLOGY_PATH + "?format=rdfxml", "RDF/XML")
                .raw(" \u00b7 ").link(ONTOLOGY_PATH + "/shapes", "SHACL shapes").raw(" \u00b7 ")
                .link(ONTOLOGY_PATH + "/context.jsonld", "JSON-LD context").raw("</p>");
        for (Resource kind : List.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)) {
            h.raw("<h2>").text(kind.equals(OWL.Class) ? "Classes" : kind.equals(OWL.ObjectProperty) ? "Object properties" : "Data properties")
                    .raw("</h2><table>");
            Map<String, Resource> terms = new TreeMap<>();
            onto.listSubjectsWithProperty(RDF.type, kind).forEachRemaining(r -> {
                if (r.isURIResource() && r.getURI().startsWith(PKG.NS)) terms.put(r.getLocalName(), r);
            });
            terms.forEach((name, r) -> {
                h.raw("<tr><th id=\"").raw(Html.attr(name)).raw("\">pkg:").text(name).raw("</th><td>");
                if (r.hasProperty(RDFS.comment)) h.text(r.getProperty(RDFS.comment).getString());
                List<String> notes = new ArrayList<>();
                for (var p : List.of(RDFS.subClassOf, RDFS.subPropertyOf, RDFS.domain, RDFS.range)) {
                    for (Statement s : r.listProperties(p).toList())
                        if (s.getObject().isURIResource()) notes.add(p.getLocalName() + " " + term(s.getObject().asResource().getURI()));
                }
                if (!notes.isEmpty()) h.raw("<br><span class=\"muted\">").text(String.join(" \u00b7 ", notes)).raw("</span>");
                h.raw("</td></tr>");
            });
            h.raw("</table>");
        }
        return h.finish();
    }

    String notFound(String iri) {
        Html h = new Html("Not found", basePath);
        h.raw("<h1>Not in this graph</h1><p>No statement in this knowledge graph mentions</p><p class=\"iri\">").text(iri)
                .raw("</p><p>").link(basePath, "Start page").raw(" lists what the graph holds.</p>");
        return h.finish();
    }

    static Map<String, String> termLabels(Model onto) {
        Map<String, String> out = new LinkedHashMap<>();
        onto.listStatements(null, RDFS.label, (org.apache.jena.rdf.model.RDFNode) null).forEachRemaining(s -> {
            if (s.getSubject().isURIResource()) out.put(s.getSubject().getURI(), s.getString());
        });
        return out;
    }
}
