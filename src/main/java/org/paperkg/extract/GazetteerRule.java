package org.paperkg.extract;

import org.paperkg.gazetteer.Gazetteer;
import org.paperkg.model.EntityType;
import org.paperkg.model.Mention;
import org.paperkg.model.MentionKind;
import org.paperkg.model.Span;
import org.paperkg.model.TextField;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The rule the gazetteer extractors share: every gazetteer name in the title and abstract whose
 * decided type the extractor wants becomes a mention, named by the gazetteer's canonical name.
 *
 * <p>Type decision: a gazetteer type gives way to the noun written right after the name. A name
 * listed as a method but followed by "dataset", "benchmark", "corpus" ... is a dataset there ("the
 * Transformer dataset" is rare; "the WikiText dataset" for a name a list files as a model is not);
 * a name listed as a dataset but followed by "model", "network", "architecture" is a model there.
 * Only case-exact entries (proper names) switch type; a common noun phrase such as "fine-tuning"
 * in "fine-tuning datasets" keeps its listed type.
 * Confidence: 0.9 for a case-exact entry, 0.8 for a case-insensitive one.
 */
final class GazetteerRule {
    private static final Set<String> DATASET_NOUNS = Set.of("dataset", "datasets", "benchmark", "benchmarks",
            "corpus", "corpora", "suite", "leaderboard");
    private static final Set<String> MODEL_NOUNS = Set.of("model", "models", "network", "networks", "architecture",
            "architectures", "checkpoint", "checkpoints", "backbone", "backbones", "encoder", "encoders");

    private GazetteerRule() {
    }

    static List<Mention> find(Gazetteer gazetteer, TextIndex text, MentionKind kind, Predicate<EntityType> wanted,
                              String extractor) {
        List<Mention> out = new ArrayList<>();
        for (TextField field : TextField.values()) {
            String t = text.text(field);
            for (Gazetteer.Match m : text.gazetteerMatches(gazetteer, field)) {
                // Only proper names switch type with the next noun: "the fine-tuning datasets" are not a dataset.
                EntityType type = m.entry().exactCase() ? decide(m.entry().type(), t, m.span()) : m.entry().type();
                if (!wanted.test(type)) continue;
                double confidence = m.entry().exactCase() ? 0.9 : 0.8;
                out.add(new Mention(kind, m.text(), null, type, field, m.span(), text.sentenceAt(field, m.span().start()),
                        extractor + "/gazetteer", confidence, m.entry().name(),
                        type == EntityType.METRIC ? m.entry().higherIsBetter() : null));
            }
        }
        return out;
    }

    /** The gazetteer type, unless the next word names another kind of thing. */
    static EntityType decide(EntityType listed, String text, Span span) {
        String next = nextWord(text, span.end());
        if (DATASET_NOUNS.contains(next) && !listed.isDatasetLike() && listed != EntityType.TASK
                && listed != EntityType.METRIC) return EntityType.DATASET;
        if (MODEL_NOUNS.contains(next) && listed.isDatasetLike()) return EntityType.MODEL;
        return listed;
    }

    /** The lower-cased word after {@code offset}, skipping spaces; empty when a non-letter comes first. */
    static String nextWord(String text, int offset) {
        int i = offset;
        while (i < text.length() && text.charAt(i) == ' ') i++;
        int s = i;
        while (i < text.length() && Character.isLetter(text.charAt(i))) i++;
        return text.substring(s, i).toLowerCase(Locale.ROOT);
    }

    static boolean isMethodLike(EntityType t) {
        return t == EntityType.METHOD || t == EntityType.MODEL || t == EntityType.FRAMEWORK || t == EntityType.TOOL;
    }
}
