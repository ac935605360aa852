package org.paperkg.resolve;

import org.junit.jupiter.api.Test;
import org.paperkg.model.PaperRecord;
import org.paperkg.model.SourceRef;
import org.paperkg.vocab.Iris;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.*;

/** Which paper node a record describes, and which of its values the node takes. */
class PaperResolverTest {
    static final String P = "https://w3id.org/paperkg/paper/";
    final PaperResolver papers = new PaperResolver(new Iris(Iris.DEFAULT_BASE));
    int line;

    PaperRecord.Builder record(String title) {
        return PaperRecord.builder(new SourceRef("f", ++line), title);
    }

    @Test
    void theFirstRecordNamesThePaperAndGivesItsValues() {
        var r = papers.resolve(record("Quill: Fast Poetry Generation").abstractText("A.").published(LocalDate.of(2025, 1, 2)).authorCount(3).build());
        assertEquals(new PaperResolver.Resolved(P + "quill-fast-poetry-generation", true, false, true, false, true, true, null), r);
        // Same title key, other case and punctuation: same node, an alternative title, no second date or abstract.
        var s = papers.resolve(record("QUILL - fast poetry generation").abstractText("A.").published(LocalDate.of(2025, 1, 9)).authorCount(4).build());
        assertEquals(P + "quill-fast-poetry-generation", s.iri());
        assertEquals(false, s.preferredTitle());
        assertEquals(true, s.alternativeTitle());
        assertEquals(false, s.abstractOnPaper());
        assertEquals(false, s.otherAbstract(), "the same abstract");
        assertEquals(false, s.issuedOnPaper());
        assertEquals(false, s.authorCountOnPaper());
        assertEquals(Decision.merged(null, P + "quill-fast-poetry-generation", "QUILL - fast poetry generation",
                "quill fast poetry generation", "title-key", null), s.decision());
        // The identical title again: nothing to record.
        assertNull(papers.resolve(record("Quill: Fast Poetry Generation").abstractText("B.").build()).decision());
    }

    @Test
    void anIdentifierMatchesBeforeTheTitle() {
        papers.resolve(record("Quill: Fast Poetry Generation").arxivId("2501.00001").build());
        var r = papers.resolve(record("Quill: Fast and Faithful Poetry Generation").arxivId("2501.00001").doi("10.1/x").build());
        assertEquals(P + "quill-fast-poetry-generation", r.iri());
        assertTrue(r.alternativeTitle());
        assertEquals("arxiv-id", r.decision().rule());
        assertEquals("arXiv:2501.00001", r.decision().matched());
        var d = papers.resolve(record("Quill, revised").doi("10.1/X").build());
        assertEquals(P + "quill-fast-poetry-generation", d.iri(), "DOIs compare without case");
        assertEquals("doi", d.decision().rule());
    }

    @Test
    void twoPapersWithOneTitleAndTwoArxivIdsStayApart() {
        var a = papers.resolve(record("Attention Is All You Need").arxivId("1706.03762").build());
        var b = papers.resolve(record("Attention is all you need").arxivId("2401.99999").build());
        assertNotEquals(a.iri(), b.iri());
        assertEquals(P + "attention-is-all-you-need-2401-99999", b.iri());
        assertEquals("different-arxiv-ids", b.decision().rule());
        assertEquals(Decision.Kind.KEPT_APART, b.decision().kind());
        assertTrue(b.preferredTitle(), "its own node, its own title");
        // A listing record (no id) with that title joins the first.
        assertEquals(a.iri(), papers.resolve(record("Attention Is All You Need").build()).iri());
    }

    @Test
    void papersOfEarlierBuildsAreFoundThroughTheLookup() {
        papers.lookup(new PaperResolver.Lookup() {
            public PaperResolver.Stored byArxivId(String id) {
                return id.equals("2501.00001") ? new PaperResolver.Stored(P + "old-title", "Old Title", null, true, false, id) : null;
            }

            public PaperResolver.Stored byDoi(String doi) {
                return null;
            }

            public PaperResolver.Stored byIri(String iri) {
                return null;
            }
        });
        var r = papers.resolve(record("New Title").arxivId("2501.00001").abstractText("A.").published(LocalDate.of(2025, 1, 2)).build());
        assertEquals(P + "old-title", r.iri());
        assertTrue(r.alternativeTitle());
        assertTrue(r.abstractOnPaper(), "the stored paper has no abstract yet");
        assertFalse(r.issuedOnPaper(), "the stored paper has a date");
        assertEquals(1, papers.size());
    }
}
