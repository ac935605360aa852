package org.paperkg.extract;

import org.paperkg.gazetteer.Gazetteer;
import org.paperkg.model.EntityType;
import org.paperkg.model.Mention;
import org.paperkg.model.MentionKind;
import org.paperkg.model.PaperRecord;
import org.paperkg.model.Span;
import org.paperkg.model.TextField;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the datasets and benchmarks a paper trains or evaluates on (DATASET). Three rules:
 * <ol>
 *   <li><b>Gazetteer</b> (0.9 case-exact, 0.8 any case): names from {@code datasets.tsv}, and names
 *       from any list followed by "dataset", "benchmark" ... (see {@link GazetteerRule#decide}).</li>
 *   <li><b>Name + noun</b> (0.75): "NAME dataset|benchmark|corpus|suite" ("on the MultiWOZ
 *       benchmark", "the Penn Treebank corpus"), where NAME is one to three words that each start
 *       with a capital or digit, or a coined word ("nuScenes"). A capitalized word that starts the
 *       sentence, a determiner ("The", "Our") or a type noun is not a name.</li>
 *   <li><b>Enumeration</b> (0.7): "datasets|benchmarks|corpora such as|including|like|namely X, Y
 *       and Z", or "benchmarks (X, Y, Z)": every list item that is a name as above.</li>
 * </ol>
 * The type is BENCHMARK when the noun is "benchmark" or "suite", else DATASET; a gazetteer row's
 * own type wins.
 */
public final class DatasetExtractor implements Extractor {
    public static final String NAME = "datasets";
    private static final String WORD = "[\\p{L}\\p{N}][\\p{L}\\p{N}+\\-.']*[\\p{L}\\p{N}+]|[\\p{Lu}\\p{N}]";
    private static final Pattern NAME_NOUN = Pattern.compile(
            "((?:" + WORD + ")(?:[ ](?:" + WORD + ")){0,2})[ ](dataset|benchmark|corpus|suite|data set)s?\\b");
    private static final Pattern ENUMERATION = Pattern.compile(
            "(?i:datasets|benchmarks|corpora|data sets|suites)(?:,)?\\s+(?:(?i:such as|including|like|namely|e\\.g\\.,?)\\s+|\\()");
    /** Capitalized words that start many phrases but never a dataset name. */
    private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "our", "this", "these", "that", "those",
            "its", "their", "each", "every", "both", "all", "any", "new", "novel", "existing", "standard", "public",
            "large", "small", "several", "multiple", "various", "two", "three", "four", "five", "six", "popular",
            "challenging", "diverse", "benchmark", "dataset", "other", "real", "synthetic", "proposed", "first",
            "extensive", "experiments", "results", "we", "on", "in", "of", "for", "and", "or", "with", "from",
            "human", "open", "training", "test", "evaluation", "curated", "such", "including");
    private final Gazetteer gazetteer;

    public DatasetExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Mention> extract(PaperRecord paper, TextIndex text) {
        List<Mention> out = new ArrayList<>(GazetteerRule.find(gazetteer, text, MentionKind.DATASET,
                EntityType::isDatasetLike, NAME));
        for (TextField field : TextField.values()) {
            String t = text.text(field);
            nameNoun(t, field, text, out);
            enumeration(t, field, text, out);
        }
        return out;
    }

    private static void nameNoun(String t, TextField field, TextIndex text, List<Mention> out) {
        Matcher m = NAME_NOUN.matcher(t);
        while (m.find()) {
            Span name = trimToName(t, m.start(1), m.end(1), text.sentenceAt(field, m.start(1)));
            if (name == null) continue;
            EntityType type = m.group(2).startsWith("benchmark") || m.group(2).startsWith("suite")
                    ? EntityType.BENCHMARK : EntityType.DATASET;
            out.add(new Mention(MentionKind.DATASET, name.coveredText(t), null, type, field, name,
                    text.sentenceAt(field, name.start()), NAME + "/name-noun", 0.75));
        }
    }

    private static void enumeration(String t, TextField field, TextIndex text, List<Mention> out) {
        Matcher m = ENUMERATION.matcher(t);
        while (m.find()) {
            boolean paren = m.group().endsWith("(");
            EntityType type = m.group().toLowerCase(Locale.ROOT).startsWith("bench")
                    || m.group().toLowerCase(Locale.ROOT).startsWith("suite") ? EntityType.BENCHMARK : EntityType.DATASET;
            int end = t.length();
            for (int i = m.end(); i < t.length(); i++) {
                char c = t.charAt(i);
                if (c == ';' || c == ')' && paren || c == '.' && (i + 1 >= t.length() || t.charAt(i + 1) == ' ')) {
                    end = i;
                    break;
                }
            }
            Span sentence = text.sentenceAt(field, m.end());
            Matcher item = Pattern.compile("[^,]+").matcher(t.substring(m.end(), end));
            while (item.find()) {
                String raw = item.group();
                String[] parts = raw.split("\\s+(?:and|or)\\s+|^\\s*(?:and|or)\\s+");
                int offset = m.end() + item.start();
                int searchFrom = 0;
                boolean stop = false;
                for (String part : parts) {
                    String p = part.strip();
                    if (p.isEmpty()) continue;
                    int at = raw.indexOf(p, searchFrom);
                    searchFrom = at + p.length();
                    Span span = new Span(offset + at, offset + at + p.length());
                    if (!isName(p, false)) {
                        stop = true;
                        break;
                    }
                    out.add(new Mention(MentionKind.DATASET, p, null, type, field, span, sentence,
                            NAME + "/enumeration", 0.7));
                }
                if (stop) break;
            }
        }
    }

    /**
     * The name part of a candidate: the longest run of name words that ends at the noun ("on the
     * MultiWOZ" gives "MultiWOZ"); null when there is none or it is a sentence-initial common word.
     */
    private static Span trimToName(String t, int start, int end, Span sentence) {
        String[] words = t.substring(start, end).split(" ");
        int s = end;
        for (int k = words.length - 1; k >= 0 && isWordName(words[k]); k--) s -= words[k].length() + (s == end ? 0 : 1);
        if (s == end) return null;
        String name = t.substring(s, end);
        if (!isName(name, s == sentence.start())) return null;
        return new Span(s, end);
    }

    static boolean isName(String name, boolean sentenceStart) {
        String[] words = name.split(" ");
        if (words.length > 4) return false;
        for (String w : words) if (!isWordName(w)) return false;
        if (ProposedNameExtractor.GENERIC_ACRONYMS.contains(name)) return false;
        if (sentenceStart && words.length == 1 && !ProposedNameExtractor.looksCoined(name)) return false;
        return true;
    }

    private static boolean isWordName(String w) {
        if (w.isEmpty() || NOT_NAMES.contains(w.toLowerCase(Locale.ROOT)) || TypeCues.isCueWord(w)) return false;
        char c = w.charAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c) && w.chars().anyMatch(Character::isLetter)
                || ProposedNameExtractor.looksCoined(w);
    }
}
