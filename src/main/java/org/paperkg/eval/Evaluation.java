package org.paperkg.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.paperkg.extract.ExtractionJson;
import org.paperkg.extract.ExtractionPipeline;
import org.paperkg.model.PaperExtraction;
import org.paperkg.model.PaperRecord;
import org.paperkg.vocab.Names;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores extractions against a gold set and prints the table. Predictions go through the JSON
 * view ({@link ExtractionJson}), so evaluation measures exactly what {@code paperkg extract} prints.
 *
 * <pre>
 * Scorer.Report r = Evaluation.score(GoldSets.own(gold, "tune"), extractions);
 * Evaluation.printText(r, "tune", out);
 * </pre>
 */
public final class Evaluation {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Evaluation() {
    }

    public static Scorer.Report score(GoldSets.Gold gold, List<PaperExtraction> extractions) {
        Map<String, Labels> byKey = new LinkedHashMap<>();
        for (PaperExtraction x : extractions)
            byKey.putIfAbsent(Names.titleKey(x.paper().title()), Labels.fromJson(ExtractionJson.toJson(x)));
        return Scorer.score(gold.labels(), byKey, gold.fields());
    }

    /** Extracts the records an external gold set brings and scores them. */
    public static Scorer.Report scoreExternal(GoldSets.Gold gold, ExtractionPipeline pipeline) {
        List<PaperExtraction> xs = new java.util.ArrayList<>();
        for (PaperRecord r : gold.records()) xs.add(pipeline.extract(r));
        return score(gold, xs);
    }

    public static void printText(Scorer.Report r, String label, PrintWriter out) {
        out.printf("Gold: %s, %d papers (%d not found in the inputs)%n", label, r.papers(), r.missing());
        out.printf("%-14s | %-26s | %-26s | %5s %5s%n", "field", "strict   P      R      F1", "lenient  P      R      F1",
                "gold", "pred");
        for (String f : r.strict().keySet()) {
            Scorer.Score s = r.strict().get(f), l = r.lenient().get(f);
            out.printf("%-14s |        %5.3f  %5.3f  %5.3f |        %5.3f  %5.3f  %5.3f | %5d %5d%n", f,
                    s.precision(), s.recall(), s.f1(), l.precision(), l.recall(), l.f1(), s.gold(), s.predicted());
        }
        out.flush();
    }

    public static void printJson(Scorer.Report r, String label, PrintWriter out) {
        ObjectNode o = JSON.createObjectNode();
        o.put("gold", label);
        o.put("papers", r.papers());
        o.put("missing", r.missing());
        ObjectNode fields = o.putObject("fields");
        for (String f : r.strict().keySet()) {
            ObjectNode n = fields.putObject(f);
            put(n.putObject("strict"), r.strict().get(f));
            put(n.putObject("lenient"), r.lenient().get(f));
        }
        out.println(o.toPrettyString());
        out.flush();
    }

    private static void put(ObjectNode n, Scorer.Score s) {
        n.put("precision", round(s.precision()));
        n.put("recall", round(s.recall()));
        n.put("f1", round(s.f1()));
        n.put("matched", s.matched());
        n.put("predicted", s.predicted());
        n.put("gold", s.gold());
    }

    private static double round(double d) {
        return Math.round(d * 10000) / 10000.0;
    }
}
