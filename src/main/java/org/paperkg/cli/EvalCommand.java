package org.paperkg.cli;

import org.paperkg.extract.ExtractionPipeline;
import org.paperkg.eval.Evaluation;
import org.paperkg.eval.GoldSets;
import org.paperkg.eval.Scorer;
import org.paperkg.pipeline.ExtractionRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Scores extraction against a gold set: precision, recall and F1 per field, strict and lenient.",
                "Our gold set (data/eval/gold.jsonl) labels papers of the INPUTs, matched by title;",
                "an external set (--external scirex|scierc) brings its own text. See docs/extraction.md."})
final class EvalCommand implements Callable<Integer> {
    /**
     * Gold splits: see data/eval/GUIDE.md section 3 ("dev" is tune + test; "holdout", "holdout2" and
     * "holdout3" were the second to fourth rounds' unseen sets and are spent; "holdout4" is the fifth's).
     */
    enum Split { tune, test, dev, holdout, holdout2, holdout3, holdout4, all }

    enum Format { text, json }

    @Parameters(index = "0", paramLabel = "GOLD", description = "Gold file (JSON lines).")
    Path gold;

    @Parameters(index = "1..*", paramLabel = "INPUT", arity = "0..*",
            description = "Listing files or directories (default: data/samples in the paperkg checkout).")
    List<Path> inputs;

    @Option(names = "--split", defaultValue = "dev", description = {
            "Gold papers to score: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
            "dev = tune + test, the papers rules may be tuned on; holdout, holdout2 and holdout3",
            "(spent, now tunable too); holdout4 (unseen) is scored only to report."})
    Split split;

    @Option(names = "--external", paramLabel = "SET", description = "Score an external gold set: scirex or scierc.")
    String external;

    @Option(names = "--format", defaultValue = "text", description = "Output format: ${COMPLETION-CANDIDATES}.")
    Format format;


    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ExtractionPipeline pipeline = ExtractionPipeline.standard();
        Scorer.Report report;
        String label;
        if (external != null) {
            report = Evaluation.scoreExternal(GoldSets.external(external, gold), pipeline);
            label = external + " " + gold.getFileName();
        } else {
            List<Path> paths = inputs == null || inputs.isEmpty() ? List.of(Home.resolve("data/samples")) : inputs;
            GoldSets.Gold g = GoldSets.own(gold, split.name());
            report = Evaluation.score(g, ExtractionRun.distinct(paths, pipeline).papers());
            label = gold.getFileName() + " split=" + split;
        }
        if (format == Format.json) Evaluation.printJson(report, label, out);
        else Evaluation.printText(report, label, out);
        return 0;
    }
}
