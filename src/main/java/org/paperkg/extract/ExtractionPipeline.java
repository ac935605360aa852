package org.paperkg.extract;

import org.paperkg.gazetteer.Gazetteer;
import org.paperkg.model.Mention;
import org.paperkg.model.MentionKind;
import org.paperkg.model.PaperExtraction;
import org.paperkg.model.PaperRecord;
import org.paperkg.model.ResultMention;
import org.paperkg.model.Span;
import org.paperkg.model.TextField;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Runs every extractor over one paper and bundles the result for the mapper and the JSON view:
 * one extraction path, whatever the output. Stateless between papers and safe to share.
 *
 * <p>After the extractors run, the mentions of named entities (methods used, datasets, tasks,
 * metrics) are resolved in three steps:
 * <ol>
 *   <li>Overlaps: where two such mentions overlap in one field, the longer span wins, then the
 *       higher confidence ("Penn Treebank" over "Treebank"; a gazetteer dataset over the same
 *       words as a task).</li>
 *   <li>Proposed names: a METHOD_USED or DATASET whose name the paper proposes is dropped, since
 *       the paper introduces it rather than uses it.</li>
 *   <li>Results are found from the remaining mentions (all occurrences).</li>
 *   <li>Acronyms: a mention written as the long form of an acronym the abstract defines
 *       ("Proximal Policy Optimization (PPO)") becomes the acronym, as papers then use it.</li>
 *   <li>Each entity is kept once per kind, keyed by its case-folded entity name, at its first
 *       occurrence (title before abstract), except that a defined acronym wins over any other
 *       spelling ("Masked Image Modeling" in the title, "MIM" defined in the abstract, gives "MIM");
 *       when that occurrence is a capital only because it
 *       starts a sentence and a later one is written in lower case, the later spelling is used.</li>
 * </ol>
 *
 * <pre>
 * PaperExtraction x = ExtractionPipeline.standard().extract(record);
 * </pre>
 */
public final class ExtractionPipeline {
    private static final Set<MentionKind> ENTITY_KINDS =
            EnumSet.of(MentionKind.METHOD_USED, MentionKind.DATASET, MentionKind.TASK, MentionKind.METRIC);
    private final List<Extractor> extractors;
    private final ResultExtractor results;

    public ExtractionPipeline(List<Extractor> extractors) {
        this(extractors, new ResultExtractor());
    }

    public ExtractionPipeline(List<Extractor> extractors, ResultExtractor results) {
        this.extractors = List.copyOf(extractors);
        this.results = results;
    }

    /** The extractors a build runs, with the standard gazetteer ({@link Gazetteer#standard()}). */
    public static ExtractionPipeline standard() {
        return withGazetteer(Gazetteer.standard());
    }

    /** The standard extractors over the given gazetteer. */
    public static ExtractionPipeline withGazetteer(Gazetteer g) {
        return new ExtractionPipeline(List.of(new LinkExtractor(), new ProposedNameExtractor(g),
                new MethodExtractor(g), new DatasetExtractor(g), new TaskExtractor(g), new MetricExtractor(g)));
    }

    public List<Extractor> extractors() {
        return extractors;
    }

    public PaperExtraction extract(PaperRecord paper) {
        TextIndex text = new TextIndex(paper);
        List<Mention> mentions = new ArrayList<>();
        for (Extractor e : extractors) mentions.addAll(e.extract(paper, text));
        List<Mention> resolved = dropTitleOnly(dropProposed(resolveOverlaps(dropInsideLinks(mentions)), text), text);
        List<ResultMention> found = results == null ? List.of() : results.extract(paper, text, resolved);
        List<Mention> kept = firstOccurrences(preferAcronyms(resolved, text), text);
        return new PaperExtraction(paper, kept, asReported(found, resolved, kept));
    }

