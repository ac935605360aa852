package org.paperkg.extract;

import org.junit.jupiter.api.Test;
import org.paperkg.gazetteer.Gazetteer;
import org.paperkg.model.EntityType;
import org.paperkg.model.Mention;
import org.paperkg.model.PaperRecord;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Each rule of the method, dataset, task and metric extractors on sentences written for the test. */
class EntityExtractorsTest {
    private static final Gazetteer G = TestGazetteer.load();

    private static List<String> run(Extractor e, String abs) {
        PaperRecord p = TestGazetteer.paper("A Plain Title", abs);
        return e.extract(p, new TextIndex(p)).stream()
                .map(m -> m.text() + "/" + m.type().jsonName() + "/" + m.extractor() + "/" + m.confidence()).toList();
    }

    @Test
    void methodsComeFromTheGazetteerWithTheirCanonicalName() {
        PaperRecord p = TestGazetteer.paper("A Plain Title", "We compare Proximal Policy Optimization with Adam.");
        List<Mention> ms = new MethodExtractor(G).extract(p, new TextIndex(p));
        assertEquals(List.of("Proximal Policy Optimization->PPO", "Adam->Adam"),
                ms.stream().map(m -> m.text() + "->" + m.entityName()).toList());
    }

    @Test
    void anAcronymWithAMethodHeadNounIsAMethodUsed() {
        assertEquals(List.of("SWA/method/methods/acronym/0.7"),
                run(new MethodExtractor(Gazetteer.empty()), "We rely on stochastic weight averaging algorithm (SWA) for stability."));
    }

    @Test
    void anAcronymWithAnotherHeadNounOrAFieldWideAcronymIsNot() {
        assertEquals(List.of(), run(new MethodExtractor(Gazetteer.empty()),
                "Graph neural networks (GNNs) and a scene dataset corpus (SDC) and large language models (LLMs) exist."));
    }

    private static List<String> methodNames(String abs) {
        PaperRecord p = TestGazetteer.paper("A Plain Title", abs);
        return new MethodExtractor(G).extract(p, new TextIndex(p)).stream()
                .map(m -> m.text() + "/" + m.extractor()).toList();
    }

    @Test
    void aCoinedNameBeforeAMethodNounIsAMethod() {
        assertEquals(List.of("Zorblax/methods/name-noun", "FooNet/methods/name-noun", "Qux-2/methods/name-noun"),
                methodNames("We denoise labels with the Zorblax system, and train Qux-2 and FooNet losses."));
        // A capitalized adjective alone is emphasis, and a sentence-initial capital is no name.
        assertEquals(List.of(), methodNames("Bayesian models help. Zorblax models too."));
    }

    @Test
    void namesListedAsExamplesOfAMethodClassAreMethods() {
        assertEquals(List.of("Adam/methods/gazetteer", "Adam/methods/examples", "Quuxprop/methods/examples",
                        "Neural Zip Machines/methods/examples"),
                methodNames("We compare with optimizers, such as Adam, Quuxprop and Neural Zip Machines for training."));
        // The list stops at the first item that is not a name.
        assertEquals(List.of("FooGAN/methods/examples"), methodNames("Strong baselines, e.g., FooGAN and 7B parameters."));
    }

    @Test
    void aCoinedNameAfterAComparisonIsAMethod() {
        assertEquals(List.of("TEALX/methods/compared", "SimQ/methods/compared", "CoMix/methods/compared"),
                methodNames("It outperforms TEALX, is better than SimQ and is combined with CoMix."));
        // Not numbers, hardware, field-wide acronyms, listed datasets or paradigm acronyms.
        assertEquals(List.of(), methodNames("It beats in-context learning (ICL), runs faster than H100 GPUs, is "
                + "better than 80% and LLMs, and improves over SQuAD."));
    }

    @Test
    void anAcronymBeforeAMethodNounOrOfAListedMethodIsAMethod() {
        assertEquals(List.of("BoN/methods/acronym"), methodNames("We use best-of-N (BoN) sampling."));
        assertEquals(List.of(), methodNames("We study the reward model (RM) and in-context learning (ICL)."));
    }

