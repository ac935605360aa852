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
import java.util.regex.Pattern;

/**
 * The rule the gazetteer extractors share: every gazetteer name in the title and abstract whose
 * decided type the extractor wants becomes a mention, named by the gazetteer's canonical name.
 *
 * <p>Type decision: a gazetteer type gives way to the noun written right after the name. A name
 * listed as a method but followed by "dataset", "benchmark", "corpus" ... is a dataset there ("the
 * Transformer dataset" is rare; "the WikiText dataset" for a name a list files as a model is not);
 * a name listed as a dataset but followed by "model", "network", "architecture" is a model there.
 * Only case-exact entries (proper names) switch to a dataset or model; a common noun phrase such as
 * "fine-tuning" in "fine-tuning datasets" keeps its listed type, and only names listed as models
 * become datasets ("the Alpaca dataset"): a technique followed by "benchmark" ("an RLHF benchmark")
 * names what the benchmark is for. A method followed by "problem(s)" or "task(s)", or by "as a
 * (...) problem", is the task there ("linear regression problems"), and a metric followed by "loss", "objective" or "criteria"
 * is the objective, a method ("cross entropy (CE) criteria").
 *
 * <p>Written form: a method or model written with a generic head noun that the list gives as an
 * alias ("Transformer architecture", "Transformer models") is reported as the name alone
 * ("Transformer"), as papers and the gold guide name it; "network(s)" written right after a
 * method or model name is part of its name ("long short-term memory networks", "Memory Networks").
 * A name right after "non-" is not that thing ("non-linear regression" is not linear regression).
 * Confidence: 0.9 for a case-exact entry, 0.8 for a case-insensitive one.
 */
final class GazetteerRule {
    private static final Set<String> DATASET_NOUNS = Set.of("dataset", "datasets", "benchmark", "benchmarks",
            "corpus", "corpora", "suite", "leaderboard");
    private static final Set<String> MODEL_NOUNS = Set.of("model", "models", "network", "networks", "architecture",
            "architectures", "checkpoint", "checkpoints", "backbone", "backbones", "encoder", "encoders");
    private static final Set<String> TASK_NOUNS = Set.of("problem", "problems", "task", "tasks");
    /** "linear regression as a prototypical problem". */
    private static final Pattern AS_A_PROBLEM = Pattern.compile(
            "\\s+as\\s+an?\\s+(?:[a-z\\-]+\\s+)?(?:problem|task)\\b");
    /** After a metric name these make it the name of a training objective: "cross entropy (CE) criteria". */
    private static final Set<String> OBJECTIVE_NOUNS = Set.of("loss", "losses", "objective", "objectives", "criterion",
            "criteria", "regularizer", "regularization");
    /** Listed metrics that are also the losses models are trained with. */
    private static final Set<String> TRAINING_LOSSES = Set.of("cross-entropy", "negative log-likelihood", "log loss",
            "MSE", "hinge loss");
    /**
     * A training verb, then within the clause "with", "using", "via" or "such as" (or "minimizing" right
     * before): "fine-tune the models with cross-entropy", "minimizing a proxy loss such as the
     * negative log likelihood".
     */
    private static final Pattern TRAINED_WITH = Pattern.compile(
            "(?i)(?:\\b(?:train|fine-?tun|optimi[sz]|minimi[sz]|learn)\\w*\\b[^.;:]{0,50}?\\b(?:with|using|via|such as)"
                    + "|\\bminimi[sz](?:e|es|ed|ing))\\s+(?:(?:the|a|an|standard|vanilla|plain|conventional|usual)\\s+)*$");

    /**
     * True when a loss-like metric is written as what a model is trained with, not as a measured result:
     * "fine-tune the encoder with cross-entropy" names the objective (a method, as the gold guide's
     * §5.32 lists "the mean squared error loss function"); "validation cross-entropy" stays a metric.
     * Only the 80 characters before the name, back to a sentence end, are read.
     */
    static boolean trainedWith(String text, int start) {
        int from = Math.max(0, start - 80);
        int stop = text.lastIndexOf(". ", start);
        if (stop >= from) from = stop + 1;
        return TRAINED_WITH.matcher(text).region(from, start).find();
    }

    /** Generic head nouns a method or model alias may carry; the name is reported without them. */
    private static final Set<String> GENERIC_HEADS = Set.of("model", "models", "architecture", "architectures",
            "algorithm", "algorithms", "method", "methods", "framework", "approach");

    private GazetteerRule() {
    }

