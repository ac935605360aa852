package org.paperkg.extract;

import org.paperkg.model.EntityType;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides what kind of thing a new name is from the nouns around it: "a new dataset, NeIn" is a
 * dataset, "sparsemax, a new activation function" a method, "Energy-Based Transformers" a model.
 * The head noun of a long form (its last word) decides first, because it names the thing itself;
 * otherwise the cue word nearest to the name in the surrounding words does; otherwise METHOD.
 */
public final class TypeCues {
    private static final Map<String, EntityType> CUES = new HashMap<>();

    static {
        cue(EntityType.DATASET, "dataset", "datasets", "corpus", "corpora", "collection", "data set");
        cue(EntityType.BENCHMARK, "benchmark", "benchmarks", "suite", "testbed", "test-bed", "leaderboard", "arena");
        cue(EntityType.METRIC, "metric", "metrics", "measure", "score");
        cue(EntityType.FRAMEWORK, "framework", "frameworks", "system", "systems", "pipeline", "platform", "paradigm",
                "agent", "agents", "engine");
        cue(EntityType.TOOL, "tool", "tools", "toolkit", "library", "package", "software", "interface", "toolbox");
        cue(EntityType.MODEL, "model", "models", "transformer", "transformers", "network", "networks", "llm", "llms",
                "net", "nets", "architecture", "architectures", "encoder", "decoder", "backbone", "autoencoder", "embedder");
        cue(EntityType.METHOD, "method", "methods", "algorithm", "algorithms", "approach", "technique", "loss",
                "objective", "strategy", "optimizer", "mechanism", "procedure", "function", "attack", "regularizer",
                "regularization", "optimization", "search", "learning", "training", "tuning", "sampling", "attention",
                "decoding", "prompting", "distillation", "estimator", "protocol", "scheme",
                // "information bottleneck (IB)", "Variational Information Bottleneck": a training objective.
                "bottleneck");
    }

    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z-]*");

    private TypeCues() {
    }

    private static void cue(EntityType type, String... words) {
        for (String w : words) CUES.put(w, type);
    }

    /**
     * The type a coined name's own ending gives: "...Bench" names a benchmark; "...Net", "...Former",
     * "...LM", "...BERT", "...GPT" name models. Null when the ending says nothing.
     */
    public static EntityType nameSuffix(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith("bench")) return EntityType.BENCHMARK;
        for (String s : new String[]{"net", "former", "lm", "bert", "gpt"}) if (n.endsWith(s) && n.length() > s.length()) return EntityType.MODEL;
        return null;
    }

    /** True for the generic nouns that name a kind of thing ("tool", "dataset"): never a name themselves. */
    public static boolean isCueWord(String word) {
        return CUES.containsKey(word.toLowerCase(Locale.ROOT));
    }

    /** The type named by the last word of {@code longForm}, or null. */
    public static EntityType headNoun(String longForm) {
        if (longForm == null) return null;
        Matcher m = WORD.matcher(longForm);
        String last = null;
        while (m.find()) last = m.group();
        if (last == null) return null;
        String w = last.toLowerCase(Locale.ROOT);
        int hyphen = w.lastIndexOf('-');
        if (hyphen >= 0 && !CUES.containsKey(w)) w = w.substring(hyphen + 1);
        return CUES.get(w);
    }

    /**
     * The type of the cue word nearest to the name in {@code before} (text just before it) and
     * {@code after} (text just after it), looking at most {@code window} words each way; null if none.
     */
    public static EntityType nearest(String before, String after, int window) {
        String[] b = words(before);
        String[] a = words(after);
        for (int d = 0; d < window; d++) {
            if (d < a.length) {
                EntityType t = CUES.get(a[d]);
                if (t != null && !isWeak(a[d])) return t;
            }
            if (d < b.length) {
                EntityType t = CUES.get(b[b.length - 1 - d]);
                if (t != null && !isWeak(b[b.length - 1 - d])) return t;
            }
        }
        return null;
    }

    /** Words that name a type only as a head noun ("contrastive learning"), too vague as a context cue. */
    private static boolean isWeak(String word) {
        return switch (word) {
            case "learning", "training", "tuning", "attention", "search", "optimization", "function", "score",
                 "measure", "collection", "system", "systems", "interface" -> true;
            default -> false;
        };
    }

    public static EntityType decide(String longForm, String before, String after) {
        EntityType head = headNoun(longForm);
        if (head != null) return head;
        EntityType near = nearest(before, after, 6);
        return near != null ? near : EntityType.METHOD;
    }

    private static String[] words(String text) {
        Matcher m = WORD.matcher(text);
        java.util.List<String> out = new java.util.ArrayList<>();
        while (m.find()) out.add(m.group().toLowerCase(Locale.ROOT));
        return out.toArray(String[]::new);
    }
}
