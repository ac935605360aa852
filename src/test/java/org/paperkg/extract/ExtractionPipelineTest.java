package org.paperkg.extract;

import org.junit.jupiter.api.Test;
import org.paperkg.model.Mention;
import org.paperkg.model.MentionKind;
import org.paperkg.model.PaperExtraction;
import org.paperkg.model.PaperRecord;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ExtractionPipelineTest {
    private static final ExtractionPipeline PIPELINE = ExtractionPipeline.withGazetteer(TestGazetteer.load());

    private static List<String> mentions(String title, String abs, MentionKind kind) {
        PaperRecord p = TestGazetteer.paper(title, abs);
        PaperExtraction x = PIPELINE.extract(p);
        return x.mentions().stream().filter(m -> m.kind() == kind).map(Mention::text).toList();
    }

    @Test
    void aNameThePaperProposesIsNotAMethodItUses() {
        assertEquals(List.of("BERT"), mentions("A Plain Title",
                "We propose Transformer-XQ, a new model. It beats BERT, while Transformer-XQ model is small.",
                MentionKind.METHOD_USED));
    }

    @Test
    void eachEntityIsReportedOnceAtItsFirstOccurrenceTitleFirst() {
        assertEquals(List.of("Adam", "PPO"), mentions("Adam Meets PPO",
                "We study Adam with PPO. Adam is fast and PPO is stable.", MentionKind.METHOD_USED));
    }

    @Test
    void aliasesOfOneEntityCountOnce() {
        assertEquals(List.of("transformers"), mentions("A Plain Title",
                "We train transformers. Transformers scale.", MentionKind.METHOD_USED));
    }

    @Test
    void theLongerOverlappingMentionWinsAcrossExtractors() {
        assertEquals(List.of("Penn Treebank"), mentions("A Plain Title",
                "We parse the Penn Treebank corpus.", MentionKind.DATASET));
    }

    @Test
    void aDefinedAcronymIsPreferredToItsLongForm() {
        assertEquals(List.of("PPO"), mentions("A Plain Title",
                "We fine-tune with Proximal Policy Optimization (PPO) as usual.", MentionKind.METHOD_USED));
    }

    @Test
    void aSentenceInitialCapitalGivesWayToTheRunningTextSpelling() {
        assertEquals(List.of("beam search"), mentions("A Plain Title",
                "Beam Search is common. We replace beam search with sampling.", MentionKind.METHOD_USED));
    }

    @Test
    void aDefinedAcronymWinsOverATitleSpelling() {
        assertEquals(List.of("MIM"), mentions("Revisiting Masked Image Modeling",
                "We study masked image modeling (MIM) at scale.", MentionKind.METHOD_USED));
    }
}