    @Test
    void algorithmsNamedLearningAreNotParadigms() {
        assertEquals(true, MethodExtractor.isParadigm("contrastive learning"));
        assertEquals(false, MethodExtractor.isParadigm("Q-learning"));
        assertEquals(false, MethodExtractor.isParadigm("temporal difference learning"));
        assertEquals(false, MethodExtractor.isParadigm("supervised fine-tuning"));
        assertEquals(true, MethodExtractor.isParadigm("continual pre-training"));
    }

    @Test
    void aMethodNameFollowedByDatasetIsADatasetThere() {
        assertEquals(List.of(), run(new MethodExtractor(G), "We release the BERT dataset of logs."));
        // The gazetteer rule reports it; name + noun leaves names the gazetteer lists to it.
        assertEquals(List.of("BERT/dataset/datasets/gazetteer/0.9"),
                run(new DatasetExtractor(G), "We release the BERT dataset of logs."));
    }

    @Test
    void aDatasetNameFollowedByModelIsAModelThere() {
        assertEquals(List.of("SQuAD/model/methods/gazetteer/0.9"), run(new MethodExtractor(G), "A SQuAD model answers."));
    }

    @Test
    void datasetsComeFromTheGazetteer() {
        assertEquals(List.of("HumanEval/benchmark/datasets/gazetteer/0.9"),
                run(new DatasetExtractor(G), "We describe HumanEval for all sizes."));
    }

    @Test
    void aCapitalizedNameBeforeDatasetOrBenchmarkIsADataset() {
        assertEquals(List.of("ZooCount/dataset/datasets/name-noun/0.75", "Forest Birds/benchmark/datasets/name-noun/0.75"),
                run(new DatasetExtractor(Gazetteer.empty()),
                        "We count animals in the ZooCount dataset and evaluate on the Forest Birds benchmark."));
    }

    @Test
    void determinersAndSentenceInitialWordsAreNotDatasetNames() {
        assertEquals(List.of(), run(new DatasetExtractor(Gazetteer.empty()),
                "Our dataset is large. The benchmark is new. Synthetic data helps. Widgets dataset follows."));
    }

    @Test
    void datasetsSuchAsAListAreEachADataset() {
        assertEquals(List.of("Alpha-7/dataset/datasets/enumeration/0.7", "BetaQA/dataset/datasets/enumeration/0.7",
                        "Gamma Set/dataset/datasets/enumeration/0.7"),
                run(new DatasetExtractor(Gazetteer.empty()), "We test on datasets such as Alpha-7, BetaQA and Gamma Set."));
    }

    @Test
    void benchmarksInParenthesesAreEachABenchmark() {
        assertEquals(List.of("FooBench/benchmark/datasets/enumeration/0.7", "BarEval/benchmark/datasets/enumeration/0.7"),
                run(new DatasetExtractor(Gazetteer.empty()), "Two benchmarks (FooBench, BarEval) show gains."));
    }

    @Test
    void tasksComeFromTheGazetteerInAnyCase() {
        assertEquals(List.of("Machine Translation/task/tasks/gazetteer/0.8", "question answering/task/tasks/gazetteer/0.8"),
                run(new TaskExtractor(G), "Machine Translation and question answering benefit."));
    }

    @Test
    void metricsComeFromTheGazetteerWithTheirDirection() {
        PaperRecord p = TestGazetteer.paper("A Plain Title", "Perplexity drops while accuracy rises.");
        List<Mention> ms = new MetricExtractor(G).extract(p, new TextIndex(p));
        assertEquals(List.of("Perplexity:false", "accuracy:true"),
                ms.stream().map(m -> m.text() + ":" + m.higherIsBetter()).toList());
    }

    @Test
    void atKMetricsAreFoundByPattern() {
        assertEquals(List.of("pass@1/metric/metrics/at-k/0.85", "Recall@10/metric/metrics/at-k/0.85",
                        "nDCG@k/metric/metrics/at-k/0.85"),
                run(new MetricExtractor(Gazetteer.empty()), "It raises pass@1, Recall@10 and nDCG@k, not foo@3 or user@example."));
    }

