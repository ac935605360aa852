package org.paperkg.extract;

import org.paperkg.model.Mention;
import org.paperkg.model.MentionKind;
import org.paperkg.model.PaperRecord;
import org.paperkg.model.ResultMention;
import org.paperkg.model.Span;
import org.paperkg.model.TextField;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds quantitative results in the abstract, one sentence at a time, and ties each to the metric
 * and dataset mentions of that sentence. Reads the mentions the other extractors found; keeps no
 * state. Rules, tried in this order (a number used by one rule is not used again):
 * <ol>
 *   <li><b>from-to</b> (0.8): "from A to B" — value B, baseline A ("improves pass@1 from 35.5% to 44.5%").</li>
 *   <li><b>achieves</b> (0.75): "achieves|attains|reaches|obtains|scores|yields N" with at most four
 *       words between verb and number ("achieves an accuracy of 91.2%", "reaches 44.5 BLEU").</li>
 *   <li><b>improves by</b> (0.7): "improves|boosts|increases|raises|reduces|cuts|saves|speeds ... by N" (at most eight words
 *       between) — a gain: value N, no baseline.</li>
 *   <li><b>outperforms by</b> (0.7): "outperforms|surpasses|beats ... by N" — a margin.</li>
 *   <li><b>higher than</b> (0.65): N then at most two words then "higher|better|lower|more|fewer|faster"
 *       or "improvement|increase|reduction|gain|boost|enhancement|speedup" ("35% higher",
 *       "a 51% relative increase", "16% more accurate").</li>
 *   <li><b>metric-value</b> (0.7): a number right after a metric ("R@5 to 77.9%", "an accuracy of
 *       91.2%") or at most two words before one ("88.3% zero-shot accuracy").</li>
 * </ol>
 * After rules 2–5 further numbers joined by "and" or commas are results of the same construction
 * ("by up to 3.8% and 4.4%"). A number counts only with a unit ("%", "percent", "points", "pp",
 * "x", "times") or a decimal point or a metric in the same sentence, so years and counts are not
 * results. The unit is "percent" for % and percent, "points" for points, pp and percentage points,
 * "times" for x and times ("10x speedup"), else null.
 * The metric is the metric mention inside the rule's match or nearest the number within 40
 * characters; the dataset is one introduced by "on|in|across|over|for|of" within 50 characters after
 * the number ("... on GSM8K"), else the nearest one before it in the sentence, else the nearest after.
 */
public final class ResultExtractor {
    public static final String NAME = "results";
    // (?<!\d) starts a number only where its digits start and (?!\.?\d) ends it only where they end;
    // the old tail (?![\d.]*\d) meant the same but rescanned the digits, cubic on a long run of them.
    private static final String NUM = "(?<!\\d)(\\d+(?:\\.\\d+)?)(\\s?(?:\\\\?%|percent\\b|percentage points?\\b|points?\\b|pp\\b|pts\\b|[x\u00d7](?![\\p{L}\\p{N}])|\\s?times\\b))?(?!\\.?\\d)";
    /** More numbers in the same construction: "by 3.8% and 4.4%", "by 2%, 1% and 0.1%". */
    private static final Pattern MORE = Pattern.compile("^(?:,\\s*|,?\\s+and\\s+|,?\\s+or\\s+)" + NUM);
    private static final Pattern FROM_TO = Pattern.compile("(?i)\\bfrom\\s+" + NUM + "\\s+to\\s+" + NUM);
    private static final Pattern ACHIEVES = Pattern.compile(
            "(?i)\\b(?:achiev|attain|reach|obtain|scor|yield|record|deliver)\\w*\\s+(?:[^\\s\\d.;,]+\\s+){0,4}?" + NUM);
    private static final Pattern IMPROVES_BY = Pattern.compile(
            "(?i)\\b(?:improv|boost|increas|rais|enhanc|lift|reduc|decreas|cut|lower|sav|accelerat|speed)\\w*\\s+(?:[^\\s.;]+\\s+){0,8}?by\\s+(?:up to\\s+|over\\s+|about\\s+|around\\s+|nearly\\s+|almost\\s+|roughly\\s+|an average of\\s+|on average\\s+|a\\s+)?" + NUM);
    private static final Pattern OUTPERFORMS_BY = Pattern.compile(
            "(?i)\\b(?:outperform|surpass|beat|exceed)\\w*\\s+(?:[^\\s.;]+\\s+){0,10}?by\\s+(?:up to\\s+|over\\s+|about\\s+|around\\s+|nearly\\s+|almost\\s+|roughly\\s+|an average of\\s+|a\\s+)?" + NUM);
    private static final Pattern HIGHER_THAN = Pattern.compile(
            "(?i)" + NUM + "\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:higher|better|lower|more|fewer|faster|improvement|increase|"
                    + "reduction|decrease|gain|gains|boost|enhancement|speed-?ups?)\\b");
    /** A number written right after a metric: "R@5 to 77.9%", "an accuracy of 91.2%", "BLEU score of 33.3". */
    private static final Pattern AFTER_METRIC = Pattern.compile(
            "^\\s*(?:scores?\\s+|rates?\\s+)?(?:of|to|=|:|reaching|at)\\s+(?:up to\\s+|over\\s+|about\\s+|around\\s+|nearly\\s+)?" + NUM);
    /** A number written right before a metric: "88.3% zero-shot accuracy", "44.5 BLEU". */
    private static final Pattern BEFORE_METRIC = Pattern.compile(NUM + "\\s*(?:[\\p{L}-]+\\s+){0,2}$");

    private record Rule(String name, Pattern pattern, double confidence) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule("from-to", FROM_TO, 0.8),
            new Rule("achieves", ACHIEVES, 0.75),
            new Rule("improves-by", IMPROVES_BY, 0.7),
            new Rule("outperforms-by", OUTPERFORMS_BY, 0.7),
            new Rule("higher-than", HIGHER_THAN, 0.65));

    /** The results of one paper, given the mentions the entity extractors found in it. */
    public List<ResultMention> extract(PaperRecord paper, TextIndex text, List<Mention> mentions) {
        String abs = text.text(TextField.ABSTRACT);
        List<ResultMention> out = new ArrayList<>();
        for (Span sentence : text.sentences(TextField.ABSTRACT)) {
            String s = sentence.coveredText(abs);
            List<Mention> metrics = inSentence(mentions, MentionKind.METRIC, sentence);
            List<Mention> datasets = inSentence(mentions, MentionKind.DATASET, sentence);
            List<Span> used = new ArrayList<>();
            for (Rule rule : RULES) {
                Matcher m = rule.pattern().matcher(s);
                while (m.find()) {
                    boolean fromTo = rule.pattern() == FROM_TO;
                    int valueGroup = fromTo ? 3 : 1;
                    Span number = new Span(sentence.start() + m.start(valueGroup), sentence.start() + m.end(valueGroup));
                    if (used.stream().anyMatch(u -> u.overlaps(number))) continue;
                    String unitText = m.group(valueGroup + 1);
                    if (unitText == null && fromTo) unitText = m.group(2);
                    String value = m.group(valueGroup);
                    Mention metric = nearMetric(metrics, number, new Span(sentence.start() + m.start(), sentence.start() + m.end()));
                    if (unitText == null && !value.contains(".") && metric == null) continue;
                    used.add(number);
                    Span span = new Span(sentence.start() + m.start(), sentence.start() + m.end());
                    out.add(result(abs, sentence, number, value, unitText, fromTo ? m.group(1) : null, span, metric,
                            datasets, rule.name(), rule.confidence()));
                    if (fromTo) continue;
                    int end = m.end();
                    Matcher more = MORE.matcher(s).region(end, s.length());
                    while (more.lookingAt()) {
                        Span n2 = new Span(sentence.start() + more.start(1), sentence.start() + more.end(1));
                        String unit2 = more.group(2) != null ? more.group(2) : unitText;
                        used.add(n2);
                        out.add(result(abs, sentence, n2, more.group(1), unit2, null,
                                new Span(span.start(), sentence.start() + more.end()), metric, datasets, rule.name(),
                                rule.confidence()));
                        end = more.end();
                        more = MORE.matcher(s).region(end, s.length());
                    }
                }
            }
            metricAdjacent(abs, sentence, metrics, datasets, used, out);
        }
        out.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return out;
    }

    private static ResultMention result(String abs, Span sentence, Span number, String value, String unitText,
                                        String baseline, Span span, Mention metric, List<Mention> datasets,
                                        String rule, double confidence) {
        Mention dataset = dataset(abs, datasets, number);
        return new ResultMention(metric == null ? null : metric.text(), dataset == null ? null : dataset.text(), value,
                new BigDecimal(value), unit(unitText), baseline, span.coveredText(abs), TextField.ABSTRACT, span,
                sentence, NAME + "/" + rule, confidence);
    }

    /** Numbers written right after or before a metric mention that no other rule used (0.7). */
    private static void metricAdjacent(String abs, Span sentence, List<Mention> metrics, List<Mention> datasets,
                                       List<Span> used, List<ResultMention> out) {
        for (Mention metric : metrics) {
            Matcher after = AFTER_METRIC.matcher(abs).region(metric.span().end(), sentence.end());
            Matcher before = BEFORE_METRIC.matcher(abs).region(Math.max(sentence.start(), metric.span().start() - 40),
                    metric.span().start());
            before.useTransparentBounds(false);
            for (Matcher m : List.of(after, before)) {
                boolean hit = m == after ? m.lookingAt() : m.find();
                if (!hit) continue;
                Span number = new Span(m.start(1), m.end(1));
                if (used.stream().anyMatch(u -> u.overlaps(number))) continue;
                if (m.group(2) == null && !m.group(1).contains(".")) continue;
                used.add(number);
                Span span = m == after ? new Span(metric.span().start(), m.end()) : new Span(m.start(), metric.span().end());
                out.add(result(abs, sentence, number, m.group(1), m.group(2), null, span, metric, datasets,
                        "metric-value", 0.7));
            }
        }
    }

    static String unit(String written) {
        if (written == null) return null;
        String u = written.strip().toLowerCase(Locale.ROOT).replace("\\", "");
        if (u.equals("%") || u.equals("percent")) return "percent";
        if (u.equals("x") || u.equals("\u00d7") || u.equals("times")) return "times";
        return "points";
    }

    private static List<Mention> inSentence(List<Mention> mentions, MentionKind kind, Span sentence) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions)
            if (m.kind() == kind && m.field() == TextField.ABSTRACT && sentence.contains(m.span())) out.add(m);
        return out;
    }

    /** Metrics farther than this from the number (and outside the rule's match) are about something else. */
    private static final int METRIC_WINDOW = 40;
    private static final Pattern DATASET_PREPOSITION = Pattern.compile("(?i)\\b(?:on|in|across|over|for|of)\\s+(?:the\\s+|both\\s+|all\\s+)?$");

    /** The metric inside the rule's match or nearest the number within {@link #METRIC_WINDOW} characters. */
    private static Mention nearMetric(List<Mention> metrics, Span number, Span match) {
        Mention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Mention c : metrics) {
            int d = c.span().start() >= number.end() ? c.span().start() - number.end() : number.start() - c.span().end();
            if (d < 0) continue;
            if (d > METRIC_WINDOW && !match.contains(c.span())) continue;
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best;
    }

    /**
     * The dataset a number is about: one introduced by "on|in|across|over|for|of" within 50
     * characters after it ("... by 2% on ImageNet"), else the nearest one before it in the sentence
     * ("Natural Questions R@5 to 77.9%"), else the nearest one after it.
     */
    private static Mention dataset(String abs, List<Mention> datasets, Span number) {
        Mention best = null;
        for (Mention d : datasets) {
            int gap = d.span().start() - number.end();
            if (gap < 0 || gap > 50) continue;
            if (!DATASET_PREPOSITION.matcher(abs.substring(number.end(), d.span().start())).find()) continue;
            if (best == null || d.span().start() < best.span().start()) best = d;
        }
        if (best != null) return best;
        for (Mention d : datasets)
            if (d.span().end() <= number.start() && (best == null || d.span().end() > best.span().end())) best = d;
        return best != null ? best : nearest(datasets, number, true);
    }

    /** The mention nearest the number; with {@code preferAfter}, the nearest one after it if any. */
    private static Mention nearest(List<Mention> candidates, Span number, boolean preferAfter) {
        Mention best = null;
        int bestDistance = Integer.MAX_VALUE;
        if (preferAfter) {
            for (Mention c : candidates) {
                int d = c.span().start() - number.end();
                if (d >= 0 && d < bestDistance) {
                    best = c;
                    bestDistance = d;
                }
            }
            if (best != null) return best;
        }
        for (Mention c : candidates) {
            int d = c.span().start() >= number.end() ? c.span().start() - number.end() : number.start() - c.span().end();
            if (d >= 0 && d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best;
    }
}
