package org.paperkg.pipeline;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.paperkg.extract.ExtractionPipeline;
import org.paperkg.map.PaperMapper;
import org.paperkg.model.Mention;
import org.paperkg.model.PaperExtraction;
import org.paperkg.model.PaperRecord;
import org.paperkg.model.SkippedRecord;
import org.paperkg.read.InputFiles;
import org.paperkg.read.RecordSink;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads a source file, extracts every record and maps it to quads, streaming: one record is in
 * memory at a time. The output is any {@link StreamRDF}: the store, an exporter, a counter.
 *
 * <pre>
 * var pipeline = new Pipeline(ExtractionPipeline.standard(), new PaperMapper(new Iris(Iris.DEFAULT_BASE)));
 * pipeline.run(source, StreamRDFLib.dataset(dsg), summary, record -> progress.step());
 * </pre>
 */
public final class Pipeline {
    private final ExtractionPipeline extraction;
    private final PaperMapper mapper;

    public Pipeline(ExtractionPipeline extraction, PaperMapper mapper) {
        this.extraction = extraction;
        this.mapper = mapper;
    }

    public PaperMapper mapper() {
        return mapper;
    }

    /** Runs one source into {@code out}, into the named graph for its file name. */
    public void run(InputFiles.Source source, StreamRDF out, RunSummary summary, Consumer<PaperRecord> onRecord) {
        String fileName = source.fileName();
        Node graph = mapper.graphFor(fileName);
        StreamRDF counted = new CountingStream(out, summary);
        summary.startFile(fileName, source.reader().formatName());
        long[] records = {0};
        List<Quad> buffer = new ArrayList<>();
        StreamRDF toBuffer = new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                buffer.add(quad);
            }
        };
        source.reader().read(source.file(), new RecordSink() {
            @Override
            public void record(PaperRecord record) {
                // A record is mapped whole before any of it is written: should extraction or mapping
                // fail on it (a bug), it becomes a skipped record with the reason, not half a paper.
                buffer.clear();
                PaperExtraction x;
                try {
                    x = extraction.extract(record);
                    mapper.map(x, graph, toBuffer);
                } catch (RuntimeException | StackOverflowError e) {
                    summary.skipped(new SkippedRecord(fileName, record.source().line(), "extraction failed ("
                            + e.getClass().getSimpleName() + ": " + e.getMessage() + "); a bug in paperkg, please report it with this record"));
                    return;
                }
                for (Quad q : buffer) counted.quad(q);
                for (Mention m : x.mentions()) summary.mention(m.kind());
                summary.record(fileName, mapper.iris().paper(record.title()));
                records[0]++;
                onRecord.accept(record);
            }

            @Override
            public void skipped(SkippedRecord skipped) {
                summary.skipped(skipped);
            }

            @Override
            public void warning(String file, long line, String message) {
                summary.warning(file, line, message);
            }
        });
        mapper.mapSourceFile(fileName, records[0], source.observedAt(), graph, counted);
    }

    /** Counts quads on their way to the real sink. */
    private static final class CountingStream extends org.apache.jena.riot.system.StreamRDFWrapper {
        private final RunSummary summary;

        CountingStream(StreamRDF out, RunSummary summary) {
            super(out);
            this.summary = summary;
        }

        @Override
        public void quad(Quad quad) {
            summary.quads(1);
            super.quad(quad);
        }
    }
}
