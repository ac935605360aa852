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
        assertEquals(List.of(), found("Both Tiny-BERT and BERT-2 and BERT++ are larger."));
    }

    private List<String> variants(String text) {
        return g.find(text).stream().map(m -> m.text() + "=" + m.entry().name() + (m.variant() ? "/variant" : "")).toList();
    }

    @Test
    void modelNamesGoOnWithSizesVersionsAndTiers() {
        assertEquals(List.of("BERT-XL=BERT/variant", "BERT 110M=BERT/variant", "BERT v2=BERT/variant",
                        "BERT-base-7B/13B=BERT/variant", "BERT-mini=BERT/variant"),
                variants("We compare BERT-XL, BERT 110M, BERT v2, BERT-base-7B/13B and BERT-mini."));
        // A lower-case tier after a space is prose, not part of the name; a method never takes a variant.
        assertEquals(List.of("BERT=BERT", "PPO=PPO"), variants("The BERT large models and PPO 7B."));
    }

    @Test
    void modelNamesWithADigitMatchWithoutTheirSeparators() {
        assertEquals(List.of("GPT4V=GPT-4V/variant", "gpt-4v=GPT-4V"), variants("Both GPT4V and gpt-4v caption it."));
    }

    @Test
    void aOneLetterVersionGluesAndATierWordMayFollowASqueezedName() {
        assertEquals(List.of(), found("We test BERT-v and BERT-x."));
        assertEquals(List.of("GPT4-V=GPT-4V/variant"), variants("We test GPT4-V."));
    }

    @Test
    void methodsAndModelsMatchTheirPlurals() {
        assertEquals(List.of("BERTs=BERT", "beam searches=beam search"), found("Two BERTs and two beam searches."));
        assertEquals("GANs", Gazetteer.plural("GAN"));
        assertEquals("decision trees", Gazetteer.plural("decision tree"));
        assertEquals("Neural Turing Machines", Gazetteer.plural("Neural Turing Machine"));
        assertEquals("strategies", Gazetteer.plural("strategy"));
        assertNull(Gazetteer.plural("GPT-4"));
        assertNull(Gazetteer.plural("RNNs"));
    }

    @Test
    void aHyphenBetweenWordsIsOptional() {
        assertEquals(List.of("beam-search=beam search", "Proximal-Policy Optimization=PPO"),
                found("A beam-search and Proximal-Policy Optimization."));
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
