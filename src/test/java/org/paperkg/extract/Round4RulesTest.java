package org.paperkg.extract;

import org.junit.jupiter.api.Test;
import org.paperkg.gazetteer.Gazetteer;
import org.paperkg.model.Mention;
import org.paperkg.model.PaperRecord;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fourth round's rules (issue 4), each on sentences written for the test. */
class Round4RulesTest {
    private static final Gazetteer G = TestGazetteer.load();

    private static List<String> proposed(String title, String abs) {
        PaperRecord p = TestGazetteer.paper(title, abs);
        return new ProposedNameExtractor(G).extract(p, new TextIndex(p)).stream().map(Mention::text).toList();
    }

    private static List<String> proposed(String abs) {
        return proposed("A Plain Title", abs);
    }

    private static List<String> texts(Extractor e, String abs) {
        PaperRecord p = TestGazetteer.paper("A Plain Title", abs);
        return e.extract(p, new TextIndex(p)).stream().map(Mention::text).toList();
    }

    // ---- acronyms: digits that count or spell words

    @Test
    void aDigitAfterACapitalRepeatsItsWord() {
        assertEquals("Structured Sparse Spectral Smoother",
                Acronyms.find("We fit the Structured Sparse Spectral Smoother (S4) to audio.").get(0).longForm());
        assertEquals("Sparse Sliced Staged Transformer",
                Acronyms.find("We build a Sparse Sliced Staged Transformer (S3T) for speech.").get(0).longForm());
    }

    @Test
    void twoOrFourBetweenLettersReadsToOrFor() {
        assertEquals("Graph-to-Program Compiler",
                Acronyms.find("We write a Graph-to-Program Compiler (G2PC) in Rust.").get(0).longForm());
        assertEquals(List.of("TTDA"), Acronyms.spelledDigits("T2DA"));
        assertEquals(List.of("SSST"), Acronyms.spelledDigits("S3T"));
        assertEquals(List.of("BBBBR", "BFR"), Acronyms.spelledDigits("B4R"));
    }

    @Test
    void shortFormsWithoutADigitAfterALetterOrOfTwoLettersHaveNoSpelledReading() {
        assertEquals(List.of(), Acronyms.spelledDigits("GPT"));
        assertEquals(List.of(), Acronyms.spelledDigits("L2"));
        assertEquals(List.of(), Acronyms.spelledDigits("3DGS"));
    }

    @Test
    void aQuotedShortFormIsDefinedWithoutItsQuotes() {
        Acronyms.Definition d = Acronyms.find("We fit it by the mean field bound (\"MFB\") objective.").get(0);
        assertEquals("MFB", d.shortForm());
        assertEquals("mean field bound", d.longForm());
        assertEquals("objective", GazetteerRule.nextWord("x (\u201CMFB\u201D) objective", 1));
    }

    // ---- proposed names

    @Test
    void ourOrTheProposedBeforeALongFormMakesTheAcronymTheContribution() {
        assertEquals(List.of("GRM"), proposed("In contrast, our gated residual mixer (GRM) converges faster."));
        assertEquals(List.of("WDL"), proposed("Training uses the proposed term, weighted drift loss (WDL) loss."));
    }

    @Test
    void ourBeforeAnotherClauseOrAListedNameProposesNothing() {
        assertEquals(List.of(), proposed("Our analysis shows that stochastic weight averaging (SWA) helps."));
        assertEquals(List.of(), proposed("We compare our method with Proximal Policy Optimization (PPO) on games."));
        assertEquals(List.of(), proposed("Our model achieves a mean absolute error (MAE) of 3.1 points."));
    }

    @Test
    void aCoinedNameRightAfterOurIsTheContribution() {
        assertEquals(List.of("ZephyrNet"), proposed("Across all tasks, our proposed ZephyrNet beats the baselines."));
        assertEquals(List.of("QuillNet"), proposed("On two corpora, the proposed QuillNet halves the error."));
    }

    @Test
    void aListedNameASizeAFieldAcronymOrAModifierAfterOurIsNot() {
        assertEquals(List.of(), proposed("We fine-tune our BERT baseline and our 7B model for a day."));
        assertEquals(List.of(), proposed("Our LLM and our BERT-based tagger and our 2D renderer agree."));
    }

    @Test
    void aCoinedNameRightAfterADescribedKindIsProposedWithoutAComma() {
        assertEquals(List.of("QuokkaNet"), proposed("We propose a lightweight method QuokkaNet to prune attention heads."));
        // A listed name after the kind is not the paper's, and a plain word is no name.
        assertEquals(List.of(), proposed("We present a strong model BERT for the task."));
        assertEquals(List.of(), proposed("We propose a simple method Instead to prune heads."));
    }

    @Test
    void aTitleThatStartsWithTheLongFormProposesAnAcronymOnlyWhenItStandsAlone() {
        assertEquals(List.of("QFM"), proposed("Quantile Flow Matching Works",
                "Quantile Flow Matching (QFM) is simple and fast."));
        // "(KM) divergence": the acronym modifies a longer term, which the title names.
        assertEquals(List.of(), proposed("Kernel Mean Divergence for Two-Sample Tests",
                "We exploit properties of the Kernel Mean (KM) divergence to test samples."));
        assertTrue(ProposedNameExtractor.modifierAfter(") divergence to test"));
        assertFalse(ProposedNameExtractor.modifierAfter(") is simple"));
    }

