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

class ArxivJsonlReaderTest {
    private static final String GOOD = "{\"id\":\"2501.00001\",\"title\":\"A Good Paper\",\"abstract\":\"  We study things.\\n\"}";

    @TempDir
    Path tmp;

    private static CollectingSink read(Path file) {
        var sink = new CollectingSink();
        new ArxivJsonlReader().read(file, sink);
        return sink;
    }

    @Test
    void readsEveryFieldOfTheRealFirstSnapshotRecord() {
        CollectingSink sink = read(Fixtures.DIR.resolve("arxiv-real-first-record.jsonl"));
        assertEquals(List.of(), sink.skipped);
        PaperRecord p = sink.records.get(0);
        assertEquals(new SourceRef("arxiv-real-first-record.jsonl", 1), p.source());
        assertEquals("0704.0001", p.arxivId());
        assertEquals("Calculation of prompt diphoton production cross sections at Tevatron and LHC energies", p.title());
        assertEquals("...", p.abstractText());
        assertEquals(List.of("C. Balázs", "E. L. Berger", "P. M. Nadolsky", "C.-P. Yuan"), p.authors());
        assertEquals(4, p.authorCount());
        assertEquals("10.1103/PhysRevD.76.013009", p.doi());
        assertEquals(List.of("hep-ph"), p.categories());
        assertEquals(LocalDate.of(2007, 4, 2), p.published());
        assertNull(p.license());
        assertNull(p.upvotes());
        assertNull(p.featuredDate());
        assertNull(p.githubRepo());
        assertEquals(List.of(), p.keywords());
    }

    @Test
    void readsLicenseSeveralCategoriesAndCollapsesLineBreaks() {
        CollectingSink sink = read(Fixtures.ARXIV);
        assertEquals(36, sink.records.size());
        assertEquals(List.of(), sink.skipped);
        PaperRecord p = sink.records.get(0);
        assertEquals("Do Input Gradients Highlight Discriminative Features", p.title());
        assertEquals("2505.26996", p.arxivId());
        assertEquals("10.48550/arXiv.2505.26996", p.doi());
        assertEquals("http://creativecommons.org/licenses/by/4.0/", p.license());
        assertEquals(List.of("Lucía Gupta", "Ananya Silva", "Ingrid Larsen", "Noor Volkov", "Kenji Sato", "Yuxuan Dubois"), p.authors());
        assertTrue(p.abstractText().startsWith("Post-hoc gradient-based interpretability methods [Simonyan et al., 2013, Smilkov"));
        assertTrue(!p.abstractText().contains("\n") && !p.abstractText().contains("  "));
        PaperRecord multi = sink.records.stream().filter(r -> r.arxivId().equals("2506.22606")).findFirst().orElseThrow();
        assertEquals(List.of("cs.CV", "cs.CL"), multi.categories());
    }

    @Test
    void fallsBackToTheAuthorsStringAndDropsTheVersionSuffix() throws IOException {
        Path f = Fixtures.write(tmp, "x.jsonl", "{\"id\":\"2501.00001v3\",\"title\":\"T\",\"authors\":\"Ada Lovelace, Alan Turing and Grace Hopper\","
                + "\"doi\":\"10.1/a 10.2/b\",\"versions\":[{\"version\":\"v1\",\"created\":\"Tue, 7 Jan 2025 23:59:59 GMT\"}]}\n");
        PaperRecord p = read(f).records.get(0);
        assertEquals("2501.00001", p.arxivId());
        assertEquals(List.of("Ada Lovelace", "Alan Turing", "Grace Hopper"), p.authors());
        assertEquals("10.1/a", p.doi());
        assertEquals(LocalDate.of(2025, 1, 7), p.published());
    }

    @Test
    void skipsMalformedLinesMissingTitlesAndWrongTypesWithTheirLineNumbers() throws IOException {
        Path f = Fixtures.write(tmp, "x.jsonl", GOOD + "\n"
                + "{\"id\":\"2501.00002\",\"title\":\"Cut off\n"
                + "{\"id\":\"2501.00003\",\"abstract\":\"no title\"}\n"
                + "\n"
                + "{\"title\":[\"A\",\"B\"]}\n"
                + "{\"title\":\"T\",\"authors_parsed\":\"Lovelace, Ada\"}\n"
                + "{\"title\":\"T\",\"versions\":[\"v1\"]}\n"
                + "[1,2,3]\n"
                + GOOD + "\n");
        CollectingSink sink = read(f);
        assertEquals(2, sink.records.size());
        assertEquals(9, sink.records.get(1).source().line());
        List<SkippedRecord> s = sink.skipped;
        assertEquals(6, s.size());
        assertEquals(2, s.get(0).line());
        assertTrue(s.get(0).reason().startsWith("malformed JSON (Unexpected end-of-input"), s.get(0).reason());
        assertEquals(new SkippedRecord("x.jsonl", 3, "field 'title' is missing or empty; every paper needs a title"), s.get(1));
        assertEquals(new SkippedRecord("x.jsonl", 5, "field 'title' is an array, expected a string"), s.get(2));
        assertEquals(new SkippedRecord("x.jsonl", 6, "field 'authors_parsed' is a string, expected an array"), s.get(3));
        assertEquals(new SkippedRecord("x.jsonl", 7, "field 'versions[]' is a string, expected an object"), s.get(4));
        assertEquals(new SkippedRecord("x.jsonl", 8, "line holds an array, expected a paper object"), s.get(5));
    }

    @Test
    void warnsAboutAnUnreadableVersionDate() throws IOException {
        Path f = Fixtures.write(tmp, "x.jsonl", "{\"title\":\"T\",\"versions\":[{\"created\":\"2 April 2007\"}]}\n");
        CollectingSink sink = read(f);
        assertNull(sink.records.get(0).published());
        assertEquals(List.of("x.jsonl:1: unreadable date '2 April 2007' in field 'versions[0].created' ignored"), sink.warnings);
    }

    @Test
    void refusesAFileWithNoUsableLine() throws IOException {
        Path f = Fixtures.write(tmp, "x.jsonl", "{not json\n{\"abstract\":\"x\"}\n");
        InputException e = assertThrows(InputException.class, () -> read(f));
        assertTrue(e.getMessage().startsWith(f + ": no usable arXiv record in 2 lines (first: x.jsonl:1: malformed JSON ("), e.getMessage());
    }

    @Test
    void refusesAnEmptyFile() throws IOException {
        Path f = Fixtures.write(tmp, "x.jsonl", "\n\n");
        InputException e = assertThrows(InputException.class, () -> read(f));
        assertEquals(f + ": file is empty; expected arXiv metadata JSON Lines (one paper object per line)", e.getMessage());
    }

    @Test
    void readsAGzippedFile() throws IOException {
        Path f = Fixtures.gzip(tmp, "x.jsonl.gz", GOOD + "\n" + GOOD + "\n");
        CollectingSink sink = read(f);
        assertEquals(2, sink.records.size());
        assertEquals("We study things.", sink.records.get(1).abstractText());
    }
}
