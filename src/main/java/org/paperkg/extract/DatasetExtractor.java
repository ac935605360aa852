package org.paperkg.extract;

import org.paperkg.gazetteer.Gazetteer;
import org.paperkg.gazetteer.GazetteerEntry;
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
 *       Names coordinated before it share the noun: "the VALSE, SugarCrepe, and ARO benchmarks" (0.7).</li>
 *   <li><b>Enumeration</b> (0.7): "datasets|benchmarks|corpora such as|including|like|namely X, Y
 *       and Z", "benchmarks (X, Y, Z)" or "datasets with explanations: X, Y, and Z": every list item
 *       that is a name as above, up to the first that is not.</li>
 *   <li><b>Evaluated on</b> (0.6): "on|across X, Y and Z" in a sentence that speaks of evaluation
 *       (experiments, results, accuracy, state-of-the-art ...) before it, where each item is a
 *       coined name ("CIFAR-10", "ImageNet64x64", "CTB5") that the gazetteer does not list as
 *       something other than a dataset.</li>
 * </ol>
 * The type is BENCHMARK when the noun is "benchmark" or "suite", else DATASET; a gazetteer row's
 * own type wins.
 */
public final class DatasetExtractor implements Extractor {
    public static final String NAME = "datasets";
    /** A word of a name: at most 64 characters, which also keeps matching linear on a run of letters with no space. */
    private static final String WORD = "[\\p{L}\\p{N}][\\p{L}\\p{N}+\\-.']{0,62}[\\p{L}\\p{N}+]|[\\p{Lu}\\p{N}]";
    private static final Pattern NAME_NOUN = Pattern.compile(
            "((?:" + WORD + ")(?:[ ](?:" + WORD + ")){0,2})[ ](dataset|benchmark|corpus|suite|data set)s?\\b");
    private static final Pattern ENUMERATION = Pattern.compile(
            "(?i:datasets|benchmarks|corpora|data sets|suites)(?:[^.:;()]{0,50}?,?\\s+(?i:such as|including|like|namely|e\\.g\\.,?)\\s+"
                    + "|\\s*\\(|[^.:;()]{0,40}:\\s+)");
    private static final Pattern COORDINATION_BEFORE = Pattern.compile("(?:,\\s+and|,\\s+or|,|\\s+and|\\s+or)\\s+$");
    private static final Pattern COORDINATION_AFTER = Pattern.compile("(?:,\\s+and|,\\s+or|,|\\s+and|\\s+or)\\s+");
    private static final Pattern ON_LIST = Pattern.compile("\\b(?:on|across)\\s+(?:the\\s+|both\\s+)?");
    private static final Pattern COINED_ITEM = Pattern.compile("(" + WORD + ")(?![\\p{L}\\p{N}])");
    private static final Pattern EVALUATION_CONTEXT = Pattern.compile("(?i)\\b(?:experiment|evaluat|result|perform|"
            + "accura|achiev|test|benchmark|train|fine-tun|improve|state-of-the-art|SOTA|outperform|score)");
    private static final Pattern QUANTITY = Pattern.compile("\\d+(?:[.,]\\d+)?[kKmMbBxX%]?");
    private static final Pattern PLURAL_ACRONYM = Pattern.compile("\\p{Lu}{2,}s");
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
            evaluatedOn(t, field, text, out);
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
            Span sentence = text.sentenceAt(field, name.start());
            List<Mention> found = new ArrayList<>();
            found.add(new Mention(MentionKind.DATASET, name.coveredText(t), null, type, field, name, sentence,
                    NAME + "/name-noun", 0.75));
            // "the VALSE, SugarCrepe, and ARO benchmarks": the names coordinated before the last one.
            int at = name.start();
            while (true) {
                Matcher sep = COORDINATION_BEFORE.matcher(t.substring(sentence.start(), at));
                if (!sep.find()) break;
                int itemEnd = sentence.start() + sep.start();
                Span item = trimToName(t, Math.max(sentence.start(), lastWords(t, itemEnd, 3)), itemEnd, sentence);
                if (item == null) break;
                found.add(0, new Mention(MentionKind.DATASET, item.coveredText(t), null, type, field, item, sentence,
                        NAME + "/name-noun", 0.7));
                at = item.start();
            }
            out.addAll(found);
        }
    }

    /** The start of the (at most) {@code n} words that end at {@code end}. */
    private static int lastWords(String t, int end, int n) {
        int i = end;
        for (int k = 0; k < n; k++) {
            int j = i;
            while (j > 0 && t.charAt(j - 1) != ' ') j--;
            if (j == i || j == 0) return j;
            String word = t.substring(j, i);
            if (word.endsWith(",") || word.endsWith(":") || word.endsWith(";")) return i;
            i = j;
            if (k < n - 1) {
                if (i == 0 || t.charAt(i - 1) != ' ') return i;
                i--;
            }
        }
        return i < end && t.charAt(i) == ' ' ? i + 1 : i;
    }

    /**
     * "on CIFAR-10, CIFAR-100, and ImageNet64x64" in a sentence about evaluation: coined names
     * (a digit or an inner capital, or all capitals) after "on" or "across", each a dataset unless the
     * gazetteer lists it as something else.
     */
    private void evaluatedOn(String t, TextField field, TextIndex text, List<Mention> out) {
        Matcher m = ON_LIST.matcher(t);
        while (m.find()) {
            Span sentence = text.sentenceAt(field, m.start());
            if (!EVALUATION_CONTEXT.matcher(t.substring(sentence.start(), m.start())).find()) continue;
            int i = m.end();
            while (true) {
                Matcher item = COINED_ITEM.matcher(t).region(i, sentence.end());
                if (!item.lookingAt()) break;
                String name = item.group(1);
                GazetteerEntry known = gazetteer.lookup(name);
                if (!isCoinedName(name) || known != null && !known.type().isDatasetLike()) break;
                Span span = new Span(item.start(1), item.end(1));
                out.add(new Mention(MentionKind.DATASET, name, null, EntityType.DATASET, field, span, sentence,
                        NAME + "/evaluated-on", 0.6));
                Matcher sep = COORDINATION_AFTER.matcher(t).region(item.end(1), sentence.end());
                if (!sep.lookingAt()) break;
                i = sep.end();
            }
        }
    }

    static boolean isCoinedName(String name) {
        if (ProposedNameExtractor.GENERIC_ACRONYMS.contains(name) || name.length() < 2) return false;
        // Quantities ("16", "800k", "1.5B") and plural acronyms of model classes ("TDMs") are not datasets.
        if (QUANTITY.matcher(name).matches() || PLURAL_ACRONYM.matcher(name).matches()) return false;
        boolean allCaps = name.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)
                && name.chars().filter(Character::isLetter).count() >= 2;
        return ProposedNameExtractor.looksCoined(name) || allCaps;
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