    @Test
    void theTitleNameWrittenInLowerCaseAfterTheVerbIsALabelEvenWithAKindNounFirst() {
        assertEquals(List.of("dataset pruning"), proposed("Dataset Pruning: Less Data for Faster Training",
                "We introduce dataset pruning, a simple method that drops redundant examples."));
        // Without the title's name it stays a kind with a use.
        assertEquals(List.of(), proposed("Faster Training with Less Data",
                "We introduce dataset pruning, a simple method that drops redundant examples."));
    }

    @Test
    void ourKindIsATitleCaseNameNamesTheContribution() {
        assertEquals(List.of("Sliding Anchor Sampling"),
                proposed("Our first approach is Sliding Anchor Sampling, where anchors move."));
        assertEquals(List.of(), proposed("Our method is Simple to implement."));
    }

    @Test
    void aNewTitleCaseNameBeforeAKindNounIsProposed() {
        assertEquals(List.of("Mean Gap Ratio"), proposed("We also report a new Mean Gap Ratio metric for fairness."));
        assertEquals(List.of(), proposed("We adopt a novel Transformer architecture for speech."));
    }

    @Test
    void aProposingGerundAfterByCountsAsTheVerb() {
        assertEquals(List.of("GET"), proposed("We solve this by introducing Gradient Echo Tuning (GET), a new method."));
        assertTrue(ProposedNameExtractor.proposedBefore("We solve this by introducing "));
        assertFalse(ProposedNameExtractor.proposedBefore("They solve this by introducing "));
    }

    // ---- methods

    @Test
    void aMethodRightAfterWithoutOrNoIsNotUsedThere() {
        assertEquals(List.of(), texts(new MethodExtractor(G), "We decode without beam search and with no Adam at all."));
        assertEquals(List.of("beam search"), texts(new MethodExtractor(G), "We decode with beam search, not greedily."));
    }

    @Test
    void anAcronymBeforeApproachAndABottleneckLongFormAreMethods() {
        assertEquals(List.of("SB"), texts(new MethodExtractor(Gazetteer.empty()), "The spectral bottleneck (SB) is common."));
        assertEquals(List.of("RTE"), texts(new MethodExtractor(Gazetteer.empty()), "The rank tying estimate (RTE) approach is old."));
    }

    @Test
    void aParadigmAcronymBeforeAlgorithmNamesOneAlgorithm() {
        assertEquals(List.of("FMTL"), texts(new MethodExtractor(Gazetteer.empty()),
                "They gave the first federated multi-task learning (FMTL) algorithm for phones."));
        assertEquals(List.of(), texts(new MethodExtractor(Gazetteer.empty()),
                "Federated multi-task learning (FMTL) is popular on phones."));
    }

    @Test
    void attentionLayersAreGenericComponents() {
        assertTrue(MethodExtractor.isGenericClass("self-attention"));
        assertTrue(MethodExtractor.isGenericClass("Cross-attention"));
        assertFalse(MethodExtractor.isGenericClass("beam search"));
    }

    // ---- datasets

    @Test
    void beforeASingularNounTwoCapitalizedWordsJoinedByAndAreOneName() {
        assertEquals(List.of("Birds and Bees"), texts(new DatasetExtractor(Gazetteer.empty()),
                "We test on the Birds and Bees dataset, a tabular set."));
        assertEquals(List.of("VALSE", "Winoground"), texts(new DatasetExtractor(Gazetteer.empty()),
                "We test on the Winoground and VALSE benchmarks for grounding."));
    }

    @Test
    void theEndOfAParenthesisIsNoDatasetName() {
        assertEquals(List.of(), texts(new DatasetExtractor(Gazetteer.empty()),
                "We are evaluated on the new FOOB (Polish, v3) benchmark with 12 tasks."));
    }

    // ---- metrics

    @Test
    void wordsListedRightAfterAGazetteerMetricAreMeasuresToo() {
        assertEquals(List.of("accuracy", "sharpness", "label agreement"), texts(new MetricExtractor(G),
                "On three tasks, our method improves accuracy, sharpness, and label agreement."));
        // Vague qualities and verbs end the list.
        assertEquals(List.of("accuracy"), texts(new MetricExtractor(G), "It improves accuracy and interpretability."));
        assertEquals(List.of("accuracy"), texts(new MetricExtractor(G), "It improves accuracy and reduces drift."));
    }

    @Test
    void aMetricBeforeEstimationOrPredictionIsATasksObjectNotAReportedMetric() {
        assertEquals(List.of(), texts(new MetricExtractor(G), "We improve accuracy estimation under shift by 4%."));
        assertEquals(List.of("accuracy"), texts(new MetricExtractor(G), "We improve accuracy under shift by 4%."));
    }

    @Test
    void aHyphenatedCompoundBeforeAQuantityWordModifiesIt() {
        assertEquals(List.of("accuracy"), texts(new MetricExtractor(G), "It increases test-time accuracy by 3%."));
    }
}
