package org.paperkg.resolve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.paperkg.vocab.Iris;
import org.paperkg.vocab.PKG;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What entity resolution decided in a store, for a person: read from the resolution graph with
 * SPARQL (the same data {@code queries/resolution-decisions.rq} shows), printed as text or JSON by
 * {@code paperkg resolve --report}.
 */
public final class ResolutionReport {
    /** One decision row. {@code label} is the entity's preferred name (a paper's title). */
    public record Row(String kind, String entity, String label, String form, String matched, String rule, Double score,
                      String other, String otherLabel) {
    }

    private final Map<String, Long> entitiesPerClass;
    private final long mergedEntities;
    private final List<Row> merges;
    private final List<Row> keptApart;
    private final Map<String, Long> acronymsBySource;

    private ResolutionReport(Map<String, Long> entitiesPerClass, long mergedEntities, List<Row> merges, List<Row> keptApart,
                             Map<String, Long> acronymsBySource) {
        this.entitiesPerClass = entitiesPerClass;
        this.mergedEntities = mergedEntities;
        this.merges = merges;
        this.keptApart = keptApart;
        this.acronymsBySource = acronymsBySource;
    }

    private static final String PREFIXES = """
            PREFIX pkg: <https://w3id.org/paperkg/ontology#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            """;

    /** Reads the report from a store (opens its own read transaction). */
    public static ResolutionReport read(Dataset ds, Iris iris) {
        String res = "<" + iris.resolutionGraph() + ">", ent = "<" + iris.entitiesGraph() + ">";
        return Txn.calculateRead(ds, () -> {
            Map<String, Long> perClass = new TreeMap<>();
            for (Map<String, String> r : select(ds, "SELECT ?c (COUNT(DISTINCT ?e) AS ?n) WHERE { GRAPH " + ent
                    + " { ?e a ?c } } GROUP BY ?c"))
                perClass.put(r.get("c").replace(PKG.NS, ""), Long.parseLong(r.get("n")));
            long merged = Long.parseLong(select(ds, "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { GRAPH " + ent
                    + " { ?e skos:altLabel ?a } }").get(0).get("n"));
            List<Row> merges = new ArrayList<>();
            for (Map<String, String> r : select(ds, "SELECT ?e ?label ?form ?matched ?rule ?score WHERE { GRAPH " + res
                    + " { ?d a pkg:MergeDecision ; pkg:resolvedEntity ?e ; pkg:rule ?rule . OPTIONAL { ?d pkg:form ?form }"
                    + " OPTIONAL { ?d pkg:matchedForm ?matched } OPTIONAL { ?d pkg:score ?score } }"
                    + " OPTIONAL { ?e skos:prefLabel ?l1 } OPTIONAL { ?e dcterms:title ?l2 } BIND(COALESCE(?l1, ?l2, \"\") AS ?label) }"
                    + " ORDER BY ?e ?rule ?form"))
                merges.add(row("merged", r));
            List<Row> apart = new ArrayList<>();
            for (Map<String, String> r : select(ds, "SELECT ?e ?label ?form ?matched ?rule ?score ?other ?otherLabel WHERE { GRAPH " + res
                    + " { ?d a pkg:KeptApartDecision ; pkg:resolvedEntity ?e ; pkg:rule ?rule . OPTIONAL { ?d pkg:form ?form }"
                    + " OPTIONAL { ?d pkg:matchedForm ?matched } OPTIONAL { ?d pkg:score ?score } OPTIONAL { ?d pkg:otherEntity ?other } }"
                    + " OPTIONAL { ?e skos:prefLabel ?l1 } OPTIONAL { ?e dcterms:title ?l2 } BIND(COALESCE(?l1, ?l2, \"\") AS ?label)"
                    + " OPTIONAL { ?other skos:prefLabel ?o1 } OPTIONAL { ?other dcterms:title ?o2 } BIND(COALESCE(?o1, ?o2, \"\") AS ?otherLabel) }"
                    + " ORDER BY ?rule ?e ?other"))
                apart.add(row("kept-apart", r));
            Map<String, Long> acronyms = new TreeMap<>();
            for (Map<String, String> r : select(ds, "SELECT ?src (COUNT(?a) AS ?n) WHERE { GRAPH " + res
                    + " { ?a a pkg:AcronymDefinition ; pkg:learnedFrom ?src } } GROUP BY ?src"))
                acronyms.put(r.get("src"), Long.parseLong(r.get("n")));
            return new ResolutionReport(perClass, merged, merges, apart, acronyms);
        });
    }

    private static Row row(String kind, Map<String, String> r) {
        String score = r.get("score");
        return new Row(kind, r.get("e"), r.getOrDefault("label", ""), r.get("form"), r.get("matched"), r.get("rule"),
                score == null ? null : Double.valueOf(score), r.get("other"), r.get("otherLabel"));
    }

    private static List<Map<String, String>> select(Dataset ds, String query) {
        List<Map<String, String>> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.create(PREFIXES + query, ds)) {
            ResultSet rs = qe.execSelect();
            List<String> vars = rs.getResultVars();
            rs.forEachRemaining((QuerySolution s) -> {
                Map<String, String> row = new LinkedHashMap<>();
                for (String v : vars) {
                    RDFNode n = s.get(v);
                    if (n != null) row.put(v, n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                }
                rows.add(row);
            });
        }
        return rows;
    }

