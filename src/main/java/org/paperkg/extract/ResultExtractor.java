package org.paperkg.extract;

import org.paperkg.model.Mention;
import org.paperkg.model.MentionKind;
import org.paperkg.model.PaperRecord;
import org.paperkg.model.ResultMention;
import org.paperkg.model.Span;
import org.paperkg.model.TextField;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds quantitative results in the abstract, one sentence at a time, and ties each to the metric
 * and dataset of that sentence. Reads the mentions the other extractors found; keeps no state.
 * Sentences without a digit are skipped at once. Rules, tried in this order (a number used by one
 * rule is not used again):
 * <ol>
 *   <li><b>from-to</b> (0.8): "from A to B", with up to six words after A ("increases from 1% using
 *       direct requests to 88%") and "the original" before it: value B, baseline A.</li>
 *   <li><b>versus</b> (0.75): "A vs B", "A versus B": value A, baseline B ("85.0 vs 77.3 MAUVE").</li>
 *   <li><b>achieves</b> (0.75): "achieves|attains|reaches|obtains|scores|yields N" with at most four
 *       words between verb and number, none of them "by" ("achieves an accuracy of 91.2%", "reaches
 *       44.5 BLEU"; "the score by 2%" is a gain).</li>
 *   <li><b>improves by</b> (0.7): "improves|boosts|increases|reduces|cuts|speeds ... by N" (at most
 *       eight words between) — a gain: value N, no baseline.</li>
 *   <li><b>outperforms by</b> (0.7): "outperforms|surpasses|beats ... by N" — a margin.</li>
 *   <li><b>higher than</b> (0.65): N then at most two words then "higher|better|lower|more|fewer|faster"
 *       or "improvement|increase|reduction|gain|boost|enhancement|speedup" ("35% higher",
 *       "a 51% relative increase", "16% more accurate"), or "higher (&lt;4%)".</li>
 *   <li><b>down to</b> (0.65): "drops|falls ... (even) down to N".</li>
 *   <li><b>by N</b> (0.6): any further "by N" with a unit in a sentence that compares or improves
 *       ("..., and the most recent state-of-the-art model by 3%").</li>
 *   <li><b>metric-value</b> (0.7): a number right after a metric ("R@5 to 77.9%", "an accuracy of
 *       91.2%", "accuracies upwards of 95%") or at most two words before one ("88.3% zero-shot
 *       accuracy").</li>
 * </ol>
 * After rules 3–8 further numbers joined by "and" or commas are results of the same construction
 * ("by up to 3.8% and 4.4%"). A number counts only with a unit ("%", "percent", "points", "pp",
 * "x", "times") or a decimal point or a metric in the same sentence, so years and counts are not
 * results. A range ("1.5-5.9%") is one result: its value is written as the range and its decimal
 * is the upper bound. The unit is "percent" for % and percent, "points" for points, pp and
 * percentage points, "times" for x and times ("10x speedup"), else null.
 *
 * <p>Metric: the one the construction names, else the one nearest the number within 40 characters:
 * for "improves X by N" the metric between verb and "by" (the last one before "by"), for "N%
 * improvement in X" and "N% higher X" the metric right after, for "from A to B" the last metric
 * within 80 characters before "from" ("the success rate of this attack increases from 1% to 88%"). Dataset: one introduced by "on|in|across|over|for|of" within 50
 * characters after the number ("... on GSM8K"), else the nearest one before it in the sentence, else
 * the nearest after. Datasets and metrics are every occurrence in the sentence of a name found
 * anywhere in the paper. <b>Respectively</b>: when one construction gives n numbers in a sentence
 * that says "respectively" and names exactly n datasets, the i-th number gets the i-th ("by 2.8% and
 * 3.2% respectively on GLUE and SQuAD 2.0"). A compared-from number (a baseline) is never a result
 * of its own.
 */
public final class ResultExtractor {
    public static final String NAME = "results";
    // The lookbehind starts a number only where its digits start and (?!\.?\d) ends it only where they end;
    // a tail of (?![\d.]*\d) meant the same but rescanned the digits, cubic on a long run of them.
    private static final String NUM = "(?<![\\p{L}\\p{N}.]|[\\p{L}\\p{N}]-)(\\d+(?:\\.\\d+)?(?:\\s?[-\u2013]\\s?\\d+(?:\\.\\d+)?)?)"
            + "(\\s?(?:\\\\?%|percent\\b|percentage points?\\b|points?\\b|pp\\b|pts\\b|[x\u00d7](?![\\p{L}\\p{N}])|\\s?times\\b))?"
            + "(?!\\.?\\d)";
    private static final String APPROX = "(?:up to\\s+|over\\s+|about\\s+|around\\s+|nearly\\s+|almost\\s+|roughly\\s+"
            + "|approximately\\s+|an average of\\s+|on average\\s+|a\\s+|an\\s+|an average\\s+|at least\\s+|more than\\s+|\\+)?";
    /** More numbers in the same construction: "by 3.8% and 4.4%", "by 2%, 1% and 0.1%". */
    private static final Pattern MORE = Pattern.compile("^(?:,\\s*|,?\\s+and\\s+|,?\\s+or\\s+)" + NUM);
    private static final Pattern FROM_TO = Pattern.compile("(?i)\\bfrom\\s+(?:the\\s+)?(?:original\\s+|initial\\s+|baseline\\s+)?"
            + NUM + "(?:\\s+[^\\s\\d.;,]+){0,6}?\\s+to\\s+" + APPROX + NUM);
    private static final Pattern VERSUS = Pattern.compile("(?i)" + NUM + "\\s*(?:vs\\.?|versus)\\s*" + NUM);
    private static final Pattern ACHIEVES = Pattern.compile(
            "(?i)\\b(?:achiev|attain|reach|obtain|scor|yield|record|deliver)\\w*\\s+(?:(?!by\\b)[^\\s\\d.;,]+\\s+){0,4}?" + APPROX + NUM);
    private static final Pattern IMPROVES_BY = Pattern.compile(
            "(?i)\\b(?:improv|boost|increas|rais|enhanc|lift|reduc|decreas|cut|lower|sav|accelerat|speed)\\w*\\s+"
                    + "(?:[^\\s.;]+\\s+){0,8}?by\\s+" + APPROX + NUM);
    private static final Pattern OUTPERFORMS_BY = Pattern.compile(
            "(?i)\\b(?:outperform|surpass|beat|exceed)\\w*\\s+(?:[^\\s.;]+\\s+){0,10}?by\\s+" + APPROX + NUM);
    private static final Pattern HIGHER_THAN = Pattern.compile(
            "(?i)" + NUM + "\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:higher|better|lower|more|fewer|faster|improvement|increase|"
                    + "reduction|decrease|gain|gains|boost|enhancement|speed-?ups?|acceleration)\\b"
                    + "|(?:higher|lower|more|fewer|faster|slower)\\s*\\(\\s*[<>~]?\\s*" + NUM + "\\s*\\)");
    private static final Pattern DOWN_TO = Pattern.compile("(?i)\\b(?:down|drops?|falls?|decreases?)\\s+to\\s+" + APPROX + NUM);
    private static final Pattern BY_NUM = Pattern.compile("(?i)\\bby\\s+" + APPROX + NUM);
    /** A sentence where a bare "by N" reports a change. */
    private static final Pattern COMPARING = Pattern.compile("(?i)\\b(?:improv|outperform|surpass|beat|exceed|reduc|increas"
            + "|boost|gain|lower|higher|better)");
    /** A number written right after a metric: "R@5 to 77.9%", "an accuracy of 91.2%", "BLEU score of 33.3". */
    private static final Pattern AFTER_METRIC = Pattern.compile(
            "^\\s*(?:scores?\\s+|rates?\\s+)?(?:of|to|=|:|reaching|at|upwards of|above|below|over|exceeding)\\s+"
                    + "(?:up to\\s+|over\\s+|about\\s+|around\\s+|nearly\\s+|more than\\s+|less than\\s+)?" + NUM);
    /** A number written right before a metric: "88.3% zero-shot accuracy", "44.5 BLEU". */
    private static final Pattern BEFORE_METRIC = Pattern.compile(NUM + "\\s*(?:[\\p{L}-]+\\s+){0,2}$");
    private static final Pattern PLAIN_NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
    private static final Pattern RESPECTIVELY = Pattern.compile("(?i)\\brespectively\\b");

    /** Where a rule's construction names its metric, relative to the match. */
    private enum MetricAt { NEAREST, BEFORE_BY, AFTER_MATCH, BEFORE_MATCH }

    private record Rule(String name, Pattern pattern, double confidence, MetricAt metricAt) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule("from-to", FROM_TO, 0.8, MetricAt.BEFORE_MATCH),
            new Rule("versus", VERSUS, 0.75, MetricAt.AFTER_MATCH),
            new Rule("achieves", ACHIEVES, 0.75, MetricAt.NEAREST),
            new Rule("improves-by", IMPROVES_BY, 0.7, MetricAt.BEFORE_BY),
            new Rule("outperforms-by", OUTPERFORMS_BY, 0.7, MetricAt.NEAREST),
            new Rule("higher-than", HIGHER_THAN, 0.65, MetricAt.AFTER_MATCH),
            new Rule("down-to", DOWN_TO, 0.65, MetricAt.NEAREST),
            new Rule("by", BY_NUM, 0.6, MetricAt.BEFORE_BY));
    /** Where each rule's matches can start ({@link Cue}): every rule's pattern needs one. */
    private static final Map<Pattern, Cue> CUES = Map.of(
            FROM_TO, Cue.atWordStart(FROM_TO, "from"),
            VERSUS, Cue.atWordStart(VERSUS, Cue.digitsAnd()),
            ACHIEVES, Cue.atWordStart(ACHIEVES, "achiev", "attain", "reach", "obtain", "scor", "yield", "record", "deliver"),
            IMPROVES_BY, Cue.atWordStart(IMPROVES_BY, "improv", "boost", "increas", "rais", "enhanc", "lift", "reduc", "decreas",
                    "cut", "lower", "sav", "accelerat", "speed"),
            OUTPERFORMS_BY, Cue.atWordStart(OUTPERFORMS_BY, "outperform", "surpass", "beat", "exceed"),
            HIGHER_THAN, Cue.startingWith(HIGHER_THAN, Cue.digitsAnd("higher", "lower", "more", "fewer", "faster", "slower")),
            DOWN_TO, Cue.atWordStart(DOWN_TO, "down", "drop", "fall", "decrease"),
            BY_NUM, Cue.atWordStart(BY_NUM, "by"));
    private static final Cue COMPARING_CUE = Cue.atWordStart(COMPARING, "improv", "outperform", "surpass", "beat", "exceed",
            "reduc", "increas", "boost", "gain", "lower", "higher", "better");
    private static final Cue RESPECTIVELY_CUE = Cue.containing(RESPECTIVELY, "respectively");

    /** One result being built: the construction it came from, for "respectively". */
    private record Found(ResultMention result, int construction, Span number) {
    }

    /** The results of one paper, given the mentions the entity extractors found in it. */
    public List<ResultMention> extract(PaperRecord paper, TextIndex text, List<Mention> mentions) {
        String abs = text.text(TextField.ABSTRACT);
        List<Span> allMetrics = occurrences(abs, mentions, MentionKind.METRIC);
        List<Span> allDatasets = occurrences(abs, mentions, MentionKind.DATASET);
        List<ResultMention> out = new ArrayList<>();
        for (Span sentence : text.sentences(TextField.ABSTRACT)) {
            String s = sentence.coveredText(abs);
            if (!hasDigit(s)) continue;   // every rule needs a number: most sentences are skipped here
            Cue.Text cues = text.cueText(TextField.ABSTRACT).slice(sentence.start(), sentence.end());
            List<Span> metrics = inside(allMetrics, sentence);
            List<Span> datasets = inside(allDatasets, sentence);
            List<Span> used = new ArrayList<>();
            List<Found> found = new ArrayList<>();
            for (Rule rule : RULES) {
                if (rule.pattern() == BY_NUM && !(COMPARING_CUE.in(cues) && COMPARING.matcher(s).find())) continue;
                Cue cue = CUES.get(rule.pattern());
                if (cue == null) throw new IllegalStateException("result rule " + rule.name() + " needs a Cue in ResultExtractor.CUES");
                Cue.Scan scan = cue.scan(cues);
                Matcher m = scan.matcher();
                while (scan.find()) {
                    int valueGroup = valueGroup(rule, m);
                    if (valueGroup < 0) continue;
                    Span number = new Span(sentence.start() + m.start(valueGroup), sentence.start() + m.end(valueGroup));
                    if (used.stream().anyMatch(u -> u.overlaps(number))) continue;
                    String value = m.group(valueGroup);
                    String unitText = m.group(valueGroup + 1);
                    String baseline = null;
                    if (rule.pattern() == FROM_TO) {
                        baseline = m.group(1);
                        if (unitText == null) unitText = m.group(2);
                    } else if (rule.pattern() == VERSUS) {
                        baseline = m.group(3);
                        if (unitText == null) unitText = m.group(4);
                    }
                    Span match = new Span(sentence.start() + m.start(), sentence.start() + m.end());
                    if (baseline != null && !PLAIN_NUMBER.matcher(baseline).matches()) baseline = null;   // a range is no baseline
                    if (baseline != null) {   // the compared-from number is not a result of its own
                        int bg = rule.pattern() == FROM_TO ? 1 : 3;
                        used.add(new Span(sentence.start() + m.start(bg), sentence.start() + m.end(bg)));
                    }
                    Span metric = metricFor(rule, abs, metrics, number, match, sentence);
                    if (unitText == null && !value.contains(".") && metric == null) continue;
                    used.add(number);
                    int construction = match.start();
                    found.add(new Found(result(abs, sentence, number, value, unitText, baseline, match, metric, datasets,
                            rule.name(), rule.confidence()), construction, number));
                    if (rule.pattern() == FROM_TO || rule.pattern() == VERSUS) continue;
                    int end = m.end();
                    Matcher more = MORE.matcher(s).region(end, s.length());
                    while (more.lookingAt()) {
                        Span n2 = new Span(sentence.start() + more.start(1), sentence.start() + more.end(1));
                        String unit2 = more.group(2) != null ? more.group(2) : unitText;
                        used.add(n2);
                        found.add(new Found(result(abs, sentence, n2, more.group(1), unit2, null,
                                new Span(match.start(), sentence.start() + more.end()), metric, datasets, rule.name(),
                                rule.confidence()), construction, n2));
                        end = more.end();
                        more = MORE.matcher(s).region(end, s.length());
                    }
                }
            }
            metricAdjacent(abs, sentence, metrics, datasets, used, found);
            if (RESPECTIVELY_CUE.in(cues) && RESPECTIVELY.matcher(s).find()) respectively(abs, found, datasets);
            for (Found f : found) out.add(f.result());
        }
        out.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return out;
    }

    /** The group of the reported value: B in "from A to B", A in "A vs B", else the first number. */
    private static int valueGroup(Rule rule, Matcher m) {
        if (rule.pattern() == FROM_TO) return 3;
        if (rule.pattern() == HIGHER_THAN) return m.group(1) != null ? 1 : 3;
        return 1;
    }

    /**
     * "by 2.8% and 3.2% respectively on GLUE and SQuAD 2.0": when one construction gave as many
     * numbers as the sentence names datasets (or metrics), they pair in order.
     */
    private static void respectively(String abs, List<Found> found, List<Span> datasets) {
        java.util.Map<Integer, List<Integer>> byConstruction = new java.util.LinkedHashMap<>();
        for (int i = 0; i < found.size(); i++)
            byConstruction.computeIfAbsent(found.get(i).construction(), k -> new ArrayList<>()).add(i);
        List<String> datasetNames = distinct(abs, datasets);
        for (List<Integer> group : byConstruction.values()) {
            if (group.size() < 2) continue;
            // "respectively" pairs numbers with the datasets named; with metrics it rarely does.
            if (datasetNames.size() != group.size()) continue;
            group.sort((a, b) -> Integer.compare(found.get(a).number().start(), found.get(b).number().start()));
            for (int k = 0; k < group.size(); k++) {
                ResultMention r = found.get(group.get(k)).result();
                ResultMention paired = new ResultMention(r.metric(), datasetNames.get(k), r.value(), r.numericValue(), r.unit(),
                        r.baselineValue(), r.text(), r.field(), r.span(), r.sentence(), r.extractor() + "+respectively",
                        r.confidence());
                found.set(group.get(k), new Found(paired, found.get(group.get(k)).construction(), found.get(group.get(k)).number()));
            }
        }
    }

    private static List<String> distinct(String abs, List<Span> spans) {
        Set<String> names = new LinkedHashSet<>();
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort((a, b) -> Integer.compare(a.start(), b.start()));
        for (Span s : sorted) names.add(s.coveredText(abs));
        return new ArrayList<>(names);
    }

    private static ResultMention result(String abs, Span sentence, Span number, String value, String unitText,
                                        String baseline, Span span, Span metric, List<Span> datasets,
                                        String rule, double confidence) {
        Span dataset = dataset(abs, datasets, number);
        return new ResultMention(metric == null ? null : metric.coveredText(abs),
                dataset == null ? null : dataset.coveredText(abs), value, decimal(value), unit(unitText), baseline,
                span.coveredText(abs), TextField.ABSTRACT, span, sentence, NAME + "/" + rule, confidence);
    }

    /** The decimal of a value as written; a range ("1.5-5.9") gives its upper bound. */
    static BigDecimal decimal(String value) {
        String v = value.replace('\u2013', '-');
        int dash = v.indexOf('-');
        return new BigDecimal((dash > 0 ? v.substring(dash + 1) : v).strip());
    }

    /** Numbers written right after or before a metric mention that no other rule used (0.7). */
    private static void metricAdjacent(String abs, Span sentence, List<Span> metrics, List<Span> datasets,
                                       List<Span> used, List<Found> found) {
        for (Span metric : metrics) {
            Matcher after = AFTER_METRIC.matcher(abs).region(metric.end(), sentence.end());
            Matcher before = BEFORE_METRIC.matcher(abs).region(Math.max(sentence.start(), metric.start() - 40), metric.start());
            before.useTransparentBounds(false);
            for (Matcher m : List.of(after, before)) {
                boolean hit = m == after ? m.lookingAt() : m.find();
                if (!hit) continue;
                Span number = new Span(m.start(1), m.end(1));
                if (used.stream().anyMatch(u -> u.overlaps(number))) continue;
                if (m.group(2) == null && !m.group(1).contains(".")) continue;
                used.add(number);
                Span span = m == after ? new Span(metric.start(), m.end()) : new Span(m.start(), metric.end());
                found.add(new Found(result(abs, sentence, number, m.group(1), m.group(2), null, span, metric, datasets,
                        "metric-value", 0.7), span.start(), number));
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

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isDigit(s.charAt(i))) return true;
        return false;
    }

    /**
     * Every occurrence in the abstract of the names of the paper's mentions of one kind, on word
     * boundaries: a dataset named in one sentence is found in every other sentence that writes it.
     */
    private static List<Span> occurrences(String abs, List<Mention> mentions, MentionKind kind) {
        Set<String> names = new LinkedHashSet<>();
        List<Span> out = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.kind() != kind) continue;
            names.add(m.text());
            if (m.field() == TextField.ABSTRACT) out.add(m.span());
        }
        for (String name : names) {
            int from = 0;
            while (true) {
                int i = abs.indexOf(name, from);
                if (i < 0) break;
                int e = i + name.length();
                boolean bounded = (i == 0 || !Character.isLetterOrDigit(abs.charAt(i - 1)))
                        && (e >= abs.length() || !Character.isLetterOrDigit(abs.charAt(e)));
                Span span = new Span(i, e);
                if (bounded && out.stream().noneMatch(o -> o.overlaps(span))) out.add(span);
                from = i + 1;
            }
        }
        return out;
    }

    private static List<Span> inside(List<Span> spans, Span sentence) {
        List<Span> out = new ArrayList<>();
        for (Span s : spans) if (sentence.contains(s)) out.add(s);
        return out;
    }

    /** Metrics farther than this from the number (and outside the rule's match) are about something else. */
    private static final int METRIC_WINDOW = 40;
    private static final Pattern DATASET_PREPOSITION = Pattern.compile("(?i)\\b(?:on|in|across|over|for|of)\\s+(?:the\\s+|both\\s+|all\\s+)?$");

    /** The metric the rule's construction names, else the nearest within {@link #METRIC_WINDOW}. */
    private static Span metricFor(Rule rule, String abs, List<Span> metrics, Span number, Span match, Span sentence) {
        Span named = switch (rule.metricAt()) {
            case BEFORE_BY -> lastBefore(metrics, match.start(), number.start());
            case AFTER_MATCH -> firstWithin(metrics, match.end(), Math.min(sentence.end(), match.end() + 30));
            case BEFORE_MATCH -> lastBefore(metrics, Math.max(sentence.start(), match.start() - 80), match.start());
            case NEAREST -> null;
        };
        if (named != null) return named;
        Span inMatch = lastBefore(metrics, match.start(), number.start());
        return inMatch != null ? inMatch : nearMetric(metrics, number, match);
    }

    /** The last metric wholly inside [from, to). */
    private static Span lastBefore(List<Span> metrics, int from, int to) {
        Span best = null;
        for (Span m : metrics) if (m.start() >= from && m.end() <= to && (best == null || m.start() > best.start())) best = m;
        return best;
    }

    /** The first metric starting inside [from, to). */
    private static Span firstWithin(List<Span> metrics, int from, int to) {
        Span best = null;
        for (Span m : metrics) if (m.start() >= from && m.start() < to && (best == null || m.start() < best.start())) best = m;
        return best;
    }

    /** The metric inside the rule's match or nearest the number within {@link #METRIC_WINDOW} characters. */
    private static Span nearMetric(List<Span> metrics, Span number, Span match) {
        Span best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Span c : metrics) {
            int d = c.start() >= number.end() ? c.start() - number.end() : number.start() - c.end();
            if (d < 0) continue;
            if (d > METRIC_WINDOW && !match.contains(c)) continue;
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
    private static Span dataset(String abs, List<Span> datasets, Span number) {
        Span best = null;
        for (Span d : datasets) {
            int gap = d.start() - number.end();
            if (gap < 0 || gap > 50) continue;
            if (!DATASET_PREPOSITION.matcher(abs.substring(number.end(), d.start())).find()) continue;
            if (best == null || d.start() < best.start()) best = d;
        }
        if (best != null) return best;
        for (Span d : datasets)
            if (d.end() <= number.start() && (best == null || d.end() > best.end())) best = d;
        if (best != null) return best;
        for (Span d : datasets)
            if (d.start() >= number.end() && (best == null || d.start() < best.start())) best = d;
        return best;
    }
}
