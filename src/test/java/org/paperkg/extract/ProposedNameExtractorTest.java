package org.paperkg.extract;

import org.junit.jupiter.api.Test;
import org.paperkg.model.EntityType;
import org.paperkg.model.Mention;
import org.paperkg.model.PaperRecord;
import org.paperkg.model.SourceRef;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class ProposedNameExtractorTest {
    static List<String> proposed(String title, String abstractText) {
        var paper = new PaperRecord(new SourceRef("t.txt", 1), title, abstractText, null, null, null);
        return new ProposedNameExtractor().extract(paper, new TextIndex(paper)).stream()
                .map(ProposedNameExtractorTest::describe).toList();
    }

    static String describe(Mention m) {
        return m.text() + "|" + m.longForm() + "|" + m.type().jsonName();
    }

    @Test
    void takesACoinedNameBeforeTheTitleColon() {
        assertEquals(List.of("GraphZip|null|method"), proposed("GraphZip: Compressing Graphs with Learned Codes", "We compress graphs."));
        assertEquals(List.of("NET-7|null|model"), proposed("NET-7: A Small Language Model for Tables", "Tables are hard."));
    }

    @Test
    void takesAPlainTitleWordOnlyWhenTheAbstractRepeatsIt() {
        assertEquals(List.of("Stitch|null|method"), proposed("Stitch: Joining Views", "We show that Stitch helps."));
        assertEquals(List.of(), proposed("Stitch: Joining Views", "We show that joining helps."));
        assertEquals(List.of(), proposed("Survey: Fifty Years of Parsing", "We review Survey methods."));
        assertEquals(List.of(), proposed("Decision Making: Foundations", "We study decision making."));
    }

    @Test
    void takesAnAcronymThePaperIntroduces() {
        assertEquals(List.of("SRF|Sparse Routing Fields|method"),
                proposed("Routing without Tears", "We propose Sparse Routing Fields (SRF), which route tokens."));
        // The title name is the long form of the acronym (spacing aside), so the acronym names it once.
        assertEquals(List.of("TB|Toy Bench|benchmark"),
                proposed("ToyBench: Measuring Toys", "This paper presents the first large-scale benchmark, Toy Bench (TB), for toys."));
    }

    @Test
    void takesAnAcronymWhoseLongFormStartsTheTitle() {
        assertEquals(List.of("HNs|Hyper Nets|model"),
                proposed("Hyper Nets are Efficient Learners", "Specifically, we train Hyper Nets (HNs) on text."));
    }

    @Test
    void overlappingDefinitionsOfOneAcronymDoNotCoordinate() {
        // The second "(MIM)" finds its long form by reaching back over the first definition
        // ("Modeling (MIM) and sked Image Modeling"): it starts before the first one ends, so it is
        // not "and"-coordinated to it (this threw StringIndexOutOfBoundsException; found by Jazzer).
        assertEquals(List.of("MIM|Masked Image Modeling|method"),
                proposed("Masked Image Modeling at Scale", "We study Masked Image Modeling (MIM) and sked Image Modeling (MIM) and more."));
    }

    @Test
    void ignoresAcronymsThePaperOnlyUses() {
        assertEquals(List.of(), proposed("On Scaling", "Large Language Models (LLMs) are popular. We fine-tune with Proximal Policy Optimization (PPO)."));
        assertEquals(List.of(), proposed("Continual Learning Revisited", "Continual learning (CL) is studied in lower case."));
        assertEquals(List.of(), proposed("A Study", "We propose a framework that uses Graph Attention Networks (GATs) for routing."));
    }

    @Test
    void takesANameAfterAProposingVerb() {
        assertEquals(List.of("softgate|null|method"), proposed("Gating", "We propose softgate, a new activation function for gates."));
        assertEquals(List.of("QuickLM|null|model"), proposed("Fast Models", "We introduce QuickLM, which is a small language model."));
        assertEquals(List.of("Hope|null|method"), proposed("Memory", "We present a learning module, called Hope, that remembers."));
        assertEquals(List.of(), proposed("Tools", "We introduce a new tool, the interaction tensor, for analysis."));
        assertEquals(List.of(), proposed("Heuristics", "We propose several heuristics, a family of rules."));
    }

    @Test
    void reportsANameFoundByTwoRulesOnceWithItsLongForm() {
        var paper = new PaperRecord(new SourceRef("t.txt", 1), "PRISM: Planning with Maps",
                "We introduce Planning with Retrieved Implicit State Maps (PRISM), an agent.", null, null, null);
        List<Mention> found = new ProposedNameExtractor().extract(paper, new TextIndex(paper));
        assertEquals(1, found.size());
        assertEquals("Planning with Retrieved Implicit State Maps", found.get(0).longForm());
        assertEquals(0.9, found.get(0).confidence());
    }

    @Test
    void coinedNamesHaveAHumpCapitalsOrDigits() {
        assertTrue(ProposedNameExtractor.looksCoined("TextGrad"));
        assertTrue(ProposedNameExtractor.looksCoined("NNN"));
        assertTrue(ProposedNameExtractor.looksCoined("T5"));
        assertFalse(ProposedNameExtractor.looksCoined("Self-Interpretability"));
        assertFalse(ProposedNameExtractor.looksCoined("Mixout"));
        assertEquals(EntityType.DATASET, TypeCues.decide(null, "the first large-scale dataset,", ""));
    }

    @Test
    void aTitleNameTheAbstractRepeatsOrDefinesIsTakenOnce() {
        assertEquals(List.of("Folded Attention|null|method"),
                proposed("Folded Attention: Cheap Context", "We show that Folded Attention is cheap."));
        // The abstract defines it as an acronym: the acronym names it, with the title words as long form.
        assertEquals(List.of("FA|Folded Attention|method"),
                proposed("Folded Attention: Cheap Context", "We propose Folded Attention (FA) for long inputs."));
        assertEquals(List.of("LT|Lamp-Test|benchmark"),
                proposed("The Lamp Test: Measuring Light", "In this work, we introduce the Lamp-Test (LT), a benchmark."));
        // A survey subtitle names a field, not a contribution.
        assertEquals(List.of(), proposed("Folded Attention: Foundations and Opportunities", "Folded Attention is old."));
    }

    @Test
    void aNameSetOffAfterAProposingVerbAndAKindIsProposed() {
        assertEquals(List.of("GridROAR|null|framework"),
                proposed("A Study", "First, we develop an evaluation framework, GridROAR, to test it."));
        assertEquals(List.of("Lynx|null|method"),
                proposed("Search", "Our method discovers a simple and effective optimization algorithm, Lynx (evolved)."));
    }

    @Test
    void passiveAndCoordinatedDefinitionsAreProposed() {
        assertEquals(List.of("MPL|multi-view prompt learning|method"),
                proposed("A Study", "In this study, a multi-view prompt learning (MPL) method is proposed for pre-training."));
        assertEquals(List.of("IGA|Image-Grounded Alignment|method", "TGA|Text-Grounded Alignment|method"),
                proposed("A Study", "We propose the Image-Grounded Alignment (IGA) loss and Text-Grounded Alignment (TGA) loss."));
    }

    @Test
    void existingThingsAndPhenomenaNamedForTheReaderAreNotProposed() {
        assertEquals(List.of(), proposed("A Study", "We revisit one classical regularization named Dropout for labels."));
        assertEquals(List.of(), proposed("A Study", "We identify a model-inherent signal termed angle focus that helps."));
        assertEquals(List.of(), proposed("A Study", "This paper introduces a cost-efficient active learning (AL) framework."));
    }

    @Test
    void takesTheTitlesLabelAfterAProposingVerb() {
        assertEquals(List.of("greedy shadows|null|method"),
                proposed("Greedy Shadows for Stable Ranking", "We introduce greedy shadows to stabilise rankings."));
        assertEquals(List.of("Quantile Ladder Measure|null|metric"),
                proposed("A Quantile Ladder Measure of Drift", "Here we introduce the Quantile Ladder Measure, a metric of drift."));
        // The kind noun after the title's words belongs to the label.
        assertEquals(List.of("ladder invariance loss|null|method"),
                proposed("Domain Transfer via Ladder Invariance", "We introduce a ladder invariance loss for transfer."));
        // Words of the title that are only a kind ("a new benchmark") or a paradigm are no label; nor is a
        // long form whose acronym follows; nor a label next to a coined name.
        assertEquals(List.of(), proposed("A New Benchmark for Parsing", "We introduce a new benchmark for parsing."));
        assertEquals(List.of(), proposed("Shadow Contrastive Learning at Scale", "We propose shadow contrastive learning."));
        assertEquals(List.of(), proposed("Plain Ladder Optimization for Alignment", "We propose Plain Ladder Optimization (P^2O) here."));
        assertEquals(List.of("LadFit|null|model"),
                proposed("LadFit: Ladder Fitting of Models", "We propose ladder fitting, and LadFit fits ladders."));
    }

    @Test
    void takesANamedTitleCaseNameAndATermReferredTo() {
        assertEquals(List.of("Integrated Shadows|null|method"),
                proposed("Axioms for Attribution", "We design a new attribution method called Integrated Shadows. It is fast."));
        assertEquals(List.of("overshooting|null|method"),
                proposed("The Overshooting Phenomenon", "We train past zero loss -- a process we refer to as overshooting -- and it helps."));
        // One word the title does not use, a named class, an expansion after a comma and an existing technique are not.
        assertEquals(List.of(), proposed("A Plain Title", "We train long, a process we refer to as overshooting, and it helps."));
        assertEquals(List.of(), proposed("A Plain Title", "Such networks, referred to as neural ranking models here, are many."));
        assertEquals(List.of("QRT|null|tool"),
                proposed("A Plain Title", "We propose QRT, dubbed Quick Ranking Tool for data, which ranks."));
        assertEquals(List.of(), proposed("A Plain Title",
                "We add a term called tangent prop, previously proposed in vision, to the loss."));
    }

    @Test
    void takesAQuotedTermBeforeAKindNoun() {
        assertEquals(List.of("filter scaling|null|method"),
                proposed("Seeing Loss Surfaces", "First, we introduce a simple \"filter scaling\" method that helps plots."));
    }
}