    public List<Row> merges() {
        return merges;
    }

    public List<Row> keptApart() {
        return keptApart;
    }

    /** Merges per rule, entity forms and paper records apart. */
    public Map<String, Long> mergesByRule(boolean papers) {
        Map<String, Long> out = new TreeMap<>();
        for (Row r : merges) if (isPaperRule(r.rule) == papers) out.merge(r.rule, 1L, Long::sum);
        return out;
    }

    public Map<String, Long> keptApartByRule() {
        Map<String, Long> out = new TreeMap<>();
        for (Row r : keptApart) out.merge(r.rule, 1L, Long::sum);
        return out;
    }

    private static boolean isPaperRule(String rule) {
        return rule.equals("arxiv-id") || rule.equals("doi") || rule.equals("title-key") || rule.equals("different-arxiv-ids");
    }

    /** Rows listed per section of the text report; the JSON report lists all. */
    public static final int TEXT_ROWS = 200;

    public void printText(PrintWriter out, String where) {
        long entities = entitiesPerClass.values().stream().mapToLong(Long::longValue).sum();
        Map<String, Long> formMerges = mergesByRule(false), paperMerges = mergesByRule(true);
        out.printf("Resolution of %s%n", where);
        out.printf("  entities   %,d (%s); %,d with more than one form%n", entities, join(entitiesPerClass), mergedEntities);
        out.printf("  merged     %,d forms into entities: %s%n", sum(formMerges), join(formMerges));
        out.printf("  papers     %,d records merged into papers: %s%n", sum(paperMerges), join(paperMerges));
        out.printf("  kept apart %,d close pairs: %s%n", keptApart.size(), join(keptApartByRule()));
        out.printf("  acronyms   %,d definitions learned: %s%n", sum(acronymsBySource), join(acronymsBySource));
        out.println();
        out.println("Merged forms (entity: form <- rule, matched form, score)");
        String last = null;
        int shown = 0;
        for (Row r : merges) {
            if (isPaperRule(r.rule)) continue;
            if (shown++ == TEXT_ROWS) {
                out.printf("  ... and %,d more (--format json lists all)%n", sum(formMerges) - TEXT_ROWS);
                break;
            }
            if (!r.entity.equals(last)) out.printf("  %s  <%s>%n", r.label, r.entity);
            last = r.entity;
            out.printf("      %-40s %s%s%s%n", quote(r.form), r.rule, r.matched == null ? "" : ", " + quote(r.matched),
                    r.score == null ? "" : ", " + r.score);
        }
        out.println();
        out.println("Papers merged from several sources (paper: record title <- rule, key)");
        last = null;
        shown = 0;
        for (Row r : merges) {
            if (!isPaperRule(r.rule)) continue;
            if (shown++ == TEXT_ROWS) {
                out.printf("  ... and %,d more (--format json lists all)%n", sum(paperMerges) - TEXT_ROWS);
                break;
            }
            if (!r.entity.equals(last)) out.printf("  %s  <%s>%n", r.label, r.entity);
            last = r.entity;
            out.printf("      %s  %s, %s%n", quote(r.form), r.rule, quote(r.matched));
        }
        out.println();
        out.println("Kept apart (entity | other entity: rule, score)");
        shown = 0;
        for (Row r : keptApart) {
            if (shown++ == TEXT_ROWS) {
                out.printf("  ... and %,d more (--format json lists all)%n", keptApart.size() - TEXT_ROWS);
                break;
            }
            out.printf("  %s <%s>  |  %s <%s>   %s%s%n", quote(r.matched == null ? r.label : r.matched), r.entity,
                    quote(r.form), r.other, r.rule, r.score == null ? "" : ", " + r.score);
        }
    }

    public void printJson(PrintWriter out, String where) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("store", where);
        root.put("entities", entitiesPerClass);
        root.put("entities_with_several_forms", mergedEntities);
        root.put("merges_by_rule", mergesByRule(false));
        root.put("paper_merges_by_rule", mergesByRule(true));
        root.put("kept_apart_by_rule", keptApartByRule());
        root.put("acronyms_by_source", acronymsBySource);
        root.put("merges", merges.stream().filter(r -> !isPaperRule(r.rule)).map(ResolutionReport::json).toList());
        root.put("paper_merges", merges.stream().filter(r -> isPaperRule(r.rule)).map(ResolutionReport::json).toList());
        root.put("kept_apart", keptApart.stream().map(ResolutionReport::json).toList());
        try {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> json(Row r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("entity", r.entity);
        m.put("label", r.label);
        m.put("form", r.form);
        m.put("matched", r.matched);
        m.put("rule", r.rule);
        if (r.score != null) m.put("score", r.score);
        if (r.other != null) {
            m.put("other", r.other);
            m.put("other_label", r.otherLabel);
        }
        return m;
    }

    private static long sum(Map<String, Long> m) {
        return m.values().stream().mapToLong(Long::longValue).sum();
    }

    private static String join(Map<String, Long> m) {
        if (m.isEmpty()) return "none";
        List<String> parts = new ArrayList<>();
        m.forEach((k, v) -> parts.add(k + " " + v));
        return String.join(", ", parts);
    }

    private static String quote(String s) {
        return s == null ? "\"\"" : "\"" + s + "\"";
    }
}
