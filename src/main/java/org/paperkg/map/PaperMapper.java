package org.paperkg.map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.paperkg.extract.Urls;
import org.paperkg.model.EntityType;
import org.paperkg.model.Mention;
import org.paperkg.model.MentionKind;
import org.paperkg.model.PaperExtraction;
import org.paperkg.model.PaperRecord;
import org.paperkg.model.ResultMention;
import org.paperkg.model.SafeText;
import org.paperkg.resolve.PaperResolver;
import org.paperkg.resolve.ResolutionStore;
import org.paperkg.resolve.Resolver;
import org.paperkg.vocab.Iris;
import org.paperkg.vocab.PKG;
import org.paperkg.vocab.Terms;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Turns one paper's extraction into quads in its source file's named graph. The {@link Resolver}
 * names the paper and every entity (so the same paper from two sources, or "PPO" and "Proximal
 * Policy Optimization", is one node); the entities' descriptions (type, labels) are written once
 * per build by the resolver ({@link Resolver#save} or {@link #finish}), not per paper.
 *
 * <pre>
 * var mapper = new PaperMapper(iris, Resolver.standalone(iris));
 * Node graph = mapper.graphFor("000.txt");
 * mapper.map(extraction, graph, streamRdf);
 * mapper.finish(streamRdf);   // without a store; a build calls resolver().save(dsg) instead
 * </pre>
 */
public final class PaperMapper {
    private final Iris iris;
    private final Resolver resolver;

    /** A mapper with its own resolver: the standard gazetteer, no overrides, no earlier builds. */
    public PaperMapper(Iris iris) {
        this(iris, Resolver.standalone(iris));
    }

    public PaperMapper(Iris iris, Resolver resolver) {
        this.iris = iris;
        this.resolver = resolver;
    }

    public Iris iris() {
        return iris;
    }

    public Resolver resolver() {
        return resolver;
    }

    /** Writes the entity descriptions and resolution decisions of everything mapped so far (no store). */
    public void finish(StreamRDF out) {
        resolver.writeAll(out);
    }

    public Node graphFor(String fileName) {
        return uri(iris.sourceGraph(fileName));
    }

    /**
     * Emits the paper, its identifiers, authors, categories and metadata links, its source record
     * (with the counts observed there), its entities and the evidence for each link.
     */
    public void map(PaperExtraction x, Node graph, StreamRDF out) {
        // All or nothing for the resolver too: a record that fails here is skipped by the pipeline,
        // and must leave no entity, form, paper or decision behind for a later record or the end of the build.
        resolver.begin();
        try {
            mapResolved(x, graph, out);
            resolver.commit();
        } catch (RuntimeException | Error e) {
            resolver.rollback();
            throw e;
        }
    }

    private void mapResolved(PaperExtraction x, Node graph, StreamRDF out) {
        var w = new Writer(graph, out);
        PaperRecord p = x.paper();
        resolver.learn(p);
        PaperResolver.Resolved rp = resolver.paper(p);
        Node paper = uri(rp.iri());
        Node record = uri(iris.sourceRecord(p.source()));
        w.add(paper, RDF.type.asNode(), PKG.Paper.asNode());
        // One title, abstract and date per paper (the first source's); other spellings stay visible.
        if (rp.preferredTitle()) w.add(paper, DCTerms.title.asNode(), str(p.title()));
        if (rp.alternativeTitle()) w.add(paper, DCTerms.alternative.asNode(), str(p.title()));
        if (rp.abstractOnPaper()) w.add(paper, DCTerms.abstract_.asNode(), str(p.abstractText()));
        if (rp.otherAbstract()) w.add(record, DCTerms.abstract_.asNode(), str(p.abstractText()));
        if (p.published() != null) {
            Node date = NodeFactory.createLiteralDT(p.published().toString(), XSDDatatype.XSDdate);
            if (rp.issuedOnPaper()) w.add(paper, DCTerms.issued.asNode(), date);
            w.add(record, DCTerms.issued.asNode(), date);
        }
        if (rp.authorCountOnPaper()) w.add(paper, PKG.authorCount.asNode(), integer(p.authorCount()));
        if (rp.decision() != null)
            ResolutionStore.decisionQuads(iris, resolver.resolutionGraph(), rp.decision(), out::quad);
        mapIdentifiers(w, p, paper);
        mapAuthors(w, p, paper);
        mapLinks(w, p, paper);

        w.add(paper, PKG.hasSource.asNode(), record);
        w.add(record, RDF.type.asNode(), PKG.SourceRecord.asNode());
        w.add(record, DCTerms.title.asNode(), str(p.title()));
        w.add(record, PKG.sourceFile.asNode(), str(p.source().fileName()));
        w.add(record, PKG.lineNumber.asNode(), integer(p.source().line()));
        w.add(record, DCTerms.isPartOf.asNode(), graph);
        if (p.upvotes() != null) w.add(record, PKG.upvotes.asNode(), integer(p.upvotes()));
        if (p.githubStars() != null) w.add(record, PKG.githubStars.asNode(), integer(p.githubStars()));

        Map<Mention, Node> targets = new IdentityHashMap<>();
        for (Mention m : x.mentions()) targets.put(m, target(m));
        for (Mention m : x.mentions()) mapMention(w, p, paper, m, targets.get(m));
        for (ResultMention r : x.results()) mapResult(w, x, paper, r, targets);
        resolver.drain(out);
    }

    /**
     * The node a mention links to: a repository, a page (a plain literal when its address cannot be
     * a valid IRI, see {@link Iris#webIri}), or the entity the resolver names.
     */
    private Node target(Mention m) {
        if (m.kind() == MentionKind.CODE_REPOSITORY || m.kind() == MentionKind.PROJECT_PAGE) {
            String iri = iris.mentionTarget(m);
            return iri != null ? uri(iri) : str(m.text());
        }
        return uri(resolver.entityIri(m));
    }

    /**
     * A result node: its value (xsd:decimal), unit, baseline, quote, and links to the metric and
     * dataset entities the paper's mentions name, with evidence like any other fact.
     */
    private void mapResult(Writer w, PaperExtraction x, Node paper, ResultMention r, Map<Mention, Node> targets) {
        String key = r.field() + "|" + r.span().start() + "|" + r.span().end() + "|" + r.value();
        Node result = uri(iris.result(paper.getURI(), key));
        w.add(paper, PKG.reportsResult.asNode(), result);
        w.add(result, RDF.type.asNode(), PKG.Result.asNode());
        w.add(result, PKG.value.asNode(), decimal(r.numericValue()));
        if (r.unit() != null) w.add(result, PKG.unit.asNode(), str(r.unit()));
        if (r.baselineValue() != null) w.add(result, PKG.baselineValue.asNode(), decimal(new BigDecimal(r.baselineValue())));
        w.add(result, PKG.quote.asNode(), str(r.text()));
        if (r.metric() != null) {
            Mention m = named(x, MentionKind.METRIC, r.metric());
            w.add(result, PKG.metric.asNode(), m != null ? targets.get(m) : uri(resolver.entityIri(EntityType.METRIC, r.metric())));
        }
        if (r.dataset() != null) {
            Mention d = named(x, MentionKind.DATASET, r.dataset());
            w.add(result, PKG.onDataset.asNode(), d != null ? targets.get(d) : uri(resolver.entityIri(EntityType.DATASET, r.dataset())));
        }
        String fieldText = r.field().of(x.paper());
        Node ev = uri(iris.resultEvidence(result.getURI()));
        Node extractor = uri(iris.extractor(r.extractor()));
        w.add(ev, RDF.type.asNode(), PKG.Evidence.asNode());
        w.add(ev, Terms.hasTarget.asNode(), paper);
        w.add(ev, Terms.hasBody.asNode(), result);
        w.add(ev, PKG.supportsProperty.asNode(), PKG.reportsResult.asNode());
        w.add(ev, PKG.textField.asNode(), str(r.field().name().toLowerCase(Locale.ROOT)));
        w.add(ev, PKG.startOffset.asNode(), integer(r.span().start()));
        w.add(ev, PKG.endOffset.asNode(), integer(r.span().end()));
        w.add(ev, PKG.exact.asNode(), str(r.span().coveredText(fieldText)));
        w.add(ev, PKG.sentence.asNode(), str(r.sentence().coveredText(fieldText)));
        w.add(ev, PKG.confidence.asNode(), decimal(BigDecimal.valueOf(r.confidence())));
        w.add(ev, Terms.wasAttributedTo.asNode(), extractor);
        w.add(extractor, RDF.type.asNode(), PKG.Extractor.asNode());
        w.add(extractor, RDFS.label.asNode(), str(r.extractor()));
    }

    /** The paper's mention of this kind written {@code text} or naming the same entity, or null. */
    private static Mention named(PaperExtraction x, MentionKind kind, String text) {
        for (Mention m : x.mentions())
            if (m.kind() == kind && (m.text().equalsIgnoreCase(text) || m.entityName().equalsIgnoreCase(text))) return m;
        return null;
    }

    /**
     * Describes the source file itself, once its record count is known. {@code observedAt} (may be
     * null) dates the snapshot: each record's upvotes and stars are an observation at that time, so
     * snapshot files read over time give a history of counts instead of one overwritten number.
     */
    public void mapSourceFile(String fileName, long records, Instant observedAt, Node graph, StreamRDF out) {
        var w = new Writer(graph, out);
        w.add(graph, RDF.type.asNode(), PKG.SourceFile.asNode());
        w.add(graph, PKG.sourceFile.asNode(), str(fileName));
        w.add(graph, PKG.recordCount.asNode(), integer(records));
        if (observedAt != null)
            w.add(graph, Terms.generatedAtTime.asNode(), NodeFactory.createLiteralDT(observedAt.toString(), XSDDatatype.XSDdateTime));
    }

    /**
     * Registry identifiers, subjects and the featured date. The paper IRI stays title-based (see
     * {@link Iris#paper}); the arXiv id and DOI are written as identifiers and schema:sameAs links.
     */
    private void mapIdentifiers(Writer w, PaperRecord p, Node paper) {
        if (p.arxivId() != null) {
            w.add(paper, PKG.arxivId.asNode(), str(p.arxivId()));
            w.add(paper, DCTerms.identifier.asNode(), str("arXiv:" + p.arxivId()));
            w.add(paper, Terms.sameAs.asNode(), uri(Iris.arxivAbstract(p.arxivId())));
        }
        if (p.doi() != null) {
            w.add(paper, PKG.doi.asNode(), str(p.doi()));
            w.add(paper, Terms.sameAs.asNode(), uri(Iris.doi(p.doi())));
        }
        if (p.featuredDate() != null)
            w.add(paper, PKG.featuredOn.asNode(), NodeFactory.createLiteralDT(p.featuredDate().toString(), XSDDatatype.XSDdate));
        for (String k : p.keywords()) w.add(paper, PKG.keyword.asNode(), str(k));
        if (p.license() != null) w.add(paper, DCTerms.license.asNode(), web(p.license()));
        for (String code : p.categories()) {
            Node category = uri(Iris.arxivCategory(code));
            w.add(paper, DCTerms.subject.asNode(), category);
            w.add(category, RDF.type.asNode(), PKG.ArxivCategory.asNode());
            w.add(category, RDFS.label.asNode(), str(code));
            w.add(category, SKOS.notation.asNode(), str(code));
        }
    }

    /** Each author as a person (by name, see {@link Iris#person}) and an ordered byline entry. */
    private void mapAuthors(Writer w, PaperRecord p, Node paper) {
        int position = 0;
        for (String name : p.authors()) {
            position++;
            Node person = uri(iris.person(name));
            Node authorship = uri(iris.authorship(paper.getURI(), position, person.getURI()));
            w.add(paper, Terms.author.asNode(), person);
            w.add(person, RDF.type.asNode(), PKG.Person.asNode());
            w.add(person, Terms.foafName.asNode(), str(name));
            w.add(person, RDFS.label.asNode(), str(name));
            w.add(paper, PKG.authorship.asNode(), authorship);
            w.add(authorship, RDF.type.asNode(), PKG.Authorship.asNode());
            w.add(authorship, PKG.position.asNode(), integer(position));
            w.add(authorship, PKG.person.asNode(), person);
        }
    }

    /**
     * The repository and project page a source names in its metadata, normalized as the link
     * extractor normalizes URLs in text, so both routes reach the same repository node. These
     * facts have no text evidence: their provenance is the source record.
     */
    private void mapLinks(Writer w, PaperRecord p, Node paper) {
        if (p.githubRepo() != null) {
            Urls.normalize(p.githubRepo()).ifPresent(link -> {
                if (link.codeRepository()) {
                    Node repo = uri(iris.repository(link.url()));
                    w.add(paper, PKG.hasCode.asNode(), repo);
                    mapRepository(w, repo, link.url());
                } else {
                    w.add(paper, PKG.projectPage.asNode(), web(link.url()));
                }
            });
        }
        if (p.projectPage() != null)
            Urls.normalize(p.projectPage()).ifPresent(link -> w.add(paper, PKG.projectPage.asNode(), web(link.url())));
    }

    private void mapRepository(Writer w, Node target, String url) {
        String host = url.replaceFirst("^https://", "").replaceFirst("/.*", "");
        w.add(target, RDF.type.asNode(), PKG.CodeRepository.asNode());
        w.add(target, RDFS.label.asNode(), str(url.substring(("https://" + host + "/").length())));
        w.add(target, PKG.url.asNode(), web(url));
        w.add(target, PKG.host.asNode(), str(host));
    }

    private void mapMention(Writer w, PaperRecord p, Node paper, Mention m, Node target) {
        Node property = switch (m.kind()) {
            case PROPOSED -> PKG.proposes.asNode();
            case METHOD_USED -> PKG.uses.asNode();
            case DATASET -> PKG.evaluatedOn.asNode();
            case TASK -> PKG.addressesTask.asNode();
            case METRIC -> PKG.usesMetric.asNode();
            case CODE_REPOSITORY -> PKG.hasCode.asNode();
            case PROJECT_PAGE -> PKG.projectPage.asNode();
        };
        w.add(paper, property, target);
        if (m.kind() == MentionKind.CODE_REPOSITORY) mapRepository(w, target, m.text());
        mapEvidence(w, p, paper, target, property, m);
    }

    private void mapEvidence(Writer w, PaperRecord p, Node paper, Node target, Node property, Mention m) {
        String fieldText = m.field().of(p);
        Node ev = uri(iris.evidence(paper.getURI(), m, m.sentence().coveredText(fieldText)));
        Node extractor = uri(iris.extractor(m.extractor()));
        w.add(ev, RDF.type.asNode(), PKG.Evidence.asNode());
        w.add(ev, Terms.hasTarget.asNode(), paper);
        w.add(ev, Terms.hasBody.asNode(), target);
        w.add(ev, PKG.supportsProperty.asNode(), property);
        w.add(ev, PKG.textField.asNode(), str(m.field().name().toLowerCase(Locale.ROOT)));
        w.add(ev, PKG.startOffset.asNode(), integer(m.span().start()));
        w.add(ev, PKG.endOffset.asNode(), integer(m.span().end()));
        w.add(ev, PKG.exact.asNode(), str(m.span().coveredText(fieldText)));
        w.add(ev, PKG.sentence.asNode(), str(m.sentence().coveredText(fieldText)));
        if (m.type() != null) w.add(ev, PKG.entityType.asNode(), str(m.type().jsonName()));
        w.add(ev, PKG.confidence.asNode(), NodeFactory.createLiteralDT(BigDecimal.valueOf(m.confidence()).toPlainString(), XSDDatatype.XSDdecimal));
        w.add(ev, Terms.wasAttributedTo.asNode(), extractor);
        w.add(extractor, RDF.type.asNode(), PKG.Extractor.asNode());
        w.add(extractor, RDFS.label.asNode(), str(m.extractor()));
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    /** A plain string literal, cleaned of what RDF/XML cannot hold ({@link SafeText}). */
    private static Node str(String s) {
        return NodeFactory.createLiteralString(SafeText.clean(s));
    }

    /** A web address as an IRI node, or as a string literal when it cannot be a valid IRI ({@link Iris#webIri}). */
    private static Node web(String url) {
        return Iris.webIri(url).map(PaperMapper::uri).orElseGet(() -> str(url));
    }

    private static Node decimal(BigDecimal d) {
        return NodeFactory.createLiteralDT(d.toPlainString(), XSDDatatype.XSDdecimal);
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    /** Emits quads into one graph. */
    private static final class Writer {
        final Node graph;
        final StreamRDF out;

        Writer(Node graph, StreamRDF out) {
            this.graph = graph;
            this.out = out;
        }

        void add(Node s, Node p, Node o) {
            out.quad(Quad.create(graph, s, p, o));
        }
    }
}
