package org.paperkg.vocab;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NamesTitleKeyTest {
    @Test
    void bracesAroundAcronymsDoNotSplitWords() {
        assertEquals(Names.titleKey("NeIn: Telling What You Don't Want"), Names.titleKey("{NeIn}: Telling What You Don't Want"));
        assertEquals("bert pre training", Names.titleKey("{BERT}: Pre-training"));
    }

    @Test
    void commandsAndAccentsKeepTheirLetters() {
        assertEquals("naive bayes revisited", Names.titleKey("\\emph{Na\\\"ive} Bayes Revisited"));
        assertEquals("naive bayes revisited", Names.titleKey("Naïve Bayes Revisited"));
        assertEquals("ecole", Names.titleKey("\\'{E}cole"));
        assertEquals("text2grad rl", Names.titleKey("\\textsc{Text2Grad}: RL"));
    }

    @Test
    void mathDelimitersAndGreekCommandsDropOut() {
        assertEquals("k nn for divergence", Names.titleKey("$k$-NN for $\\alpha$-Divergence"));
        assertEquals(Names.titleKey("On the Robustness of α-Divergence"), Names.titleKey("On the Robustness of $\\alpha$-Divergence"));
    }

    @Test
    void lineBreaksAndCaseDoNotMatter() {
        assertEquals(Names.titleKey("Do Input Gradients Highlight Discriminative Features?"),
                Names.titleKey("Do input gradients highlight\n  discriminative features"));
    }

    @Test
    void titlesWithoutLatexKeepTheirOldKeys() {
        assertEquals("pre train prompt and predict", Names.titleKey("Pre-train, Prompt, and Predict"));
        assertEquals("c more", Names.titleKey("C# & More"));
    }
}
