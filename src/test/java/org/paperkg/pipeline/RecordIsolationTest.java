package org.paperkg.pipeline;

import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.TestFiles;
import org.paperkg.extract.ExtractionPipeline;
import org.paperkg.extract.Extractor;
import org.paperkg.extract.TextIndex;
import org.paperkg.map.PaperMapper;
import org.paperkg.model.EntityType;
import org.paperkg.model.Mention;
import org.paperkg.model.MentionKind;
import org.paperkg.model.Span;
import org.paperkg.model.TextField;
import org.paperkg.model.PaperRecord;
import org.paperkg.model.SkippedRecord;
import org.paperkg.read.InputFiles;
import org.paperkg.read.ListingReader;
import org.paperkg.vocab.Iris;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** A record the extractors or the mapper choke on becomes a skip with the reason; nothing of it is written. */
class RecordIsolationTest {
    /** An extractor with a bug that shows on one title only. */
    static final Extractor BROKEN = new Extractor() {
        @Override
        public String name() {
            return "broken";
        }

        @Override
        public List<Mention> extract(PaperRecord paper, TextIndex text) {
            if (paper.title().contains("Boom")) throw new IllegalStateException("boom");
            if (paper.title().contains("Deep")) return deep(100_000);
            return List.of();
        }

        private List<Mention> deep(int n) {
            return n == 0 ? List.of() : deep(n - 1);
        }
    };

    @Test
    void aRecordThatBreaksExtractionIsSkippedWholeAndTheOthersWritten(@TempDir Path dir) throws IOException {
        Path f = TestFiles.write(dir, "three.txt", "Fine Title\n" + TestFiles.ABSTRACT + "\nBoom Title\n"
                + TestFiles.ABSTRACT + "\nDeep Title\n" + TestFiles.ABSTRACT + "\nLast Title\n" + TestFiles.ABSTRACT + "\n");
        // On the calling thread (0 workers) and on extraction threads alike.
        for (int workers : List.of(0, 1, 2)) isolates(f, workers);
    }

    private static void isolates(Path f, int workers) {
        var pipeline = new Pipeline(new ExtractionPipeline(List.of(BROKEN)), new PaperMapper(new Iris(Iris.DEFAULT_BASE)))
                .withWorkers(workers);
        List<Quad> quads = new ArrayList<>();
        try (RunSummary summary = new RunSummary()) {
            pipeline.run(new InputFiles.Source(f, new ListingReader()), new StreamRDFBase() {
                @Override
                public void quad(Quad quad) {
                    quads.add(quad);
                }
            }, summary, r -> { });
            assertEquals(2, summary.records());
            assertEquals(List.of(
                    new SkippedRecord("three.txt", 3, "extraction failed (IllegalStateException: boom); a bug in paperkg, please report it with this record"),
                    new SkippedRecord("three.txt", 5, "extraction failed (StackOverflowError: null); a bug in paperkg, please report it with this record")),
                    summary.skipped());
            assertEquals(4, summary.recordsRead());
        }
        assertTrue(quads.stream().noneMatch(q -> q.getObject().isLiteral() && q.getObject().getLiteralLexicalForm().matches("(Boom|Deep) Title")),
                "nothing of the failed records was written");
        assertEquals(2, quads.stream().filter(q -> q.getPredicate().getURI().endsWith("/title") && q.getSubject().getURI().contains("/paper/")).count(),
                "one title per written paper");
    }

    /** An extractor whose mention points outside its text on one title: mapping it fails after resolution. */
    static final Extractor BAD_SPAN = new Extractor() {
        @Override
        public String name() {
            return "bad-span";
        }

        @Override
        public List<Mention> extract(PaperRecord paper, TextIndex text) {
            if (!paper.title().contains("Broken")) return List.of();
            Span outside = new Span(0, 100_000);
            return List.of(new Mention(MentionKind.METHOD_USED, "Frobnicator Net", null, EntityType.METHOD, TextField.ABSTRACT,
                    outside, outside, "bad-span", 0.5));
        }
    };

    @Test
    void aRecordWhoseMappingFailsLeavesNothingInTheResolver(@TempDir Path dir) throws IOException {
        String defining = "We train Quuxian Flow Matching (QFM) on images and compare it with a baseline in every setting we tried.";
        Path f = TestFiles.write(dir, "two.txt", "Broken Title\n" + defining + "\nBROKEN title!\n" + TestFiles.ABSTRACT + "\n");
        var mapper = new PaperMapper(new Iris(Iris.DEFAULT_BASE));
        var pipeline = new Pipeline(new ExtractionPipeline(List.of(BAD_SPAN)), mapper);
        List<Quad> quads = new ArrayList<>();
        StreamRDFBase collect = new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                quads.add(quad);
            }
        };
        try (RunSummary summary = new RunSummary()) {
            pipeline.run(new InputFiles.Source(f, new ListingReader()), collect, summary, r -> { });
            assertEquals(1, summary.records());
            assertEquals(1, summary.skipped().size());
            assertTrue(summary.skipped().get(0).reason().startsWith("extraction failed (StringIndexOutOfBoundsException"), summary.skipped().toString());
        }
        mapper.finish(collect);
        assertTrue(quads.stream().noneMatch(q -> q.getObject().isLiteral() && q.getObject().getLiteralLexicalForm().matches(".*(Frobnicator|Quuxian|QFM).*")),
                "no entity, form or acronym of the failed record is described");
        // The second record has the first one's title key: with the failed record forgotten, it is the
        // paper's first record and gives the paper its title.
        List<String> paperTitles = quads.stream().filter(q -> q.getPredicate().getURI().equals("http://purl.org/dc/terms/title")
                && q.getSubject().getURI().contains("/paper/")).map(q -> q.getObject().getLiteralLexicalForm()).toList();
        assertEquals(List.of("BROKEN title!"), paperTitles);
        assertTrue(quads.stream().noneMatch(q -> q.getPredicate().getURI().equals("http://purl.org/dc/terms/alternative")));
    }
}