    static List<Mention> find(Gazetteer gazetteer, TextIndex text, MentionKind kind, Predicate<EntityType> wanted,
                              String extractor) {
        List<Mention> out = new ArrayList<>();
        for (TextField field : TextField.values()) {
            String t = text.text(field);
            for (Gazetteer.Match m : text.gazetteerMatches(gazetteer, field)) {
                if (afterNon(t, m.span().start())) continue;
                EntityType type = decide(m.entry(), t, m.span());
                if (!wanted.test(type)) continue;
                double confidence = m.entry().exactCase() ? 0.9 : 0.8;
                Span span = isMethodLike(type) ? methodSpan(m, t) : m.span();
                // A variant ("Llama-3 8B") is a model of its own: named as written, not by the entry.
                out.add(new Mention(kind, span.coveredText(t), null, type, field, span, text.sentenceAt(field, span.start()),
                        extractor + (m.variant() ? "/gazetteer-variant" : "/gazetteer"), confidence,
                        m.variant() ? null : m.entry().name(),
                        type == EntityType.METRIC ? m.entry().higherIsBetter() : null));
            }
        }
        return out;
    }

    /** The gazetteer type, unless the next word names another kind of thing. */
    static EntityType decide(org.paperkg.gazetteer.GazetteerEntry entry, String text, Span span) {
        EntityType listed = entry.type();
        String next = nextWord(text, span.end());
        if (listed == EntityType.METHOD && (TASK_NOUNS.contains(next) || AS_A_PROBLEM.matcher(text).region(span.end(),
                Math.min(text.length(), span.end() + 40)).lookingAt())) return EntityType.TASK;
        if (OBJECTIVE_NOUNS.contains(next) && listed == EntityType.METRIC) return EntityType.METHOD;
        if (listed == EntityType.METRIC && TRAINING_LOSSES.contains(entry.name()) && trainedWith(text, span.start()))
            return EntityType.METHOD;
        if (!entry.exactCase()) return listed;
        if (DATASET_NOUNS.contains(next) && listed == EntityType.MODEL) return EntityType.DATASET;
        if (MODEL_NOUNS.contains(next) && listed.isDatasetLike()) return EntityType.MODEL;
        return listed;
    }

    /** True when the name is written right after "non-": "non-linear regression" is not linear regression. */
    static boolean afterNon(String text, int start) {
        return start >= 4 && text.charAt(start - 1) == '-' && text.regionMatches(true, start - 4, "non", 0, 3)
                && (start == 4 || !Character.isLetterOrDigit(text.charAt(start - 5)));
    }

    /**
     * The span a method or model name is reported with: without a generic head noun its alias
     * carries when the rest is the name itself ("Transformer architecture" gives "Transformer";
     * "reward models" stays), and with "network(s)" written
     * right after it ("Memory Networks").
     */
    static Span methodSpan(Gazetteer.Match m, String text) {
        Span span = m.span();
        String written = m.text();
        int space = written.lastIndexOf(' ');
        if (space > 0 && GENERIC_HEADS.contains(written.substring(space + 1).toLowerCase(Locale.ROOT))
                && written.substring(0, space).strip().equalsIgnoreCase(m.entry().name())) {
            int end = span.start() + space;
            while (end > span.start() && text.charAt(end - 1) == ' ') end--;
            return new Span(span.start(), end);
        }
        String next = nextWord(text, span.end());
        if ((next.equals("network") || next.equals("networks")) && span.end() < text.length() && text.charAt(span.end()) == ' ')
            return new Span(span.start(), span.end() + 1 + next.length());
        return span;
    }

    /**
     * The lower-cased word after {@code offset}, skipping spaces and an acronym in parentheses
     * ("cross entropy (CE) criteria" gives "criteria", also when quoted: "(\"ELBo\") objective");
     * empty when a non-letter comes first.
     */
    static String nextWord(String text, int offset) {
        int i = offset;
        while (i < text.length() && text.charAt(i) == ' ') i++;
        if (i < text.length() && text.charAt(i) == '(') {
            int close = text.indexOf(')', i);
            // A quoted acronym counts too: "evidence lower bound ("ELBo") objective".
            if (close > i && close - i <= 14 && text.substring(i + 1, close).chars()
                    .allMatch(c -> Character.isLetterOrDigit(c) || QUOTES.indexOf(c) >= 0)) {
                i = close + 1;
                while (i < text.length() && text.charAt(i) == ' ') i++;
            }
        }
        int s = i;
        while (i < text.length() && Character.isLetter(text.charAt(i))) i++;
        return text.substring(s, i).toLowerCase(Locale.ROOT);
    }

    private static final String QUOTES = "\"'\u201C\u201D\u2018\u2019";

    static boolean isMethodLike(EntityType t) {
        return t == EntityType.METHOD || t == EntityType.MODEL || t == EntityType.FRAMEWORK || t == EntityType.TOOL;
    }
}