    private static org.paperkg.gazetteer.GazetteerEntry entry(EntityType type, boolean exact) {
        return new org.paperkg.gazetteer.GazetteerEntry("Foo", type, List.of(), exact, null, "test");
    }

    private static List<String> metricNames(String abs) {
        PaperRecord p = TestGazetteer.paper("A Plain Title", abs);
        return new MetricExtractor(G).extract(p, new TextIndex(p)).stream().map(m -> m.text() + "/" + m.extractor()).toList();
    }

    @Test
    void aMetricNameUsedAsAModifierOrPointInTimeIsNoMetric() {
        assertEquals(List.of(), metricNames("We study the accuracy-efficiency trade-off of low-accuracy training and evaluate "
                + "what happens at cross entropy time and in number of parameters-heavy models."));
    }

    @Test
    void aCostIsAMetricOnlyWithANumber() {
        assertEquals(List.of(), metricNames("It improves BLEU-like scores with a comparable number of parameters overall."));
        assertEquals(List.of("number of parameters/metrics/gazetteer"),
                metricNames("It improves results and cuts the number of parameters by 40%."));
    }

    @Test
    void qualifiersThatChangeTheMeasureStayAndOthersGo() {
        assertEquals(List.of("adversarial test accuracy/metrics/gazetteer", "accuracy/metrics/gazetteer",
                        "validation cross-entropy/metrics/gazetteer"),
                metricNames("It improves adversarial test accuracy, zero-shot accuracy and validation cross-entropy."));
    }

    @Test
    void aGeneralMetricRightAfterAnotherIsItsHead() {
        assertEquals(List.of("pass@1/metrics/gazetteer"), metricNames("It reaches 94.0 pass@1 accuracy."));
    }

    @Test
    void measuredQuantitiesAreMetrics() {
        assertEquals(List.of("labeling cost/metrics/measured", "consistency/metrics/measured"),
                metricNames("It reduces the overall labeling cost by 42% and consistency by 10.9%."));
        assertEquals(List.of("scaling rate/metrics/measured"), metricNames("We find a 35% higher scaling rate with data."));
        assertEquals(List.of("speedups/metrics/measured"), metricNames("It achieves speedups of up to 9x."));
        assertEquals(List.of("coverage/metrics/measured"), metricNames("We see a 25% improvement in coverage when halving it."));
        assertEquals(List.of("output diversity/metrics/measured"), metricNames("It significantly increases output diversity."));
        assertEquals(List.of("faithfulness/metrics/measured", "simulatability/metrics/measured"),
                metricNames("It is evaluated and falls short in faithfulness and simulatability."));
        // Vague words and bare quantity words are no metrics.
        assertEquals(List.of(), metricNames("It improves performance by 3% and efficiency by 2x, in less time, at lower cost."));
    }

    @Test
    void itemsTheTextCallsMetricsAreMetrics() {
        assertEquals(List.of("tail coverage/metrics/named", "ranking stability/metrics/named"),
                metricNames("We relate the loss to distribution metrics like tail coverage and ranking stability."));
        // A listed name after the cue is the gazetteer rule's; vague words stop the list.
        assertEquals(List.of("BLEU/metrics/gazetteer"), metricNames("We report metrics such as BLEU and performance."));
    }

    @Test
    void boundedQuantitiesOfATheoryAreMetrics() {
        assertEquals(List.of("regret/metrics/theory"), metricNames("We prove an O(1/T) regret bound for the learner."));
        assertEquals(List.of("forgetting/metrics/theory"), metricNames("We derive upper bounds on the forgetting of the model."));
        assertEquals(List.of("test risk/metrics/theory"), metricNames("The test risk of the estimator decreases with width."));
        assertEquals(List.of("regret/metrics/theory"), metricNames("The agent obtains a sub-linear regret."));
        // A phenomenon, a method and an unqualified risk are no measures, nor is any of them without a cue.
        assertEquals(List.of(), metricNames("Catastrophic forgetting grows and the risk of misuse decreases."));
        assertEquals(List.of(), metricNames("Empirical risk minimization bounds it, unlike regret-based rules."));
        assertEquals(List.of(), metricNames("We study regret in this game."));
    }

