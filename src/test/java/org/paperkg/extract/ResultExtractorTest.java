package org.paperkg.extract;

import org.junit.jupiter.api.Test;
import org.paperkg.model.PaperExtraction;
import org.paperkg.model.PaperRecord;
import org.paperkg.model.ResultMention;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Each result rule on sentences written for the test, run through the pipeline to see metric and dataset links. */
class ResultExtractorTest {
    private static final ExtractionPipeline PIPELINE = ExtractionPipeline.withGazetteer(TestGazetteer.load());

    private static List<String> results(String abs) {
        PaperRecord p = TestGazetteer.paper("A Plain Title", abs);
        PaperExtraction x = PIPELINE.extract(p);
        return x.results().stream().map(ResultExtractorTest::show).toList();
    }

    private static String show(ResultMention r) {
        return r.metric() + "|" + r.dataset() + "|" + r.value() + "|" + r.unit() + "|" + r.baselineValue() + "|"
                + r.text() + "|" + r.extractor();
    }

    @Test
    void fromAToBGivesValueAndBaseline() {
        assertEquals(List.of("accuracy|SQuAD|71.5|percent|64.2|from 64.2% to 71.5%|results/from-to"),
                results("Our tuning lifts accuracy from 64.2% to 71.5% on SQuAD."));
    }

    @Test
    void achievesGivesAScoreWithItsMetricAndDataset() {
        assertEquals(List.of("BLEU|Penn Treebank|31.7|null|null|reaches 31.7|results/achieves"),
                results("The parser reaches 31.7 BLEU on the Penn Treebank."));
        assertEquals(List.of("accuracy|HumanEval|88|percent|null|attains an accuracy of 88%|results/achieves"),
                results("It attains an accuracy of 88% on HumanEval."));
    }

    @Test
    void improvesByGivesAGainInPoints() {
        assertEquals(List.of("exact match|null|4.5|points|null|improves exact match by 4.5 points|results/improves-by"),
                results("Retrieval improves exact match by 4.5 points."));
    }

    @Test
    void outperformsByGivesAMargin() {
        assertEquals(List.of("null|null|12|percent|null|outperforms the strongest baseline by 12%|results/outperforms-by"),
                results("The model outperforms the strongest baseline by 12%."));
    }

    @Test
    void percentHigherThanGivesARelativeGain() {
        assertEquals(List.of("null|null|35|percent|null|35% higher|results/higher-than"),
                results("Scaling is 35% higher than before."));
    }

    @Test
    void yearsAndCountsAreNotResults() {
        assertEquals(List.of(), results("Papers from 2019 to 2023 reach 40 tasks with 12 annotators."));
    }

    @Test
    void speedupsAreResultsInTimes() {
        assertEquals(List.of("null|null|3|times|null|3x faster|results/higher-than"),
                results("It runs 3x faster than before."));
    }

    @Test
    void numbersJoinedByAndAreEachAResult() {
        assertEquals(List.of("null|null|2.5|percent|null|beats both baselines by 2.5%|results/outperforms-by",
                        "null|null|0.4|percent|null|beats both baselines by 2.5% and 0.4%|results/outperforms-by"),
                results("It beats both baselines by 2.5% and 0.4%, respectively."));
    }

    @Test
    void aNumberRightAfterOrBeforeAMetricIsAResult() {
        assertEquals(List.of("exact match|null|61.0|null|null|exact match of 61.0|results/metric-value",
                        "BLEU|null|27.9|null|null|27.9 BLEU|results/metric-value"),
                results("We report an exact match of 61.0 and 27.9 BLEU."));
    }

    @Test
    void theValueIsADecimal() {
        PaperRecord p = TestGazetteer.paper("A Plain Title", "It achieves 0.50 accuracy.");
        assertEquals(new BigDecimal("0.50"), PIPELINE.extract(p).results().get(0).numericValue());
    }

