package org.paperkg.extract;

import org.paperkg.gazetteer.Gazetteer;
import org.paperkg.model.Mention;
import org.paperkg.model.MentionKind;
import org.paperkg.model.PaperExtraction;
import org.paperkg.model.PaperRecord;
import org.paperkg.model.ResultMention;

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
 *   <li>Results are found from the remaining mentions (all occurrences), then every entity is
 *       kept once per kind, at its first occurrence (title before abstract), keyed by its
 *       case-folded entity name.</li>
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
        return new PaperExtraction(paper, firstOccurrences(resolved), found);
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

    static List<Mention> firstOccurrences(List<Mention> mentions) {
        Set<String> seen = new HashSet<>();
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            if (ENTITY_KINDS.contains(m.kind()) && !seen.add(m.kind() + "|" + fold(m.entityName()))) continue;
            out.add(m);
        }
        return out;
    }

    private static String fold(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
