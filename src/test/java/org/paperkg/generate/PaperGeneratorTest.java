package org.paperkg.generate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.model.PaperRecord;
import org.paperkg.model.SkippedRecord;
import org.paperkg.read.InputFiles;
import org.paperkg.read.RecordSink;
import org.paperkg.vocab.Names;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PaperGeneratorTest {
    @TempDir
    Path tmp;

    private static byte[] generate(long seed, int n, PaperGenerator.Format f) throws IOException {
        var out = new ByteArrayOutputStream();
        new PaperGenerator(seed).write(n, f, out);
        return out.toByteArray();
    }

    private List<PaperRecord> readBack(PaperGenerator.Format f, int n) throws IOException {
        Path file = tmp.resolve("gen-" + f.cliName);
        try (OutputStream out = Files.newOutputStream(file)) {
            new PaperGenerator(7).write(n, f, out);
        }
        List<PaperRecord> records = new ArrayList<>();
        List<SkippedRecord> skipped = new ArrayList<>();
        InputFiles.detect(file).read(file, new RecordSink() {
            public void record(PaperRecord r) { records.add(r); }
            public void skipped(SkippedRecord s) { skipped.add(s); }
        });
        assertEquals(List.of(), skipped);
        return records;
    }

    @Test
    void theSameSeedGivesTheSameBytesInEveryFormat() throws IOException {
        for (PaperGenerator.Format f : PaperGenerator.Format.values()) {
            assertArrayEquals(generate(11, 50, f), generate(11, 50, f), f.cliName);
            assertFalse(java.util.Arrays.equals(generate(11, 50, f), generate(12, 50, f)), f.cliName);
        }
    }

    @Test
    void everyFormatReadsBackAsTheSamePapers() throws IOException {
        List<String> keys = null;
        for (PaperGenerator.Format f : PaperGenerator.Format.values()) {
            List<PaperRecord> records = readBack(f, 120);
            assertEquals(120, records.size(), f.cliName);
            List<String> k = records.stream().map(r -> Names.titleKey(r.title())).toList();
            assertEquals(120, k.stream().distinct().count(), f.cliName);
            if (keys != null) assertEquals(keys, k, f.cliName);
            keys = k;
        }
    }

    @Test
    void abstractsGiveTheExtractorsRealWorkWithLongTailedNames() throws IOException {
        List<PaperRecord> records = readBack(PaperGenerator.Format.ARXIV_JSONL, 600);
        var extraction = org.paperkg.extract.ExtractionPipeline.standard();
        java.util.Map<org.paperkg.model.MentionKind, Integer> papersWith = new java.util.EnumMap<>(org.paperkg.model.MentionKind.class);
        java.util.Map<String, Integer> datasetPapers = new java.util.HashMap<>();
        java.util.Map<String, Integer> authorPapers = new java.util.HashMap<>();
        int acronyms = 0, results = 0;
        long chars = 0;
        for (PaperRecord r : records) {
            var x = extraction.extract(r);
            chars += r.abstractText().length();
            x.mentions().stream().map(org.paperkg.model.Mention::kind).distinct().forEach(k -> papersWith.merge(k, 1, Integer::sum));
            if (x.mentions().stream().anyMatch(m -> m.kind() == org.paperkg.model.MentionKind.PROPOSED && m.longForm() != null)) acronyms++;
            if (!x.results().isEmpty()) results++;
            x.mentions().stream().filter(m -> m.kind() == org.paperkg.model.MentionKind.DATASET).map(org.paperkg.model.Mention::entityName)
                    .distinct().forEach(d -> datasetPapers.merge(d, 1, Integer::sum));
            r.authors().forEach(a -> authorPapers.merge(a, 1, Integer::sum));
        }
        long avg = chars / records.size();
        assertTrue(avg > 700 && avg < 1200, "abstract length " + avg);
        // Shares of papers, from the template probabilities (see AbstractComposer), with slack for chance.
        assertBetween(papersWith.get(org.paperkg.model.MentionKind.DATASET), 300, 540, "papers with a dataset");
        assertBetween(papersWith.get(org.paperkg.model.MentionKind.METHOD_USED), 300, 600, "papers using a method");
        assertBetween(papersWith.get(org.paperkg.model.MentionKind.METRIC), 60, 240, "papers with a metric");
        assertBetween(papersWith.get(org.paperkg.model.MentionKind.CODE_REPOSITORY), 120, 240, "papers with code");
        assertBetween(acronyms, 80, 160, "papers defining an acronym for what they propose");
        assertBetween(results, 60, 240, "papers reporting a result");
        // Long tail: the most used dataset is in many papers, the typical one in very few.
        List<Integer> counts = datasetPapers.values().stream().sorted(java.util.Comparator.reverseOrder()).toList();
        assertTrue(counts.get(0) >= 10 * counts.get(counts.size() / 2), "dataset frequencies " + counts);
        assertTrue(authorPapers.values().stream().mapToInt(Integer::intValue).max().orElseThrow() >= 5, "a prolific author");
    }

    private static void assertBetween(Integer actual, int low, int high, String what) {
        assertTrue(actual != null && actual >= low && actual <= high, what + ": " + actual + " not in [" + low + ", " + high + "]");
    }

    @Test
    void generatedJsonCarriesIdsAuthorsAndDates() throws IOException {
        PaperRecord hf = readBack(PaperGenerator.Format.HF_JSON, 3).get(1);
        assertEquals("2501.00002", hf.arxivId());
        assertFalse(hf.authors().isEmpty());
        assertEquals(hf.published().plusDays(1), hf.featuredDate());
        PaperRecord ax = readBack(PaperGenerator.Format.ARXIV_JSONL, 3).get(1);
        assertEquals("2501.00002", ax.arxivId());
        assertEquals(hf.authors(), ax.authors());
        assertEquals(hf.published(), ax.published());
    }
}
