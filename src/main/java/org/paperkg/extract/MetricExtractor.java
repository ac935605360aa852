package org.paperkg.extract;

import org.paperkg.gazetteer.Gazetteer;
import org.paperkg.gazetteer.GazetteerEntry;
import org.paperkg.model.EntityType;
import org.paperkg.model.Mention;
import org.paperkg.model.MentionKind;
import org.paperkg.model.PaperRecord;
import org.paperkg.model.Span;
import org.paperkg.model.TextField;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the evaluation metrics a paper reports (METRIC). Rules:
 * <ol>
 *   <li><b>Gazetteer</b> (0.9 case-exact, 0.8 any case): names from {@code metrics.tsv}; the entry's
 *       direction says whether higher is better. An alias that contains the canonical name
 *       ("test accuracy", "F1 score") is reported as the canonical words it contains, unless a
 *       qualifier that changes what is measured comes with it: "adversarial", "robust", "certified",
 *       "clean", "validation" or "training" stay ("adversarial test accuracy", "validation
 *       cross-entropy"). A metric counts only in a sentence that measures (a number, or a word of
 *       comparison or evaluation: "improves", "outperforms", "higher", "evaluate") and only where
 *       it names a quantity:
 *       <ul>
 *         <li>not as part of a compound modifier ("accuracy-efficiency trade-off", "low-precision
 *             training", "inference-time computation") or after "at" ("at inference time");</li>
 *         <li>not when another metric comes right before it ("pass@1 accuracy" is pass@1);</li>
 *         <li>cost measures (parameters, FLOPs, training or inference time, memory, latency,
 *             throughput, model size, energy) only with a number within 60 characters: "a comparable
 *             number of parameters" reports no cost.</li>
 *       </ul>
 *       A metric followed by "loss", "objective" or "criterion" is a method there
 *       ({@link GazetteerRule#decide}), and one followed by "training" names a training procedure
 *       ("minimum word error rate training"), not a reported metric.</li>
 *   <li><b>At-k metrics</b> (0.85): "pass@k", "Recall@10", "Hits@1", "NDCG@10", "MRR@5", "Acc@1",
 *       "Top@5", "P@1", "mAP@50", "HR@10", "F1@5": a known metric stem, '@', and a number or k. All
 *       are higher-is-better.</li>
 *   <li><b>Measured quantity</b> (0.6, abstract): a noun phrase the sentence measures, whose last
 *       word names a measurable quantity (rate, cost, time, speed-up, loss, error, length,
 *       diversity, similarity, consistency, coverage, ...; see {@link #MEASURE_HEADS}):
 *       "reduces labeling cost by 42%", "consistency by 10.9%", "35% higher scaling rate",
 *       "speedups of up to 9x", "the highest diversity", "in terms of faithfulness and
 *       simulatability". Vague words ("performance", "efficiency", "quality") are not metrics.</li>
 *   <li><b>Named as metrics</b> (0.6, abstract): the items of a list that the text itself calls metrics,
 *       "metrics like filter selectivity and concept sparseness", "metrics such as X, Y and Z":
 *       whatever their head word, up to three words each.</li>
 *   <li><b>Quantities of a theory</b> (0.6, abstract): "regret", "risk" and "forgetting", with at
 *       most one qualifier ("test risk", "ICL regret" gives "regret"), when the sentence bounds,
 *       measures or tracks them: "bound(s) on", "... regret bound", "sub-linear regret", "a notion
 *       of regret", "the test risk of X decreases", "minimize the regret", "the optimal regret". "catastrophic forgetting" is a phenomenon, not a
 *       measure, and risk without such a cue ("the risks of ...") is no metric.</li>
 * </ol>
 * Not reported: "training loss" (what training minimises, not how a result is measured; the gold
 * guide lists test and validation losses only), and a metric acronym the abstract defines as
 * something else ("mixture of attentive experts (MAE)") or writes before "pre-training" ("MAE
 * pre-training": the masked autoencoder). Cost phrases the measured-quantity rule finds ("higher
 * computation costs") need a number in their sentence, as the listed costs do.
 * Metrics in the title count only when the abstract names them too (see {@link ExtractionPipeline}).
 */
public final class MetricExtractor implements Extractor {
    public static final String NAME = "metrics";
    private static final Pattern AT_K = Pattern.compile(
            "(?<![\\p{L}\\p{N}@])(?:(?i:pass|recall|hits|hit|ndcg|mrr|acc|top|precision|map|hr|f1|success)|R|P|AP)"
                    + "@(?:\\d+|[kK])(?![\\p{L}\\p{N}])");
    /** A sentence that measures something: a number or a comparison or evaluation word. */
    private static final Pattern MEASURED = Pattern.compile("(?i)\\d|\\b(?:improv|outperform|achiev|measur|evaluat|"
            + "metric|score|higher|lower|better|worse|reduc|increas|decreas|gain|boost|surpass|exceed|drop|state-of-the-art)");
    private static final Cue MEASURED_CUE = Cue.containing(MEASURED, Cue.digitsAnd("improv", "outperform", "achiev", "measur",
            "evaluat", "metric", "score", "higher", "lower", "better", "worse", "reduc", "increas", "decreas", "gain", "boost",
            "surpass", "exceed", "drop", "state-of-the-art"));
    /** Qualifiers that change what a metric measures; they stay with it. */
    private static final Set<String> KEPT_QUALIFIERS = Set.of("adversarial", "robust", "certified", "clean", "validation",
            "training");
    /** Cost measures, which a paper reports only with a number. */
    private static final Set<String> COSTS = Set.of("number of parameters", "FLOPs", "training time", "inference time",
            "memory footprint", "latency", "throughput", "model size", "energy consumption", "GPU hours", "MACs",
            "wall-clock time", "time to first token", "frames per second");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    /** Nouns after a metric that make it the object of a task: "accuracy estimation", "error prediction". */
    private static final Set<String> TASK_AFTER = Set.of("estimation", "prediction", "estimator", "predictor", "forecasting");
    /** Listed metrics that an abstract mentions as what training minimises, not as a reported measure. */
    private static final Set<String> NOT_REPORTED = Set.of("training loss");
    /** Words after a metric acronym that make it another thing's acronym: "MAE pre-training". */
    private static final Set<String> NON_METRIC_NEXT = Set.of("pre-training", "pretraining", "pre", "pretrained",
            "pre-trained");
    private final Gazetteer gazetteer;

    public MetricExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Mention> extract(PaperRecord paper, TextIndex text) {
        List<Mention> out = new ArrayList<>();
        java.util.Map<Span, Boolean> measuring = new java.util.HashMap<>();
        for (Mention m : GazetteerRule.find(gazetteer, text, MentionKind.METRIC, t -> t == EntityType.METRIC, NAME)) {
            String t = text.text(m.field());
            if (m.field() == TextField.ABSTRACT && !measuring.computeIfAbsent(m.sentence(),
                    s -> MEASURED_CUE.in(text.cueText(TextField.ABSTRACT).slice(s.start(), s.end()))
                            && MEASURED.matcher(t).region(s.start(), s.end()).find())) continue;
            String next = GazetteerRule.nextWord(t, m.span().end());
            // "minimum word error rate training" is a procedure, "accuracy estimation" a task: no reported metric.
            if (isModifier(t, m) || isCostWithoutNumber(t, m) || next.equals("training") || TASK_AFTER.contains(next))
                continue;
            if (NOT_REPORTED.contains(m.canonical()) || isOtherAcronym(t, m, text)) continue;
            out.add(withQualifiers(m, t));
        }
        for (TextField field : TextField.values()) {
            String t = text.text(field);
            if (t.indexOf('@') < 0) continue; // Performance only: every at-k metric has one.
            Matcher m = AT_K.matcher(t);
            while (m.find()) {
                Span span = new Span(m.start(), m.end());
                if (out.stream().anyMatch(o -> o.field() == field && o.span().overlaps(span))) continue;
                out.add(new Mention(MentionKind.METRIC, m.group(), null, EntityType.METRIC, field, span,
                        text.sentenceAt(field, m.start()), NAME + "/at-k", 0.85, null, Boolean.TRUE));
            }
        }
        measuredQuantities(text, out);
        coordinatedWithMetrics(text, out);
        return withoutHeadsOfCompounds(out, text);
    }

    /**
     * "accuracy-efficiency trade-off", "low-precision training", "Inference-time computation",
     * "at inference time": the words are a modifier or a point in time, not a measured quantity.
     */
    private static boolean isModifier(String t, Mention m) {
        int s = m.span().start(), e = m.span().end();
        if (e + 1 < t.length() && t.charAt(e) == '-' && Character.isLetter(t.charAt(e + 1))) return true;
        if (s >= 2 && t.charAt(s - 1) == '-' && Character.isLetter(t.charAt(s - 2))) return true;
        if (m.canonical() != null && m.text().contains("-") && !m.canonical().contains("-")
                && m.canonical().contains(" ")) return true;
        return s >= 3 && t.regionMatches(true, s - 3, "at ", 0, 3);
    }

    /**
     * "mixture of attentive experts model (MAE)" then "MAE outperforms ...", or "MAE pre-training":
     * the letters of a metric acronym name something else in this paper.
     */
    private boolean isOtherAcronym(String t, Mention m, TextIndex text) {
        String written = m.text();
        if (written.length() < 2 || !written.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c)))
            return false;
        for (Acronyms.Definition d : text.acronyms()) {
            if (!d.shortForm().equals(written)) continue;
            GazetteerEntry longForm = gazetteer.lookup(d.longForm());
            if (longForm == null || longForm.type() != EntityType.METRIC) return true;
        }
        int e = m.span().end();
        if (e < t.length() && t.charAt(e) == '-') return true;      // "MAE-LM", "MAE-based"
        String next = e < t.length() && t.charAt(e) == ' ' ? nextToken(t, e + 1) : "";
        return NON_METRIC_NEXT.contains(next.toLowerCase(Locale.ROOT));
    }

    /** The run of letters and hyphens from {@code from}. */
    private static String nextToken(String t, int from) {
        int i = from;
        while (i < t.length() && (Character.isLetter(t.charAt(i)) || t.charAt(i) == '-')) i++;
        return t.substring(from, i);
    }

    /** A cost measure with no number within 60 characters of it in its sentence. */
    private static boolean isCostWithoutNumber(String t, Mention m) {
        if (m.canonical() == null || !COSTS.contains(m.canonical())) return false;
        int from = Math.max(m.sentence().start(), m.span().start() - 60);
        int to = Math.min(m.sentence().end(), m.span().end() + 60);
        return !DIGIT.matcher(t).region(from, to).find();
    }

    /**
     * The metric as reported: the canonical words inside an alias ("zero-shot accuracy" gives
     * "accuracy"), unless a qualifier that changes the measure comes with it, which stays
     * ("adversarial test accuracy", "validation cross-entropy").
     */
    private static Mention withQualifiers(Mention m, String t) {
        int start = m.span().start();
        int w = wordBefore(t, start);
        String before = w < 0 ? "" : t.substring(w, start - 1).toLowerCase(Locale.ROOT);
        if (before.equals("test")) {           // "adversarial test accuracy": the qualifier before "test"
            int w2 = wordBefore(t, w);
            String q = w2 < 0 ? "" : t.substring(w2, w - 1).toLowerCase(Locale.ROOT);
            if (KEPT_QUALIFIERS.contains(q)) {
                w = w2;
                before = q;
            }
        }
        if (w >= 0 && KEPT_QUALIFIERS.contains(before)) {
            Span span = new Span(w, m.span().end());
            return new Mention(m.kind(), span.coveredText(t), null, m.type(), m.field(), span, m.sentence(),
                    m.extractor(), m.confidence(), null, m.higherIsBetter());
        }
        String written = m.text();
        for (String q : KEPT_QUALIFIERS) if (written.toLowerCase(Locale.ROOT).startsWith(q + " ")) return m;
        return withoutQualifier(m);
    }

    /** The start of the word that ends one space before {@code start}, or -1. */
    private static int wordBefore(String t, int start) {
        if (start < 2 || t.charAt(start - 1) != ' ') return -1;
        int w = start - 1;
        while (w > 0 && Character.isLetter(t.charAt(w - 1))) w--;
        return w < start - 1 ? w : -1;
    }

    /**
     * "zero-shot accuracy" and "F1 score" are written forms of accuracy and F1: when the canonical
     * name is written inside the matched words, the mention narrows to it, so the metric is reported
     * without its setting qualifier or a trailing "score" (still verbatim, in the paper's case).
     */
    private static Mention withoutQualifier(Mention m) {
        String written = m.text(), canonical = m.canonical();
        if (canonical == null || written.equalsIgnoreCase(canonical)) return m;
        int at = written.toLowerCase(Locale.ROOT).indexOf(canonical.toLowerCase(Locale.ROOT));
        if (at < 0) return m;
        int end = at + canonical.length();
        boolean wordStart = at == 0 || !Character.isLetterOrDigit(written.charAt(at - 1));
        boolean wordEnd = end == written.length() || !Character.isLetterOrDigit(written.charAt(end));
        if (!wordStart || !wordEnd) return m;
        Span span = new Span(m.span().start() + at, m.span().start() + end);
        return new Mention(m.kind(), written.substring(at, end), null, m.type(), m.field(), span, m.sentence(),
                m.extractor(), m.confidence(), canonical, m.higherIsBetter());
    }

    /** "pass@1 accuracy", "MRR accuracy": the general word after a metric is its head, not a second metric. */
    private static List<Mention> withoutHeadsOfCompounds(List<Mention> ms, TextIndex text) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : ms) {
            boolean head = false;
            for (Mention o : ms) {
                if (o == m || o.field() != m.field() || o.span().end() >= m.span().start()) continue;
                String gap = text.text(m.field()).substring(o.span().end(), m.span().start());
                head |= gap.equals(" ") && !o.span().overlaps(m.span());
            }
            if (!head) out.add(m);
        }
        return out;
    }

    // ---- rule 3: measured quantities

    /** The last words of a measured noun phrase: what a number in an abstract can measure. */
    static final Set<String> MEASURE_HEADS = Set.of("rate", "rates", "cost", "costs", "time", "times", "speedup",
            "speedups", "speed-up", "speed-ups", "loss", "losses", "error", "errors", "length", "lengths", "diversity",
            "similarity", "consistency", "coverage", "faithfulness", "fidelity", "correlation", "ratio", "accuracy",
            "precision", "recall", "perplexity", "latency", "throughput", "calibration", "bias", "preference",
            "preferences", "compression", "entropy", "agreement", "sparsity", "robustness", "helpfulness",
            "harmlessness", "truthfulness", "simulatability", "plausibility", "usage", "footprint", "overhead",
            "reward", "rewards", "likelihood", "divergence", "distance", "margin");
    /** Words that never start or make up a metric phrase: vague words, determiners, verbs. */
    private static final Set<String> NOT_METRIC_WORDS = Set.of("performance", "efficiency", "quality", "results",
            "effectiveness", "generalization", "capability", "capabilities", "ability", "abilities", "the", "a", "an",
            "its", "their", "our", "this", "that", "both", "overall", "average", "relative", "absolute", "significant",
            "significantly", "substantial", "substantially", "up", "to", "of", "by", "in", "and", "or", "on", "with",
            "model", "models", "training", "inference", "computational", "compute", "time", "data", "sample", "test",
            "also", "further", "while", "more", "less", "much", "higher", "lower", "better", "best", "highest", "lowest",
            "each", "all", "total", "final", "run", "running", "human", "task", "domain");
    private static final String NP = "((?:[a-z][a-z\\-]*\\s+){0,2}[a-z][a-z\\-]*)";
    private static final String NUM = "(?:up to |about |around |nearly |almost |over |roughly |approximately |an average of |a |an )?"
            + "[<>~]?\\d+(?:\\.\\d+)?\\s?(?:%|\\\\%|x|\u00d7|times|points|pp)?";
    /** "reduces labeling cost by 42%", "improves consistency by 10.9%". */
    private static final Pattern VERB_NP_BY = Pattern.compile("(?i:\\b(?:improv|increas|reduc|decreas|lower|rais|boost|cut"
            + "|enhanc|accelerat)\\w*)\\s+(?:the\\s+)?" + NP + "(?:\\s+of\\s+[\\w\\-]+)?\\s+by\\s+" + NUM);
    private static final Cue VERB_NP_BY_CUE = Cue.atWordStart(VERB_NP_BY, "improv", "increas", "reduc", "decreas", "lower",
            "rais", "boost", "cut", "enhanc", "accelerat");
    /** "consistency by 10.9%" after a first "improves X by N and". */
    private static final Pattern AND_NP_BY = Pattern.compile("\\band\\s+" + NP + "\\s+by\\s+" + NUM);
    private static final Cue AND_NP_BY_CUE = Cue.atWordStart(AND_NP_BY, "and");
    /** "35% higher scaling rate", "a 5% improvement in accuracy", "2x lower latency". */
    private static final Pattern NUM_COMPARATIVE_NP = Pattern.compile("\\d\\s?(?:%|\\\\%|x|\u00d7|times|points|pp)?\\s+"
            + "(?:relative\\s+|absolute\\s+)?(?:higher|lower|better|faster|smaller|larger|fewer|more"
            + "|(?:improvement|increase|reduction|decrease|gain|drop)s?\\s+(?:in|of))\\s+" + NP + "\\b");
    private static final Cue NUM_COMPARATIVE_NP_CUE = Cue.startingWith(NUM_COMPARATIVE_NP, Cue.digitsAnd());
    /**
     * "speedups of up to 9x", "an abstention rate of 5%": found at "of NUM", the phrase is then read
     * backwards (at most three words), so the pattern is anchored and cheap.
     */
    private static final Pattern OF_NUM = Pattern.compile("(?<=[a-z]) (?:of|by|to|reaching)\\s+" + NUM + "(?!\\w|\\.\\d)");
    private static final Cue OF_NUM_CUE = Cue.startingWith(OF_NUM, " of", " by", " to", " reaching");
    /** "the highest diversity", "lower positional bias", "improved calibration". */
    private static final Pattern SUPERLATIVE_NP = Pattern.compile("(?i:\\b(?:highest|lowest|best|higher|lower|improved|reduced))\\s+"
            + NP + "\\b");
    private static final Cue SUPERLATIVE_NP_CUE = Cue.atWordStart(SUPERLATIVE_NP, "high", "low", "best", "improved", "reduced");
    /** "in terms of faithfulness and simulatability", "measured by coverage". */
    private static final Pattern TERMS_OF = Pattern.compile("(?i:\\b(?:in terms of|with respect to|measured by|as measured by))\\s+");
    private static final Cue TERMS_OF_CUE = Cue.atWordStart(TERMS_OF, "in terms of", "with respect to", "measured by",
            "as measured by");
    private static final String LIST_WORD = "(?!(?:and|or)\\b)[a-z][a-z\\-]*";
    private static final Pattern LIST_ITEM = Pattern.compile("((?:" + LIST_WORD + "\\s+){0,2}" + LIST_WORD + ")"
            + "(?=\\s*(?:,|\\band\\b|\\bor\\b|\\.|;|\\)|$))");
    private static final Pattern LIST_SEP = Pattern.compile("\\s*(?:,\\s*(?:and|or)\\s+|,\\s*|\\s+and\\s+|\\s+or\\s+)");

    /** "increases output diversity", "improves calibration": a measure right after a verb of change. */
    private static final Pattern VERB_NP = Pattern.compile("(?i:\\b(?:improv|increas|reduc|decreas|lower|rais|boost|cut"
            + "|enhanc|elevat|maximiz|minimiz)\\w*)\\s+(?:the\\s+|its\\s+|their\\s+)?" + NP);
    private static final Cue VERB_NP_CUE = Cue.atWordStart(VERB_NP, "improv", "increas", "reduc", "decreas", "lower", "rais",
            "boost", "cut", "enhanc", "elevat", "maximiz", "minimiz");
    /** "gains in click-through-rates", "falls short in helpfulness and simulatability": a list of measures. */
    private static final Pattern IN_LIST = Pattern.compile("(?i:\\b(?:gains?|improvements?|increases?|drops?|better|worse"
            + "|short|advantages?|superior|competitive)\\s+in)\\s+");
    private static final Cue IN_LIST_CUE = Cue.atWordStart(IN_LIST, "gain", "improvement", "increase", "drop", "better", "worse",
            "short", "advantage", "superior", "competitive");
    /** Words that do not belong to a measured phrase: verbs of change, adverbs. */
    private static final Pattern NOT_NOUN = Pattern.compile("(?i)^(?:achiev|improv|reduc|increas|decreas|boost|rais|lower"
            + "|cut|enhanc|accelerat|attain|reach|obtain|yield|show|demonstrat|exhibit|maintain|preserv|deliver|outperform"
            + "|surpass|provid|offer|enabl|lead|result|giv|has$|have$|had$|is$|are$|was$|were$|be$|near-|speed)\\w*|\\w+ly$");

    private void measuredQuantities(TextIndex text, List<Mention> out) {
        String abs = text.text(TextField.ABSTRACT);
        for (Span sentence : text.sentences(TextField.ABSTRACT)) {
            String s = sentence.coveredText(abs);
            Cue.Text cues = text.cueText(TextField.ABSTRACT).slice(sentence.start(), sentence.end());
            if (THEORY_QUANTITY_CUE.in(cues)) theoryQuantities(abs, sentence, s, out);
            if (!MEASURED_CUE.in(cues) || !MEASURED.matcher(s).find()) continue;
            for (Cue c : List.of(VERB_NP_BY_CUE, AND_NP_BY_CUE)) {
                Cue.Scan scan = c.scan(cues);
                Matcher m = scan.matcher();
                while (scan.find()) addQuantity(abs, sentence, sentence.start() + m.start(1), sentence.start() + m.end(1), false, out);
            }
            Cue.Scan ofScan = OF_NUM_CUE.scan(cues);
            Matcher of = ofScan.matcher();
            while (ofScan.find()) {
                int end = of.start(), start = end;
                for (int k = 0; k < 3; k++) {
                    int w = start;
                    while (w > 0 && (Character.isLowerCase(s.charAt(w - 1)) || s.charAt(w - 1) == '-')) w--;
                    if (w == start) break;
                    start = w;
                    if (start < 2 || s.charAt(start - 1) != ' ' || !Character.isLowerCase(s.charAt(start - 2))) break;
                    if (k < 2) start--;
                }
                if (start < end && s.charAt(start) == ' ') start++;
                if (start < end) addQuantity(abs, sentence, sentence.start() + start, sentence.start() + end, false, out);
            }
            for (Cue c : List.of(NUM_COMPARATIVE_NP_CUE, SUPERLATIVE_NP_CUE, VERB_NP_CUE)) {
                Cue.Scan scan = c.scan(cues);
                Matcher m = scan.matcher();
                while (scan.find()) addQuantity(abs, sentence, sentence.start() + m.start(1), sentence.start() + m.end(1), true, out);
            }
            Cue.Scan namedScan = NAMED_METRICS_CUE.scan(cues);
            Matcher named = namedScan.matcher();
            while (namedScan.find()) {
                Lists.walk(s, named.end(), s.length(), LIST_ITEM, LIST_SEP, item ->
                        addNamed(abs, sentence, sentence.start() + item.start(1), sentence.start() + item.end(1), out));
            }
            for (Cue c : List.of(TERMS_OF_CUE, IN_LIST_CUE)) {
                Cue.Scan scan = c.scan(cues);
                Matcher list = scan.matcher();
                while (scan.find()) {
                    Lists.walk(s, list.end(), s.length(), LIST_ITEM, LIST_SEP, item ->
                            addQuantity(abs, sentence, sentence.start() + item.start(1), sentence.start() + item.end(1), true, out));
                }
            }
        }
    }

    /**
     * Adds the measured phrase inside [start, end): the words up to the first quantity word when
     * the phrase follows its trigger ({@code headFirst}: "25% improvement in coverage when ..."), else
     * the words before the last one; leading determiners, vague words, verbs and adverbs are dropped
     * ("reduces the overall labeling cost" gives "labeling cost"). False when there is no quantity.
     */
    private boolean addQuantity(String abs, Span sentence, int start, int end, boolean headFirst, List<Mention> out) {
        List<int[]> words = new ArrayList<>();
        Matcher w = WORD.matcher(abs).region(start, end);
        while (w.find()) words.add(new int[]{w.start(), w.end()});
        int last = -1;
        if (headFirst) {
            for (int k = 0; k < words.size() && last < 0; k++) {
                // "test-time accuracy": a hyphenated compound before a quantity word modifies it.
                if (k + 1 < words.size() && text(abs, words.get(k)).indexOf('-') > 0 && isHead(abs, words.get(k + 1))) continue;
                if (isHead(abs, words.get(k))) last = k;
            }
        } else if (!words.isEmpty() && isHead(abs, words.get(words.size() - 1))) {
            last = words.size() - 1;
        }
        if (last < 0) return false;
        int first = last;
        String head = text(abs, words.get(last)).toLowerCase(Locale.ROOT);
        while (first > 0) {
            String prev = text(abs, words.get(first - 1));
            // "human preference(s)": what human raters prefer is a measure of its own.
            if (first == last && prev.equalsIgnoreCase("human") && head.startsWith("preference")) {
                first--;
                break;
            }
            if (NOT_METRIC_WORDS.contains(prev.toLowerCase(Locale.ROOT)) || NOT_NOUN.matcher(prev).find()) break;
            first--;
        }
        // Efficiency words are measures only with a number in the sentence ("higher computation costs" is not).
        if (NEED_A_NUMBER.contains(head) && !DIGIT.matcher(sentence.coveredText(abs)).find()) return false;
        // "time", "loss", "rate" ... alone say too little ("in less time"); they need a qualifier ("inference times").
        if (first == last && VAGUE_ALONE.contains(head)) return false;
        String firstWord = text(abs, words.get(first)).toLowerCase(Locale.ROOT);
        if (NOT_METRIC_WORDS.contains(firstWord) && !(firstWord.equals("human") && first < last)) return false;
        Span span = new Span(words.get(first)[0], words.get(last)[1]);
        String phrase = span.coveredText(abs);
        GazetteerEntry known = gazetteer.lookup(phrase);
        if (known != null) return known.type() == EntityType.METRIC;   // the gazetteer rule reports listed metrics
        // "zero-shot accuracy", "reasoning accuracy": a listed metric with a qualifier is the gazetteer rule's to report.
        for (int k = first + 1; k <= last; k++) {
            GazetteerEntry tail = gazetteer.lookup(abs.substring(words.get(k)[0], words.get(last)[1]));
            if (tail != null && tail.type() == EntityType.METRIC) return true;
        }
        for (Mention m : out) if (m.span().equals(span)) return true;
        out.add(new Mention(MentionKind.METRIC, phrase, null, EntityType.METRIC, TextField.ABSTRACT, span, sentence,
                NAME + "/measured", 0.6));
        return true;
    }

    // ---- rule 4: items the text calls metrics

    /** "metrics like X and Y", "metrics such as X, Y and Z", "metrics (e.g., X)". */
    private static final Pattern NAMED_METRICS = Pattern.compile("(?i:\\bmetrics?)\\s*(?:,\\s*)?(?:\\(\\s*)?"
            + "(?i:like|such as|including|namely|e\\.g\\.,?)\\s+");
    private static final Cue NAMED_METRICS_CUE = Cue.atWordStart(NAMED_METRICS, "metric");

    /** Adds a listed item as written, without leading determiners; false for vague or non-metric words. */
    private boolean addNamed(String abs, Span sentence, int start, int end, List<Mention> out) {
        List<int[]> words = new ArrayList<>();
        Matcher w = WORD.matcher(abs).region(start, end);
        while (w.find()) words.add(new int[]{w.start(), w.end()});
        int first = 0;
        while (first < words.size() && NOT_METRIC_WORDS.contains(text(abs, words.get(first)).toLowerCase(Locale.ROOT))) first++;
        if (first >= words.size()) return false;
        Span span = new Span(words.get(first)[0], words.get(words.size() - 1)[1]);
        String phrase = span.coveredText(abs);
        GazetteerEntry known = gazetteer.lookup(phrase);
        if (known != null) return known.type() == EntityType.METRIC;   // the gazetteer rule reports listed metrics
        for (Mention m : out) if (m.span().overlaps(span)) return true;
        out.add(new Mention(MentionKind.METRIC, phrase, null, EntityType.METRIC, TextField.ABSTRACT, span, sentence,
                NAME + "/named", 0.6));
        return true;
    }

    // ---- rule 6: measures coordinated with a reported metric

    /** Qualities that are no measure even next to one: "accuracy and interpretability". */
    private static final Set<String> VAGUE_QUALITIES = Set.of("interpretability", "explainability", "scalability",
            "usability", "applicability", "flexibility", "simplicity", "transparency", "reliability", "versatility",
            "practicality", "stability", "fairness", "safety", "privacy", "speed", "cost", "costs", "memory", "time",
            "we", "it", "they", "which", "that", "this", "these", "those", "others", "more", "so", "then", "thus");

    /**
     * Rule 6 (0.55): "improves accuracy, sample complexity, and convergence speed", "accuracy and
     * agreement": the other items of a list that goes on right after a gazetteer metric in a measuring
     * sentence are measures of the same result. An item is one to three lower-case words; vague
     * words ("efficiency", "performance"), qualities that are no measure ("interpretability"), verbs
     * and adverbs end the list, as does a name the gazetteer lists as something else. Read only after
     * metric mentions already found, so it costs nothing elsewhere.
     */
    private void coordinatedWithMetrics(TextIndex text, List<Mention> out) {
        String abs = text.text(TextField.ABSTRACT);
        List<Mention> found = new ArrayList<>(out);
        for (Mention m : found) {
            // Only after a listed metric: "bounds on regret, approximation, and generalization" lists topics.
            if (m.field() != TextField.ABSTRACT || !m.extractor().contains("/gazetteer")) continue;
            int end = m.sentence().end();
            Matcher sep = LIST_SEP.matcher(abs).region(m.span().end(), end);
            if (!sep.lookingAt()) continue;
            Lists.walk(abs, sep.end(), end, LIST_ITEM, LIST_SEP, item -> addCoordinated(abs, m.sentence(), item.start(1), item.end(1), out));
        }
    }

    private boolean addCoordinated(String abs, Span sentence, int start, int end, List<Mention> out) {
        List<int[]> words = new ArrayList<>();
        Matcher w = WORD.matcher(abs).region(start, end);
        while (w.find()) words.add(new int[]{w.start(), w.end()});
        int first = 0;
        while (first < words.size() && DETERMINERS.contains(text(abs, words.get(first)).toLowerCase(Locale.ROOT))) first++;
        if (first >= words.size()) return false;
        for (int k = first; k < words.size(); k++) {
            String word = text(abs, words.get(k)).toLowerCase(Locale.ROOT);
            if (NOT_METRIC_WORDS.contains(word) || VAGUE_QUALITIES.contains(word) || NOT_NOUN.matcher(word).find()) return false;
        }
        Span span = new Span(words.get(first)[0], words.get(words.size() - 1)[1]);
        String phrase = span.coveredText(abs);
        GazetteerEntry known = gazetteer.lookup(phrase);
        if (known != null) return known.type() == EntityType.METRIC;   // the gazetteer rule reports listed metrics
        for (Mention m : out) if (m.field() == TextField.ABSTRACT && m.span().overlaps(span)) return true;
        out.add(new Mention(MentionKind.METRIC, phrase, null, EntityType.METRIC, TextField.ABSTRACT, span, sentence,
                NAME + "/coordinated", 0.55));
        return true;
    }

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "our", "overall");

    // ---- rule 5: quantities of a theory

    /** A theory quantity, with at most one qualifier word before it (group 1) and the quantity (group 2). */
    private static final Pattern THEORY_QUANTITY = Pattern.compile("(?:\\b([A-Za-z][a-z\\-]*) )?\\b(regret|risk|forgetting)\\b");
    private static final Cue THEORY_QUANTITY_CUE = Cue.containing(THEORY_QUANTITY, "regret", "risk", "forgetting");
    /** The sentence bounds, measures or tracks the quantity. */
    private static final Pattern THEORY_CUE = Pattern.compile("(?i)\\bbounds?\\b|\\bsub-?linear\\b|\\bnotion of\\b"
            + "|\\bmeasures?\\b|\\b(?:decreas|increas|grow|vanish|converg|diminish|scal)(?:es|ing|ed|s)?\\b|\\bO\\("
            // Round 5: a quantity that is minimised, maximised or optimal is what the theory is about
            // ("players minimize and maximize the regret", "the optimal regret").
            + "|\\b(?:minimi[sz]|maximi[sz])(?:e|es|ed|ing)\\b|\\boptimal\\b");
    /** Qualifiers that name which quantity it is; others ("ICL regret", "the risk") are dropped. */
    private static final Set<String> THEORY_QUALIFIERS = Set.of("test", "population", "prediction", "expected",
            "cumulative", "dynamic", "generalization");

    private static void theoryQuantities(String abs, Span sentence, String s, List<Mention> out) {
        if (!THEORY_CUE.matcher(s).find()) return;
        Matcher m = THEORY_QUANTITY.matcher(s);
        while (m.find()) {
            String qualifier = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
            if (qualifier.equals("catastrophic") || qualifier.equals("without") || qualifier.equals("minimization")) continue;
            if (m.group(2).equals("risk") && !THEORY_QUALIFIERS.contains(qualifier)) continue;   // "the risk of misuse"
            if (m.end() < s.length() && s.charAt(m.end()) == '-') continue;                   // "risk-aware", "regret-based"
            if (startsWord(s, m.end(), "minimi")) continue;                                     // "risk minimization": a method
            int from = THEORY_QUALIFIERS.contains(qualifier) ? m.start(1) : m.start(2);
            Span span = new Span(sentence.start() + from, sentence.start() + m.end());
            if (out.stream().anyMatch(o -> o.span().overlaps(span))) continue;
            out.add(new Mention(MentionKind.METRIC, span.coveredText(abs), null, EntityType.METRIC, TextField.ABSTRACT,
                    span, sentence, NAME + "/theory", 0.6, null, Boolean.FALSE));
        }
    }

    /** True when the word after one space at {@code end} starts with {@code prefix}. */
    private static boolean startsWord(String s, int end, String prefix) {
        return end + 1 + prefix.length() <= s.length() && s.charAt(end) == ' '
                && s.regionMatches(true, end + 1, prefix, 0, prefix.length());
    }

    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z\\-]*");
    /** Efficiency heads that name a measure only when the sentence gives a number. */
    private static final Set<String> NEED_A_NUMBER = Set.of("cost", "costs", "time", "times", "overhead", "usage",
            "footprint", "latency", "throughput");
    /** Quantity words that need a qualifier to name a metric. */
    private static final Set<String> VAGUE_ALONE = Set.of("time", "times", "loss", "losses", "rate", "rates", "cost",
            "costs", "error", "errors", "reward", "rewards", "margin", "usage", "overhead", "ratio", "distance", "length",
            "lengths", "bias", "footprint", "likelihood", "divergence", "entropy", "agreement", "preference", "preferences");

    private static String text(String abs, int[] word) {
        return abs.substring(word[0], word[1]);
    }

    /** A quantity word, or a hyphenated word ending in one ("click-through-rates"). */
    private static boolean isHead(String abs, int[] word) {
        String w = text(abs, word).toLowerCase(Locale.ROOT);
        if (MEASURE_HEADS.contains(w)) return true;
        int h = w.lastIndexOf('-');
        return h > 0 && h < w.length() - 1 && MEASURE_HEADS.contains(w.substring(h + 1)) && !w.startsWith("speed");
    }
}