    /**
     * A result names its metric and dataset as the paper's lists do ("accuracy" for a result written
     * next to "accuracies"), so that every result metric is in {@code metrics} and every result
     * dataset in {@code datasets}.
     */
    static List<ResultMention> asReported(List<ResultMention> results, List<Mention> all, List<Mention> kept) {
        if (results.isEmpty()) return results;
        java.util.Map<String, String> reported = new java.util.HashMap<>();
        for (Mention m : kept)
            if (m.kind() == MentionKind.METRIC || m.kind() == MentionKind.DATASET)
                reported.put(m.kind() + "|" + fold(m.entityName()), m.text());
        java.util.Map<String, String> byText = new java.util.HashMap<>();
        for (Mention m : all) {
            String r = reported.get(m.kind() + "|" + fold(m.entityName()));
            if (r != null) byText.putIfAbsent(m.kind() + "|" + m.text(), r);
        }
        List<ResultMention> out = new ArrayList<>(results.size());
        for (ResultMention r : results) {
            String metric = r.metric() == null ? null : byText.getOrDefault(MentionKind.METRIC + "|" + r.metric(), r.metric());
            String dataset = r.dataset() == null ? null : byText.getOrDefault(MentionKind.DATASET + "|" + r.dataset(), r.dataset());
            out.add(java.util.Objects.equals(metric, r.metric()) && java.util.Objects.equals(dataset, r.dataset()) ? r
                    : new ResultMention(metric, dataset, r.value(), r.numericValue(), r.unit(), r.baselineValue(), r.text(),
                    r.field(), r.span(), r.sentence(), r.extractor(), r.confidence()));
        }
        return out;
    }

