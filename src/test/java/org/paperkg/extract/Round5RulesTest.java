package org.paperkg.extract;

import org.junit.jupiter.api.Test;
import org.paperkg.gazetteer.Gazetteer;
import org.paperkg.model.EntityType;
import org.paperkg.model.Mention;
import org.paperkg.model.PaperRecord;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fifth round's rules (issue 4), each on sentences written for the test. */
class Round5RulesTest {
    private static final Gazetteer G = TestGazetteer.load();

    private static List<Mention> proposals(String title, String abs) {
        PaperRecord p = TestGazetteer.paper(title, abs);
        return new ProposedNameExtractor(G).extract(p, new TextIndex(p));
    }

    private static List<String> proposed(String abs) {
        return proposals("A Plain Title", abs).stream().map(Mention::text).toList();
    }

    private static List<String> texts(Extractor e, String abs) {
        PaperRecord p = TestGazetteer.paper("A Plain Title", abs);
        return e.extract(p, new TextIndex(p)).stream().map(Mention::text).toList();
    }

    // ---- acronyms defined with "or SF for short"

    @Test
    void orShortFormForShortDefinesAnAcronym() {
        Acronyms.Definition d = Acronyms.find("We fit a model based on Sliding Median Estimation, or SME for short, to audio.").get(0);
        assertEquals("SME", d.shortForm());
        assertEquals("Sliding Median Estimation", d.longForm());
        assertEquals(List.of(), Acronyms.find("We fit it on Sliding Median Estimation, or XYZ for short."));
        assertEquals(List.of(), Acronyms.find("It is called the median, for short."));
    }

    @Test
    void aForShortNameInAProposingSentenceIsProposedHoweverFarFromTheVerb() {
        assertEquals(List.of("LONS"), proposed("We propose a new estimator based on Leave-One-Out Nearest Sampling, or LONS for short."));
        assertEquals(List.of(), proposed("Prior work relies on Leave-One-Out Nearest Sampling, or LONS for short."));
    }

    // ---- names in apposition after a proposing verb

    @Test
    void aNameInAppositionToAKindAfterAProposingVerbIsProposed() {
        assertEquals(List.of("ZooNet-QX"), proposed("We study label shift and propose ZooNet-QX, a novel benchmark for it."));
        assertEquals(List.of("Sparse Graph Vector"), proposed("In this paper we present Sparse Graph Vector: a network for compact codes."));
        assertEquals(List.of("anchor tokens"), proposed("We also introduce anchor tokens, a novel regularization method for sequence models."));
        assertEquals(List.of("Gradual Mask Annealing"), proposed("We propose a new pruning method: Gradual Mask Annealing, which removes weights."));
    }

    @Test
    void theAppositionTypesTheName() {
        Mention m = proposals("A Plain Title", "We study label shift and propose ZooNet-QX, a novel benchmark for it.").get(0);
        assertEquals(EntityType.BENCHMARK, m.type());
    }

    @Test
    void noAppositiveNameWithoutThePapersSubjectAKindNounOrANewTerm() {
        assertEquals(List.of(), proposed("They propose ZooNet-QX, a novel benchmark for it."));
        assertEquals(List.of(), proposed("We introduce anchor tokens, a simple idea with a long history."));
        assertEquals(List.of(), proposed("We introduce anchor tokens, a regularization method of old."));
        assertEquals(List.of(), proposed("We present Results: a summary of the main method."));
        assertEquals(List.of(), proposed("We introduce beam search, a novel decoding method."));
        assertEquals(List.of(), proposed("We introduce contrastive training method, a novel method for it."));
    }

    // ---- named variants of a proposed name

    @Test
    void capitalizedSuffixesOfAProposedCoinedNameAreVariantsButSizesAreNot() {
        assertEquals(List.of("QuillNet", "QuillNet-S", "QuillNet-L"), proposed(
                "We propose QuillNet, a new model, with two variants, QuillNet-S and QuillNet-L; QuillNet-8B and QuillNet-based tools are larger."));
        Mention variant = proposals("A Plain Title", "We propose QuillNet, a new model, and QuillNet-S.").get(1);
        assertEquals(EntityType.MODEL, variant.type());
    }

    @Test
    void withoutAProposedBaseThereIsNoVariant() {
        assertEquals(List.of(), proposed("Results of TRACE-U and TRACE-T differ."));
    }

    // ---- a loss-like metric used as the training objective

