package org.paperkg.read;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.InputException;
import org.paperkg.model.PaperRecord;
import org.paperkg.model.SkippedRecord;
import org.paperkg.model.SourceRef;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HfPapersReaderTest {
    private static final String GOOD = "{\"paper\":{\"id\":\"2501.00001\",\"title\":\"A Good Paper\",\"summary\":\"We study things.\"}}";

    @TempDir
    Path tmp;

    private static CollectingSink read(Path file) {
        var sink = new CollectingSink();
        new HfPapersReader().read(file, sink);
        return sink;
    }

    @Test
    void readsEveryFieldOfARealDailyPapersEntry() {
        CollectingSink sink = read(Fixtures.DIR.resolve("hf-entry-real.json"));
        assertEquals(List.of(), sink.skipped);
        assertEquals(1, sink.records.size());
        PaperRecord p = sink.records.get(0);
        assertEquals(new SourceRef("hf-entry-real.json", 1), p.source());
        assertEquals("2602.23229", p.arxivId());
        assertEquals("Large Multimodal Models as General In-Context Classifiers", p.title());
        assertTrue(p.abstractText().startsWith("Which multimodal model should we use for classification?"));
        assertTrue(p.abstractText().endsWith("a flexible alternative to specialized models."));
        assertEquals(List.of("Marco Garosi", "Matteo Farina", "Alessandro Conti", "Massimiliano Mancini", "Elisa Ricci"), p.authors());
        assertEquals(5, p.authorCount());
        assertEquals(LocalDate.of(2026, 2, 26), p.published());
        assertEquals(LocalDate.of(2026, 2, 26), p.featuredDate());
        assertEquals(10, p.upvotes());
        assertEquals("https://github.com/marco-garosi/CIRCLE", p.githubRepo());
        assertEquals("https://circle-lmm.github.io/", p.projectPage());
        assertEquals(9, p.keywords().size());
        assertEquals("Vision-Language Models", p.keywords().get(0));
        assertEquals("context refinement", p.keywords().get(8));
        assertEquals(9, p.githubStars());
        assertNull(p.doi());
        assertEquals(List.of(), p.categories());
        assertNull(p.license());
    }

    @Test
    void readsABarePaperObjectAndTakesTheFeaturedDayFromSubmittedOnDailyAt() {
        CollectingSink sink = read(Fixtures.DIR.resolve("hf-paper-real.json"));
        assertEquals(1, sink.records.size());
        PaperRecord p = sink.records.get(0);
        assertEquals("2407.13168", p.arxivId());
        assertEquals("SciCode: A Research Coding Benchmark Curated by Scientists", p.title());
        assertEquals(30, p.authors().size());
        assertEquals("Minyang Tian", p.authors().get(0));
        assertEquals("Hao Peng", p.authors().get(29));
        assertEquals(LocalDate.of(2024, 7, 18), p.published());
        assertEquals(LocalDate.of(2024, 7, 22), p.featuredDate());
        assertEquals(17, p.upvotes());
        assertNull(p.githubRepo());
        assertNull(p.projectPage());
        assertNull(p.githubStars());
        assertEquals(List.of("language models", "coding benchmark", "knowledge recall", "reasoning", "code synthesis", "scientific AI"),
                p.keywords());
    }

    @Test
    void readsAllThirtySixFixtureEntriesWithTheirLines() {
        CollectingSink sink = read(Fixtures.HF);
        assertEquals(36, sink.records.size());
        assertEquals(List.of(), sink.skipped);
        assertEquals(List.of(), sink.warnings);
        assertEquals(2, sink.records.get(0).source().line());
        assertEquals("Do input gradients highlight discriminative features?", sink.records.get(0).title());
        assertTrue(sink.records.stream().allMatch(r -> r.arxivId() != null && r.featuredDate() != null && !r.authors().isEmpty()));
    }

    @Test
    void collapsesLineBreaksInTitleAndSummary() throws IOException {
        Path f = Fixtures.write(tmp, "x.json", "[{\"title\":\"Two\\n   Lines\",\"summary\":\"  One.\\n  Two. \"}]");
        PaperRecord p = read(f).records.get(0);
        assertEquals("Two Lines", p.title());
        assertEquals("One. Two.", p.abstractText());
    }

    @Test
    void skipsAnEntryWithoutATitleAndKeepsTheRest() throws IOException {
        Path f = Fixtures.write(tmp, "x.json", "[\n" + GOOD + ",\n{\"paper\":{\"id\":\"2501.00002\",\"summary\":\"No title.\"}},\n" + GOOD + "\n]");
        CollectingSink sink = read(f);
        assertEquals(2, sink.records.size());
        assertEquals(List.of(new SkippedRecord("x.json", 3, "field 'title' is missing or empty; every paper needs a title")), sink.skipped);
    }

    @Test
    void aTitleOfUnicodeSpacesIsMissingAndOtherSpacesCollapse() throws IOException {
        // U+2000 (en quad) and U+3000 (ideographic space) are blank to String.isBlank, not to the regex class \s.
        Path f = Fixtures.write(tmp, "x.json", "[{\"title\":\"\\u2000\\u3000\"},{\"title\":\"No\\u00A0break\\u2003 title\"}]");
        CollectingSink sink = read(f);
        assertEquals(List.of(new SkippedRecord("x.json", 1, "field 'title' is missing or empty; every paper needs a title")), sink.skipped);
        assertEquals("No break title", sink.records.get(0).title());
    }

    @Test
    void skipsEntriesWithFieldsOfTheWrongType() throws IOException {
        Path f = Fixtures.write(tmp, "x.json", "[\n"
                + "{\"paper\":{\"title\":42}},\n"
                + "{\"paper\":{\"title\":\"T\",\"upvotes\":\"many\"}},\n"
                + "{\"paper\":{\"title\":\"T\",\"authors\":\"A. Person\"}},\n"
                + "{\"paper\":[1,2]},\n"
                + "\"just a string\",\n"
                + GOOD + "\n]");
        CollectingSink sink = read(f);
        assertEquals(1, sink.records.size());
        assertEquals(List.of(
                new SkippedRecord("x.json", 2, "field 'title' is a number, expected a string"),
                new SkippedRecord("x.json", 3, "field 'upvotes' is a string, expected a whole number"),
                new SkippedRecord("x.json", 4, "field 'authors' is a string, expected an array"),
                new SkippedRecord("x.json", 5, "field 'paper' is an array, expected an object"),
                new SkippedRecord("x.json", 6, "entry is a string, expected a paper object")), sink.skipped);
    }

    @Test
    void warnsAboutAnUnreadableDateAndKeepsTheRecord() throws IOException {
        Path f = Fixtures.write(tmp, "x.json", "[{\"title\":\"T\",\"publishedAt\":\"yesterday\"}]");
        CollectingSink sink = read(f);
        assertNull(sink.records.get(0).published());
        assertEquals(List.of("x.json:1: unreadable date 'yesterday' in field 'publishedAt' ignored"), sink.warnings);
    }

    @Test
    void keepsRecordsBeforeATruncationAndRecordsASkipAtTheBreak() throws IOException {
        Path f = Fixtures.write(tmp, "x.json", "[\n" + GOOD + ",\n" + GOOD + ",\n{\"paper\":{\"title\":\"Cut");
        CollectingSink sink = read(f);
        assertEquals(2, sink.records.size());
        assertEquals(1, sink.skipped.size());
        SkippedRecord s = sink.skipped.get(0);
        assertEquals(4, s.line());
        assertEquals("JSON breaks off here (file ends inside the JSON (truncated download?)); the 2 records before it "
                + "kept, anything after it is lost", s.reason());
    }

    @Test
    void keepsRecordsBeforeAnArrayThatNeverCloses() throws IOException {
        Path f = Fixtures.write(tmp, "x.json", "[\n" + GOOD + ",\n" + GOOD + "\n");
        CollectingSink sink = read(f);
        assertEquals(2, sink.records.size());
        assertEquals(1, sink.skipped.size());
        assertTrue(sink.skipped.get(0).reason().startsWith("JSON breaks off here"));
    }

    @Test
    void refusesAFileThatStartsLikeJsonButIsNot() throws IOException {
        Path f = Fixtures.write(tmp, "x.json", "[this is a note, not JSON]\n");
        InputException e = assertThrows(InputException.class, () -> read(f));
        assertTrue(e.getMessage().startsWith(f + ":1: not valid JSON: Unrecognized token 'this'"), e.getMessage());
        assertTrue(e.getMessage().endsWith("; expected a Hugging Face papers JSON array"), e.getMessage());
    }

    @Test
    void refusesAnEmptyArray() throws IOException {
        Path f = Fixtures.write(tmp, "x.json", "[]");
        InputException e = assertThrows(InputException.class, () -> read(f));
        assertEquals(f + ": no paper entries found; expected a JSON array of Hugging Face papers", e.getMessage());
    }

    @Test
    void refusesAnEmptyFile() throws IOException {
        Path f = Fixtures.write(tmp, "x.json", "");
        InputException e = assertThrows(InputException.class, () -> read(f));
        assertEquals(f + ": file is empty; expected a Hugging Face papers JSON array", e.getMessage());
    }

    @Test
    void readsAGzippedFile() throws IOException {
        Path f = Fixtures.gzip(tmp, "x.json.gz", "[\n" + GOOD + ",\n" + GOOD + "\n]");
        CollectingSink sink = read(f);
        assertEquals(2, sink.records.size());
        assertEquals(3, sink.records.get(1).source().line());
    }
}
