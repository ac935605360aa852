package org.paperkg.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.extract.ExtractionPipeline;
import org.paperkg.extract.TestGazetteer;
import org.paperkg.model.PaperExtraction;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScorerTest {
    @Test
    void strictMatchingFoldsCaseAndPunctuationOnly() {
        assertTrue(Scorer.strictMatch("Pass@1", "pass @ 1"));
        assertTrue(Scorer.strictMatch("MS MARCO", "ms-marco"));
        assertFalse(Scorer.strictMatch("MS MARCO", "MARCO"));
    }

    @Test
    void lenientMatchingAcceptsContainmentOnWordBoundaries() {
        assertTrue(Scorer.lenientMatch("zero-shot accuracy", "accuracy"));
        assertTrue(Scorer.lenientMatch("BLEU", "BLEU score"));
        assertFalse(Scorer.lenientMatch("BERT", "RoBERTa"));
    }

    @Test
    void precisionRecallAndF1AreMicroAveragedOverPapers(@TempDir Path dir) throws IOException {
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, String.join("\n",
                "{\"title\":\"Paper One\",\"split\":\"tune\",\"methods_used\":[\"Adam\",\"PPO\",\"BERT\"],"
                        + "\"metrics\":[\"zero-shot accuracy\"],\"results\":[{\"metric\":\"accuracy\",\"dataset\":null,\"value\":\"88\",\"baseline_value\":null,\"text\":\"x\"}]}",
                "{\"title\":\"Paper Two\",\"split\":\"test\",\"methods_used\":[\"Adam\"]}",
                "{\"title\":\"Paper Three\",\"split\":\"tune\",\"methods_used\":[\"SGD\"]}"));
        GoldSets.Gold g = GoldSets.own(gold, "tune");
        assertEquals(2, g.labels().size());
        ExtractionPipeline pipeline = ExtractionPipeline.withGazetteer(TestGazetteer.load());
        PaperExtraction one = pipeline.extract(TestGazetteer.paper("Paper one!",
                "We use Adam, PPO and beam search. It achieves 88% accuracy."));
        Scorer.Report r = Evaluation.score(g, List.of(one));
        assertEquals(1, r.missing());
        // methods: gold Adam, PPO, BERT, SGD (4); predicted Adam, PPO, beam search (3); matched 2.
        Scorer.Score m = r.strict().get("methods_used");
        assertEquals(new Scorer.Score(2, 3, 4), m);
        assertEquals(2.0 / 3, m.precision(), 1e-9);
        assertEquals(0.5, m.recall(), 1e-9);
        assertEquals(4.0 / 7, m.f1(), 1e-9);
        assertEquals(new Scorer.Score(0, 1, 1), r.strict().get("metrics"));
        assertEquals(new Scorer.Score(1, 1, 1), r.lenient().get("metrics"));
        assertEquals(new Scorer.Score(1, 1, 1), r.strict().get("results"));
    }

    @Test
    void matchingIsOneToOne() {
        Scorer.Score s = Scorer.match(List.of(List.of("accuracy")), List.of(List.of("accuracy"), List.of("Accuracy")),
                Scorer::strictMatch);
        assertEquals(new Scorer.Score(1, 2, 1), s);
        assertEquals(1.0, new Scorer.Score(0, 0, 0).f1());
        assertEquals(Map.of(), Map.of());
    }
}
