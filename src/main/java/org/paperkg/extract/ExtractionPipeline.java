package org.paperkg.extract;

import org.paperkg.gazetteer.Gazetteer;
import org.paperkg.model.Mention;
import org.paperkg.model.MentionKind;
import org.paperkg.model.PaperExtraction;
import org.paperkg.model.PaperRecord;
import org.paperkg.model.ResultMention;
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
        return new ExtractionPipeline(List.of(new LinkExtractor(), new ProposedNameExtractor(),
                new MethodExtractor(g), new DatasetExtractor(g), new TaskExtractor(g), new MetricExtractor(g)));
    }

    public List<Extractor> extractors() {
        return extractors;
    }

    public PaperExtraction extract(PaperRecord paper) {
        TextIndex text = new TextIndex(paper);
        List<Mention> mentions = new ArrayList<>();
        for (Extractor e : extractors) mentions.addAll(e.extract(paper, text));
        List<Mention> resolved = dropProposed(resolveOverlaps(mentions));
        List<ResultMention> found = results == null ? List.of() : results.extract(paper, text, resolved);
        return new PaperExtraction(paper, firstOccurrences(preferAcronyms(resolved, text), text), found);
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

    static List<Mention> dropProposed(List<Mention> mentions) {
        Set<String> proposed = new HashSet<>();
        for (Mention m : mentions) if (m.kind() == MentionKind.PROPOSED) proposed.add(fold(m.text()));
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            boolean used = m.kind() == MentionKind.METHOD_USED || m.kind() == MentionKind.DATASET;
            if (used && (proposed.contains(fold(m.text())) || proposed.contains(fold(m.entityName())))) continue;
            out.add(m);
        }
        return out;
    }

    static List<Mention> preferAcronyms(List<Mention> mentions, TextIndex text) {
        List<Acronyms.Definition> defs = Acronyms.find(text.text(TextField.ABSTRACT));
        if (defs.isEmpty()) return mentions;
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            Mention replaced = m;
            if (ENTITY_KINDS.contains(m.kind()) && m.field() == TextField.ABSTRACT) {
                for (Acronyms.Definition d : defs) {
                    if (d.longSpan().end() == m.span().end() && d.longForm().equalsIgnoreCase(m.text())) {
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
        for (Acronyms.Definition d : Acronyms.find(text.text(TextField.ABSTRACT))) shortForms.add(d.shortForm());
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

    private static boolean sentenceInitialCapital(Mention m, TextIndex text) {
        return m.span().start() == m.sentence().start() && Character.isUpperCase(m.text().charAt(0));
    }

    private static String fold(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
