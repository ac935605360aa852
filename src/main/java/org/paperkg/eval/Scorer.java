package org.paperkg.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * Scores predicted labels against gold labels, micro-averaged over papers, per field, two ways:
 * <ul>
 *   <li><b>strict</b>: a predicted item matches a gold item when they are equal after folding
 *       (Unicode compatibility, case, accents; every run of punctuation and space becomes one space);</li>
 *   <li><b>lenient</b>: when one folded string contains the other (on word boundaries).</li>
 * </ul>
 * Matching is one-to-one and greedy in gold order: each gold item is matched by at most one
 * prediction and each prediction matches at most one gold item. Results match strictly when the
 * values are equal and the metric and dataset match strictly (both null counts as equal), and
 * leniently when the values are equal.
 */
public final class Scorer {
    /** Counts for one field and one matching mode. */
    public record Score(int matched, int predicted, int gold) {
        public double precision() {
            return predicted == 0 ? (gold == 0 ? 1 : 0) : (double) matched / predicted;
        }

        public double recall() {
            return gold == 0 ? (predicted == 0 ? 1 : 0) : (double) matched / gold;
        }

        public double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Score plus(Score o) {
            return new Score(matched + o.matched, predicted + o.predicted, gold + o.gold);
        }
    }

    /** Strict and lenient scores per field, over the papers scored. */
    public record Report(int papers, int missing, Map<String, Score> strict, Map<String, Score> lenient) {
    }

    public static final String RESULTS = "results";

    private Scorer() {
    }

    /**
     * Scores each gold paper against the prediction with the same title key; a gold paper with no
     * prediction counts as predicting nothing and is counted in {@code missing}.
     */
    public static Report score(List<Labels> gold, Map<String, Labels> predictedByTitleKey, List<String> fields) {
        Map<String, Score> strict = new LinkedHashMap<>(), lenient = new LinkedHashMap<>();
        for (String f : fields) {
            strict.put(f, new Score(0, 0, 0));
            lenient.put(f, new Score(0, 0, 0));
        }
        int missing = 0;
        for (Labels g : gold) {
            Labels p = predictedByTitleKey.get(org.paperkg.vocab.Names.titleKey(g.title()));
            if (p == null) missing++;
            for (String f : fields) {
                if (f.equals(RESULTS)) {
                    List<Labels.Result> pr = p == null ? List.of() : p.results();
                    strict.merge(f, matchResults(g.results(), pr, true), Score::plus);
                    lenient.merge(f, matchResults(g.results(), pr, false), Score::plus);
                } else {
                    List<List<String>> gi = g.fields().getOrDefault(f, List.of());
                    List<List<String>> pi = p == null ? List.of() : p.fields().getOrDefault(f, List.of());
                    strict.merge(f, match(gi, pi, Scorer::strictMatch), Score::plus);
                    lenient.merge(f, match(gi, pi, Scorer::lenientMatch), Score::plus);
                }
            }
        }
        return new Report(gold.size(), missing, strict, lenient);
    }

    static Score match(List<List<String>> gold, List<List<String>> predicted, BiPredicate<String, String> same) {
        boolean[] used = new boolean[predicted.size()];
        int matched = 0;
        for (List<String> g : gold) {
            for (int i = 0; i < predicted.size(); i++) {
                if (used[i] || !anyMatch(g, predicted.get(i), same)) continue;
                used[i] = true;
                matched++;
                break;
            }
        }
        return new Score(matched, predicted.size(), gold.size());
    }

    private static boolean anyMatch(List<String> gold, List<String> predicted, BiPredicate<String, String> same) {
        for (String g : gold) for (String p : predicted) if (same.test(g, p)) return true;
        return false;
    }

    static Score matchResults(List<Labels.Result> gold, List<Labels.Result> predicted, boolean strict) {
        boolean[] used = new boolean[predicted.size()];
        int matched = 0;
        for (Labels.Result g : gold) {
            for (int i = 0; i < predicted.size(); i++) {
                Labels.Result p = predicted.get(i);
                if (used[i] || !sameValue(g.value(), p.value())) continue;
                if (strict && !(nullableStrict(g.metric(), p.metric()) && nullableStrict(g.dataset(), p.dataset())))
                    continue;
                used[i] = true;
                matched++;
                break;
            }
        }
        return new Score(matched, predicted.size(), gold.size());
    }

    private static boolean sameValue(String a, String b) {
        return a != null && b != null && fold(a).equals(fold(b));
    }

    private static boolean nullableStrict(String a, String b) {
        return a == null ? b == null : b != null && strictMatch(a, b);
    }

    public static boolean strictMatch(String gold, String predicted) {
        String g = fold(gold);
        return !g.isEmpty() && g.equals(fold(predicted));
    }

    public static boolean lenientMatch(String gold, String predicted) {
        String g = " " + fold(gold) + " ", p = " " + fold(predicted) + " ";
        return !g.isBlank() && !p.isBlank() && (g.contains(p) || p.contains(g));
    }

    /** Case, accent and punctuation folding: "Pass@1" and "pass @ 1" fold to "pass 1". */
    static String fold(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        t = Normalizer.normalize(t, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return t.replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    /** Every field scored, in report order: the string fields, then results. */
    public static List<String> allFields() {
        List<String> out = new ArrayList<>(Labels.FIELDS);
        out.add(RESULTS);
        return out;
    }
}
