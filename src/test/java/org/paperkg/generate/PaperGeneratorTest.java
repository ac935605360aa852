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