    @Test
    void aDatasetWrittenBeforeTheNumberIsUsedWhenNoneIsIntroducedAfterIt() {
        assertEquals(List.of("exact match|SQuAD|80.1|percent|null|exact match of 80.1%|results/metric-value",
                        "exact match|HumanEval|70.2|percent|null|exact match of 70.2%|results/metric-value"),
                results("Scores rise: SQuAD exact match of 80.1%, HumanEval exact match of 70.2%."));
    }

    @Test
    void aMetricFarFromTheNumberIsNotItsMetric() {
        assertEquals(List.of("null|null|12|percent|null|outperforms the strongest baseline by 12%|results/outperforms-by"),
                results("We measure accuracy in many careful and varied settings, and it outperforms the strongest baseline by 12%."));
    }

    @Test
    void commonNounsBeforeDatasetsKeepTheirType() {
        PaperRecord p = TestGazetteer.paper("A Plain Title", "We mix contrastive learning datasets.");
        assertEquals(List.of(), PIPELINE.extract(p).mentions().stream()
                .filter(m -> m.kind() == org.paperkg.model.MentionKind.DATASET).toList());
    }

    @Test
    void aRangeIsOneResultWithItsUpperBoundAsDecimal() {
        PaperRecord p = TestGazetteer.paper("A Plain Title", "Attentive encoders achieve 1.5-5.9% increase by BLEU.");
        List<ResultMention> rs = PIPELINE.extract(p).results();
        assertEquals(List.of("BLEU|null|1.5-5.9|percent|null|achieve 1.5-5.9%|results/achieves"), rs.stream().map(ResultExtractorTest::show).toList());
        assertEquals(new BigDecimal("5.9"), rs.get(0).numericValue());
    }

    @Test
    void fromAToBMayHaveWordsBetween() {
        assertEquals(List.of("accuracy|HumanEval|88|percent|1|from 1% using direct requests to 88%|results/from-to"),
                results("The accuracy of the attack increases from 1% using direct requests to 88% on HumanEval."));
    }

    @Test
    void versusGivesValueAndBaselineAndTheBaselineIsNoResult() {
        assertEquals(List.of("BLEU|null|85.0|null|77.3|85.0 vs 77.3|results/versus"),
                results("It wins on automatic metrics (85.0 vs 77.3 BLEU over the baseline)."));
    }

    @Test
    void respectivelyPairsNumbersWithTheDatasetsInOrder() {
        assertEquals(List.of("null|SQuAD|2.8|percent|null|improves the average score by 2.8%|results/improves-by+respectively",
                        "null|HumanEval|3.2|percent|null|improves the average score by 2.8% and 3.2%|results/improves-by+respectively"),
                results("It improves the average score by 2.8% and 3.2% respectively on SQuAD and HumanEval."));
    }

    @Test
    void theMetricBetweenVerbAndByIsTheResultsMetric() {
        assertEquals(List.of("accuracy|null|18.5|percent|null|improves evaluation accuracy by an average of 18.5%|results/improves-by",
                        "exact match|null|10.9|percent|null|by 10.9%|results/by"),
                results("It improves evaluation accuracy by an average of 18.5% and exact match by 10.9%."));
    }

    @Test
    void aDatasetNamedElsewhereIsFoundInTheResultSentence() {
        assertEquals(List.of("null|HumanEval|42|percent|null|reduces the cost by 42%|results/improves-by"),
                results("We evaluate on HumanEval. Notably, it reduces the cost by 42% on HumanEval."));
    }

    @Test
    void aResultNamesItsMetricAsTheMetricsListDoes() {
        PaperRecord p = TestGazetteer.paper("A Plain Title", "It reaches accuracies upwards of 95%, and baselines get 60% accuracy.");
        PaperExtraction x = PIPELINE.extract(p);
        assertEquals(List.of("accuracy", "accuracy"), x.results().stream().map(ResultMention::metric).toList());
    }
}
