package org.paperkg.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.generate.PaperGenerator;
import org.paperkg.model.PaperRecord;
import org.paperkg.model.SkippedRecord;
import org.paperkg.read.InputFiles;
import org.paperkg.read.RecordSink;

import java.io.OutputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A {@link Cue} may only make a rule faster: with the cue, a pattern finds exactly what plain
 * {@code find()} finds. Checked for every cue of every extractor, on sentences written for the edge
 * cases (capitals, hyphens, literals inside words, start and end of the text, non-ASCII case pairs),
 * the sample listings and a generated corpus; and the check itself is shown to catch a wrong cue.
 */
class CueTest {
    /** Hand-written: every cued pattern matches at least one of these, and the edges are here. */
    static final List<String> SENTENCES = List.of(
            "We propose FooNet, a new model for parsing.",
            "WE PROPOSE BARNET, A MODEL.",
            "This paper introduces QuxLM (QLM), a retrieval method.",
            "In this work we introduce a simple \"filter normalization\" method for plots.",
            "We present a lightweight model, TinyRec, which ranks items.",
            "Our method, called SuperGlue, outperforms BERT by 3.2% on GLUE.",
            "A process we refer to as hyperfitting, which helps; a query design called candidate set query, that works.",
            "This is dubbed \u201CZeta\u201D and termed Integrated Gradients.",
            "Compared with GPT-4 and LLaMA-2, it is better than T5 and over PaLM; we use RoBERTa and build on DeBERTa.",
            "Optimizers, such as Adam and Adafactor, and loss functions (e.g., cross-entropy and hinge loss) help.",
            "The Snorkel system and a GLM sampler with Max-Margin and InfoNCE losses were used.",
            "MAP decoding, KL regularization and best-of-N (BoN) sampling are strong baselines.",
            "It reduces labeling cost by 42% and consistency by 10.9%, with a 35% higher scaling rate.",
            "We see speedups of up to 9x, the highest diversity, and improved calibration in terms of faithfulness and simulatability.",
            "Gains in click-through-rates and metrics like filter selectivity and concept sparseness are reported.",
            "We prove a regret bound and show the test risk decreases; catastrophic forgetting is measured.",
            "It improves accuracy from 64.2% to 71.5% and reaches 71.5 vs 64.2 F1, respectively.",
            "The model achieves 91.2% accuracy and outperforms PaLM by 2.1 points; it is 2x faster and higher (+3.2).",
            "Error drops to 10% and falls by 5% when we boost recall.",
            "We evaluate on CIFAR-10, CIFAR-100, and ImageNet64x64 across the GLUE tasks.",
            "We use the RLHF benchmark, Helpful and Harmless Assistant (HHA), and datasets such as SQuAD and GLUE.",
            "Benchmarks (MMLU, GSM8K) and our new dataset QA-7 and corpora: Pile, C4.",
            "Code: https://github.com/a/b, www.example.org and github.com/x/y; HTTPS://GITHUB.COM/A/B too.",
            // Edges: literals inside words, capitals, hyphens, other case pairs, start and end of text.
            "Awe-inspiring models-based approach-free methods.",
            "_we propose _this, slower (3x) and Lower (5x) flowers.",
            "\u212Aelvin models and \u0130mproves by 5% in \u017Fcore.",
            "We",
            "models",
            "than",
            "outperforms",
            "3",
            "we\tpropose\nnothing",
            "Non-model baseline-free ML-models such-as X.",
            "models\u00A0such as X and vs. 12 or from10 to 20.",
            "2\u00D7faster, 3\u00D7 lower latency, 12\u201314% reduction in error.",
            "Lowers latency by 12 ms and REDUCES COST BY 3%.",
            "The task of summarization and tasks such as QA; retrieval tasks.",
            "pass@1 and Recall@10 improve; hits@k too.",
            // A match inside an earlier one (patterns tried at every word start), and "our" inside a word.
            "We propose a way to present our method: Foo Bar. Our method, Stitch Our model is Zeta Net; our our X-Net, flour QLAE.",
            "");