    static List<Mention> resolveOverlaps(List<Mention> mentions) {
        List<Mention> entities = new ArrayList<>();
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) (ENTITY_KINDS.contains(m.kind()) ? entities : out).add(m);
        entities.sort(Comparator.comparingInt((Mention m) -> -m.span().length())
                .thenComparingDouble(m -> -m.confidence()));
        List<Mention> kept = new ArrayList<>();
        for (Mention m : entities) {
            boolean clash = false;
            for (Mention k : kept) clash |= k.field() == m.field() && k.span().overlaps(m.span());
            if (!clash) kept.add(m);
        }
        kept.sort(Comparator.comparing(Mention::field).thenComparingInt(m -> m.span().start()));
        out.addAll(kept);
        return out;
    }

    /** Names inside a URL ("SEAL" in github.com/facebookresearch/SEAL) are part of the address, not mentions. */
    static List<Mention> dropInsideLinks(List<Mention> mentions) {
        List<Span> links = new ArrayList<>();
        for (Mention m : mentions)
            if ((m.kind() == MentionKind.CODE_REPOSITORY || m.kind() == MentionKind.PROJECT_PAGE) && m.field() == TextField.ABSTRACT)
                links.add(m.span());
        if (links.isEmpty()) return mentions;
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            boolean inside = false;
            if (m.field() == TextField.ABSTRACT && m.kind() != MentionKind.CODE_REPOSITORY && m.kind() != MentionKind.PROJECT_PAGE)
                for (Span l : links) inside |= l.overlaps(m.span());
            if (!inside) out.add(m);
        }
        return out;
    }

    /**
     * What the paper proposes is not something it uses: a METHOD_USED, DATASET, TASK or METRIC
     * mention whose name is a proposed name is dropped, and so is one written inside a proposed
     * name's long form ("Transformers" in "Energy-Based Transformers", title or abstract).
     */
    static List<Mention> dropProposed(List<Mention> mentions, TextIndex text) {
        Set<String> proposed = new HashSet<>();
        List<String> longForms = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.kind() != MentionKind.PROPOSED) continue;
            proposed.add(fold(m.text()));
            if (m.longForm() != null && m.longForm().indexOf(' ') > 0) longForms.add(m.longForm());
        }
        if (proposed.isEmpty()) return mentions;
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            boolean entity = ENTITY_KINDS.contains(m.kind());
            if (entity && (proposed.contains(fold(m.text())) || proposed.contains(fold(m.entityName()))
                    || containsProposedPart(m.text(), proposed))) continue;
            if (entity && m.kind() != MentionKind.TASK && insideAny(text.text(m.field()), m.span(), longForms)) continue;
            out.add(m);
        }
        return out;
    }

    /**
     * True when one of the name's hyphen-separated parts, but not the first alone, is a proposed
     * name, or the name is a proposed name with a size or version: "RBD-8B" and "Qwen-REDI-1.5B"
     * for RBD and REDI are variants of the paper's own model.
     */
    private static boolean containsProposedPart(String name, Set<String> proposed) {
        String[] parts = fold(name).split("[-\\s]");
        if (parts.length < 2) return false;
        for (String p : parts) if (proposed.contains(p)) return true;
        return false;
    }

    /** True when the span lies inside an occurrence (any case) of one of the phrases. */
    private static boolean insideAny(String text, Span span, List<String> phrases) {
        for (String p : phrases) {
            int from = Math.max(0, span.end() - p.length());
            int limit = span.start();
            for (int i = from; i <= limit; i++)
                if (text.regionMatches(true, i, p, 0, p.length()) && i + p.length() >= span.end()) return true;
        }
        return false;
    }

    /**
     * A method, model, dataset or metric named in the title but nowhere in the abstract is the
     * paper's subject or its own contribution ("Pointer Networks", "Sparse Attention Adaptation",
     * "Wide and Deep"), or a word in another sense ("Learn or Recall?"), rarely something it uses or
     * reports: such title mentions are dropped. A title mention stays
     * when the abstract mentions the same entity or writes the same words.
     */
    static List<Mention> dropTitleOnly(List<Mention> mentions, TextIndex text) {
        String abs = text.text(TextField.ABSTRACT).toLowerCase(Locale.ROOT);
        Set<String> inAbstract = new HashSet<>();
        for (Mention m : mentions) if (m.field() == TextField.ABSTRACT) inAbstract.add(m.kind() + "|" + fold(m.entityName()));
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            boolean usedKind = m.kind() == MentionKind.METHOD_USED || m.kind() == MentionKind.DATASET
                    || m.kind() == MentionKind.METRIC;
            if (usedKind && m.field() == TextField.TITLE && !inAbstract.contains(m.kind() + "|" + fold(m.entityName()))
                    && !abs.contains(fold(m.text()))) continue;
            out.add(m);
        }
        return out;
    }

    /**
     * A mention that is the long form of a defined acronym, or its head (at least half of it:
     * "speech recognition" in "automatic speech recognition (ASR)"), becomes the acronym.
     */
    static List<Mention> preferAcronyms(List<Mention> mentions, TextIndex text) {
        List<Acronyms.Definition> defs = text.acronyms();
        if (defs.isEmpty()) return mentions;
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            Mention replaced = m;
            if (ENTITY_KINDS.contains(m.kind()) && m.field() == TextField.ABSTRACT) {
                for (Acronyms.Definition d : defs) {
                    if (d.longSpan().end() == m.span().end() && m.span().start() >= d.longSpan().start()
                            && 2 * m.span().length() >= d.longSpan().length()) {
                        replaced = new Mention(m.kind(), d.shortForm(), d.longForm(), m.type(), m.field(), d.shortSpan(),
                                m.sentence(), m.extractor(), m.confidence(), m.canonical(), m.higherIsBetter());
                        break;
                    }
                }
            }
            out.add(replaced);
        }
        return out;
    }

    static List<Mention> firstOccurrences(List<Mention> mentions, TextIndex text) {
        java.util.Map<String, Integer> firstAt = new java.util.HashMap<>();
        List<Mention> out = new ArrayList<>();
        // Found once per paper: finding them per mention made a long abstract with many mentions quadratic.
        Set<String> shortForms = new HashSet<>();
        for (Acronyms.Definition d : text.acronyms()) shortForms.add(d.shortForm());
        for (Mention m : mentions) {
            if (!ENTITY_KINDS.contains(m.kind())) {
                out.add(m);
                continue;
            }
            String key = m.kind() + "|" + fold(m.entityName());
            Integer at = firstAt.get(key);
            if (at == null) {
                firstAt.put(key, out.size());
                out.add(m);
            } else if (isDefinedAcronym(m, shortForms) && !isDefinedAcronym(out.get(at), shortForms)) {
                out.set(at, m);
            } else if (m.kind() == MentionKind.METRIC && isPluralOf(out.get(at).text(), m.text())) {
                out.set(at, m);
            } else if (sentenceInitialCapital(out.get(at), text) && !out.get(at).text().equals(m.text())
                    && Character.isLowerCase(m.text().charAt(0)) && out.get(at).text().equalsIgnoreCase(m.text())) {
                out.set(at, m);
            }
        }
        return out;
    }

    /** True for a mention written as the short form of an acronym the abstract defines. */
    private static boolean isDefinedAcronym(Mention m, Set<String> definedShortForms) {
        return m.longForm() != null && m.field() == TextField.ABSTRACT || definedShortForms.contains(m.text());
    }



    /** "accuracies" and "accuracy": the singular names the entity better, wherever it comes. */
    private static boolean isPluralOf(String plural, String singular) {
        String p = org.paperkg.gazetteer.Gazetteer.plural(singular);
        return p != null && p.equalsIgnoreCase(plural);
    }

    private static boolean sentenceInitialCapital(Mention m, TextIndex text) {
        return m.span().start() == m.sentence().start() && Character.isUpperCase(m.text().charAt(0));
    }

    private static String fold(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
