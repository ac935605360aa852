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

    @Test
    void namesInsideALinkArePartOfTheAddress() {
        assertEquals(List.of(), mentions("A Plain Title", "Code: https://github.com/org/BERT and https://example.org/Adam.",
                MentionKind.METHOD_USED));
    }

    @Test
    void aMethodNamedOnlyInTheTitleIsThePapersSubjectNotAMethodItUses() {
        assertEquals(List.of(), mentions("Beam Search Considered Harmful", "We study how decoders pick words.",
                MentionKind.METHOD_USED));
        assertEquals(List.of("beam search"), mentions("Beam Search Considered Harmful", "We study beam search.",
                MentionKind.METHOD_USED));
    }

    @Test
    void wordsInsideAProposedLongFormAreNotUsedMethods() {
        assertEquals(List.of("Adam"), mentions("Stacked Transformers Are Fast",
                "We propose Stacked Transformers (STs), trained with Adam.", MentionKind.METHOD_USED));
    }

    @Test
    void theHeadOfADefinedAcronymBecomesTheAcronym() {
        assertEquals(List.of("ASR"), mentions("A Plain Title",
                "We improve automatic speech recognition (ASR) for speech recognition at scale.", MentionKind.TASK));
    }

    @Test
    void aNameAfterNonIsNotThatThing() {
        assertEquals(List.of(), mentions("A Plain Title", "We compare non-Transformer models on non-linear regression.",
                MentionKind.METHOD_USED));
    }

    @Test
    void aMethodFollowedByProblemsIsTheTask() {
        assertEquals(List.of(), mentions("A Plain Title", "Transformers solve linear regression problems.", MentionKind.TASK)
                .stream().filter(t -> !t.equals("linear regression")).toList());
        assertEquals(List.of("linear regression"), mentions("A Plain Title", "Transformers solve linear regression problems.",
                MentionKind.TASK));
        assertEquals(List.of("Transformers"), mentions("A Plain Title", "Transformers solve linear regression problems.",
                MentionKind.METHOD_USED));
    }

    @Test
    void aGenericHeadNounInAnAliasIsLeftOutAndNetworksIsKept() {
        assertEquals(List.of("Transformer"), mentions("A Plain Title", "We use the Transformer architecture.",
                MentionKind.METHOD_USED));
        assertEquals(List.of("BERT networks"), mentions("A Plain Title", "We use BERT networks.", MentionKind.METHOD_USED));
    }

    @Test
    void aMetricNamingAnObjectiveIsAMethod() {
        assertEquals(List.of("CE"), mentions("A Plain Title", "The cross entropy (CE) criteria improves results by 2%.",
                MentionKind.METHOD_USED));
        assertEquals(List.of(), mentions("A Plain Title", "The cross entropy (CE) criteria improves results by 2%.",
                MentionKind.METRIC));
    }

    @Test
    void aMetricNamedOnlyInTheTitleIsNotReported() {
        assertEquals(List.of(), mentions("Learn or Perplexity?", "We improve results by 2%.", MentionKind.METRIC));
    }

    @Test
    void aMetricIsNamedInTheSingularWhenBothAreWritten() {
        assertEquals(List.of("accuracy"), mentions("A Plain Title", "Accuracies reach 95%, and baselines reach 65% accuracy.",
                MentionKind.METRIC));
    }

    @Test
    void aCapitalizedWordBeforeACapitalizedMethodMakesAnotherMethod() {
        assertEquals(List.of("Nested Adam"), mentions("A Plain Title", "We revisit one optimizer, Nested Adam, for labels.",
                MentionKind.METHOD_USED));
        assertEquals(List.of("Adam"), mentions("A Plain Title", "The Adam optimizer helps.", MentionKind.METHOD_USED));
    }

    @Test
    void aMethodStudiedAsAProblemIsATask() {
        assertEquals(List.of("linear regression"), mentions("A Plain Title",
                "Using linear regression as a prototypical problem, we test transformers.", MentionKind.TASK));
    }
}