    @Test
    void everyCueFindsWhatItsPatternFinds(@TempDir Path dir) throws Exception {
        Map<String, Cue> cues = allCues();
        List<String> texts = new ArrayList<>(SENTENCES);
        texts.addAll(abstractsAndTitles(Path.of("data/samples")));
        Path generated = dir.resolve("generated.txt");
        try (OutputStream out = Files.newOutputStream(generated)) {
            new PaperGenerator(7).write(300, PaperGenerator.Format.LISTING, out);
        }
        texts.addAll(abstractsAndTitles(generated));
        assertTrue(texts.size() > 1400, "texts: " + texts.size());

        Map<String, Integer> matches = new LinkedHashMap<>();
        for (Map.Entry<String, Cue> e : cues.entrySet()) {
            Cue cue = e.getValue();
            int found = 0;
            for (String text : texts) {
                List<String> pieces = new ArrayList<>(List.of(text));
                for (var s : Sentences.split(text)) pieces.add(s.coveredText(text));
                for (String piece : pieces) {
                    List<String> plain = plainMatches(cue.pattern(), piece);
                    found += plain.size();
                    Cue.Text t = new Cue.Text(piece);
                    if (!cue.in(t)) assertEquals(List.of(), plain, e.getKey() + " says no match in: " + piece);
                    if (cue.scans()) assertEquals(plain, scannedMatches(cue, t), e.getKey() + " on: " + piece);
                }
            }
            matches.put(e.getKey(), found);
        }
        // Not a vacuous check: every cued pattern matched somewhere.
        for (Map.Entry<String, Integer> m : matches.entrySet())
            assertTrue(m.getValue() > 0, m.getKey() + " never matched: write a sentence for it");
    }

    @Test
    void theCheckCatchesAWrongCue() {
        // "bar" starts no literal of this cue: the scan misses it, which the comparison above would report.
        Cue wrong = Cue.startingWith(Pattern.compile("\\bfoo|bar"), "foo");
        Cue.Text t = new Cue.Text("a foo and a bar");
        assertEquals(List.of("2-5:foo", "12-15:bar"), plainMatches(wrong.pattern(), t.text()));
        if (Cue.class.desiredAssertionStatus()) {
            // With assertions on (the tests), the cue checks itself against find() and fails loudly.
            Cue.Scan scan = wrong.scan(t);
            assertTrue(scan.find());
            AssertionError e = assertThrows(AssertionError.class, scan::find);
            assertTrue(e.getMessage().startsWith("cue startingWith[foo] disagrees with find() of \\bfoo|bar"), e.getMessage());
            Cue missing = Cue.containing(Pattern.compile("bar"), "baz");
            assertThrows(AssertionError.class, () -> missing.in(t));
        } else {
            assertEquals(List.of("2-5:foo"), scannedMatches(wrong, t));
        }
    }

    @Test
    void aScanSeesTheWholeTextAroundEachPlace() {
        // A look-behind and \b read the character before the place tried; ^ holds only at the start.
        assertEquals(List.of("2-7:model"), scannedMatches(Cue.startingWith(Pattern.compile("(?<=a )model"), "model"),
                new Cue.Text("a model, the model")));
        assertEquals(List.of("0-2:we", "10-12:We"), scannedMatches(Cue.atWordStart(Pattern.compile("(?i)\\bwe"), "we"),
                new Cue.Text("we answer We")));
        assertEquals(List.of("0-2:we"), scannedMatches(Cue.startingWith(Pattern.compile("^we"), "we"), new Cue.Text("we we")));
        assertEquals(List.of("13-18:model"), scannedMatches(Cue.startingWith(Pattern.compile("model$"), "model"),
                new Cue.Text("models model model".substring(0, 18))));
        // After a match the next try starts at its end, as find() does: "aa" twice in "aaaaa", not four times.
        assertEquals(List.of("0-2:aa", "2-4:aa"), scannedMatches(Cue.startingWith(Pattern.compile("aa"), "aa"),
                new Cue.Text("aaaaa")));
        // Groups are those of the match.
        Cue.Scan scan = Cue.atWordStart(Pattern.compile("(?i)\\bby (\\d+)%"), "by").scan(new Cue.Text("nearby 5% BY 7%"));
        assertTrue(scan.find());
        assertEquals("7", scan.matcher().group(1));
        assertFalse(scan.find());
        assertFalse(scan.find());
    }

