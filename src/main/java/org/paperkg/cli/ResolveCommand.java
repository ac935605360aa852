package org.paperkg.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.paperkg.KgException;
import org.paperkg.extract.ExtractionPipeline;
import org.paperkg.gazetteer.Gazetteer;
import org.paperkg.resolve.PairEvaluation;
import org.paperkg.resolve.ResolutionReport;
import org.paperkg.store.KgStore;
import org.paperkg.vocab.Iris;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "resolve", mixinStandardHelpOptions = true,
        description = {"Shows what entity resolution decided, or measures it.",
                "--report (the default): the merges, the close pairs kept apart and the papers",
                "  merged from several sources, read from the store's resolution graph.",
                "--eval PAIRS: merge precision and recall on hand-labelled name pairs",
                "  (data/eval/resolution-pairs.tsv), after reading the INPUTs as a build does.",
                "Corrections go in data/resolution-overrides.tsv; see docs/resolution.md."})
final class ResolveCommand implements Callable<Integer> {
    enum Format { text, json }

    @Mixin
    StoreOptions store;

    @Option(names = "--report", description = "Print the resolution decisions stored in the store (the default).")
    boolean report;

    @Option(names = "--eval", paramLabel = "PAIRS", description = "Score resolution on a labelled pairs file instead.")
    Path eval;

    @Parameters(paramLabel = "INPUT", arity = "0..*",
            description = "With --eval: the sources the resolver learns from first (default: data/samples in the paperkg checkout).")
    List<Path> inputs;

    @Option(names = "--errors", description = "With --eval: list every pair the resolver got wrong.")
    boolean errors;

    @Option(names = "--format", defaultValue = "text", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--base", paramLabel = "IRI", description = "Namespace base the store was built with (default: $PAPERKG_BASE or " + Iris.DEFAULT_BASE + ").")
    String base;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (eval != null && report)
            throw new KgException(KgException.BAD_INPUT, "give either --report or --eval PAIRS, not both");
        if (eval == null && inputs != null && !inputs.isEmpty())
            throw new KgException(KgException.BAD_INPUT, "INPUT files are read only with --eval PAIRS; the report reads the store");
        if (eval != null) return evaluate(out);
        Iris iris = new Iris(IriBase.choose(base));
        ResolutionReport r;
        try (KgStore kg = KgStore.openExisting(store.dir())) {
            r = ResolutionReport.read(kg.dataset(), iris);
        }
        if (format == Format.json) r.printJson(out, store.dir().toString());
        else r.printText(out, store.dir().toString());
        return 0;
    }

    private int evaluate(PrintWriter out) throws Exception {
        List<Path> knowledge = inputs == null || inputs.isEmpty() ? List.of(Home.resolve("data/samples")) : inputs;
        var pairs = PairEvaluation.readPairs(eval);
        var report = PairEvaluation.run(pairs, knowledge, Gazetteer.standard(), ExtractionPipeline.standard());
        var all = report.all();
        if (format == Format.json) {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("pairs", all.pairs());
            root.put("precision", round(all.precision()));
            root.put("recall", round(all.recall()));
            root.put("true_positive", all.truePositive());
            root.put("false_positive", all.falsePositive());
            root.put("false_negative", all.falseNegative());
            root.put("true_negative", all.trueNegative());
            root.put("knowledge_papers", report.knowledgePapers());
            for (boolean held : new boolean[]{false, true}) {
                var c = report.heldOut(held);
                root.put(held ? "held_out" : "development", Map.of("pairs", c.pairs(), "precision", round(c.precision()), "recall", round(c.recall())));
            }
            Map<String, Object> cats = new LinkedHashMap<>();
            report.byCategory().forEach((c, n) -> cats.put(c, Map.of("pairs", n.pairs(), "precision", round(n.precision()),
                    "recall", round(n.recall()), "false_positive", n.falsePositive(), "false_negative", n.falseNegative())));
            root.put("categories", cats);
            root.put("errors", report.errors().stream().map(o -> {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("line", o.pair().line());
                e.put("type", o.pair().typeA().jsonName());
                e.put("name_a", o.pair().a());
                e.put("name_b", o.pair().b());
                e.put("label", o.pair().same() ? "same" : "different");
                e.put("category", o.pair().category());
                e.put("iri_a", o.iriA());
                e.put("iri_b", o.iriB());
                return e;
            }).toList());
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root));
            return 0;
        }
        out.printf("Resolution of %,d labelled pairs in %s (after reading %,d papers of %s)%n", all.pairs(), eval,
                report.knowledgePapers(), knowledge);
        out.printf("  merge precision %.3f   recall %.3f   (same predicted: %d right, %d wrong; same pairs missed: %d)%n",
                all.precision(), all.recall(), all.truePositive(), all.falsePositive(), all.falseNegative());
        for (boolean held : new boolean[]{false, true}) {
            var c = report.heldOut(held);
            if (c.pairs() > 0)
                out.printf("  %-19s %,5d pairs: precision %.3f   recall %.3f%n", held ? "held-out pairs" : "development pairs",
                        c.pairs(), c.precision(), c.recall());
        }
        out.printf("  %-20s %6s %10s %8s%n", "category", "pairs", "precision", "recall");
        report.byCategory().forEach((c, n) -> out.printf("  %-20s %6d %10s %8s%n", c, n.pairs(),
                n.truePositive() + n.falsePositive() == 0 ? "-" : String.format("%.3f", n.precision()),
                n.truePositive() + n.falseNegative() == 0 ? "-" : String.format("%.3f", n.recall())));
        if (errors) {
            out.println("Wrong answers (line: type name_a | name_b, label):");
            for (var o : report.errors())
                out.printf("  %d: %s %s | %s  labelled %s, resolved %s%n", o.pair().line(), o.pair().typeA().jsonName(),
                        o.pair().a(), o.pair().b(), o.pair().same() ? "same" : "different",
                        o.predictedSame() ? "as one entity" : "apart");
        }
        return 0;
    }

    private static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }
}
