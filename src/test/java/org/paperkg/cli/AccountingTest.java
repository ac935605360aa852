package org.paperkg.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.TestFiles;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Every record read ends as a paper in the graph or as a skipped record with file, line and
 * reason: on mixed good and bad input in all three formats, the summary, the JSON report and the
 * store agree, and records = written + skipped per file and in total.
 */
class AccountingTest {
    static final String ABSTRACT_2 = "We revisit an old question with new tools. Our analysis covers many settings and shows "
            + "consistent gains over the previous best approach across all the datasets we examined.";
    static final String ABSTRACT_3 = "This orphan paragraph reads like an abstract and has no title line in front of it at all, "
            + "so the reader cannot tell which paper it belongs to.";

    /** A listing: 4 records written (1 of them is also in the JSON file), 4 lines skipped. */
    static Path listing(Path dir) throws IOException {
        var out = new ByteArrayOutputStream();
        List<String> lines = List.of(
                "Daily Papers",                        // 1 page header
                "Good Title One",                      // 2 record
                TestFiles.ABSTRACT,                    // 3
                "Orphan Title Without Abstract",       // 4 skipped: title without an abstract
                "Good Title Two",                      // 5 record
                ABSTRACT_2,                            // 6
                ABSTRACT_3,                            // 7 skipped: abstract without a title
                "\u0000LATIN1\u0000",                  // 8 skipped: not UTF-8 (placeholder, bytes below)
                "Good Title Three",                    // 9 record
                TestFiles.ABSTRACT.replace("matters", "counts"), // 10
                "\u0000LONG\u0000",                    // 11 skipped: 2 MiB line (placeholder)
                "Good Title Four",                     // 12 record
                ABSTRACT_2.replace("old", "older"));   // 13
        for (String line : lines) {
            if (line.equals("\u0000LATIN1\u0000")) out.write("Caf\u00e9 Title".getBytes(StandardCharsets.ISO_8859_1));
            else if (line.equals("\u0000LONG\u0000")) out.write("x".repeat(2 << 20).getBytes(StandardCharsets.US_ASCII));
            else out.write(line.getBytes(StandardCharsets.UTF_8));
            out.write('\n');
        }
        Path f = dir.resolve("mixed.txt");
        Files.write(f, out.toByteArray());
        return f;
    }

    /** Hugging Face JSON: 3 written (1 a duplicate of the listing), 3 bad entries, then it breaks off. */
    static Path hfJson(Path dir) throws IOException {
        return TestFiles.write(dir, "mixed-hf.json", String.join("\n",
                "[",
                "{\"paper\":{\"id\":\"2501.00001\",\"title\":\"Hf Paper A\",\"summary\":\"" + TestFiles.ABSTRACT + "\"}},",
                "{\"paper\":{\"id\":\"2501.00002\",\"summary\":\"An entry with no title.\"}},",
                "{\"paper\":{\"title\":\"Hf Paper B\",\"upvotes\":\"many\"}},",
                "42,",
                "{\"paper\":{\"title\":\"good title one\",\"summary\":\"" + TestFiles.ABSTRACT + "\"}},",
                "{\"paper\":{\"title\":\"Hf Paper C\",\"publishedAt\":\"not a date\"}},",
                "{\"paper\":{\"title\":\"Truncated"));
    }