    @Test
    void foldingKeepsOffsetsAndCoversCaseInsensitiveMatching() {
        assertEquals("we propose", Cue.fold("WE Propose"));
        // Kelvin sign, dotted capital I, long s: each one character that folds to an ASCII letter.
        assertEquals("kis", Cue.fold("\u212A\u0130\u017F"));
        String s = "Stra\u00DFe \u03A3\u039F\u03A3";
        assertEquals(s.length(), Cue.fold(s).length());
        Cue kelvin = Cue.atWordStart(Pattern.compile("(?iu)\\bkelvin"), "kelvin");
        assertEquals(List.of("0-6:\u212Aelvin"), scannedMatches(kelvin, new Cue.Text("\u212Aelvin")));
    }

    @Test
    void cueLiteralsAreCheckedWhenTheCueIsMade() {
        Pattern p = Pattern.compile("x");
        assertThrows(IllegalArgumentException.class, () -> Cue.startingWith(p));
        assertThrows(IllegalArgumentException.class, () -> Cue.startingWith(p, "Upper"));
        assertThrows(IllegalArgumentException.class, () -> Cue.startingWith(p, ""));
        assertThrows(IllegalArgumentException.class, () -> Cue.atWordStart(p, " of"));
        assertThrows(IllegalStateException.class, () -> Cue.containing(p, "x").scan(new Cue.Text("x")));
        assertThrows(IllegalArgumentException.class, () -> new Cue.Text("ab", "a"));
    }

    /** Every cue of the extractors, by class and field (and map key for a map of cues). */
    static Map<String, Cue> allCues() throws IllegalAccessException {
        Map<String, Cue> out = new LinkedHashMap<>();
        for (Class<?> c : List.of(MethodExtractor.class, MetricExtractor.class, ProposedNameExtractor.class,
                DatasetExtractor.class, ResultExtractor.class, LinkExtractor.class, TaskExtractor.class)) {
            for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers())) continue;
                f.setAccessible(true);
                Object v = f.get(null);
                if (v instanceof Cue cue) out.put(c.getSimpleName() + "." + f.getName(), cue);
                if (v instanceof Map<?, ?> m)
                    for (Map.Entry<?, ?> e : m.entrySet())
                        if (e.getValue() instanceof Cue cue) out.put(c.getSimpleName() + "." + f.getName() + "[" + cue + "]", cue);
            }
        }
        assertEquals(43, out.size(), "cues: " + out.keySet());
        return out;
    }

    static List<String> plainMatches(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) out.add(describe(m));
        return out;
    }

    static List<String> scannedMatches(Cue cue, Cue.Text t) {
        List<String> out = new ArrayList<>();
        Cue.Scan scan = cue.scan(t);
        while (scan.find()) out.add(describe(scan.matcher()));
        return out;
    }

    /** A match with all its groups' places, so a different group is a different match. */
    private static String describe(Matcher m) {
        StringBuilder b = new StringBuilder().append(m.start()).append('-').append(m.end()).append(':').append(m.group());
        for (int g = 1; g <= m.groupCount(); g++) b.append('|').append(m.start(g)).append('-').append(m.end(g));
        return b.toString();
    }

    private static List<String> abstractsAndTitles(Path input) {
        List<String> out = new ArrayList<>();
        for (InputFiles.Source s : InputFiles.resolve(List.of(input))) {
            s.reader().read(s.file(), new RecordSink() {
                @Override
                public void record(PaperRecord r) {
                    out.add(r.title());
                    out.add(r.abstractOrEmpty());
                }

                @Override
                public void skipped(SkippedRecord skipped) {
                }
            });
        }
        return out;
    }
}
