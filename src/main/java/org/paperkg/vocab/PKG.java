package org.paperkg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Constants for the paper knowledge graph ontology ({@code ontology/paperkg.ttl}).
 * Java names equal the local names, so one grep finds a term in .ttl, .rq and .java;
 * {@code VocabularyMatchesOntologyTest} keeps the two in step.
 */
public final class PKG {
    public static final String PREFIX = "pkg";
    public static final String NS = "https://w3id.org/paperkg/ontology#";

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS, local);
    }

    // Classes
    /** pkg:Paper — a published or preprint research paper. */
    public static final Resource Paper = resource("Paper");
    /** pkg:Method — a method, algorithm or technique. */
    public static final Resource Method = resource("Method");
    /** pkg:Model — a named trained model or architecture; a kind of method. */
    public static final Resource Model = resource("Model");
    /** pkg:Framework — a named framework or system a paper introduces; a kind of method. */
    public static final Resource Framework = resource("Framework");
    /** pkg:Tool — a named software tool or library; a kind of method. */
    public static final Resource Tool = resource("Tool");
    /** pkg:Dataset — a dataset papers train or evaluate on. */
    public static final Resource Dataset = resource("Dataset");
    /** pkg:Benchmark — a dataset or suite made for evaluation; a kind of dataset. */
    public static final Resource Benchmark = resource("Benchmark");
    /** pkg:Task — a research task, such as machine translation. */
    public static final Resource Task = resource("Task");
    /** pkg:Metric — an evaluation metric, such as accuracy or BLEU. */
    public static final Resource Metric = resource("Metric");
    /** pkg:Result — a quantitative result a paper reports. */
    public static final Resource Result = resource("Result");
    /** pkg:CodeRepository — a source code repository (GitHub, GitLab, Hugging Face, Bitbucket). */
    public static final Resource CodeRepository = resource("CodeRepository");
    /** pkg:Person — an author. */
    public static final Resource Person = resource("Person");
    /** pkg:SourceRecord — one record as read from one place in one source file. */
    public static final Resource SourceRecord = resource("SourceRecord");
    /** pkg:SourceFile — a source file whose records make up one named graph. */
    public static final Resource SourceFile = resource("SourceFile");
    /** pkg:Evidence — why the graph states a fact: the text span, sentence, extractor and confidence. */
    public static final Resource Evidence = resource("Evidence");
    /** pkg:Extractor — a rule set that finds facts in text; the agent of an evidence annotation. */
    public static final Resource Extractor = resource("Extractor");
    /** pkg:Authorship — one person's place in one paper's byline: the paper, the person and the position. */
    public static final Resource Authorship = resource("Authorship");
    /** pkg:ArxivCategory — an arXiv subject category such as cs.LG, named by its arXiv code. */
    public static final Resource ArxivCategory = resource("ArxivCategory");

    // Paper -> entity
    /** pkg:proposes — the paper introduces the entity. */
    public static final Property proposes = property("proposes");
    /** pkg:uses — the paper uses or compares with an existing method or model. */
    public static final Property uses = property("uses");
    /** pkg:evaluatedOn — the paper trains or evaluates on the dataset. */
    public static final Property evaluatedOn = property("evaluatedOn");
    /** pkg:addressesTask — the paper works on the task. */
    public static final Property addressesTask = property("addressesTask");
    /** pkg:usesMetric — the paper measures with the metric. */
    public static final Property usesMetric = property("usesMetric");
    /** pkg:reportsResult — the paper reports the result. */
    public static final Property reportsResult = property("reportsResult");
    /** pkg:hasCode — the paper's code is in the repository. */
    public static final Property hasCode = property("hasCode");
    /** pkg:projectPage — a web page about the paper (project page, demo, website). */
    public static final Property projectPage = property("projectPage");
    /** pkg:hasSource — the paper description was read from the source record. */
    public static final Property hasSource = property("hasSource");
    /** pkg:authorship — the paper's byline entry; follow pkg:person and pkg:position for who and where. */
    public static final Property authorship = property("authorship");
    /** pkg:person — the person an authorship is about. */
    public static final Property person = property("person");

    // Data properties
    /** pkg:longForm — the expansion of an acronym name. */
    public static final Property longForm = property("longForm");
    /** pkg:authorCount — the number of authors a source shows. */
    public static final Property authorCount = property("authorCount");
    /** pkg:upvotes — the upvote count a listing or API showed when it was read: an observation of one source record. */
    public static final Property upvotes = property("upvotes");
    /** pkg:sourceFile — the name of the file a record was read from. */
    public static final Property sourceFile = property("sourceFile");
    /** pkg:lineNumber — the 1-based line where a record starts in its file. */
    public static final Property lineNumber = property("lineNumber");
    /** pkg:recordCount — the number of records read from a source file. */
    public static final Property recordCount = property("recordCount");
    /** pkg:url — the web address of a repository or page. */
    public static final Property url = property("url");
    /** pkg:host — the hosting service of a repository, such as github.com. */
    public static final Property host = property("host");
    /** pkg:confidence — how sure the extractor is of a fact, in (0, 1]. */
    public static final Property confidence = property("confidence");
    /** pkg:position — the 1-based place of an author in the byline. */
    public static final Property position = property("position");
    /** pkg:arxivId — the arXiv identifier of a paper without version, such as "2407.13168". */
    public static final Property arxivId = property("arxivId");
    /** pkg:doi — the DOI of a paper as a plain string, such as "10.1103/PhysRevD.76.013009". */
    public static final Property doi = property("doi");
    /** pkg:featuredOn — the day Hugging Face featured the paper on its Daily Papers page; not the publication date. */
    public static final Property featuredOn = property("featuredOn");
    /** pkg:keyword — a keyword a source attaches to a paper (Hugging Face ai_keywords). */
    public static final Property keyword = property("keyword");
    /** pkg:githubStars — the repository star count a source showed when it was read: an observation of one source record. */
    public static final Property githubStars = property("githubStars");
    /** pkg:entityType — the type the extractor decided, as written in the JSON view. */
    public static final Property entityType = property("entityType");

    // Evidence
    /** pkg:supportsProperty — the paper-to-entity property the evidence supports, such as pkg:uses. */
    public static final Property supportsProperty = property("supportsProperty");
    /** pkg:textField — the field the offsets point into: "title" or "abstract". */
    public static final Property textField = property("textField");
    /** pkg:startOffset — the 0-based offset of the first character of the evidence in its field. */
    public static final Property startOffset = property("startOffset");
    /** pkg:endOffset — the offset just after the last character of the evidence in its field. */
    public static final Property endOffset = property("endOffset");
    /** pkg:exact — the evidence text exactly as written. */
    public static final Property exact = property("exact");
    /** pkg:sentence — the sentence the evidence was found in. */
    public static final Property sentence = property("sentence");

    // Results
    /** pkg:metric — the metric a result's value is measured in. */
    public static final Property metric = property("metric");
    /** pkg:value — the number a result reports, without its unit (xsd:decimal). */
    public static final Property value = property("value");
    /** pkg:unit — "percent", "points" or "times", as written with the value. */
    public static final Property unit = property("unit");
    /** pkg:onDataset — the dataset or benchmark a result was measured on. */
    public static final Property onDataset = property("onDataset");
    /** pkg:baselineValue — the compared-from number stated with a result (xsd:decimal). */
    public static final Property baselineValue = property("baselineValue");
    /** pkg:quote — the abstract text that states a result, verbatim. */
    public static final Property quote = property("quote");
    /** pkg:higherIsBetter — for a metric: whether a higher value is a better result. */
    public static final Property higherIsBetter = property("higherIsBetter");

    // Entity resolution (the resolution graph)
    /** pkg:ResolutionDecision — a decision of entity resolution, recorded in the resolution graph. */
    public static final Resource ResolutionDecision = resource("ResolutionDecision");
    /** pkg:MergeDecision — a written form was merged into an entity (or a record into a paper), by a rule. */
    public static final Resource MergeDecision = resource("MergeDecision");
    /** pkg:KeptApartDecision — two close forms were kept as two entities, and why. */
    public static final Resource KeptApartDecision = resource("KeptApartDecision");
    /** pkg:AcronymDefinition — an acronym and an expansion the resolver learned. */
    public static final Resource AcronymDefinition = resource("AcronymDefinition");
    /** pkg:resolvedEntity — the entity (or paper) a decision is about. */
    public static final Property resolvedEntity = property("resolvedEntity");
    /** pkg:otherEntity — the second entity of a kept-apart decision. */
    public static final Property otherEntity = property("otherEntity");
    /** pkg:form — the written form a decision merged (or, kept apart, the second entity's form). */
    public static final Property form = property("form");
    /** pkg:matchedForm — the form of the entity that the decision's form matched (or was kept apart from). */
    public static final Property matchedForm = property("matchedForm");
    /** pkg:rule — the resolution rule behind a decision, such as normalized-key or acronym-definition. */
    public static final Property rule = property("rule");
    /** pkg:score — the similarity score of a fuzzy decision (Jaro-Winkler of the keys). */
    public static final Property score = property("score");
    /** pkg:shortForm — the acronym of an acronym definition. */
    public static final Property shortForm = property("shortForm");
    /** pkg:expansion — the long form of an acronym definition. */
    public static final Property expansion = property("expansion");
    /** pkg:learnedFrom — where the resolver learned an acronym definition: abstract, mention or gazetteer. */
    public static final Property learnedFrom = property("learnedFrom");
    /** pkg:resolutionOrder — the order the resolver created an entity in: ties go to the older entity. */
    public static final Property resolutionOrder = property("resolutionOrder");

    private PKG() {
    }
}
