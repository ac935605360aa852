package org.paperkg.pipeline;

import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.paperkg.InputException;
import org.paperkg.TestFiles;
import org.paperkg.extract.ExtractionPipeline;
import org.paperkg.read.Fixtures;
import org.paperkg.read.InputFiles;
import org.paperkg.vocab.Iris;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The threaded pipeline: same quads in the same order whatever the thread count; errors and stops end it cleanly. */
class PipelineTest {
    /** The pipeline of a build, entity resolution included; new for each run (a resolver holds one build's registry). */
    private static Pipeline pipeline() {
        return org.paperkg.resolve.ResolutionStage.pipeline(ExtractionPipeline.standard(), org.paperkg.resolve.Resolver.standalone(new Iris(Iris.DEFAULT_BASE)));
    }

    private static final class Collect extends StreamRDFBase {
        final List<Quad> quads = new ArrayList<>();
        final List<String> threads = new ArrayList<>();

        @Override
        public void quad(Quad q) {
            quads.add(q);
            if (threads.isEmpty() || !threads.get(threads.size() - 1).equals(Thread.currentThread().getName()))
                threads.add(Thread.currentThread().getName());
        }
    }

    private static List<InputFiles.Source> inputs() {
        return InputFiles.resolve(List.of(TestFiles.SAMPLES, Fixtures.HF, Fixtures.ARXIV));
    }

    @Test
    void anyNumberOfExtractionThreadsGivesTheSameQuadsInTheSameOrderOnTheCallingThread() {
        Collect inline = new Collect();
        RunSummary s0 = new RunSummary();
        pipeline().withWorkers(0).run(inputs(), inline, s0, r -> { }, () -> false);
        for (int workers : List.of(1, 3)) {
            Collect threaded = new Collect();
            RunSummary s = new RunSummary();
            pipeline().withWorkers(workers).run(inputs(), threaded, s, r -> { }, () -> false);
            assertEquals(inline.quads, threaded.quads, workers + " workers");
            assertEquals(List.of(Thread.currentThread().getName()), threaded.threads, "the output is only called from the calling thread");
            assertEquals(s0.records(), s.records());
            assertEquals(s0.recordsPerFile(), s.recordsPerFile());
            assertEquals(s0.quadsWritten(), s.quadsWritten());
        }
        assertEquals(491, s0.records(), "419 listing records and 36 + 36 JSON records");
    }

    @Test
    void quadsRepeatedSoonAfterAreNotPassedOnButStillCounted() {
        Collect out = new Collect();
        RunSummary s = new RunSummary();
        pipeline().run(InputFiles.resolve(List.of(TestFiles.SAMPLES)), out, s, r -> { }, () -> false);
        java.util.Set<Quad> seen = new java.util.HashSet<>();
        List<Quad> repeated = out.quads.stream().filter(q -> !seen.add(q)).toList();
        // Only quads with long literals (sentences), which are not remembered, may pass twice.
        assertTrue(repeated.stream().allMatch(q -> q.getObject().isLiteral() && q.getObject().getLiteralLexicalForm().length() > 80),
                repeated.toString());
        assertTrue(repeated.size() < 10, repeated.toString());
        assertTrue(s.quadsWritten() > out.quads.size(), s.quadsWritten() + " written, " + out.quads.size() + " passed on");
    }

    @Test
    void aReaderErrorEndsTheRunWithThatErrorAfterTheRecordsBeforeIt(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        // A gzip file cut short: the records before the cut are read, then the reader fails.
        byte[] good = Files.readAllBytes(TestFiles.WITH_METADATA);
        var zipped = new java.io.ByteArrayOutputStream();
        try (var gz = new java.util.zip.GZIPOutputStream(zipped)) {
            gz.write(good);
        }
        byte[] whole = zipped.toByteArray();
        Path bad = dir.resolve("bad.txt.gz");
        Files.write(bad, java.util.Arrays.copyOf(whole, whole.length * 2 / 3));
        for (int workers : List.of(0, 2)) {
            Collect out = new Collect();
            var e = assertThrows(InputException.class, () -> pipeline().withWorkers(workers)
                    .run(InputFiles.resolve(List.of(TestFiles.BLANK_SEPARATED, bad)), out, new RunSummary(), r -> { }, () -> false));
            assertTrue(e.getMessage().contains("bad.txt.gz") && e.getMessage().contains("truncated"), e.getMessage());
        }
    }

    @Test
    void aLineThatIsNotUtf8IsSkippedAndCountedOnTheCallingThread(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        byte[] good = Files.readAllBytes(TestFiles.WITH_METADATA);
        byte[] broken = new byte[good.length + 2];
        System.arraycopy(good, 0, broken, 0, good.length);
        broken[good.length] = (byte) 0xC3;
        broken[good.length + 1] = (byte) 0x28;
        Path bad = dir.resolve("bad.txt");
        Files.write(bad, broken);
        List<Long> counts = new java.util.ArrayList<>();
        for (int workers : List.of(0, 1, 2)) {
            try (RunSummary s = new RunSummary()) {
                pipeline().withWorkers(workers).run(InputFiles.resolve(List.of(TestFiles.BLANK_SEPARATED, bad)), new Collect(), s,
                        r -> { }, () -> false);
                assertEquals(s.recordsRead(), s.records() + s.skippedCount());
                assertTrue(s.skippedCount() >= 1, workers + " workers: the bad line is a skipped record");
                assertTrue(s.skipped().stream().anyMatch(k -> k.fileName().equals("bad.txt")), s.skipped().toString());
                counts.add(s.records());
                counts.add(s.skippedCount());
            }
        }
        assertEquals(counts.subList(0, 2), counts.subList(2, 4), "the same accounting with 0 and 1 workers");
        assertEquals(counts.subList(0, 2), counts.subList(4, 6), "the same accounting with 0 and 2 workers");
    }

    @Test
    void aStopRequestEndsTheRunBetweenBatches() {
        for (int workers : List.of(0, 2)) {
            int[] records = {0};
            StreamRDF sink = new Collect();
            assertThrows(BuildInterruptedException.class, () -> pipeline().withWorkers(workers).run(inputs(), sink, new RunSummary(),
                    r -> records[0]++, () -> records[0] >= 10));
            assertEquals(Pipeline.BATCH, records[0], workers + " workers: the batch under way is finished, no further one");
        }
    }
}
