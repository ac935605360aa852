package org.paperkg.resolve;

import org.paperkg.InputException;
import org.paperkg.extract.ExtractionPipeline;
import org.paperkg.gazetteer.Gazetteer;
import org.paperkg.model.EntityType;
import org.paperkg.model.Mention;
import org.paperkg.model.MentionKind;
import org.paperkg.model.PaperExtraction;
import org.paperkg.model.PaperRecord;
import org.paperkg.model.SkippedRecord;
import org.paperkg.read.InputFiles;
import org.paperkg.read.RecordSink;
import org.paperkg.vocab.Iris;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores entity resolution on hand-labelled name pairs ({@code data/eval/resolution-pairs.tsv},
 * labelled as {@code data/eval/RESOLUTION-GUIDE.md} says).
 *
 * <p>The protocol is a build without a store: the resolver first reads the knowledge inputs
 * (default: the sample listings) exactly as a build does, learning the acronyms of every abstract
 * and resolving every extracted name; then, pair by pair in file order, it resolves both names of
 * the pair as bare names of the pair's type into that same registry (no overrides, no definitions
 * from the pair itself). A pair is predicted "same" when both names get one IRI. Merge precision is
 * the share of predicted-same pairs labelled same; recall the share of same pairs predicted same.
 * For {@code different-type} pairs, name_b takes the type the note gives ("name_b is a metric").
 */
public final class PairEvaluation {
    private static final Pattern NAME_B_TYPE = Pattern.compile("name_b is an? (method|model|framework|tool|dataset|benchmark|task|metric)\\b");

    /** One labelled pair. */
    public record Pair(EntityType typeA, EntityType typeB, String a, String b, boolean same, String category, String note, long line) {
    }

    /** One pair with the resolver's answer. */
    public record Outcome(Pair pair, boolean predictedSame, String iriA, String iriB) {
        public boolean correct() {
            return predictedSame == pair.same;
        }
    }

    /** Counts over some pairs. */
    public record Counts(int truePositive, int falsePositive, int falseNegative, int trueNegative) {
        public double precision() {
            return truePositive + falsePositive == 0 ? 1.0 : truePositive / (double) (truePositive + falsePositive);
        }

        public double recall() {
            return truePositive + falseNegative == 0 ? 1.0 : truePositive / (double) (truePositive + falseNegative);
        }

        public int pairs() {
            return truePositive + falsePositive + falseNegative + trueNegative;
        }

        Counts add(Outcome o) {
            boolean s = o.pair.same, p = o.predictedSame;
            return new Counts(truePositive + (s && p ? 1 : 0), falsePositive + (!s && p ? 1 : 0),
                    falseNegative + (s && !p ? 1 : 0), trueNegative + (!s && !p ? 1 : 0));
        }
    }

    /** The whole result: all pairs, per category, every outcome. */
    public record Report(Counts all, Map<String, Counts> byCategory, List<Outcome> outcomes, int knowledgePapers, int acronymPairs) {
        public List<Outcome> errors() {
            return outcomes.stream().filter(o -> !o.correct()).toList();
        }

        /** Counts over the pairs whose note has (or has not) {@value #HELD_OUT}. */
        public Counts heldOut(boolean heldOut) {
            Counts c = new Counts(0, 0, 0, 0);
            for (Outcome o : outcomes) if (o.pair.note().contains(HELD_OUT) == heldOut) c = c.add(o);
            return c;
        }
    }

    /** The note tag of pairs labelled after the resolver's rules were written, never used to tune them. */
    public static final String HELD_OUT = "[held-out]";

    private PairEvaluation() {
    }

    public static List<Pair> readPairs(Path file) {
        if (!Files.isRegularFile(file))
            throw new InputException(file, 0, "no such pairs file; give a labelled pairs file such as data/eval/resolution-pairs.tsv");
        List<Pair> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            long n = 0;
            boolean header = false;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] c = line.split("\t", -1);
                if (!header) {
                    header = true;
                    if (c[0].equals("type")) continue;
                }
                if (c.length < 5)
                    throw new InputException(file, n, "a pair needs the columns type, name_a, name_b, label, category (tab-separated)");
                EntityType a;
                try {
                    a = EntityType.fromJsonName(c[0]);
                } catch (IllegalArgumentException e) {
                    throw new InputException(file, n, "unknown type '" + c[0] + "'");
                }
                String label = c[3].trim().toLowerCase(Locale.ROOT);
                if (!label.equals("same") && !label.equals("different"))
                    throw new InputException(file, n, "label must be 'same' or 'different', not '" + c[3] + "'");
                String note = c.length > 5 ? c[5] : "";
                EntityType b = a;
                Matcher m = NAME_B_TYPE.matcher(note);
                if (c[4].equals("different-type") && m.find()) b = EntityType.fromJsonName(m.group(1));
                out.add(new Pair(a, b, c[1], c[2], label.equals("same"), c[4], note, n));
            }
        } catch (IOException e) {
            throw new InputException(file, 0, "cannot read the pairs file: " + e.getMessage());
        }
        return out;
    }

    /** Runs the protocol: the knowledge inputs through a fresh resolver, then every pair. */
    public static Report run(List<Pair> pairs, List<Path> knowledge, Gazetteer gazetteer, ExtractionPipeline extraction) {
        Resolver resolver = new Resolver(new Iris(Iris.DEFAULT_BASE), gazetteer, Overrides.none());
        int[] papers = {0};
        for (InputFiles.Source source : InputFiles.resolve(knowledge)) {
            source.reader().read(source.file(), new RecordSink() {
                @Override
                public void record(PaperRecord record) {
                    PaperExtraction x = extraction.extract(record);
                    resolver.learn(record);
                    resolver.paper(record);
                    for (Mention m : x.mentions())
                        if (m.type() != null && m.kind() != MentionKind.CODE_REPOSITORY && m.kind() != MentionKind.PROJECT_PAGE)
                            resolver.entityIri(m);
                    papers[0]++;
                }

                @Override
                public void skipped(SkippedRecord skipped) {
                }
            });
        }
        List<Outcome> outcomes = new ArrayList<>();
        Counts all = new Counts(0, 0, 0, 0);
        Map<String, Counts> byCategory = new TreeMap<>();
        for (Pair p : pairs) {
            String ia = resolver.entityIri(p.typeA(), p.a());
            String ib = resolver.entityIri(p.typeB(), p.b());
            Outcome o = new Outcome(p, ia.equals(ib), ia, ib);
            outcomes.add(o);
            all = all.add(o);
            byCategory.merge(p.category(), new Counts(0, 0, 0, 0).add(o), PairEvaluation::sum);
        }
        return new Report(all, byCategory, outcomes, papers[0], resolver.entities().acronymPairs());
    }

    private static Counts sum(Counts a, Counts b) {
        return new Counts(a.truePositive + b.truePositive, a.falsePositive + b.falsePositive,
                a.falseNegative + b.falseNegative, a.trueNegative + b.trueNegative);
    }
}
