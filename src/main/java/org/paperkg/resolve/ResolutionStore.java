package org.paperkg.resolve;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.paperkg.model.EntityType;
import org.paperkg.model.SafeText;
import org.paperkg.vocab.Iris;
import org.paperkg.vocab.PKG;
import org.paperkg.vocab.Terms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Reads the resolver's registry from a store and writes it back, in two build-level graphs:
 * <ul>
 *   <li>{@link Iris#entitiesGraph()}: one description per resolved entity: its one rdf:type,
 *       rdfs:label and skos:prefLabel (the preferred name), skos:altLabel for every other form seen,
 *       pkg:longForm for acronym expansions, pkg:higherIsBetter for metrics.</li>
 *   <li>{@link Iris#resolutionGraph()}: the decisions ({@link Decision}: pkg:MergeDecision,
 *       pkg:KeptApartDecision), the learned acronyms (pkg:AcronymDefinition) and each entity's
 *       pkg:resolutionOrder.</li>
 * </ul>
 * A build reads both at its start ({@link #load}), so a later build keeps the IRIs, names and
 * decisions of earlier ones, also when it writes a fresh store directory: only these two graphs
 * are needed. At its end it writes the entities graph whole ({@link #writeEntities}), or amends it
 * in place when an incremental build only adds sources ({@link #updateEntities}), while the
 * decisions graph only grows. Papers of earlier builds are found through {@link #paperLookup}.
 */
public final class ResolutionStore {
    private ResolutionStore() {
    }

    /** Restores the registry from the store's resolution graphs (no-op on an empty store). */
    public static void load(EntityResolver r, DatasetGraph dsg, Iris iris) {
        Node entities = uri(iris.entitiesGraph()), decisions = uri(iris.resolutionGraph());
        Map<Node, Description> byNode = new LinkedHashMap<>();
        for (Iterator<Quad> it = dsg.find(entities, Node.ANY, Node.ANY, Node.ANY); it.hasNext(); ) {
            Quad q = it.next();
            Description d = byNode.computeIfAbsent(q.getSubject(), s -> new Description(s.getURI()));
            Node p = q.getPredicate(), o = q.getObject();
            if (p.equals(RDF.type.asNode())) d.type = typeOf(o);
            else if (p.equals(SKOS.prefLabel.asNode())) d.pref = o.getLiteralLexicalForm();
            else if (p.equals(SKOS.altLabel.asNode())) d.alts.add(o.getLiteralLexicalForm());
            else if (p.equals(PKG.longForm.asNode())) d.longForms.add(o.getLiteralLexicalForm());
            else if (p.equals(PKG.higherIsBetter.asNode())) d.higherIsBetter = Boolean.valueOf(o.getLiteralLexicalForm());
        }
        for (Iterator<Quad> it = dsg.find(decisions, Node.ANY, PKG.resolutionOrder.asNode(), Node.ANY); it.hasNext(); ) {
            Quad q = it.next();
            Description d = byNode.get(q.getSubject());
            if (d != null) d.order = ((Number) q.getObject().getLiteralValue()).longValue();
        }
        List<Description> all = new ArrayList<>(byNode.values());
        all.sort(Comparator.comparingLong((Description d) -> d.order).thenComparing(d -> d.iri));
        for (Description d : all) {
            Group g = Group.ofIri(iris.base(), d.iri);
            if (g == null && d.type != null) g = Group.of(d.type);
            if (g == null || d.pref == null) continue;
            List<String> longForms = new ArrayList<>(d.longForms);
            List<String> alts = new ArrayList<>(d.alts);
            Entity e = r.restore(d.iri, g, d.pref, alts, longForms, d.type, d.order);
            // A metric's direction that came from a mention, not the gazetteer ("forgetting" from the
            // theory rule): without it here, a later build that rewrites the entities graph drops it.
            if (e != null && e.higherIsBetter == null) e.higherIsBetter = d.higherIsBetter;
            if (e != null) e.storedHigherIsBetter = d.higherIsBetter;
        }
        List<String[]> pairs = new ArrayList<>();
        for (Iterator<Quad> it = dsg.find(decisions, Node.ANY, RDF.type.asNode(), PKG.AcronymDefinition.asNode()); it.hasNext(); ) {
            Node a = it.next().getSubject();
            String sf = literal(dsg, decisions, a, PKG.shortForm.asNode()), lf = literal(dsg, decisions, a, PKG.expansion.asNode());
            if (sf != null && lf != null) pairs.add(new String[]{sf, lf});
        }
        pairs.sort(Comparator.comparing((String[] p) -> p[0]).thenComparing(p -> p[1]));
        for (String[] p : pairs) r.restoreAcronym(p[0], p[1]);
        // Bare acronyms merged by a known expansion, oldest entity first (as the build that merged them).
        List<String[]> bare = new ArrayList<>();
        for (Iterator<Quad> it = dsg.find(decisions, Node.ANY, PKG.rule.asNode(), Node.ANY); it.hasNext(); ) {
            Quad rule = it.next();
            if (!List.of("acronym-learned", "acronym-by-type").contains(rule.getObject().getLiteralLexicalForm())) continue;
            Node d = rule.getSubject();
            String form = literal(dsg, decisions, d, PKG.form.asNode());
            Iterator<Quad> entity = dsg.find(decisions, d, PKG.resolvedEntity.asNode(), Node.ANY);
            if (form != null && entity.hasNext()) bare.add(new String[]{entity.next().getObject().getURI(), form});
        }
        Map<String, Long> orderOf = new java.util.HashMap<>();
        for (Description d : all) orderOf.put(d.iri, d.order);
        bare.sort(Comparator.comparing((String[] b) -> orderOf.getOrDefault(b[0], Long.MAX_VALUE)).thenComparing(b -> b[0]).thenComparing(b -> b[1]));
        for (String[] b : bare) r.restoreBareAcronym(b[0], b[1]);
    }

    /**
     * Writes both graphs whole to a stream, for a build that replaces them (a fresh store, or no
     * store): every used entity's description, the decisions and acronyms not yet written, and,
     * when {@code previous} is the store of earlier builds, its recorded decisions and acronyms.
     */
    public static void writeAll(EntityResolver r, StreamRDF out, Iris iris, DatasetGraph previous, Set<Node> replaced) {
        write(r, out, iris, previous, replaced, true);
    }

    /**
     * As {@link #writeAll}, for a build that keeps the decisions graph of {@code previous} (it is
     * copied into a new store generation, or stays in place) and replaces only the entities graph:
     * every used entity's description, and only this run's decisions and acronyms.
     */
    public static void writeEntities(EntityResolver r, StreamRDF out, Iris iris, DatasetGraph previous, Set<Node> replaced) {
        write(r, out, iris, previous, replaced, false);
    }

    private static void write(EntityResolver r, StreamRDF out, Iris iris, DatasetGraph previous, Set<Node> replaced, boolean copyDecisions) {
        Node entities = uri(iris.entitiesGraph()), decisions = uri(iris.resolutionGraph());
        Consumer<Quad> add = out::quad;
        if (previous != null && copyDecisions) {
            for (Iterator<Quad> it = previous.find(decisions, Node.ANY, Node.ANY, Node.ANY); it.hasNext(); ) {
                Quad q = it.next();
                if (!q.getPredicate().equals(PKG.resolutionOrder.asNode())) add.accept(q);
            }
        }
        for (Entity e : r.entities()) {
            if (!e.used || e.retired) continue;
            describe(e, previous == null ? e.type() : typeFromStore(e, previous, replaced, e.voteCounts()), entities, decisions, add);
        }
        writeDecisions(r, iris, decisions, add);
        r.markWritten();
    }

    /**
     * Amends the entities graph of {@code store}, for an incremental build that adds sources (the
     * graphs in {@code replaced} other than the entities graph are not in the store): deletes and
     * writes again the description of every entity this build changed (new, given a form, a
     * mention, a merge; retired ones are only deleted), and of every entity whose type or metric
     * direction would now be described otherwise than the store has it (a gazetteer or override
     * of a newer version); then this build's remaining decisions. The others keep their quads: no
     * evidence of theirs was added or removed, so their type counted over the store is the stored
     * one. The result is the graph {@link #writeEntities} would write, for the cost of the addition
     * rather than of the registry.
     */
    public static void updateEntities(EntityResolver r, DatasetGraph store, StreamRDF out, Iris iris, Set<Node> replaced) {
        Node entities = uri(iris.entitiesGraph()), decisions = uri(iris.resolutionGraph());
        Consumer<Quad> add = out::quad;
        for (Entity e : r.entities()) {
            if (!e.dirty && !describedOtherwise(e)) continue;
            Node s = uri(e.iri());
            store.deleteAny(entities, s, Node.ANY, Node.ANY);
            store.deleteAny(decisions, s, PKG.resolutionOrder.asNode(), Node.ANY);
            if (e.used && !e.retired) describe(e, typeFromStore(e, store, replaced, e.voteCounts()), entities, decisions, add);
        }
        writeDecisions(r, iris, decisions, add);
        r.markWritten();
    }

    /**
     * True when an entity this build did not change would still be described otherwise than the
     * store has it: its gazetteer entry (bound at this build's start) gives another type or a metric
     * direction the store lacks. Needs no store access: with no evidence of its own added or removed,
     * a type counted from mentions stays the stored one.
     */
    private static boolean describedOtherwise(Entity e) {
        if (!e.used || e.retired) return false;
        EntityType fixed = typeWithoutEvidence(e);
        EntityType type = fixed != null ? fixed : e.storedType;
        return type != e.storedType || !Objects.equals(e.higherIsBetter, e.storedHigherIsBetter);
    }

    /**
     * The type an entity has whatever the evidence says, or null when mentions decide it: a gazetteer
     * entry's own type, and the one type of a task or a metric.
     */
    private static EntityType typeWithoutEvidence(Entity e) {
        if (e.gazetteer != null && Group.of(e.gazetteer.type()) == e.group) return e.gazetteer.type();
        if (e.group == Group.TASK || e.group == Group.METRIC) return e.group.broadest();
        return null;
    }

    /** Writes the decisions and acronyms made since the last call into the resolution graph. */
    public static void writeDecisions(EntityResolver r, Iris iris, Node graph, Consumer<Quad> add) {
        for (Decision d : r.drainDecisions()) decisionQuads(iris, graph, d, add);
        for (AcronymKnowledge.Pair p : r.drainAcronyms()) {
            Node a = uri(iris.acronymDefinition(NameKey.key(p.shortForm()) + "|" + NameKey.key(p.longForm())));
            add.accept(Quad.create(graph, a, RDF.type.asNode(), PKG.AcronymDefinition.asNode()));
            add.accept(Quad.create(graph, a, PKG.shortForm.asNode(), str(p.shortForm())));
            add.accept(Quad.create(graph, a, PKG.expansion.asNode(), str(p.longForm())));
            add.accept(Quad.create(graph, a, PKG.learnedFrom.asNode(), str(p.source())));
        }
    }

    /** The quads of one decision, in {@code graph}. */
    public static void decisionQuads(Iris iris, Node graph, Decision d, Consumer<Quad> add) {
        String key = d.kind() + "|" + d.entity() + "|" + d.form() + "|" + d.matched() + "|" + d.rule() + "|" + d.other();
        Node n = uri(iris.resolutionDecision(key));
        boolean merged = d.kind() == Decision.Kind.MERGED;
        add.accept(Quad.create(graph, n, RDF.type.asNode(), (merged ? PKG.MergeDecision : PKG.KeptApartDecision).asNode()));
        add.accept(Quad.create(graph, n, PKG.resolvedEntity.asNode(), uri(d.entity())));
        if (d.form() != null && !d.form().isEmpty()) add.accept(Quad.create(graph, n, PKG.form.asNode(), str(d.form())));
        if (d.matched() != null && !d.matched().isEmpty())
            add.accept(Quad.create(graph, n, PKG.matchedForm.asNode(), str(d.matched())));
        add.accept(Quad.create(graph, n, PKG.rule.asNode(), str(d.rule())));
        if (d.score() != null)
            add.accept(Quad.create(graph, n, PKG.score.asNode(),
                    NodeFactory.createLiteralDT(BigDecimal.valueOf(d.score()).toPlainString(), XSDDatatype.XSDdecimal)));
        if (d.other() != null) add.accept(Quad.create(graph, n, PKG.otherEntity.asNode(), uri(d.other())));
    }

    /** One entity's description as a build without a store writes it (type from this run's evidence). */
    static void describe(Entity e, Iris iris, Consumer<Quad> add) {
        describe(e, e.type(), uri(iris.entitiesGraph()), uri(iris.resolutionGraph()), add);
    }

    private static void describe(Entity e, EntityType type, Node entities, Node decisions, Consumer<Quad> add) {
        Node s = uri(e.iri());
        add.accept(Quad.create(entities, s, RDF.type.asNode(), classOf(type)));
        add.accept(Quad.create(entities, s, RDFS.label.asNode(), str(e.prefLabel)));
        add.accept(Quad.create(entities, s, SKOS.prefLabel.asNode(), str(e.prefLabel)));
        for (String alt : e.altLabels()) add.accept(Quad.create(entities, s, SKOS.altLabel.asNode(), str(alt)));
        for (String lf : e.longForms()) add.accept(Quad.create(entities, s, PKG.longForm.asNode(), str(lf)));
        if (e.higherIsBetter != null)
            add.accept(Quad.create(entities, s, PKG.higherIsBetter.asNode(),
                    NodeFactory.createLiteralDT(e.higherIsBetter.toString(), XSDDatatype.XSDboolean)));
        add.accept(Quad.create(decisions, s, PKG.resolutionOrder.asNode(),
                NodeFactory.createLiteralDT(Integer.toString(e.order), XSDDatatype.XSDinteger)));
    }

    /**
     * The entity's type from all the evidence in the store (every source graph but {@code replaced}),
     * plus {@code plus} (this run's count, when the store is not the one being written): the type
     * most evidence annotations give, counted once per annotation; the gazetteer's type for
     * gazetteer entities. Falls back on {@link Entity#type()} when there is no evidence.
     */
    static EntityType typeFromStore(Entity e, DatasetGraph dsg, Set<Node> replaced, Map<EntityType, Integer> plus) {
        EntityType fixed = typeWithoutEvidence(e);
        if (fixed != null) return fixed;
        Set<Node> seen = new HashSet<>();
        Map<EntityType, Integer> counts = new EnumMap<>(EntityType.class);
        if (plus != null) counts.putAll(plus);
        Node s = uri(e.iri());
        for (Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, Terms.hasBody.asNode(), s); it.hasNext(); ) {
            Quad q = it.next();
            Node ev = q.getSubject();
            if (replaced.contains(q.getGraph()) || !seen.add(ev)) continue;
            for (Iterator<Quad> t = dsg.find(Node.ANY, ev, PKG.entityType.asNode(), Node.ANY); t.hasNext(); ) {
                try {
                    counts.merge(EntityType.fromJsonName(t.next().getObject().getLiteralLexicalForm()), 1, Integer::sum);
                } catch (IllegalArgumentException ignored) {
                    // Not a type this version knows: not evidence for any.
                }
                break;
            }
        }
        return counts.isEmpty() ? e.type() : Entity.decide(counts, e.group);
    }

    /** Papers of earlier builds, found by identifier or IRI in the store, outside the graphs {@code replaced}. */
    public static PaperResolver.Lookup paperLookup(DatasetGraph dsg, Set<Node> replaced) {
        // A first build (or one that replaces every graph) has no earlier paper to find: answer
        // from nothing rather than ask the store three times per paper.
        if (!hasPaperOutside(dsg, replaced)) return PaperResolver.Lookup.NONE;
        return new PaperResolver.Lookup() {
            @Override
            public PaperResolver.Stored byArxivId(String arxivId) {
                return bySubjectOf(PKG.arxivId.asNode(), str(arxivId));
            }

            @Override
            public PaperResolver.Stored byDoi(String doi) {
                return bySubjectOf(PKG.doi.asNode(), str(doi));
            }

            @Override
            public PaperResolver.Stored byIri(String iri) {
                Node s = uri(iri);
                return exists(s, RDF.type.asNode(), PKG.Paper.asNode()) ? stored(s) : null;
            }

            private PaperResolver.Stored bySubjectOf(Node p, Node o) {
                Set<String> subjects = new TreeSet<>();
                for (Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, p, o); it.hasNext(); ) {
                    Quad q = it.next();
                    if (q.getSubject().isURI() && !replaced.contains(q.getGraph())) subjects.add(q.getSubject().getURI());
                }
                return subjects.isEmpty() ? null : stored(uri(subjects.iterator().next()));
            }

            private PaperResolver.Stored stored(Node s) {
                return new PaperResolver.Stored(s.getURI(), any(s, DCTerms.title.asNode()), any(s, DCTerms.abstract_.asNode()),
                        exists(s, DCTerms.issued.asNode(), Node.ANY), exists(s, PKG.authorCount.asNode(), Node.ANY),
                        any(s, PKG.arxivId.asNode()));
            }

            private boolean exists(Node s, Node p, Node o) {
                for (Iterator<Quad> it = dsg.find(Node.ANY, s, p, o); it.hasNext(); )
                    if (!replaced.contains(it.next().getGraph())) return true;
                return false;
            }

            private String any(Node s, Node p) {
                Set<String> values = new TreeSet<>();
                for (Iterator<Quad> it = dsg.find(Node.ANY, s, p, Node.ANY); it.hasNext(); ) {
                    Quad q = it.next();
                    if (q.getObject().isLiteral() && !replaced.contains(q.getGraph())) values.add(q.getObject().getLiteralLexicalForm());
                }
                return values.isEmpty() ? null : values.iterator().next();
            }
        };
    }

    private static boolean hasPaperOutside(DatasetGraph dsg, Set<Node> replaced) {
        for (Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), PKG.Paper.asNode()); it.hasNext(); )
            if (!replaced.contains(it.next().getGraph())) return true;
        return false;
    }

    static Node classOf(EntityType type) {
        return (switch (type) {
            case METHOD -> PKG.Method;
            case MODEL -> PKG.Model;
            case FRAMEWORK -> PKG.Framework;
            case TOOL -> PKG.Tool;
            case DATASET -> PKG.Dataset;
            case BENCHMARK -> PKG.Benchmark;
            case TASK -> PKG.Task;
            case METRIC -> PKG.Metric;
        }).asNode();
    }

    private static EntityType typeOf(Node cls) {
        for (EntityType t : EntityType.values()) if (classOf(t).equals(cls)) return t;
        return null;
    }

    private static String literal(DatasetGraph dsg, Node g, Node s, Node p) {
        Iterator<Quad> it = dsg.find(g, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    /** A plain string literal, cleaned of what RDF/XML cannot hold (as the mapper writes them, {@link SafeText}). */
    private static Node str(String s) {
        return NodeFactory.createLiteralString(SafeText.clean(s));
    }

    /** One entity as the entities graph describes it. */
    private static final class Description {
        final String iri;
        EntityType type;
        String pref;
        final Set<String> alts = new TreeSet<>();
        final Set<String> longForms = new TreeSet<>();
        long order = Long.MAX_VALUE;
        Boolean higherIsBetter;

        Description(String iri) {
            this.iri = iri;
        }
    }
}
