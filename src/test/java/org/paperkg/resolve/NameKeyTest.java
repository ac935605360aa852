package org.paperkg.resolve;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** One test per normalization rule of {@link NameKey}, each with the cases it must not touch. */
class NameKeyTest {
    private static void same(String a, String b) {
        assertEquals(NameKey.key(a), NameKey.key(b), a + " / " + b);
    }

    private static void apart(String a, String b) {
        assertNotEquals(NameKey.key(a), NameKey.key(b), a + " / " + b);
    }

    @Test
    void cleanRemovesLatexMarkupQuotesAndSpaceRunsButKeepsDashesAndCase() {
        assertEquals("Text2Grad", NameKey.clean("\\textsc{Text2Grad}"));
        assertEquals("GReaTer", NameKey.clean("{GReaTer}"));
        assertEquals("S&P100", NameKey.clean("S\\&P100"));
        assertEquals("Transformer++", NameKey.clean("\u201CTransformer++\u201D"));
        assertEquals("question answering", NameKey.clean("\u2018question  answering\u2019"));
        assertEquals("MS COCO", NameKey.clean("MS\u00A0COCO"));
        assertEquals("GPT\u20134", NameKey.clean("GPT\u20134"), "dashes stay as written in labels");
        assertEquals("it's", NameKey.clean("it's"), "an inner apostrophe is not a surrounding quote");
    }

    @Test
    void unicodeFormsDashesQuotesGreekAndAccentsFold() {
        same("\uFF27\uFF30\uFF34-4", "GPT-4");            // full-width letters (NFKC)
        same("F1\u2009score", "F1 score");                 // thin space
        same("GPT\u20104", "GPT-4");                      // U+2010 hyphen
        same("LLaMA\u20112", "LLaMA-2");                  // U+2011 non-breaking hyphen
        same("ROUGE\u2013L", "ROUGE-L");                  // U+2013 en dash
        same("CIFAR\u221210", "CIFAR-10");                // U+2212 minus
        same("OpenAI\u2019s o1", "OpenAI's o1");          // curly apostrophe
        same("Kendall's tau", "Kendall\u2019s \u03C4");   // Greek letter spelled out
        same("Fr\u00E9chet Inception Distance", "Frechet Inception Distance");
        same("OpenAI's o1", "OpenAI-o1");                 // possessive 's
    }

    @Test
    void separatorsVanishButSymbolsThatNameThingsStay() {
        same("fine-tuning", "finetuning");
        same("fine tuning", "fine-tuning");
        same("U-Net", "UNet");
        same("Chat GPT", "ChatGPT");
        apart("Transformer++", "Transformer");
        apart("HumanEval+", "HumanEval");
        apart("pass@1", "pass@10");
        apart("GPT-3.5", "GPT-35");
        same("GPT-3.5 Turbo", "gpt-3.5-turbo");
        apart("ViT-B/16", "ViT-B/32");
        assertEquals(List.of("vit", "b/16"), NameKey.keyTokens("ViT-B/16"));
        apart("CNN/DailyMail", "CNN/DailyMail2");
    }

    @Test
    void twoNumbersNeverRunTogether() {
        assertEquals("llama3_8b", NameKey.key("Llama-3 8B"));
        same("Llama-3 8B", "Llama-3-8B");
        same("LLama3-8B", "Llama 3 8B");
        apart("Llama-3 8B", "Llama-38B");
        assertEquals("qwen2.5_0.5b", NameKey.key("Qwen2.5-0.5B"));
    }

    @Test
    void versionNotationsFold() {
        same("SQuAD v2", "SQuAD 2.0");
        same("SQuAD 2.0", "SQuAD2.0");
        same("ColBERT v2", "ColBERTv2");
        assertEquals("dino2", NameKey.key("DINOv2"));
        assertEquals("deberta3", NameKey.key("DeBERTaV3"));
        assertEquals("conv3", NameKey.key("conv3"), "a v inside a lower-case word stays");
        assertEquals("wav2vec", NameKey.key("wav2vec"));
        same("wav2vec 2.0", "wav2vec2");
        apart("Mistral-7B-v0.1", "Mistral-7B-v0.3");
        apart("wav2vec", "wav2vec 2.0");
    }

    @Test
    void yearsAfterANameKeepTwoDigits() {
        same("WMT14", "WMT 2014");
        same("AIME24", "AIME 2024");
        same("VOC2007", "VOC 2007");
        apart("AIME 2024", "AIME 2025");
        apart("MS COCO 2014", "MS COCO 2017");
        assertEquals("kinetics400", NameKey.key("Kinetics-400"), "three digits are not a year");
        assertEquals("top2048", NameKey.key("top-2048"), "2048 is not a year");
    }

    @Test
    void britishSpellingsBecomeAmerican() {
        same("weight normalisation", "weight normalization");
        same("Bayesian optimisation", "Bayesian optimization");
        same("language modelling", "language modeling");
        same("Travelling Salesman Problem", "Traveling Salesman Problem");
        same("behaviour cloning", "behavior cloning");
        same("analyse", "analyze");
        same("optimiser", "optimizer");
        assertEquals("noise", NameKey.key("noise"));
        assertEquals("pairwise", NameKey.key("pairwise"));
    }

