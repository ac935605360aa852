package org.paperkg.pipeline;

import org.paperkg.extract.ExtractionPipeline;
import org.paperkg.model.PaperExtraction;
import org.paperkg.model.PaperRecord;
import org.paperkg.model.SkippedRecord;
import org.paperkg.read.InputFiles;
import org.paperkg.read.RecordSink;
import org.paperkg.vocab.Names;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Extracts every distinct paper of some inputs without a store, for the JSON view and evaluation:
 * the same {@link ExtractionPipeline} a build runs. Papers are distinct by {@link Names#titleKey};
 * the first occurrence wins (files in the order {@link InputFiles#resolve} gives) and input order is kept.
 *
 * <pre>
 * var run = ExtractionRun.distinct(List.of(Path.of("data/samples")), ExtractionPipeline.standard());
 * </pre>
 */
public final class ExtractionRun {
    /** The distinct papers' extractions, and the records the readers could not use. */
    public record Output(List<PaperExtraction> papers, List<SkippedRecord> skipped) {
    }

    private ExtractionRun() {
    }

    /** Collects every distinct paper's extraction in memory: for evaluation on small gold sets. */
    public static Output distinct(List<Path> inputs, ExtractionPipeline pipeline) {
        List<PaperExtraction> out = new ArrayList<>();
        List<SkippedRecord> skippedRecords = new ArrayList<>();
        stream(inputs, pipeline, out::add, skippedRecords::add);
        return new Output(out, skippedRecords);
    }

    /**
     * Hands each distinct paper's extraction to {@code papers} as soon as it is made, and each
     * unusable record to {@code skipped}. Memory stays flat in the input size: papers are not kept,
     * and titles already seen are remembered as 64-bit hashes ({@link PaperKeys}, 16 bytes a paper).
     */
    public static void stream(List<Path> inputs, ExtractionPipeline pipeline,
                              Consumer<PaperExtraction> papers, Consumer<SkippedRecord> skipped) {
        PaperKeys seen = new PaperKeys();
        for (InputFiles.Source source : InputFiles.resolve(inputs)) {
            source.reader().read(source.file(), new RecordSink() {
                @Override
                public void record(PaperRecord record) {
                    if (seen.add(Names.titleKey(record.title()))) papers.accept(pipeline.extract(record));
                }

                @Override
                public void skipped(SkippedRecord record) {
                    skipped.accept(record);
                }
            });
        }
    }
}
