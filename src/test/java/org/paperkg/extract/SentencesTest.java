package org.paperkg.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class SentencesTest {
    static List<String> split(String text) {
        return Sentences.split(text).stream().map(s -> s.coveredText(text)).toList();
    }

    @Test
    void splitsAtSentenceEndsOnly() {
        assertEquals(List.of("We improve accuracy from 35.5% to 44.5%.", "See https://x.org/a.b for code!", "Done?"),
                split("We improve accuracy from 35.5% to 44.5%. See https://x.org/a.b for code! Done?"));
    }

    @Test
    void keepsAbbreviationsAndInitialsInsideTheSentence() {
        assertEquals(List.of("Models, e.g. GPT-4 and J. Smith et al. This counts."),
                split("Models, e.g. GPT-4 and J. Smith et al. This counts."));
        assertEquals(List.of("It works (i.e. mostly).", "Then it stops."), split("It works (i.e. mostly). Then it stops."));
    }

    @Test
    void handlesEmptyAndTrailingSpace() {
        assertEquals(List.of(), split(""));
        assertEquals(List.of("One."), split("  One.  "));
    }
}
