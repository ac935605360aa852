package org.paperkg.cli;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.TestFiles;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Hostile inputs, one test each, through the command line on a real store: every one ends in a
 * clear one-line error (exit 2, store exactly as before) or in skipped records with reasons (exit
 * 0, every good record kept); never a stack trace.
 */
class HostileInputTest {
    static final String EXPECTED = "expected a Daily Papers listing, Hugging Face papers JSON or arXiv metadata JSON Lines";
    static final String PREFIXES = "PREFIX pkg: <https://w3id.org/paperkg/ontology#> PREFIX dcterms: <http://purl.org/dc/terms/> ";

    @TempDir
    Path dir;
    Path kg;

    /** Every test starts from a store that already holds a good file, so "unchanged" means something. */
    @BeforeEach
    void storeWithOneGoodFile() throws IOException {
        kg = dir.resolve("kg");
        Path good = TestFiles.write(dir, "good.txt", "Good Title\n" + TestFiles.ABSTRACT + "\n");
        CliRun.of("build", "--store", kg.toString(), good.toString()).expect(0);
    }

    private CliRun build(Path... inputs) {
        String[] args = new String[inputs.length + 3];
        args[0] = "build";
        args[1] = "--store";
        args[2] = kg.toString();
        for (int i = 0; i < inputs.length; i++) args[i + 3] = inputs[i].toString();
        CliRun run = CliRun.of(args);
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
        return run;
    }

    /** Builds {@code input} and checks it is refused with {@code message}, the store exactly as before. */
    private void assertRefused(Path input, String message) {
        DatasetGraph before = BuildCommandTest.exportNq(kg);
        CliRun run = build(input);
        assertEquals(2, run.exitCode(), run.err());
        assertEquals("paperkg: error: " + message + System.lineSeparator(), run.err());
        assertTrue(IsoMatcher.isomorphic(before, BuildCommandTest.exportNq(kg)), "store unchanged");
    }

    private List<String> column(String query) {
        return CliRun.of("query", "--store", kg.toString(), "--format", "csv", "-e", PREFIXES + query).expect(0).out().lines().skip(1).toList();
    }

    private static String hfEntry(String paperFields) {
        return "{\"paper\":{" + paperFields + "}}";
    }

    @Test
    void anEmptyFileIsRefused() throws IOException {
        Path f = TestFiles.write(dir, "empty.json", "");
        assertRefused(f, f + ": file is empty; " + EXPECTED);
    }

