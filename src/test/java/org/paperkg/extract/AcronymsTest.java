package org.paperkg.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class AcronymsTest {
    static List<String> pairs(String text) {
        return Acronyms.find(text).stream().map(d -> d.shortForm() + "=" + d.longForm()).toList();
    }

    @Test
    void findsTheShortestLongFormWhoseLettersFit() {
        assertEquals(List.of("EBTs=Energy-Based Transformers"), pairs("Specifically, we train Energy-Based Transformers (EBTs) to do it."));
        assertEquals(List.of("PPO=Proximal Policy Optimization"), pairs("We fine-tune with Proximal Policy Optimization (PPO)."));
        assertEquals(List.of("ClaPS=Clustering and Pruning for Efficient Black-box Prompt Search"),
                pairs("we propose the Clustering and Pruning for Efficient Black-box Prompt Search (ClaPS), a method"));
    }

    @Test
    void ignoresParenthesesThatAreNotAcronyms() {
        assertEquals(List.of(), pairs("This holds (see below) for large inputs (x) and small ones (2023)."));
        assertEquals(List.of(), pairs("It was trained on text (WXYZ) only."));
    }

    @Test
    void doesNotCrossAClauseBoundary() {
        assertEquals(List.of("RL=reinforcement learning"), pairs("For control, reinforcement learning (RL) helps."));
    }

    @Test
    void dropsAClosingQuoteFromTheLongForm() {
        assertEquals(List.of("AG=Adaptive Guidance"), pairs("a policy we call \"Adaptive Guidance\" (AG) works"));
    }
}