    @Test
    void trainingLossAndMetricAcronymsOfOtherThingsAreNotReported() {
        assertEquals(List.of(), metricNames("It reaches a lower training loss than the baseline."));
        assertEquals(List.of(), metricNames("We propose the mixture of attentive experts (MAE). MAE improves BLEU-like scores."));
        assertEquals(List.of(), metricNames("It improves results for MAE pre-training and for MAE-LM models."));
        // Defined as a metric, both spellings stay (the pipeline then keeps the acronym).
        assertEquals(List.of("mean absolute error/metrics/gazetteer", "MAE/metrics/gazetteer"),
                metricNames("We lower the mean absolute error (MAE) by 3%."));
    }

    @Test
    void costWordsNeedANumberAndHumanPreferenceIsAMeasure() {
        assertEquals(List.of(), metricNames("Prior methods lead to higher computation costs."));
        assertEquals(List.of("computation costs/metrics/measured"), metricNames("It reduces computation costs by 30%."));
        assertEquals(List.of("diversity/metrics/measured", "human preferences/metrics/measured"),
                metricNames("It outperforms sampling in terms of diversity and human preferences."));
    }

    @Test
    void anAcronymBeforeAProcedureNounNamesTheProcedure() {
        assertEquals(List.of("MAP decoding/methods/acronym-procedure"),
                methodNames("Most results use maximum a posteriori (MAP) decoding, and MAP decoding fails."));
        assertEquals(List.of(), methodNames("We add self-supervised learning (SSL) and SSL regularization to it."));
        assertEquals(List.of(), methodNames("It helps LLM sampling a lot."));
    }

    @Test
    void examplesOfLossesMayBeMetricsLowerCaseLossesOrDefinedAcronyms() {
        assertEquals(List.of("CVaR/methods/examples-loss", "average top-k loss/methods/examples-loss"),
                methodNames("It covers objectives such as regularized condition value-at-risk (CVaR) and average top-k loss."));
        assertEquals(List.of("cross-entropy/methods/examples-loss"),
                methodNames("The principle justifies previous loss functions (e.g., cross-entropy) as special cases."));
        // Outside a list of losses, lower-case words are no examples.
        assertEquals(List.of(), methodNames("It covers models such as large ones and average top-k loss."));
    }

    @Test
    void anExampleMayEndBeforeAClause() {
        assertEquals(List.of("TabNetQ/methods/examples", "XGboostQ/methods/examples"),
                methodNames("It beats methods like TabNetQ and XGboostQ when tested on many datasets."));
    }

    @Test
    void anAcronymBeforeFrameworkIsAMethod() {
        assertEquals(List.of("POCS/methods/acronym"),
                methodNames("It is a case of the Projection Onto Convex Sets (POCS) framework."));
    }

    private static List<String> taskNames(String abs) {
        PaperRecord p = TestGazetteer.paper("A Plain Title", abs);
        return new TaskExtractor(G).extract(p, new TextIndex(p)).stream().map(m -> m.text() + "/" + m.extractor()).toList();
    }

    @Test
    void aListedTaskGoesOnOverSettingModifiers() {
        assertEquals(List.of("few-shot question answering/tasks/gazetteer+modifiers"),
                taskNames("We study few-shot question answering."));
        assertEquals(List.of("question answering/tasks/gazetteer"), taskNames("We study downstream question answering."));
    }

    @Test
    void aPhraseEndingInATaskHeadBeforeTaskIsATask() {
        assertEquals(List.of("legal provision classification/tasks/task-noun", "regression/tasks/task-noun"),
                taskNames("We test a legal provision classification task and simple regression tasks."));
        assertEquals(List.of("English to French translation/tasks/task-noun"),
                taskNames("It wins on the English to French translation task."));
        // Vague words make no task, and the phrase stops at verbs and prepositions.
        assertEquals(List.of(), taskNames("It helps downstream tasks, reasoning tasks and language tasks."));
        assertEquals(List.of("denoising/tasks/task-noun"), taskNames("We study affinity between denoising tasks."));
    }

