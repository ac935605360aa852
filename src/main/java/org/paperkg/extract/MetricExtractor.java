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
 *       direction says whether higher is better.</li>
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
        List<Mention> out = new ArrayList<>(GazetteerRule.find(gazetteer, text, MentionKind.METRIC,
                t -> t == EntityType.METRIC, NAME));
        for (TextField field : TextField.values()) {
            String t = text.text(field);
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