    @Test
    void standardWordAbbreviationsExpand() {
        same("Top-1 Acc.", "top-1 accuracy");
        same("BatchNorm", "batch normalization");
        same("LayerNorm", "layer normalization");
        apart("RMSNorm", "LayerNorm");
        same("ImageNet", "Imagenet");
        same("U-Net", "UNet");
    }

    @Test
    void pluralsOfAcronymsAndWordsFoldWhereSafe() {
        same("LLMs", "LLM");
        same("GANs", "GAN");
        same("ViTs", "ViT");
        same("EBTs", "EBT");
        same("Ptr-Nets", "Ptr-Net");
        same("transformers", "Transformer");
        same("large language models", "large language model");
        same("multi layer perceptrons", "multi-layer perceptron");
        same("policies", "policy");
        same("losses", "loss");
        same("boxes", "box");
        assertEquals("vits", NameKey.key("VITS"), "a word in capitals is not an English plural");
        assertEquals("gps", NameKey.key("GPS"));
        assertEquals("corpus", NameKey.key("corpus"));
        assertEquals("analysis", NameKey.key("analysis"));
        assertEquals("physics", NameKey.key("physics"));
        apart("Masked Language Models", "Masked Language Modeling");
        apart("FLOPs", "FLOPS");
    }

    @Test
    void caseFoldsExceptWhereItNamesAnotherThing() {
        same("GPT-4", "gpt-4");
        same("MAMBA", "Mamba");
        assertTrue(NameKey.caseConflict("MATH", "math"));
        assertTrue(NameKey.caseConflict("arc", "ARC"));
        assertFalse(NameKey.caseConflict("MATH", "Math"));
        assertFalse(NameKey.caseConflict("GPT-4", "gpt-4"), "names with digits or symbols never conflict");
        assertFalse(NameKey.caseConflict("ML", "ml"), "two letters are too short to be a word");
    }

    @Test
    void versionsSizesAndNearSpellingsKeepTheirOwnKeys() {
        apart("BERT", "BART");
        apart("GPT-3", "GPT-4");
        apart("T5", "T0");
        apart("ResNet-50", "ResNet-101");
        apart("ImageNet", "ImageNet-V2");
        apart("ImageNet-1k", "ImageNet-21k");
        apart("Llama 2", "Llama 3");
        apart("BLOOM", "BLOOMZ");
        apart("SQuAD", "SQuAD 2.0");
    }

    @Test
    void orderKeyLetsNumbersMoveButNotWords() {
        assertEquals(NameKey.orderKey(NameKey.keyTokens("Llama-3-8B-Instruct")), NameKey.orderKey(NameKey.keyTokens("Llama 3 Instruct 8B")));
        assertEquals(NameKey.orderKey(NameKey.keyTokens("Claude 3.5 Sonnet")), NameKey.orderKey(NameKey.keyTokens("Claude Sonnet 3.5")));
        assertNull(NameKey.orderKey(NameKey.keyTokens("English-German translation")), "no number: no order key");
        assertNull(NameKey.orderKey(NameKey.keyTokens("GPT-4")), "one word");
    }

    @Test
    void acronymsAbbreviateTheirExpansions() {
        assertTrue(NameKey.abbreviates("EBTs", "Energy-Based Transformers"));
        assertTrue(NameKey.abbreviates("SAM", "Segment Anything Model"));
        assertTrue(NameKey.abbreviates("mAP", "mean average precision"));
        assertTrue(NameKey.abbreviates("nDCG", "normalized discounted cumulative gain"));
        assertTrue(NameKey.abbreviates("ClaPS", "Clustering and Pruning for Efficient Black-box Prompt Search"));
        assertTrue(NameKey.abbreviates("MaxSup", "Max Suppression"));
        assertFalse(NameKey.abbreviates("PLMs", "pre-trained LM"), "letters inside words are a weak reading");
        assertFalse(NameKey.abbreviates("MLE", "maximum-likelihood"));
        assertFalse(NameKey.abbreviates("SAM", "Sharpness"));
        assertTrue(NameKey.looksLikeAcronym("PPO"));
        assertTrue(NameKey.looksLikeAcronym("EBTs"));
        assertTrue(NameKey.looksLikeAcronym("MoE"));
        assertFalse(NameKey.looksLikeAcronym("MaxSup"));
        assertFalse(NameKey.looksLikeAcronym("GPT-4"));
        assertFalse(NameKey.looksLikeAcronym("Transformer"));
    }

    @Test
    void anInlineDefinitionSplitsIntoLongAndShortForm() {
        assertArrayEquals(new String[]{"large language models", "LLMs"}, NameKey.inlineDefinition("large language models (LLMs)"));
        assertArrayEquals(new String[]{"Proximal Policy Optimization", "PPO"}, NameKey.inlineDefinition("PPO (Proximal Policy Optimization)"));
        assertNull(NameKey.inlineDefinition("GAIN-RL (GRPO)"), "GAIN-RL run on GRPO is no definition");
        assertNull(NameKey.inlineDefinition("Transformer"));
    }
}