    @Test
    void examplesAfterTasksAndAcronymsOfTasksAreTasks() {
        assertEquals(List.of("image captioning/tasks/task-noun", "code completion/tasks/task-noun"),
                taskNames("It helps on tasks such as image captioning and code completion."));
        assertEquals(List.of("FR/tasks/acronym"), taskNames("We study face recognition (FR) at scale."));
        assertEquals(List.of(), taskNames("We study in-context learning (ICL) at scale."));
    }

    @Test
    void typesAreDecidedByTheWordAfterTheName() {
        org.paperkg.model.Span foo = new org.paperkg.model.Span(4, 7);
        assertEquals(EntityType.DATASET, GazetteerRule.decide(entry(EntityType.MODEL, true), "the Foo corpus", foo));
        assertEquals(EntityType.MODEL, GazetteerRule.decide(entry(EntityType.DATASET, true), "the Foo network", foo));
        assertEquals(EntityType.TASK, GazetteerRule.decide(entry(EntityType.TASK, true), "the Foo dataset", foo));
        // A technique followed by "benchmark" names what the benchmark is for; only models share names with data.
        assertEquals(EntityType.METHOD, GazetteerRule.decide(entry(EntityType.METHOD, true), "the Foo benchmark", foo));
        // Common nouns never switch to datasets, but any method followed by "problems" is the task there.
        assertEquals(EntityType.MODEL, GazetteerRule.decide(entry(EntityType.MODEL, false), "the Foo datasets", foo));
        assertEquals(EntityType.TASK, GazetteerRule.decide(entry(EntityType.METHOD, false), "the Foo problems", foo));
    }

    @Test
    void aCoinedNameMayHaveModifiersBeforeTheNoun() {
        assertEquals(List.of("WRENCHX/benchmark/datasets/name-noun/0.75"),
                run(new DatasetExtractor(Gazetteer.empty()), "On the WRENCHX weak supervision benchmark, it wins."));
        assertEquals(List.of("WMT15 English to French/dataset/datasets/name-noun/0.75", "WMT15/dataset/datasets/evaluated-on/0.6"),
                run(new DatasetExtractor(Gazetteer.empty()), "We train on the WMT15 English to French translation dataset."));
        assertEquals(List.of("VQAx2/benchmark/datasets/name-noun/0.7", "FigQA/benchmark/datasets/name-noun/0.7"),
                run(new DatasetExtractor(Gazetteer.empty()), "It is tested against diagrammatic (FigQA) and natural (VQAx2) benchmarks."));
        // Lower-case modifiers need a coined name before them.
        assertEquals(List.of(), run(new DatasetExtractor(Gazetteer.empty()), "We use the Large weak supervision benchmark."));
    }

    @Test
    void anAppositiveAfterTheNounIsTheName() {
        assertEquals(List.of("Helpful and Harmless Helper/dataset/datasets/appositive/0.65"),
                run(new DatasetExtractor(Gazetteer.empty()), "On the widely used benchmark, Helpful and Harmless Helper (HHH), it wins."));
    }

    @Test
    void numbersModifiersHardwareModalitiesAndListedMethodsAreNoDatasets() {
        assertEquals(List.of(), run(new DatasetExtractor(G), "Results improve on 15 benchmarks and BlockMNISTX-based datasets, "
                + "run on H100 GPUs, test on EEG data and on the PPO benchmark."));
    }

    @Test
    void namesCoordinatedBeforeTheNounShareIt() {
        assertEquals(List.of("Green QA/benchmark/datasets/name-noun/0.75", "BlueSet/benchmark/datasets/name-noun/0.7",
                        "Red-1/benchmark/datasets/name-noun/0.7"),
                run(new DatasetExtractor(Gazetteer.empty()), "Gains hold across the Red-1, BlueSet, and Green QA benchmarks."));
    }