    @Test
    void aLossLikeMetricAModelIsTrainedWithIsAMethod() {
        assertTrue(trainedWith("We fine-tune the encoder with cross-entropy", "cross-entropy"));
        assertTrue(trainedWith("the encoder is pretrained by minimizing a proxy loss such as the negative log likelihood", "negative"));
        assertTrue(trainedWith("models trained by minimizing the cross-entropy", "cross-entropy"));
        assertFalse(trainedWith("The validation cross-entropy", "cross-entropy"));
        assertFalse(trainedWith("We train the model. Its cross-entropy", "cross-entropy"));
        assertEquals(List.of("cross-entropy"), texts(new MethodExtractor(G), "We fine-tune the encoder with cross-entropy on the task."));
        assertEquals(List.of(), texts(new MetricExtractor(G), "We fine-tune the encoder with cross-entropy and it improves."));
        assertEquals(List.of("validation cross-entropy"), texts(new MetricExtractor(G), "Its validation cross-entropy improves by 2 points."));
    }

    private static boolean trainedWith(String text, String name) {
        return GazetteerRule.trainedWith(text, text.indexOf(name));
    }

    // ---- datasets in apposition to a plural dataset noun

    @Test
    void capitalizedNamesInAppositionToAPluralDatasetNounAreDatasets() {
        assertEquals(List.of("Quokka", "Lanternfish", "Marmot"), texts(new DatasetExtractor(G),
                "We evaluate on three hard question datasets, Quokka, Lanternfish and Marmot, which have long queries."));
        assertEquals(List.of("Quokka", "Marmot"), texts(new DatasetExtractor(G),
                "We test on two hard datasets, Quokka and Marmot."));
    }

    @Test
    void aNewClauseAfterThePluralNounIsNoList() {
        assertEquals(List.of(), texts(new DatasetExtractor(G), "On both datasets, Alice and Bob agree on the labels."));
        assertEquals(List.of(), texts(new DatasetExtractor(G), "Across all datasets, We see gains."));
    }

    @Test
    void coinedNamesListedBeforeAndOtherDatasetsAreDatasets() {
        assertEquals(List.of("NINCA", "iNatura", "OpenShape-O"), texts(new DatasetExtractor(G),
                "We train on known data and NINCA, iNatura, OpenShape-O, and other datasets as unknowns."));
        assertEquals(List.of("ZED-3", "KoLo"), texts(new DatasetExtractor(G),
                "Scores on the ten splits of ZED-3 and KoLo and other public benchmarks improve."));
        assertEquals(List.of(), texts(new DatasetExtractor(G), "We compare with Adam, 12 and other datasets."));
        assertEquals(List.of(), texts(new DatasetExtractor(G), "We use images and other datasets."));
    }

    // ---- technique families are not used methods

    @Test
    void techniqueFamiliesNamedAsAWholeAreGenericButTheirMembersAreNot() {
        assertTrue(MethodExtractor.isGenericClass("data augmentations"));
        assertTrue(MethodExtractor.isGenericClass("Pruning"));
        assertTrue(MethodExtractor.isGenericClass("Bayesian inference"));
        assertTrue(MethodExtractor.isGenericClass("pseudo-labels"));
        assertFalse(MethodExtractor.isGenericClass("magnitude pruning"));
        assertFalse(MethodExtractor.isGenericClass("pseudo-labeling"));
    }

    // ---- theory quantities that are minimised or optimal

    @Test
    void aRegretThatIsMinimisedOrOptimalIsMeasured() {
        MetricExtractor metrics = new MetricExtractor(Gazetteer.empty());
        assertEquals(List.of("regret"), texts(metrics, "One player aims to minimize the regret of the other."));
        assertEquals(List.of("regret"), texts(metrics, "We characterise the optimal regret in mixed strategies."));
        assertEquals(List.of(), texts(metrics, "We minimize the catastrophic forgetting of old tasks."));
        assertEquals(List.of(), texts(metrics, "We talk about regret and other feelings."));
    }

    // ---- title labels stop before a generic kind noun

    @Test
    void aGenericKindNounAfterATitleLabelIsItsDescription() {
        assertEquals(List.of("gap-aware token mixing"), proposals("Gap-Aware Token Mixing for Long Inputs",
                "We propose a gap-aware token mixing strategy to handle long inputs.").stream().map(Mention::text).toList());
        assertEquals(List.of("drift margin loss"), proposals("Drift Margin Loss for Robust Tagging",
                "We introduce a drift margin loss to make tagging robust.").stream().map(Mention::text).toList());
    }

    // ---- the fifth curation round of the gazetteer

    @Test
    void theFifthRoundFamiliesAreInTheShippedGazetteer() throws java.io.IOException {
        Gazetteer real = Gazetteer.load(Path.of("data/gazetteers"));
        for (String name : List.of("hierarchical softmax", "log-softmax", "unlikelihood training", "Wasserstein distance",
                "multiple imputation", "greedy forward selection", "weight averaging", "mean-pooling", "joint training",
                "dynamic time warping")) {
            var entry = real.lookup(name);
            assertTrue(entry != null && entry.type() == EntityType.METHOD, name);
        }
    }
}