    /** arXiv JSON Lines: 3 written (1 a duplicate of the JSON file), 5 bad lines, 1 blank line. */
    static Path arxivJsonl(Path dir) throws IOException {
        var out = new ByteArrayOutputStream();
        List<String> lines = List.of(
                "{\"id\":\"2501.00001v2\",\"title\":\"Hf Paper A\",\"abstract\":\"" + TestFiles.ABSTRACT + "\",\"categories\":\"cs.LG\"}",
                "{\"id\":\"2501.00003\",\"title\":\"Arxiv Paper D\",\"abstract\":\"" + ABSTRACT_2 + "\"}",
                "{not json",
                "[1,2]",
                "{\"id\":\"2501.00004\",\"abstract\":\"No title here.\"}",
                "{\"title\":\"Long Author\",\"authors_parsed\":[[\"" + "x".repeat(5000) + "\",\"A\",\"\"]]}",
                "\u0000LATIN1\u0000",
                "",
                "{\"id\":\"2501.00005\",\"title\":\"Arxiv Paper E\",\"abstract\":\"" + ABSTRACT_2 + "\"}");
        for (String line : lines) {
            if (line.equals("\u0000LATIN1\u0000")) out.write("{\"title\":\"Caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));
            else out.write(line.getBytes(StandardCharsets.UTF_8));
            out.write('\n');
        }
        Path f = dir.resolve("mixed-arxiv.jsonl");
        Files.write(f, out.toByteArray());
        return f;
    }

    @Test
    void everyRecordIsWrittenOrSkippedWithFileLineAndReason(@TempDir Path dir) throws IOException {
        Path kg = dir.resolve("kg"), report = dir.resolve("report.json");
        Path listing = listing(dir), hf = hfJson(dir), arxiv = arxivJsonl(dir);
        var run = CliRun.of("build", "--store", kg.toString(), "--report", report.toString(),
                listing.toString(), hf.toString(), arxiv.toString()).expect(0);

        // 8 + 7 + 8 records read; 4 + 3 + 3 written; 2 duplicates ("good title one" in the JSON file, "Hf Paper A" in the JSONL).
        assertTrue(run.out().contains("read      23 records: 10 written as papers (2 of them duplicates), 13 skipped"), run.out());
        assertTrue(run.out().contains("mixed.txt                         8 records      4 written      4 skipped"), run.out());
        assertTrue(run.out().contains("mixed-hf.json                     7 records      3 written      4 skipped"), run.out());
        assertTrue(run.out().contains("mixed-arxiv.jsonl                 8 records      3 written      5 skipped"), run.out());
        assertTrue(run.out().contains("  ... and 3 more skipped records (all listed in " + report + ")"), run.out());
        assertTrue(run.out().contains("  warning   mixed-hf.json:7: unreadable date 'not a date' in field 'publishedAt' ignored"), run.out());

        JsonNode r = new ObjectMapper().readTree(report.toFile());
        assertEquals("ok", r.get("status").asText());
        JsonNode t = r.get("totals");
        assertEquals(3, t.get("files").asLong());
        assertEquals(23, t.get("records").asLong());
        assertEquals(10, t.get("written").asLong());
        assertEquals(2, t.get("duplicates").asLong());
        assertEquals(8, t.get("distinctPapers").asLong());
        assertEquals(13, t.get("skipped").asLong());
        assertEquals(1, t.get("warnings").asLong());
        assertEquals(t.get("records").asLong(), t.get("written").asLong() + t.get("skipped").asLong());

        List<String> files = new ArrayList<>();
        long records = 0;
        for (JsonNode f : r.get("files")) {
            files.add(f.get("file").asText() + " " + f.get("format").asText() + " " + f.get("records") + "=" + f.get("written")
                    + "+" + f.get("skipped") + " dup " + f.get("duplicates"));
            assertEquals(f.get("records").asLong(), f.get("written").asLong() + f.get("skipped").asLong());
            records += f.get("records").asLong();
        }
        assertEquals(List.of("mixed.txt listing 8=4+4 dup 0", "mixed-hf.json hf-json 7=3+4 dup 1",
                "mixed-arxiv.jsonl arxiv-jsonl 8=3+5 dup 1"), files);
        assertEquals(23, records);

        List<String> skipped = new ArrayList<>();
        for (JsonNode s : r.get("skipped")) skipped.add(s.get("file").asText() + ":" + s.get("line") + ": " + s.get("reason").asText());
        assertEquals(List.of(
                "mixed.txt:4: title without an abstract line after it",
                "mixed.txt:7: abstract without a title line before it",
                "mixed.txt:8: line is not valid UTF-8 (byte 0xE9 at byte 4 of the line); convert the file to UTF-8, e.g. with iconv -f LATIN1 -t UTF-8",
                "mixed.txt:11: line of 2,097,152 bytes is longer than 1,048,576; not a listing line",
                "mixed-hf.json:3: field 'title' is missing or empty; every paper needs a title",
                "mixed-hf.json:4: field 'upvotes' is a string, expected a whole number",
                "mixed-hf.json:5: entry is a number, expected a paper object",
                "mixed-hf.json:8: JSON breaks off here (file ends inside the JSON (truncated download?)); the 3 records before it kept, anything after it is lost",
                "mixed-arxiv.jsonl:3: malformed JSON (Unexpected character ('n' (code 110)): was expecting double-quote to start field name)",
                "mixed-arxiv.jsonl:4: line holds an array, expected a paper object",
                "mixed-arxiv.jsonl:5: field 'title' is missing or empty; every paper needs a title",
                "mixed-arxiv.jsonl:6: author name of 5,002 characters is longer than 1,000; not a usable author name",
                "mixed-arxiv.jsonl:7: line is not valid UTF-8 (byte 0xE9 at byte 14 of the line); convert the file to UTF-8, e.g. with iconv -f LATIN1 -t UTF-8"),
                skipped);
        assertEquals(1, r.get("warnings").size());
        assertEquals("mixed-hf.json", r.get("warnings").get(0).get("file").asText());
        assertEquals(7, r.get("warnings").get(0).get("line").asLong());

        // The store agrees: one source record per written record, one paper per distinct paper.
        assertEquals(8, r.get("store").get("papers").asLong());
        assertEquals(8, BuildCommandTest.stats(kg).get("papers").asLong());
        String sourceRecords = CliRun.of("query", "--store", kg.toString(), "--format", "csv", "-e",
                "PREFIX pkg: <https://w3id.org/paperkg/ontology#> SELECT ?file ?line WHERE { ?p a pkg:Paper ; pkg:hasSource ?r . "
                        + "?r pkg:sourceFile ?file ; pkg:lineNumber ?line } ORDER BY ?file ?line").expect(0).out();
        assertEquals(List.of("file,line", "mixed-arxiv.jsonl,1", "mixed-arxiv.jsonl,2", "mixed-arxiv.jsonl,9",
                "mixed-hf.json,2", "mixed-hf.json,6", "mixed-hf.json,7",
                "mixed.txt,2", "mixed.txt,5", "mixed.txt,9", "mixed.txt,12"), sourceRecords.lines().toList());
    }

    @Test
    void aFailedBuildWritesAFailedReportAndStoresNothing(@TempDir Path dir) throws IOException {
        Path kg = dir.resolve("kg"), report = dir.resolve("report.json");
        Path csv = TestFiles.write(dir, "table.txt", "a,b\n1,2\n");
        var run = CliRun.of("build", "--store", kg.toString(), "--report", report.toString(),
                TestFiles.BLANK_SEPARATED.toString(), csv.toString()).expect(2);
        String error = csv + ": no paper records found; expected a Hugging Face Daily Papers listing (a title line followed by its abstract)";
        assertEquals("paperkg: error: " + error + System.lineSeparator(), run.err());
        JsonNode r = new ObjectMapper().readTree(report.toFile());
        assertEquals("failed", r.get("status").asText());
        assertEquals(error, r.get("error").asText());
        assertEquals(2, r.get("exitCode").asInt());
        assertEquals(0, BuildCommandTest.stats(kg).get("triples").asLong());
    }

    @Test
    void aReportInAMissingDirectoryIsRefusedBeforeBuilding(@TempDir Path dir) {
        Path report = dir.resolve("no/such/dir/report.json");
        var run = CliRun.of("build", "--store", dir.resolve("kg").toString(), "--report", report.toString(),
                TestFiles.BLANK_SEPARATED.toString()).expect(2);
        assertEquals("paperkg: error: cannot write the report " + report + ": its directory does not exist" + System.lineSeparator(), run.err());
        assertFalse(Files.exists(dir.resolve("kg")), "nothing was built");
    }
}