    @Test
    void aColonOrADescriptiveGapMayPrecedeTheEnumeration() {
        assertEquals(List.of("xCars/dataset/datasets/enumeration/0.7", "PlaneSet/dataset/datasets/enumeration/0.7"),
                run(new DatasetExtractor(Gazetteer.empty()), "We use two datasets with images: xCars and PlaneSet."));
        assertEquals(List.of("Noisy5K/benchmark/datasets/enumeration/0.7"),
                run(new DatasetExtractor(Gazetteer.empty()), "It wins on benchmarks with label noise including Noisy5K. Done."));
    }

    @Test
    void coinedNamesRightAfterTheNounAreAnEnumeration() {
        assertEquals(List.of("VQA-Qx2/dataset/datasets/enumeration/0.7", "SocialQZ/dataset/datasets/enumeration/0.7"),
                run(new DatasetExtractor(Gazetteer.empty()), "On the two multi-modal datasets VQA-Qx2 and SocialQZ, we win."));
        // A plain capitalized word after the noun (a new sentence, a name of a place) starts no list.
        assertEquals(List.of(), run(new DatasetExtractor(Gazetteer.empty()), "We release the datasets Today and more."));
    }

    @Test
    void aListedModelAfterADatasetCommaStartsAClauseNotAnAppositive() {
        assertEquals(List.of(), run(new DatasetExtractor(G), "On the Friedman regression dataset, GPT-4V Mini outperforms SVMs."));
    }

    @Test
    void coinedNamesAfterOnInAnEvaluationSentenceAreDatasets() {
        assertEquals(List.of("Zed-10/dataset/datasets/evaluated-on/0.6", "QRS7/dataset/datasets/evaluated-on/0.6"),
                run(new DatasetExtractor(Gazetteer.empty()), "Experiments on Zed-10 and QRS7 confirm it."));
    }

    @Test
    void anOnOrOfThatEndsTheAbstractStartsNoList() {
        // The sentence span stops before the trailing spaces, so "on  " and "of " match past it
        // (this threw IndexOutOfBoundsException from Matcher.region; found by Jazzer).
        assertEquals(List.of(), run(new DatasetExtractor(Gazetteer.empty()), "Experiments improve results on  "));
        assertEquals(List.of(), taskNames("We test the task of  "));
    }

    @Test
    void quantitiesPluralAcronymsAndGazetteerMethodsAreNotEvaluatedOnDatasets() {
        assertEquals(List.of(), run(new DatasetExtractor(G), "Results on 800k, on TDMs and on BERT improve."));
        assertEquals(List.of(), run(new DatasetExtractor(Gazetteer.empty()), "We sat on QRS7 and Zed-10."));
    }

    @Test
    void learningParadigmsAndGenericClassesAreNotMethodsUsed() {
        assertEquals(List.of("Adam/method/methods/gazetteer/0.9"),
                run(new MethodExtractor(G), "With contrastive learning, reward models and Adam we train."));
    }

    @Test
    void learningParadigmsAreNotTasksButContinualLearningIs() {
        assertEquals(List.of("continual learning/task/tasks/gazetteer/0.8"),
                run(new TaskExtractor(G), "Few-shot learning differs from continual learning."));
    }

    @Test
    void aMetricAliasIsReportedAsTheCanonicalWordsItContains() {
        PaperRecord p = TestGazetteer.paper("A Plain Title", "The BLEU score rises.");
        List<Mention> ms = new MetricExtractor(G).extract(p, new TextIndex(p));
        assertEquals(List.of("BLEU@4..8"), ms.stream().map(m -> m.text() + "@" + m.span().start() + ".." + m.span().end()).toList());
    }

    @Test
    void aMetricNamedInASentenceThatMeasuresNothingIsNotReported() {
        assertEquals(List.of(), run(new MetricExtractor(G), "Perplexity is a classic notion in modelling."));
        assertEquals(List.of("perplexity/metric/metrics/gazetteer/0.8"),
                run(new MetricExtractor(G), "We evaluate perplexity."));
    }
}
