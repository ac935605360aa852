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
 *       benchmark", "the Penn Treebank corpus"), where NAME is one to four words that each start
 *       with a capital or digit, or a coined word ("nuScenes"), joined by "to" between capitals
 *       ("WMT14 English to German translation dataset"). Up to three lower-case words may come
 *       between a coined NAME and the noun ("the WRENCH weak supervision benchmark"), and a coined
 *       name in parentheses among them is a dataset too ("diagrammatic (FigureQA) visual
 *       question-answering benchmarks"). A capitalized word that starts the sentence, a determiner
 *       ("The", "Our") or a type noun is not a name. Names coordinated before it share the noun:
 *       "the VALSE, SugarCrepe, and ARO benchmarks" (0.7). The noun is found first and the name read
 *       backwards from it, so the rule costs nothing in sentences without one.</li>
 *   <li><b>Appositive</b> (0.65): "benchmark|dataset|corpus, NAME" where NAME is a coined name or a
 *       run of capitalized words ("the RLHF benchmark, Helpful and Harmless Assistant (HHA)"; a
 *       defined acronym then names it, see {@link ExtractionPipeline}).</li>
 *   <li><b>Enumeration</b> (0.7): "datasets|benchmarks|corpora such as|including|like|namely X, Y
 *       and Z", "benchmarks (X, Y, Z)", "datasets with explanations: X, Y, and Z" or, when the first
 *       item is a coined name, "the two datasets VQA-CPv2 and SocialIQ": every list item
 *       that is a name as above, up to the first that is not.</li>
 *   <li><b>Evaluated on</b> (0.6): "on|across X, Y and Z" in a sentence that speaks of evaluation
 *       (experiments, results, accuracy, state-of-the-art ...) before it, where each item is a
 *       coined name ("CIFAR-10", "ImageNet64x64", "CTB5") that the gazetteer does not list as
 *       something other than a dataset.</li>
 * </ol>
 * The type is BENCHMARK when the noun is "benchmark" or "suite", else DATASET; a gazetteer row's
 * own type wins. No rule reports a number ("15 benchmarks"), a name made into a modifier
 * ("BlockMNIST-based datasets"), hardware ("H100 GPU"), a data modality ("EEG data") or a name the
 * gazetteer lists as a method, task or metric ("the RLHF benchmark").
 */
public final class DatasetExtractor implements Extractor {
    public static final String NAME = "datasets";
    /** A word of a name: at most 64 characters, which also keeps matching linear on a run of letters with no space. */
    private static final String WORD = "[\\p{L}\\p{N}][\\p{L}\\p{N}+\\-.']{0,62}[\\p{L}\\p{N}+]|[\\p{Lu}\\p{N}]";
    /** The nouns rule 2 reads names before, found first (cheap); the name is read backwards from them. */
    private static final Pattern DATASET_NOUN = Pattern.compile(
            "(?<=[\\p{L}\\p{N}+)'] )(?:(dataset|benchmark|corpus|suite|data set)s?|(corpora))\\b");
    private static final Cue DATASET_NOUN_CUE = Cue.atWordStart(DATASET_NOUN, "dataset", "benchmark", "corpus", "suite",
            "data set", "corpora");
    private static final Pattern APPOSITIVE = Pattern.compile(
            "\\b(?:dataset|benchmark|corpus|suite),\\s+(?:the\\s+)?((?:[\\p{Lu}\\p{N}][\\p{L}\\p{N}\\-']*)(?:\\s+(?:(?:and|of|for|the|to|in)\\s+)?"
                    + "[\\p{Lu}\\p{N}][\\p{L}\\p{N}\\-']*){0,5})");
    private static final Cue APPOSITIVE_CUE = Cue.atWordStart(APPOSITIVE, "dataset", "benchmark", "corpus", "suite");
    private static final Pattern ITEMS = Pattern.compile("[^,]+");
    private static final Pattern HARDWARE = Pattern.compile("[AHVTBL]\\d{2,3}|TPUv?\\d*|GPUs?|CPUs?|NPU|RTX\\d*");
    /** Nouns after a name that make it a kind of data or device, not a dataset: "EEG data", "H100 GPU". */
    private static final Set<String> NOT_DATASET_NEXT = Set.of("data", "signals", "signal", "images", "image", "texts",
            "text", "videos", "video", "recordings", "gpu", "gpus", "cpu", "cpus", "tpu", "tpus", "models", "model",
            "tokens", "features", "scans", "method", "methods");
    /** Suffixes that turn a name into a modifier: "BlockMNIST-based", "ImageNet-style", "COCO-like". */
    private static final Pattern MODIFIER_SUFFIX = Pattern.compile("(?i)-(?:based|style|like|derived|sized|scale|level|specific|only|free)$");
    private static final Pattern ENUMERATION = Pattern.compile(
            "(?i:datasets|benchmarks|corpora|data sets|suites)(?:[^.:;()]{0,50}?,?\\s+(?i:such as|including|like|namely|e\\.g\\.,?)\\s+"
                    + "|\\s*\\(|[^.:;()]{0,40}:\\s+"
                    // "the two multi-modal datasets VQA-CPv2 and SocialIQ": a coined name right after the noun.
                    + "|\\s+(?=\\p{Lu}[\\p{L}\\p{N}\\-]{0,40}?[\\p{Lu}\\p{N}])"
                    // Round 5: "on two FAQ datasets, Cough and Faqir, which ...": capitalized names in
                    // apposition to the plural noun, coordinated with "and"/"or", the list closed by
                    // punctuation or a clause word ("datasets, Alice and Bob agree" is a new clause).
                    + "|,\\s+(?=\\p{Lu}[^,.;:()]{0,40}(?:,\\s+[^,.;:()]{1,40}){0,6}?,?\\s+(?:and|or)\\s+"
                    + "\\p{Lu}[\\p{L}\\p{N}\\-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}\\-]*){0,2}"
                    + "(?:[,.;)]|\\s+(?:which|that|with|from|for|in|on|as|to|where)\\b)))");
    private static final Cue ENUMERATION_CUE = Cue.startingWith(ENUMERATION, "datasets", "benchmarks", "corpora", "data sets",
            "suites");
    private static final Pattern COORDINATION_BEFORE = Pattern.compile("(?:,\\s+and|,\\s+or|,|\\s+and|\\s+or)\\s+$");
    private static final Pattern AND_BEFORE = Pattern.compile("\\s+and\\s+$");
    private static final Pattern COORDINATION_AFTER = Pattern.compile("(?:,\\s+and|,\\s+or|,|\\s+and|\\s+or)\\s+");
    private static final Pattern ON_LIST = Pattern.compile("\\b(?:on|across)\\s+(?:the\\s+|both\\s+)?");
    private static final Cue ON_LIST_CUE = Cue.atWordStart(ON_LIST, "on", "across");
    private static final Pattern COINED_ITEM = Pattern.compile("(" + WORD + ")(?![\\p{L}\\p{N}])");
    private static final Pattern EVALUATION_CONTEXT = Pattern.compile("(?i)\\b(?:experiment|evaluat|result|perform|"
            + "accura|achiev|test|benchmark|train|fine-tun|improve|state-of-the-art|SOTA|outperform|score)");
    private static final Cue EVALUATION_CONTEXT_CUE = Cue.containing(EVALUATION_CONTEXT, "experiment", "evaluat", "result",
            "perform", "accura", "achiev", "test", "benchmark", "train", "fine-tun", "improve", "state-of-the-art", "sota",
            "outperform", "score");
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
            // Rules 2-4 need a dataset noun: most abstracts are done with one cheap scan.
            if (hasDatasetNoun(t)) {
                nameNoun(t, field, text, out);
                enumeration(t, field, text, out);
                andOthers(t, field, text, out);
            }
            evaluatedOn(t, field, text, out);
        }
        return out;
    }

    /** ", and other datasets": the list before it names datasets of the same kind. */
    private static final Pattern AND_OTHERS = Pattern.compile(",?\\s+(?:and|or)\\s+(?:many\\s+|several\\s+)?other\\s+"
            + "(?:(?:public|standard|popular|common|large-scale|benchmark|evaluation)\\s+)?(datasets|benchmarks|corpora|data sets)\\b");
    /** Where a list item ends and the one before it starts: a comma, or "and"/"or". */
    private static final Pattern ITEM_SEPARATOR = Pattern.compile(",\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or)\\s+");

    /**
     * Rule 4b: "NINCO, iNaturalist, OpenImage-O, and other datasets", "MNIST, SVHN or other benchmarks":
     * the coined names listed right before "and other datasets" are datasets of the same kind. Read
     * backwards from the phrase, item by item; the list ends at the first item that is not a coined
     * name (a number, a lower-case phrase, a name the gazetteer lists as something else). Found from
     * the literal " other " so abstracts without it cost one indexOf.
     */
    private void andOthers(String t, TextField field, TextIndex text, List<Mention> out) {
        for (int at = t.indexOf(" other "); at >= 0; at = t.indexOf(" other ", at + 1)) {
            int from = Math.max(0, at - 20);
            Matcher m = AND_OTHERS.matcher(t).region(from, t.length());
            boolean found = false;
            while (m.find() && m.start() <= at) if (m.end() > at) { found = true; break; }
            if (!found) continue;
            EntityType type = m.group(1).startsWith("bench") ? EntityType.BENCHMARK : EntityType.DATASET;
            Span sentence = text.sentenceAt(field, m.start());
            int end = m.start();
            List<Mention> items = new ArrayList<>(4);
            while (end > sentence.start()) {
                int start = end;
                while (start > sentence.start() && !Character.isWhitespace(t.charAt(start - 1)) && t.charAt(start - 1) != ',')
                    start--;
                String name = t.substring(start, end);
                if (!isCoinedName(name) || !isDatasetName(name)) break;
                items.add(0, new Mention(MentionKind.DATASET, name, null, type, field, new Span(start, end), sentence,
                        NAME + "/and-others", 0.65));
                // The separator before this item: ", ", ", and ", " and ", " or "; anything else ends the list.
                Matcher sep = ITEM_SEPARATOR.matcher(t);
                int sepStart = -1;
                for (int k = Math.max(sentence.start(), start - 6); k < start; k++) {
                    if (sep.region(k, start).matches()) {
                        sepStart = k;
                        break;
                    }
                }
                if (sepStart < 0) break;
                end = sepStart;
            }
            out.addAll(items);
        }
    }

    /** True when the text has "dataset", "benchmark", "corpus", "corpora", "data set" or "suite" in any case. */
    static boolean hasDatasetNoun(String t) {
        String lower = t.toLowerCase(Locale.ROOT);
        return lower.contains("dataset") || lower.contains("benchmark") || lower.contains("corpus")
                || lower.contains("corpora") || lower.contains("data set") || lower.contains("suite");
    }

    /** Rule 2: read the name backwards from each dataset noun. */
    private void nameNoun(String t, TextField field, TextIndex text, List<Mention> out) {
        Cue.Scan scan = DATASET_NOUN_CUE.scan(text.cueText(field));
        Matcher m = scan.matcher();
        while (scan.find()) {
            String noun = m.group(1) != null ? m.group(1) : m.group(2);
            EntityType type = noun.startsWith("benchmark") || noun.startsWith("suite") ? EntityType.BENCHMARK : EntityType.DATASET;
            Span sentence = text.sentenceAt(field, m.start());
            List<Mention> found = new ArrayList<>();
            int nameEnd = m.start() - 1;
            // Lower-case modifiers between a coined name and the noun: "the WRENCH weak supervision benchmark".
            int modStart = nameEnd;
            int modifiers = 0;
            boolean parenthesized = false;
            while (modifiers < (parenthesized ? 6 : 3)) {
                int ws = wordStart(t, modStart, sentence);
                if (ws >= modStart) break;
                String w = t.substring(ws, modStart);
                Matcher paren = PAREN_NAME.matcher(w);
                if (paren.matches()) {
                    if (!isCoinedName(paren.group(1)) || !isDatasetName(paren.group(1))) break;
                    found.add(new Mention(MentionKind.DATASET, paren.group(1), null, type, field,
                            new Span(ws + 1, ws + 1 + paren.group(1).length()), sentence, NAME + "/name-noun", 0.7));
                    parenthesized = true;
                } else if (!(parenthesized && (w.equals("and") || w.equals("or")))
                        && (!MODIFIER_WORD.matcher(w).matches() || NOT_NAMES.contains(w))) {
                    break;
                }
                modStart = ws - 1;
                modifiers++;
                if (modStart <= sentence.start() || t.charAt(modStart) != ' ') break;
            }
            Span name = null;
            if (modStart < nameEnd && modStart > sentence.start()) {
                name = trimToName(t, Math.max(sentence.start(), lastWords(t, modStart, 4)), modStart, sentence);
                if (name != null && !ProposedNameExtractor.looksCoined(name.coveredText(t).replace(" ", ""))) name = null;
            }
            if (name == null && modifiers == 0)
                name = trimToName(t, Math.max(sentence.start(), lastWords(t, nameEnd, 4)), nameEnd, sentence);
            // "the Communities and Crime dataset": before a singular noun, "A and B" is one name; only a
            // plural noun is shared by coordinated names ("the VALSE and ARO benchmarks").
            boolean plural = m.group(2) != null || m.group().endsWith("s");
            if (name != null && !plural && modifiers == 0) {
                Matcher and = AND_BEFORE.matcher(t).region(Math.max(sentence.start(), name.start() - 5), name.start());
                Span first = and.find() ? trimToName(t, Math.max(sentence.start(), lastWords(t, and.start(), 3)), and.start(), sentence) : null;
                if (first != null && Character.isUpperCase(t.charAt(first.start())) && isDatasetName(first.coveredText(t))
                        && isDatasetName(name.coveredText(t))) {
                    Span joined = new Span(first.start(), name.end());
                    found.add(new Mention(MentionKind.DATASET, joined.coveredText(t), null, type, field, joined, sentence,
                            NAME + "/name-noun", 0.7));
                    name = null;
                }
            }
            if (name != null && isDatasetName(name.coveredText(t))) {
                found.add(new Mention(MentionKind.DATASET, name.coveredText(t), null, type, field, name, sentence,
                        NAME + "/name-noun", 0.75));
                // "the VALSE, SugarCrepe, and ARO benchmarks": the names coordinated before the last one.
                int at = name.start();
                while (true) {
                    Matcher sep = COORDINATION_BEFORE.matcher(t).region(Math.max(sentence.start(), at - 12), at);
                    if (!sep.find()) break;
                    int itemEnd = sep.start();
                    Span item = trimToName(t, Math.max(sentence.start(), lastWords(t, itemEnd, 3)), itemEnd, sentence);
                    if (item == null || !isDatasetName(item.coveredText(t))) break;
                    found.add(new Mention(MentionKind.DATASET, item.coveredText(t), null, type, field, item, sentence,
                            NAME + "/name-noun", 0.7));
                    at = item.start();
                }
            }
            out.addAll(found);
        }
        appositive(t, field, text, out);
    }

    /** Lower-case words that may modify a dataset noun: "weak", "supervision", "question-answering". */
    private static final Pattern MODIFIER_WORD = Pattern.compile("[a-z][a-z\\-]*");
    private static final Pattern PAREN_NAME = Pattern.compile("\\(([\\p{L}\\p{N}][\\p{L}\\p{N}\\-.]*)\\)");

    /** The start of the word (a run without spaces) that ends at {@code end}, within the sentence. */
    private static int wordStart(String t, int end, Span sentence) {
        int s = end;
        while (s > sentence.start() && t.charAt(s - 1) != ' ') s--;
        return s;
    }

    /** Rule 3: "the RLHF benchmark, Helpful and Harmless Assistant (HHA)". */
    private void appositive(String t, TextField field, TextIndex text, List<Mention> out) {
        Cue.Scan scan = APPOSITIVE_CUE.scan(text.cueText(field));
        Matcher m = scan.matcher();
        while (scan.find()) {
            String name = m.group(1);
            if (name.endsWith(" and") || name.endsWith(" of")) continue;
            boolean multi = name.indexOf(' ') > 0;
            if (!multi && !isCoinedName(name) || !isDatasetName(name)) continue;
            // "the regression dataset, Claude 3 outperforms ...": a listed model starts a new clause.
            if (startsWithModel(name)) continue;
            Span span = new Span(m.start(1), m.end(1));
            out.add(new Mention(MentionKind.DATASET, name, null, EntityType.DATASET, field, span,
                    text.sentenceAt(field, span.start()), NAME + "/appositive", 0.65));
        }
    }

    /** True when the gazetteer's first match in {@code name} starts it and is a method or model. */
    private boolean startsWithModel(String name) {
        for (Gazetteer.Match g : gazetteer.find(name))
            return g.span().start() == 0 && !g.entry().type().isDatasetLike() && g.entry().type() != EntityType.TASK
                    && g.entry().type() != EntityType.METRIC;
        return false;
    }

    /** Not a number, modifier, hardware, field-wide acronym or a name listed as something other than data. */
    private boolean isDatasetName(String name) {
        if (QUANTITY.matcher(name).matches() || MODIFIER_SUFFIX.matcher(name).find() || HARDWARE.matcher(name).matches())
            return false;
        if (ProposedNameExtractor.GENERIC_ACRONYMS.contains(name)) return false;
        // "MTEB (English, v2) benchmark": the end of a parenthesis is a gloss, not a name ("v2)").
        if (name.indexOf(')') >= 0 && name.indexOf('(') < 0) return false;
        GazetteerEntry known = gazetteer.lookup(name);
        return known == null || known.type().isDatasetLike();
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
        Cue.Text cues = text.cueText(field);
        Cue.Scan scan = ON_LIST_CUE.scan(cues);
        Matcher m = scan.matcher();
        while (scan.find()) {
            Span sentence = text.sentenceAt(field, m.start());
            String before = t.substring(sentence.start(), m.start());
            if (!EVALUATION_CONTEXT_CUE.in(cues.slice(sentence.start(), m.start()))
                    || !EVALUATION_CONTEXT.matcher(before).find()) continue;
            // An "on" that ends its sentence starts no list (the walk stays inside the sentence).
            Lists.walk(t, m.end(), sentence.end(), COINED_ITEM, COORDINATION_AFTER, item -> {
                String name = item.group(1);
                if (!isCoinedName(name) || !isDatasetName(name)
                        || NOT_DATASET_NEXT.contains(GazetteerRule.nextWord(t, item.end(1)))) return false;
                out.add(new Mention(MentionKind.DATASET, name, null, EntityType.DATASET, field,
                        new Span(item.start(1), item.end(1)), sentence, NAME + "/evaluated-on", 0.6));
                return true;
            });
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

    private void enumeration(String t, TextField field, TextIndex text, List<Mention> out) {
        Cue.Scan scan = ENUMERATION_CUE.scan(text.cueText(field));
        Matcher m = scan.matcher();
        while (scan.find()) {
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
            Matcher item = ITEMS.matcher(t.substring(m.end(), end));
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
                    if (!isName(p, false) || !isDatasetName(p)) {
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
        if (start >= end) return null;
        String[] words = t.substring(start, end).split(" ");
        int s = end;
        for (int k = words.length - 1; k >= 0; k--) {
            boolean connector = words[k].equals("to") && k > 0 && k < words.length - 1 && s < end
                    && isWordName(words[k - 1]) && Character.isUpperCase(words[k + 1].charAt(0));
            if (!connector && !isWordName(words[k])) break;
            s -= words[k].length() + (s == end ? 0 : 1);
        }
        if (s == end) return null;
        String name = t.substring(s, end);
        if (!isName(name, s == sentence.start())) return null;
        return new Span(s, end);
    }

    static boolean isName(String name, boolean sentenceStart) {
        String[] words = name.split(" ");
        if (words.length > 4) return false;
        for (int k = 0; k < words.length; k++)
            if (!isWordName(words[k]) && !(words[k].equals("to") && k > 0 && k < words.length - 1)) return false;
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
