package org.paperkg.extract;

import org.junit.jupiter.api.Test;
import org.paperkg.model.PaperRecord;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The acronym and proposing-verb refinements made for issue 4, on sentences written for the test. */
class ProposedAndAcronymRulesTest {
    private static List<String> proposed(String abs) {
        PaperRecord p = TestGazetteer.paper("A Plain Title", abs);
        return new ProposedNameExtractor().extract(p, new TextIndex(p)).stream()
                .map(m -> m.text() + "/" + m.longForm()).toList();
    }

    @Test
    void initialsThatSpellTheShortFormWinOverTheShortestFit() {
        assertEquals("Proximal Policy Optimization",
                Acronyms.find("We tune Proximal Policy Optimization (PPO) here.").get(0).longForm());
        assertEquals("Energy-Based Transformers",
                Acronyms.find("We train Energy-Based Transformers (EBTs) here.").get(0).longForm());
    }

    @Test
    void aTrailingVersionDigitNeedNotBeSpelledOut() {
        assertEquals("Graph Ranker", Acronyms.find("We build the Graph Ranker (GR3) today.").get(0).longForm());
    }

    @Test
    void provideIsAProposingVerbAndMarkdownBoldIsSkipped() {
        assertEquals(List.of("BirdNoise/null"), proposed("We provide BirdNoise, a synthetic dataset of calls."));
        assertEquals(List.of("HAWK/null"), proposed("To fix this, we propose **HAWK** for detection."));
    }

    @Test
    void aLowerCaseTermIntroducedWithCalledIsProposed() {
        assertEquals(List.of("nest pooling/null"), proposed("We add a layer called nest pooling to the encoder."));
        assertEquals(List.of(), proposed("We study a setting called few-shot learning, as before."));
    }
}
