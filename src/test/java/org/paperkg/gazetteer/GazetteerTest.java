package org.paperkg.gazetteer;

import org.junit.jupiter.api.Test;
import org.paperkg.extract.TestGazetteer;
import org.paperkg.model.EntityType;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GazetteerTest {
    private final Gazetteer g = TestGazetteer.load();

    private List<String> found(String text) {
        return g.find(text).stream().map(m -> m.text() + "=" + m.entry().name()).toList();
    }

    @Test
    void exactCaseEntriesMatchOnlyTheirWrittenCase() {
        assertEquals(List.of("BERT=BERT"), found("We fine-tune BERT and then bert again."));
    }

    @Test
    void anyCaseEntriesMatchEveryCase() {
        assertEquals(List.of("Beam Search=beam search", "beam search=beam search"),
                found("Beam Search helps; beam search is slow."));
    }

    @Test
    void aliasesMapToTheCanonicalName() {
        assertEquals(List.of("Proximal Policy Optimization=PPO", "PTB=Penn Treebank"),
                found("We train with Proximal Policy Optimization and test on PTB."));
    }

    @Test
    void theLongestNameWins() {
        assertEquals(List.of("Penn Treebank=Penn Treebank", "SQuAD 1.1=SQuAD"),
                found("Results on the Penn Treebank and SQuAD 1.1 improve."));
    }

    @Test
    void namesMatchOnlyOnWholeWords() {
        assertEquals(List.of(), found("RoBERTa and BERTScore and SQuADv2 and XPPO differ."));
        assertEquals(List.of("BERT=BERT"), found("A BERT-based encoder."));
        assertEquals(List.of(), found("Both BERT-XL and Tiny-BERT and BERT-2 and BERT++ are larger."));
    }

    @Test
    void metricsCarryTheirDirection() {
        assertEquals(Boolean.TRUE, g.lookup("accuracy").higherIsBetter());
        assertEquals(Boolean.FALSE, g.lookup("PPL").higherIsBetter());
        assertNull(g.lookup("BERT").higherIsBetter());
        assertEquals(EntityType.BENCHMARK, g.lookup("humaneval").type());
    }

    @Test
    void parsesColumnsByHeaderNameAndSkipsComments() throws IOException {
        String tsv = "# comment\n# another\ncase\tname\taliases\nany\tfoo bar\tFB|fb2\n\nexact\tBaz\t\n";
        List<GazetteerEntry> rows = Gazetteer.parse(new StringReader(tsv), "t.tsv", EntityType.TASK);
        assertEquals(2, rows.size());
        assertEquals(new GazetteerEntry("foo bar", EntityType.TASK, List.of("FB", "fb2"), false, null, ""), rows.get(0));
        assertTrue(rows.get(1).exactCase());
    }

    @Test
    void loadsTheFilesOfADirectory(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("tasks.tsv"), "name\tcase\nsummarization\tany\n");
        Gazetteer loaded = Gazetteer.load(dir);
        assertEquals(1, loaded.entries().size());
        assertEquals(EntityType.TASK, loaded.entries().get(0).type());
        assertFalse(loaded.find("Abstractive Summarization works.").isEmpty());
    }
}
