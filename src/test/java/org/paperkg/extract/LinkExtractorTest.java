package org.paperkg.extract;

import org.junit.jupiter.api.Test;
import org.paperkg.model.Mention;
import org.paperkg.model.MentionKind;
import org.paperkg.model.PaperRecord;
import org.paperkg.model.SourceRef;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class LinkExtractorTest {
    static List<Mention> links(String abstractText) {
        var paper = new PaperRecord(new SourceRef("t.txt", 1), "A Title", abstractText, null, null, null);
        return new LinkExtractor().extract(paper, new TextIndex(paper));
    }

    @Test
    void findsRepositoriesAndPagesWithTheirSpans() {
        String text = "Our code is at https://github.com/a/b. See the demo at https://a.github.io/b/ for more.";
        var found = links(text);
        assertEquals(2, found.size());
        assertEquals(MentionKind.CODE_REPOSITORY, found.get(0).kind());
        assertEquals("https://github.com/a/b", found.get(0).text());
        assertEquals("https://github.com/a/b", found.get(0).span().coveredText(text));
        assertEquals("Our code is at https://github.com/a/b.", found.get(0).sentence().coveredText(text));
        assertEquals(MentionKind.PROJECT_PAGE, found.get(1).kind());
        assertEquals("https://a.github.io/b", found.get(1).text());
    }

    @Test
    void cutsLatexDebrisAndReportsEachAddressOnce() {
        var found = links("Code: blue{https://github.com/Org/Tool}. Mirror: https://www.github.com/org/x{github.com/org/x}.");
        assertEquals(List.of("https://github.com/Org/Tool", "https://github.com/org/x"), found.stream().map(Mention::text).toList());
    }

    @Test
    void findsBareCodeHostAddresses() {
        var found = links("Available at github.com/owner/project and nowhere else.");
        assertEquals(List.of("https://github.com/owner/project"), found.stream().map(Mention::text).toList());
    }

    @Test
    void findsNothingInPlainProse() {
        assertEquals(List.of(), links("We use e.g. GPT-4 and report 35.5% accuracy on www."));
    }
}
