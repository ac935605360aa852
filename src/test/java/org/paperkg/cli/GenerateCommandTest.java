package org.paperkg.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GenerateCommandTest {
    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.newCommandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void writesTheRequestedNumberOfJsonLines() throws IOException {
        Path f = tmp.resolve("big.jsonl");
        assertEquals(0, run("generate", "--papers", "25", "--format", "arxiv-jsonl", "-o", f.toString(), "--seed", "4"));
        assertEquals(25, Files.readAllLines(f).stream().filter(l -> l.startsWith("{")).count());
        assertEquals("Wrote 25 papers (arxiv-jsonl, seed 4) to " + f + System.lineSeparator(), err.toString());
    }

    @Test
    void thenBuildsTheGeneratedFileIntoAStore() {
        Path f = tmp.resolve("papers.json.gz");
        assertEquals(0, run("generate", "--papers", "40", "--format", "hf-json", "-o", f.toString()));
        assertEquals(0, run("build", "--store", tmp.resolve("kg").toString(), f.toString()));
        assertTrue(out.toString().contains("store     40 papers"), out.toString());
    }

    @Test
    void anUnknownFormatIsBadUsage() {
        assertEquals(2, run("generate", "--papers", "5", "--format", "csv", "-o", tmp.resolve("x").toString()));
        assertEquals("paperkg: error: unknown --format 'csv'; use listing, hf-json or arxiv-jsonl" + System.lineSeparator(), err.toString());
    }
}