    @Test
    void aBinaryFileIsRefused() throws IOException {
        Path f = dir.resolve("image.png");
        Files.write(f, new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        assertRefused(f, f + ": binary file (NUL byte at offset 8); " + EXPECTED);
    }

    @Test
    void aFileOfNulBytesIsRefused() throws IOException {
        Path f = dir.resolve("zeros.txt");
        Files.write(f, new byte[1 << 20]);
        assertRefused(f, f + ": binary file (NUL byte at offset 0); " + EXPECTED);
    }

    @Test
    void invalidUtf8CostsOnlyItsLine() throws IOException {
        Path listing = dir.resolve("latin1.txt");
        Files.write(listing, ("Caf\u00e9 Society: A Study\n" + TestFiles.ABSTRACT + "\nSecond Title\n" + TestFiles.ABSTRACT.replace("matters", "counts")
                + "\nThird Title\n" + TestFiles.ABSTRACT.replace("matters", "helps") + "\nFourth Title\n" + TestFiles.ABSTRACT.replace("matters", "works") + "\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        var run = build(listing).expect(0);
        assertTrue(run.out().contains("read      5 records: 3 written as papers (0 of them duplicates), 2 skipped"), run.out());
        assertTrue(run.out().contains("skipped   latin1.txt:1: line is not valid UTF-8 (byte 0xE9 at byte 4 of the line)"), run.out());
        assertTrue(run.out().contains("skipped   latin1.txt:2: abstract without a title line before it"), run.out());
        assertEquals(List.of("Fourth Title", "Good Title", "Second Title", "Third Title"), column("SELECT ?t WHERE { ?p a pkg:Paper ; dcterms:title ?t } ORDER BY ?t"));
    }

    @Test
    void aFileOfOnlyLatin1LinesIsRefused() throws IOException {
        Path listing = dir.resolve("all-latin1.txt");
        Files.write(listing, "Caf\u00e9\nDéjà vu\n".getBytes(StandardCharsets.ISO_8859_1));
        assertRefused(listing, listing + ": no paper records found; expected a Hugging Face Daily Papers listing "
                + "(a title line followed by its abstract)");
    }

    /**
     * A 100 MB line with no line break in each format, built in a child JVM with a 160 MB heap: a
     * reader that buffered the line (or the string) whole would need more than that.
     */
    @Test
    void aHundredMegabyteLineIsSkippedInBoundedMemory() throws Exception {
        long size = 100L << 20;
        Path listing = dir.resolve("huge.txt"), jsonl = dir.resolve("huge.jsonl"), hf = dir.resolve("huge.json");
        writeWithHugeLine(listing, "Huge Title\n" + TestFiles.ABSTRACT + "\n", size, "\nLast Title\n" + TestFiles.ABSTRACT.replace("matters", "counts") + "\n");
        writeWithHugeLine(jsonl, "{\"title\":\"Jsonl First\",\"categories\":\"cs.LG\"}\n{\"title\":\"", size, "\"}\n{\"title\":\"Jsonl Last\"}\n");
        writeWithHugeLine(hf, "[" + hfEntry("\"title\":\"Hf First\"") + ",\n" + hfEntry("\"title\":\"Hf Huge\",\"summary\":\""), size, "\"}}]");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx160m",
                "-cp", System.getProperty("java.class.path"), "org.paperkg.cli.Main", "build", "--store", kg.toString(),
                listing.toString(), jsonl.toString(), hf.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), output);
        assertTrue(output.contains("read      8 records: 5 written as papers (0 of them duplicates), 3 skipped"), output);
        assertTrue(output.contains("skipped   huge.txt:3: line of 104,857,600 bytes is longer than 1,048,576; not a listing line"), output);
        assertTrue(output.contains("skipped   huge.jsonl:2: line of " + String.format("%,d", size + "{\"title\":\"\"}".length()) + " bytes is longer than 1,048,576; not a metadata record"), output);
        assertTrue(output.contains("skipped   huge.json:2: JSON breaks off here (String value length ("), output);
        assertTrue(output.contains(") exceeds the maximum allowed (4194304, from `StreamReadConstraints.getMaxStringLength()`)); "
                + "the 1 record before it kept, anything after it is lost"), output);
        assertEquals(List.of("Good Title", "Hf First", "Huge Title", "Jsonl First", "Jsonl Last", "Last Title"),
                column("SELECT ?t WHERE { ?p a pkg:Paper ; dcterms:title ?t } ORDER BY ?t"));
    }

    private static void writeWithHugeLine(Path f, String head, long size, String tail) throws IOException {
        byte[] chunk = "abcdefghij".repeat(1 << 16).getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(f), 1 << 16)) {
            out.write(head.getBytes(StandardCharsets.UTF_8));
            for (long left = size; left > 0; left -= chunk.length) out.write(chunk, 0, (int) Math.min(chunk.length, left));
            out.write(tail.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void deeplyNestedJsonIsSkippedOrEndsTheFileClearly() throws IOException {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        Path jsonl = TestFiles.write(dir, "nested.jsonl", "{\"title\":\"Nested First\",\"categories\":\"cs.LG\"}\n{\"title\":\"x\",\"extra\":" + deep + "}\n{\"title\":\"Nested Last\"}\n");
        Path hf = TestFiles.write(dir, "nested.json", "[" + hfEntry("\"title\":\"Hf Before Nesting\"") + ",\n" + hfEntry("\"title\":\"x\",\"extra\":" + deep) + "]");
        var run = build(jsonl, hf).expect(0);
        assertTrue(run.out().contains("skipped   nested.jsonl:2: malformed JSON (Document nesting depth (1001) exceeds the maximum allowed (1000"), run.out());
        assertTrue(run.out().contains("skipped   nested.json:2: JSON breaks off here (Document nesting depth (1001) exceeds the maximum allowed (1000"), run.out());
        assertEquals(List.of("Good Title", "Hf Before Nesting", "Nested First", "Nested Last"),
                column("SELECT ?t WHERE { ?p a pkg:Paper ; dcterms:title ?t } ORDER BY ?t"));
        Path onlyNested = TestFiles.write(dir, "only-nested.json", deep);
        assertRefused(onlyNested, onlyNested + ":1: not valid JSON: Document nesting depth (1001) exceeds the maximum allowed "
                + "(1000, from `StreamReadConstraints.getMaxNestingDepth()`); expected a Hugging Face papers JSON array");
    }

    @Test
    void aJsonArrayThatNeverClosesKeepsTheEntriesBeforeTheBreak() throws IOException {
        Path f = TestFiles.write(dir, "truncated.json", "[\n" + hfEntry("\"title\":\"Kept One\"") + ",\n" + hfEntry("\"title\":\"Kept Two\"") + ",\n{\"paper\":{\"title\":\"Lost");
        var run = build(f).expect(0);
        assertTrue(run.out().contains("skipped   truncated.json:4: JSON breaks off here (file ends inside the JSON (truncated download?)); "
                + "the 2 records before it kept, anything after it is lost"), run.out());
        assertEquals(List.of("Good Title", "Kept One", "Kept Two"), column("SELECT ?t WHERE { ?p a pkg:Paper ; dcterms:title ?t } ORDER BY ?t"));
        Path nothingBefore = TestFiles.write(dir, "cut.json", "[{\"paper\":{\"title\":\"Lost");
        assertRefused(nothingBefore, nothingBefore + ":1: not valid JSON: file ends inside the JSON (truncated download?); "
                + "expected a Hugging Face papers JSON array");
    }

    @Test
    void duplicateRecordsBecomeOnePaperWithEverySourceRecord() throws IOException {
        String entry = hfEntry("\"id\":\"2501.00009\",\"title\":\"Twice Told Tales\",\"summary\":\"" + TestFiles.ABSTRACT + "\"");
        Path hf = TestFiles.write(dir, "dup.json", "[\n" + entry + ",\n" + entry + "\n]");
        Path listing = TestFiles.write(dir, "dup.txt", "Twice-Told Tales\n" + TestFiles.ABSTRACT + "\n");
        var run = build(hf, listing).expect(0);
        assertTrue(run.out().contains("read      3 records: 3 written as papers (2 of them duplicates), 0 skipped"), run.out());
        assertEquals(List.of("dup.json,2", "dup.json,3", "dup.txt,1"), column("SELECT ?f ?l WHERE { ?p dcterms:title \"Twice Told Tales\" ; "
                + "pkg:hasSource ?r . ?r pkg:sourceFile ?f ; pkg:lineNumber ?l } ORDER BY ?f ?l").stream().map(s -> s.replace("\"", "")).toList());
        assertEquals(List.of("2"), column("SELECT (COUNT(?p) AS ?n) WHERE { ?p a pkg:Paper }"), "Good Title and Twice Told Tales");
    }

    @Test
    void controlCharactersInTitlesBecomeSpaces() throws IOException {
        Path f = TestFiles.write(dir, "controls.json", "[\n" + hfEntry("\"title\":\"Deep\\u0000Learn\\u0007ing\\u001b[31m \\ud800Red\\uFFFF\"") + ",\n"
                + hfEntry("\"title\":\"\\u0000\\u0001\\u0002\"") + "\n]");
        var run = build(f).expect(0);
        assertTrue(run.out().contains("skipped   controls.json:3: field 'title' is missing or empty; every paper needs a title"), run.out());
        assertEquals(List.of("Deep Learn ing [31m \uFFFDRed\uFFFD", "Good Title"),
                column("SELECT ?t WHERE { ?p a pkg:Paper ; dcterms:title ?t } ORDER BY ?t"));
    }

    @Test
    void htmlScriptAndIrisInAbstractsStayText() throws IOException {
        String abs = "We propose <script>alert('x')</script> and <a href=\"https://evil.example/x\">a link</a>, see javascript:alert(1) "
                + "and <https://good.example/page> for details of the new method we describe here.";
        Path f = TestFiles.write(dir, "html.txt", "Scripted Title\n" + abs + "\n");
        build(f).expect(0);
        assertEquals(List.of(abs.replace("\"", "\"\"")), column("SELECT ?a WHERE { ?p dcterms:title \"Scripted Title\" ; dcterms:abstract ?a }")
                .stream().map(s -> s.substring(1, s.length() - 1)).toList());
        assertEquals(List.of("https://evil.example/x", "https://good.example/page"),
                column("SELECT ?u WHERE { ?p dcterms:title \"Scripted Title\" ; pkg:projectPage ?u } ORDER BY ?u"));
    }

    @Test
    void urlsWithSpacesQuotesAndUnicodeAreEncodedOrKeptAsText() throws IOException {
        Path f = TestFiles.write(dir, "urls.json", "[\n" + hfEntry("\"title\":\"Odd Links\",\"githubRepo\":\"https://github.com/owner/my repo\","
                + "\"projectPage\":\"https://example.org/caf\u00e9 \\\"quoted\\\" <tag>#a#b\"") + ",\n"
                + hfEntry("\"title\":\"Bad Port\",\"projectPage\":\"https://example.org:0/x\"") + "\n]");
        build(f).expect(0);
        assertEquals(List.of("https://github.com/owner/my%20repo"),
                column("SELECT ?u WHERE { ?p dcterms:title \"Odd Links\" ; pkg:hasCode ?r . ?r pkg:url ?u }"));
        assertEquals(List.of("https://example.org/caf%C3%A9%20%22quoted%22%20%3Ctag%3E#a%23b"),
                column("SELECT ?u WHERE { ?p dcterms:title \"Odd Links\" ; pkg:projectPage ?u }"));
        assertEquals(List.of("literal https://example.org:0/x"),
                column("SELECT (CONCAT(IF(isLiteral(?u), \"literal \", \"iri \"), STR(?u)) AS ?x) WHERE { ?p dcterms:title \"Bad Port\" ; pkg:projectPage ?u }"));
    }

    @Test
    void extremelyLongNamesAreSkippedOrGetBoundedIris() throws IOException {
        String longTitle = "Long ".repeat(300).strip();   // 1,499 characters: within the bound
        Path f = TestFiles.write(dir, "long.jsonl", String.join("\n",
                "{\"title\":\"" + longTitle + "\",\"categories\":\"cs.LG\",\"authors\":\"" + "Name".repeat(200) + "\"}",
                "{\"title\":\"" + "T".repeat(3000) + "\"}",
                "{\"title\":\"Fine\",\"authors_parsed\":[[\"" + "L".repeat(1001) + "\",\"\",\"\"]]}",
                "{\"title\":\"Huge Abstract\",\"abstract\":\"" + "word ".repeat(5000) + "\"}") + "\n");
        var run = build(f).expect(0);
        assertTrue(run.out().contains("skipped   long.jsonl:2: title of 3,000 characters is longer than 2,000; not a usable title"), run.out());
        assertTrue(run.out().contains("skipped   long.jsonl:3: author name of 1,001 characters is longer than 1,000; not a usable author name"), run.out());
        assertTrue(run.out().contains("skipped   long.jsonl:4: abstract of 24,999 characters is longer than 20,000; not a usable abstract"), run.out());
        List<String> iris = column("SELECT DISTINCT ?s WHERE { GRAPH ?g { ?s ?p ?o } FILTER(isIRI(?s)) }");
        int longest = iris.stream().mapToInt(String::length).max().orElseThrow();
        assertTrue(longest < 150, "every IRI is short: slugs are cut at 80 characters and end in a hash; longest " + longest);
    }

    /**
     * Abstracts within the bound but built to make regular expressions backtrack: a run of one
     * letter, of digits, of ")" after a URL, thousands of host labels, an acronym definition
     * repeated. Each once took from seconds to forever (cubic) or overflowed the stack.
     */
    @Test
    void pathologicalAbstractsExtractInBoundedTime() throws IOException {
        List<String> abstracts = List.of("A".repeat(19_990), "1".repeat(19_990), "a-".repeat(9_990),
                "https://github.com/a/" + ")".repeat(19_900), "www." + "a.".repeat(9_990),
                "Proximal Policy Optimization (PPO) ".repeat(550).strip(), "GSM8K ".repeat(3_300).strip(),
                "accuracy of 91.5 on GSM8K and 88.2 on MMLU and ".repeat(400).strip());
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < abstracts.size(); i++)
            jsonl.append("{\"title\":\"Pathological ").append(i).append("\",\"categories\":\"cs.LG\",\"abstract\":\"")
                    .append(abstracts.get(i)).append("\"}\n");
        Path f = TestFiles.write(dir, "pathological.jsonl", jsonl.toString());
        var run = assertTimeoutPreemptively(java.time.Duration.ofSeconds(90), () -> build(f));
        run.expect(0);
        assertTrue(run.out().contains("read      8 records: 8 written as papers (0 of them duplicates), 0 skipped"), run.out());
    }
}
