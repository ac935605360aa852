package org.paperkg.read;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.InputException;
import org.paperkg.TestFiles;
import org.paperkg.model.PaperRecord;
import org.paperkg.model.SkippedRecord;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class ListingReaderTest {
    static CollectingSink read(Path file) {
        var c = new CollectingSink();
        new ListingReader().read(file, c);
        return c;
    }

    // Record counts per file were counted outside the reader: title lines after the page header,
    // i.e. every other non-blank, non-metadata line (grep/awk), and checked against abstracts (>= 300 chars).
    @Test
    void readsEveryRecordOfTheBlankSeparatedLayout() {
        var c = read(TestFiles.BLANK_SEPARATED);
        assertEquals(60, c.records.size());
        assertEquals(List.of(), c.skipped);
        PaperRecord first = c.records.get(0);
        assertEquals("Energy-Based Transformers are Scalable Learners and Thinkers", first.title());
        assertEquals(13, first.source().line());
        assertTrue(first.abstractText().startsWith("Inference-time computation techniques"));
        assertNull(first.authorCount());
        assertNull(first.published());
        assertEquals("Do Input Gradients Highlight Discriminative Features?", c.records.get(59).title());
    }

    @Test
    void readsAuthorCountDateAndUpvotesOfTheMetadataLayout() {
        var c = read(TestFiles.WITH_METADATA);
        assertEquals(25, c.records.size());
        assertEquals(List.of(), c.skipped);
        PaperRecord first = c.records.get(0);
        assertEquals("Energy-Based Transformers are Scalable Learners and Thinkers", first.title());
        assertEquals(10, first.authorCount());
        assertEquals(LocalDate.of(2025, 7, 2), first.published());
        assertEquals(26, first.upvotes());
        PaperRecord second = c.records.get(1);
        assertEquals(5, second.authorCount());
        assertEquals(LocalDate.of(2022, 11, 28), second.published());
        assertNull(second.upvotes(), "a date line without a number has no upvotes");
    }

    @Test
    void readsTheLayoutWithoutBlankLinesAndUnglueTheFirstTitle() {
        var c = read(TestFiles.NO_BLANK_LINES);
        assertEquals(240, c.records.size());
        assertEquals(List.of(), c.skipped);
        assertEquals("Domain Generalization via Rationale Invariance", c.records.get(0).title());
        assertEquals(3, c.records.get(0).source().line());
        PaperRecord last = c.records.get(239);
        assertEquals("Rich Feature Construction for the Optimization-Generalization Dilemma", last.title());
        assertEquals(481, last.source().line());
    }

    @Test
    void readsTheSecondBlankSeparatedFile() {
        assertEquals(94, read(TestFiles.BLANK_SEPARATED_2).records.size());
    }

    @Test
    void skipsATitleWithoutAbstractAndKeepsTheRest(@TempDir Path dir) throws IOException {
        Path f = TestFiles.write(dir, "x.txt", "Daily Papers\n\nFirst Title\n\n" + TestFiles.ABSTRACT
                + "\n\nOrphan Title\n\nSecond Title\n\n" + TestFiles.ABSTRACT + "\n");
        var c = read(f);
        assertEquals(List.of("First Title", "Second Title"), c.records.stream().map(PaperRecord::title).toList());
        assertEquals(List.of(new SkippedRecord("x.txt", 7, "title without an abstract line after it")), c.skipped);
    }

    @Test
    void reportsATruncatedLastRecord(@TempDir Path dir) throws IOException {
        Path f = TestFiles.write(dir, "t.txt", "Daily Papers\nA Title\n" + TestFiles.ABSTRACT + "\nCut Off Title\n");
        var c = read(f);
        assertEquals(1, c.records.size());
        assertEquals(List.of(new SkippedRecord("t.txt", 4, "title without an abstract at the end of the file (truncated?)")), c.skipped);
    }

    @Test
    void acceptsWindowsLineEndingsAndAByteOrderMark(@TempDir Path dir) throws IOException {
        Path f = TestFiles.write(dir, "w.txt", "\uFEFFA Title\r\n\r\n" + TestFiles.ABSTRACT + "\r\n");
        var c = read(f);
        assertEquals("A Title", c.records.get(0).title());
        assertEquals(TestFiles.ABSTRACT, c.records.get(0).abstractText());
    }

    @Test
    void refusesAFileWithNoRecords(@TempDir Path dir) throws IOException {
        Path f = TestFiles.write(dir, "data.csv", "id,name\n1,alpha\n2,beta\n3,gamma\n");
        var e = assertThrows(InputException.class, () -> read(f));
        assertEquals(f + ": no paper records found; expected a Hugging Face Daily Papers listing "
                + "(a title line followed by its abstract)", e.getMessage());
    }

    @Test
    void skipsALineThatIsNotUtf8WithItsLineAndByte(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("latin1.txt");
        java.nio.file.Files.write(f, ("Title\n" + TestFiles.ABSTRACT + "\nCaf\u00e9 Title\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        CollectingSink c = read(f);
        assertEquals(List.of("Title"), c.records.stream().map(PaperRecord::title).toList());
        assertEquals(List.of(new SkippedRecord("latin1.txt", 3, "line is not valid UTF-8 (byte 0xE9 at byte 4 of the line); "
                + "convert the file to UTF-8, e.g. with iconv -f LATIN1 -t UTF-8")), c.skipped);
    }

    @Test
    void abstractDetectionNeedsProseNotLength() {
        assertTrue(ListingReader.isAbstractLike("x".repeat(300)));
        assertTrue(ListingReader.isAbstractLike("We show that this short abstract of exactly twelve words ends here."));
        assertFalse(ListingReader.isAbstractLike("What exactly has TabPFN learned to do?"));
        assertFalse(ListingReader.isAbstractLike("Ten Lessons We Have Learned in the New \"Sparseland\": A Short Handbook for Sparse Neural Network Researchers"));
    }
}
