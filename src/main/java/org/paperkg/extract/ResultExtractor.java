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
 *   <li><b>improves by</b> (0.7): "improves|boosts|increases|raises ... by N" (at most eight words
 *       between) — a gain: value N, no baseline.</li>
 *   <li><b>outperforms by</b> (0.7): "outperforms|surpasses|beats ... by N" — a margin.</li>
 *   <li><b>higher than</b> (0.65): "N higher|better|lower than" or "N improvement".</li>
 * </ol>
 * A number counts only with a unit ("%", "percent", "points", "pp") or a decimal point or a metric
 * in the same sentence, so years and counts are not results; "3x" speed-ups are not results.
 * The unit is "percent" for % and percent, "points" for points, pp and percentage points, else null.
 * The metric is the metric mention nearest the number in the sentence; the dataset is the nearest
 * dataset mention after the number in the sentence ("... on GSM8K"), else the nearest before it.
 */
public final class ResultExtractor {
    public static final String NAME = "results";
    private static final String NUM = "(\\d+(?:\\.\\d+)?)(\\s?(?:%|percent\\b|percentage points?\\b|points?\\b|pp\\b|pts\\b))?(?!\\s?[x\u00d7]\\b)(?![\\d.]*\\d)";
    private static final Pattern FROM_TO = Pattern.compile("(?i)\\bfrom\\s+" + NUM + "\\s+to\\s+" + NUM);
    private static final Pattern ACHIEVES = Pattern.compile(
            "(?i)\\b(?:achiev|attain|reach|obtain|scor|yield|record|deliver)\\w*\\s+(?:[^\\s\\d.;,]+\\s+){0,4}?" + NUM);
    private static final Pattern IMPROVES_BY = Pattern.compile(
            "(?i)\\b(?:improv|boost|increas|rais|enhanc|lift)\\w*\\s+(?:[^\\s.;]+\\s+){0,8}?by\\s+(?:up to\\s+|over\\s+|about\\s+|around\\s+|nearly\\s+|almost\\s+|roughly\\s+|an average of\\s+|on average\\s+|a\\s+)?" + NUM);
    private static final Pattern OUTPERFORMS_BY = Pattern.compile(
            "(?i)\\b(?:outperform|surpass|beat|exceed)\\w*\\s+(?:[^\\s.;]+\\s+){0,10}?by\\s+(?:up to\\s+|over\\s+|about\\s+|around\\s+|nearly\\s+|almost\\s+|roughly\\s+|an average of\\s+|a\\s+)?" + NUM);
    private static final Pattern HIGHER_THAN = Pattern.compile(
            "(?i)" + NUM + "\\s+(?:absolute\\s+|relative\\s+)?(?:higher|better|lower|improvement|gain)");

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
                    Mention metric = nearest(metrics, number, false);
                    if (unitText == null && !value.contains(".") && metric == null) continue;
                    used.add(number);
                    Span span = new Span(sentence.start() + m.start(), sentence.start() + m.end());
                    Mention dataset = nearest(datasets, number, true);
                    out.add(new ResultMention(metric == null ? null : metric.text(),
                            dataset == null ? null : dataset.text(), value, new BigDecimal(value), unit(unitText),
                            fromTo ? m.group(1) : null, span.coveredText(abs), TextField.ABSTRACT, span, sentence,
                            NAME + "/" + rule.name(), rule.confidence()));
                }
            }
        }
        out.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return out;
    }

    static String unit(String written) {
        if (written == null) return null;
        String u = written.strip().toLowerCase(Locale.ROOT);
        return u.equals("%") || u.equals("percent") ? "percent" : "points";
    }

    private static List<Mention> inSentence(List<Mention> mentions, MentionKind kind, Span sentence) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions)
            if (m.kind() == kind && m.field() == TextField.ABSTRACT && sentence.contains(m.span())) out.add(m);
        return out;
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
