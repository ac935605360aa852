package org.paperkg.extract;

import org.paperkg.gazetteer.Gazetteer;
import org.paperkg.model.EntityType;
import org.paperkg.model.Mention;
import org.paperkg.model.MentionKind;
import org.paperkg.model.PaperRecord;
import org.paperkg.model.Span;
import org.paperkg.model.TextField;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the evaluation metrics a paper reports (METRIC). Two rules:
 * <ol>
 *   <li><b>Gazetteer</b> (0.9 case-exact, 0.8 any case): names from {@code metrics.tsv}; the entry's
 *       direction says whether higher is better. An alias that contains the canonical name
 *       ("test accuracy", "F1 score") is reported as the canonical words it contains. In the abstract
 *       a metric counts only in a sentence that measures: one with a number or a word of comparison or
 *       evaluation ("improves", "outperforms", "higher", "evaluate", "state-of-the-art").</li>
 *   <li><b>At-k metrics</b> (0.85): "pass@k", "Recall@10", "Hits@1", "NDCG@10", "MRR@5", "Acc@1",
 *       "Top@5", "P@1", "mAP@50", "HR@10", "F1@5": a known metric stem, '@', and a number or k. All
 *       are higher-is-better.</li>
 * </ol>
 */
public final class MetricExtractor implements Extractor {
    public static final String NAME = "metrics";
    private static final Pattern AT_K = Pattern.compile(
            "(?<![\\p{L}\\p{N}@])(?:(?i:pass|recall|hits|hit|ndcg|mrr|acc|top|precision|map|hr|f1|success)|R|P|AP)"
                    + "@(?:\\d+|[kK])(?![\\p{L}\\p{N}])");
    /** A sentence that measures something: a number or a comparison or evaluation word. */
    private static final Pattern MEASURED = Pattern.compile("(?i)\\d|\\b(?:improv|outperform|achiev|measur|evaluat|"
            + "metric|score|higher|lower|better|worse|reduc|increas|decreas|gain|boost|surpass|exceed|drop|state-of-the-art)");
    private final Gazetteer gazetteer;

    public MetricExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * "zero-shot accuracy" and "F1 score" are written forms of accuracy and F1: when the canonical
     * name is written inside the matched words, the mention narrows to it, so the metric is reported
     * without its setting qualifier or a trailing "score" (still verbatim, in the paper's case).
     */
    private static Mention withoutQualifier(Mention m, TextIndex text) {
        String written = m.text(), canonical = m.canonical();
        if (canonical == null || written.equalsIgnoreCase(canonical)) return m;
        int at = written.toLowerCase(java.util.Locale.ROOT).indexOf(canonical.toLowerCase(java.util.Locale.ROOT));
        if (at < 0) return m;
        int end = at + canonical.length();
        boolean wordStart = at == 0 || !Character.isLetterOrDigit(written.charAt(at - 1));
        boolean wordEnd = end == written.length() || !Character.isLetterOrDigit(written.charAt(end));
        if (!wordStart || !wordEnd) return m;
        Span span = new Span(m.span().start() + at, m.span().start() + end);
        return new Mention(m.kind(), written.substring(at, end), null, m.type(), m.field(), span, m.sentence(),
                m.extractor(), m.confidence(), canonical, m.higherIsBetter());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Mention> extract(PaperRecord paper, TextIndex text) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : GazetteerRule.find(gazetteer, text, MentionKind.METRIC, t -> t == EntityType.METRIC, NAME))
            if (m.field() == TextField.TITLE || MEASURED.matcher(m.sentence().coveredText(text.text(m.field()))).find())
                out.add(withoutQualifier(m, text));
        for (TextField field : TextField.values()) {
            String t = text.text(field);
            if (t.indexOf('@') < 0) continue; // Performance only: every at-k metric has one.
            Matcher m = AT_K.matcher(t);
            while (m.find()) {
                Span span = new Span(m.start(), m.end());
                out.add(new Mention(MentionKind.METRIC, m.group(), null, EntityType.METRIC, field, span,
                        text.sentenceAt(field, m.start()), NAME + "/at-k", 0.85, null, Boolean.TRUE));
            }
        }
        return out;
    }
}
