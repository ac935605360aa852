package org.paperkg.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.TestFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Every bad input gives exit code 2, one line naming the file and the problem, and no store change. */
class BadInputTest {
    static void assertOneLineError(CliRun run, String expected) {
        assertEquals(2, run.exitCode(), run.err());
        assertEquals("paperkg: error: " + expected + System.lineSeparator(), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void eachBadInputIsOneClearLineAndTheStoreStaysEmpty(@TempDir Path dir) throws IOException {
        Path kg = dir.resolve("kg");
        Path missing = dir.resolve("missing.txt");
        Path empty = TestFiles.write(dir, "empty.txt", "");
        Path binary = dir.resolve("blob.bin");
        Files.write(binary, new byte[]{'P', 'K', 3, 4, 0, 0, 1});
        Path csv = TestFiles.write(dir, "table.csv", "a,b\n1,2\n");
        Path emptyDir = Files.createDirectory(dir.resolve("nothing"));

        assertOneLineError(CliRun.of("build", "--store", kg.toString(), missing.toString()), missing + ": no such file or directory; check the path");
        assertOneLineError(CliRun.of("build", "--store", kg.toString(), empty.toString()), empty + ": file is empty; expected a Daily Papers listing, Hugging Face papers JSON or arXiv metadata JSON Lines");
        assertOneLineError(CliRun.of("build", "--store", kg.toString(), binary.toString()), binary + ": binary file (NUL byte at offset 4); expected a Daily Papers listing, Hugging Face papers JSON or arXiv metadata JSON Lines");
        assertOneLineError(CliRun.of("build", "--store", kg.toString(), csv.toString()), csv + ": no paper records found; expected a Hugging Face Daily Papers listing (a title line followed by its abstract)");
        assertOneLineError(CliRun.of("build", "--store", kg.toString(), emptyDir.toString()), emptyDir + ": directory has no files to read; expected listing, Hugging Face JSON or arXiv JSON Lines files");
        // Inputs are checked before the store is opened; the failed content build ran in an aborted transaction.
        assertOneLineError(CliRun.of("stats", "--store", kg.toString(), "--format", "xml"), "unknown format 'xml'; use text or json");
        assertEquals("{\"papers\":0,\"methods\":0,\"datasets\":0,\"tasks\":0,\"metrics\":0,\"results\":0,\"repositories\":0,\"triples\":0,\"graphs\":0}",
                CliRun.of("stats", "--store", kg.toString(), "--format", "json").expect(0).out().strip());
    }

    @Test
    void aMissingStoreSaysHowToMakeOne(@TempDir Path dir) {
        var run = CliRun.of("stats", "--store", dir.resolve("none").toString());
        assertEquals(1, run.exitCode());
        assertEquals("paperkg: error: no knowledge graph store at " + dir.resolve("none")
                + "; run 'paperkg build' first, or give --store" + System.lineSeparator(), run.err());
    }

    @Test
    void unknownOptionsAreBadUsage() {
        var run = CliRun.of("build", "--frobnicate");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("paperkg: Unknown option: '--frobnicate'"), run.err());
    }

    @Test
    void aQueryTimeoutOutOfRangeIsBadUsageForServeAndLoadtest() {
        // Checked before any store is opened or server started.
        for (String command : new String[] {"serve", "loadtest"})
            assertOneLineError(CliRun.of(command, "--query-timeout", "0").expect(2),
                    "--query-timeout must be between 0 and 86400 seconds, not 0.0");
    }

    @Test
    void everyCommandHasHelp() {
        for (String cmd : List.of("build", "query", "export", "stats", "serve")) {
            var run = CliRun.of(cmd, "--help").expect(0);
            assertTrue(run.out().startsWith("Usage: paperkg " + cmd), run.out());
        }
        var top = CliRun.of("--help").expect(0);
        assertTrue(top.out().contains("Exit codes:"), top.out());
    }

    @Test
    void aLockedStoreNamesTheOtherProcess(@TempDir Path dir) throws Exception {
        Path kg = dir.resolve("kg");
        CliRun.of("build", "--store", kg.toString(), TestFiles.BLANK_SEPARATED.toString()).expect(0);
        try (var held = org.paperkg.store.KgStore.openExisting(kg)) {
            held.stats();
            Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "org.paperkg.cli.Main", "stats", "--store", kg.toString())
                    .redirectErrorStream(true).start();
            String output = new String(other.getInputStream().readAllBytes());
            assertEquals(1, other.waitFor());
            assertTrue(output.startsWith("paperkg: error: the store " + kg + " is in use by another process (pid "
                    + ProcessHandle.current().pid() + ": a paperkg process, since "), output);
            assertTrue(output.strip().endsWith("); stop that process and try again "
                    + "(to update a served store see 'Updating a served store' in the README)"), output);
            assertEquals(1, output.strip().lines().count(), output);
        }
    }
}
