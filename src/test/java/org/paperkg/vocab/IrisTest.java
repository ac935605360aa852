package org.paperkg.vocab;

import org.apache.jena.irix.IRIx;
import org.junit.jupiter.api.Test;
import org.paperkg.model.EntityType;
import org.paperkg.model.SourceRef;

import static org.junit.jupiter.api.Assertions.*;

class IrisTest {
    final Iris iris = new Iris(Iris.DEFAULT_BASE);

    @Test
    void mintsPaperIrisFromTheNormalizedTitle() {
        String a = iris.paper("Pre-train, Prompt, and Predict: A Systematic Survey");
        assertEquals("https://w3id.org/paperkg/paper/pre-train-prompt-and-predict-a-systematic-survey", a);
        assertEquals(a, iris.paper("pre-train prompt and PREDICT -- a systematic survey"));
        assertNotEquals(a, iris.paper("Pre-train, Prompt, and Predict: A Systematic Survey II"));
    }

    @Test
    void keepsSymbolsThatCarryIdentity() {
        assertEquals("https://w3id.org/paperkg/method/transformer-plus-plus", iris.entity(EntityType.METHOD, "Transformer++"));
        assertNotEquals(iris.entity(EntityType.METHOD, "Transformer"), iris.entity(EntityType.METHOD, "Transformer++"));
        assertEquals("https://w3id.org/paperkg/metric/pass-at-100", iris.entity(EntityType.METRIC, "pass@100"));
        assertEquals("https://w3id.org/paperkg/dataset/gsm8k", iris.entity(EntityType.BENCHMARK, "GSM8K"));
        assertEquals(iris.entity(EntityType.MODEL, "BERT"), iris.entity(EntityType.METHOD, "BERT"));
    }

    @Test
    void cutsLongTitlesAndAddsAHashSoTheyStayDistinct() {
        String longTitle = "word ".repeat(40);
        String p1 = iris.paper(longTitle + "one");
        String p2 = iris.paper(longTitle + "two");
        assertNotEquals(p1, p2);
        assertTrue(p1.length() < Iris.DEFAULT_BASE.length() + 100, p1);
    }

    @Test
    void mintsValidIrisForAnyText() {
        for (String s : new String[]{"日本語のタイトル", "\"quoted\" <b>bold</b>", "a\tb\nc", "%%%", "C#"}) {
            String paper = iris.paper(s);
            String entity = iris.entity(EntityType.METHOD, s);
            assertDoesNotThrow(() -> IRIx.create(paper), paper);
            assertDoesNotThrow(() -> IRIx.create(entity), entity);
            assertFalse(paper.endsWith("/"), paper);
        }
        String record = iris.sourceRecord(new SourceRef("my file#1.txt", 7));
        assertEquals("https://w3id.org/paperkg/record/my%20file%231.txt/7", record);
    }

    @Test
    void mintsRepositoryIrisByHostAndPath() {
        assertEquals("https://w3id.org/paperkg/repository/github.com/owner/repo", iris.repository("https://github.com/Owner/Repo"));
    }

    @Test
    void refusesABaseThatCannotPrefixIris() {
        assertThrows(IllegalArgumentException.class, () -> new Iris("https://example.org/no-slash"));
        assertThrows(IllegalArgumentException.class, () -> new Iris("not a base/"));
        assertEquals("https://example.org/kg#paper/x", new Iris("https://example.org/kg#").paper("X"));
    }
}
