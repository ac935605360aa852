package org.paperkg.resolve;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The normalization rules of entity resolution: when two written forms of a name are "the same
 * spelling". Each rule is a small static function with its own test ({@code NameKeyTest}); {@link #key}
 * applies them all and gives the exact-match key the resolver indexes.
 *
 * <p>Rules, in the order {@link #key} applies them:
 * <ol>
 *   <li>Display clean-up ({@link #clean}): LaTeX markup ({@code \textsc{X}}, {@code {X}}, {@code \&}),
 *       quotes around the whole name, runs of any Unicode space.</li>
 *   <li>Characters ({@link #foldCharacters}): Unicode compatibility forms (NFKC: no-break and thin
 *       spaces, full-width letters), every Unicode dash and the minus sign become '-', curly quotes
 *       become straight ones, Greek letters are spelled out (τ → tau), accents go (Fréchet → Frechet),
 *       the possessive 's goes ("OpenAI's o1" → "OpenAI o1").</li>
 *   <li>Tokens: the name is cut at separators (space, '-', '_', ',', ':', quotes, brackets ...).
 *       '+', '@', '&amp;', '#' and '*' belong to the token ("Transformer++", "pass@1"); '.' only between
 *       digits ("GPT-3.5"); '/' only before a digit ("ViT-B/16").</li>
 *   <li>Versions: a 'v' before a version number goes when it starts a token or follows a change of
 *       case ("SQuAD v2", "DINOv2", "DeBERTaV3" → ...2, ...3); a version ".0" goes ("2.0" → "2");
 *       a four-digit year after a name keeps two digits ("WMT 2014" → wmt14, "AIME 2024" → aime24).</li>
 *   <li>Spelling: British to American suffixes (-isation, -ise, -yse, -elling, -our); a few standard
 *       abbreviations of words ({@link #ABBREVIATIONS}: Acc. → accuracy, BatchNorm → batch normalization).</li>
 *   <li>Plural of the last word ({@link #singular}): acronym plurals (LLMs, GANs, ViTs → LLM, GAN, ViT)
 *       and English plurals (-s, -ies, -sses, -xes, -ches, -shes), not -ss, -us, -is, -ics.</li>
 *   <li>Case is folded; separators vanish, except that two numbers stay apart ("Llama-3 8B" and
 *       "Llama-3-8B" are llama3_8b, never llama38b).</li>
 * </ol>
 * Version and size numbers are never touched beyond these notations, so GPT-3/GPT-4, T5/T0,
 * ResNet-50/ResNet-101 and ImageNet/ImageNet-V2 keep different keys. Case can matter: see
 * {@link #caseConflict}.
 */
public final class NameKey {
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}\\u200B\\uFEFF]+");
    private static final Pattern LATEX_ESCAPE = Pattern.compile("\\\\([&_%#$])");
    private static final Pattern LATEX_COMMAND = Pattern.compile("\\\\[A-Za-z]+\\s*");
    private static final Pattern LATEX_ACCENT = Pattern.compile("\\\\['\"`^~=.]\\s*");
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern POSSESSIVE = Pattern.compile("(?<=\\p{L})'s\\b");
    private static final String QUOTES = "\"'`\u2018\u2019\u201A\u201B\u201C\u201D\u201E\u201F\u2032\u2033\u00AB\u00BB\u2039\u203A";
    private static final String DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D\u00AD";
    /** Years a dataset or benchmark can carry: 1950 to 2039 (so "2048" stays a number). */
    private static final Pattern YEAR = Pattern.compile("19[5-9]\\d|20[0-3]\\d");
    private static final Pattern VERSION_ZERO = Pattern.compile("^(\\d+)(?:\\.0+)+$");

    /** Greek letters as papers spell them out. */
    private static final Map<Character, String> GREEK = Map.ofEntries(
            Map.entry('α', "alpha"), Map.entry('β', "beta"), Map.entry('γ', "gamma"), Map.entry('δ', "delta"),
            Map.entry('ε', "epsilon"), Map.entry('ζ', "zeta"), Map.entry('η', "eta"), Map.entry('θ', "theta"),
            Map.entry('κ', "kappa"), Map.entry('λ', "lambda"), Map.entry('μ', "mu"), Map.entry('ν', "nu"),
            Map.entry('ξ', "xi"), Map.entry('π', "pi"), Map.entry('ρ', "rho"), Map.entry('σ', "sigma"),
            Map.entry('τ', "tau"), Map.entry('φ', "phi"), Map.entry('χ', "chi"), Map.entry('ψ', "psi"),
            Map.entry('ω', "omega"));

    /**
     * Standard abbreviations of whole words in method, dataset and metric names. Only words that
     * abbreviate one word and nothing else in machine-learning writing are listed ("Net" is not:
     * ImageNet and U-Net are names, not networks).
     */
    static final Map<String, String> ABBREVIATIONS = Map.of(
            "acc", "accuracy",
            "norm", "normalization");

    private NameKey() {
    }

    /**
     * The form as a label: LaTeX markup and surrounding quotes removed, any run of Unicode space
     * made one ASCII space. Dashes, case and everything else stay as written.
     */
    public static String clean(String form) {
        String s = form;
        if (s.indexOf('\\') >= 0 || s.indexOf('{') >= 0 || s.indexOf('$') >= 0) {
            s = LATEX_ESCAPE.matcher(s).replaceAll("$1");
            s = LATEX_ACCENT.matcher(s).replaceAll("");
            s = LATEX_COMMAND.matcher(s).replaceAll("");
            s = s.replace("{", "").replace("}", "").replace("$", "");
        }
        if (!plainSpaced(s)) s = SPACES.matcher(s).replaceAll(" ");
        s = s.trim();
        // Quotes around the whole name: “Transformer++”, 'question answering', "ImageNet-1K".
        while (s.length() >= 2 && QUOTES.indexOf(s.charAt(0)) >= 0 && QUOTES.indexOf(s.charAt(s.length() - 1)) >= 0)
            s = s.substring(1, s.length() - 1).trim();
        return s;
    }

    /**
     * Unicode folding: NFKC, dashes to '-', curly to straight quotes, Greek letters spelled out,
     * accents removed, possessive 's removed. Keeps case.
     */
    static String foldCharacters(String s) {
        if (plainAscii(s)) return s.indexOf('\'') >= 0 ? POSSESSIVE.matcher(s).replaceAll("") : s;
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (DASHES.indexOf(c) >= 0) b.append('-');
            else if (c == '\'' || c == '\u2018' || c == '\u2019' || c == '\u201A' || c == '\u201B' || c == '\u2032' || c == '`') b.append('\'');
            else if (QUOTES.indexOf(c) >= 0) b.append('"');
            else if (GREEK.containsKey(Character.toLowerCase(c))) b.append(' ').append(GREEK.get(Character.toLowerCase(c))).append(' ');
            else b.append(c);
        }
        String noAccents = COMBINING_MARKS.matcher(Normalizer.normalize(b, Normalizer.Form.NFD)).replaceAll("");
        return POSSESSIVE.matcher(noAccents).replaceAll("");
    }

    /** No space but single ASCII spaces. */
    private static boolean plainSpaced(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' ? i > 0 && s.charAt(i - 1) == ' ' : Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF')
                return false;
        }
        return true;
    }

    /** Printable ASCII without quote characters: nothing for {@link #foldCharacters} to fold but a possessive. */
    private static boolean plainAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c > 0x7E || c == '"' || c == '`') return false;
        }
        return true;
    }

    /** The exact-match key of a name: every rule of this class applied. Never empty for a name with a letter or digit. */
    public static String key(String form) {
        return join(keyTokens(form));
    }

    /** The normalized tokens whose concatenation is the {@link #key}, in order. */
    public static List<String> keyTokens(String form) {
        List<String> tokens = tokens(foldCharacters(clean(form)));
        List<String> words = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            String t = dropVersionV(tokens.get(i));
            boolean last = i == tokens.size() - 1;
            String w = normalizeToken(t, last);
            if (!w.isEmpty()) words.add(w);
        }
        return words;
    }

    /** The tokens of a name as written (after display clean-up and character folding), for case checks. */
    public static List<String> writtenTokens(String form) {
        return tokens(foldCharacters(clean(form)));
    }

    /**
     * The key with its numbers in any order: the words in order, then the number tokens sorted
     * ("Llama-3-8B-Instruct" and "Llama 3 Instruct 8B", "Claude 3.5 Sonnet" and "Claude Sonnet 3.5").
     * Null unless the name has two or more words and a number; words never move ("English-German"
     * and "German-English" keep their keys).
     */
    public static String orderKey(List<String> tokens) {
        List<String> words = new ArrayList<>(), numbers = new ArrayList<>();
        for (String t : tokens) (Character.isDigit(t.charAt(0)) ? numbers : words).add(t);
        if (words.size() < 2 || numbers.isEmpty()) return null;
        java.util.Collections.sort(numbers);
        return String.join(" ", words) + "|" + String.join(" ", numbers);
    }

    /** Joins normalized tokens into a key: no separator, except '_' between two numbers. */
    static String join(List<String> words) {
        StringBuilder key = new StringBuilder();
        for (String w : words) {
            if (key.length() > 0 && Character.isDigit(key.charAt(key.length() - 1)) && Character.isDigit(w.charAt(0)))
                key.append('_');
            key.append(w);
        }
        return key.toString();
    }

    /**
     * Cuts a folded name into tokens at separators. '+', '@', '&amp;', '#', '*' stay in the token;
     * '.' only between two digits; '/' only before a digit.
     */
    static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean keep = Character.isLetterOrDigit(c) || c == '+' || c == '@' || c == '&' || c == '#' || c == '*'
                    || c == '.' && i > 0 && i + 1 < s.length() && Character.isDigit(s.charAt(i - 1)) && Character.isDigit(s.charAt(i + 1))
                    || c == '/' && cur.length() > 0 && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1));
            if (keep) {
                cur.append(c);
            } else if (cur.length() > 0) {
                out.add(cur.toString());
                cur.setLength(0);
            }
        }
        if (cur.length() > 0) out.add(cur.toString());
        return out;
    }

    /**
     * Drops the 'v' of a version written "v2": when it is the whole token's start ("v2", "V2") or
     * follows a change of case ("DINOv2", "ColBERTv2", "DeBERTaV3"), never inside a lower-case word ("conv3").
     */
    static String dropVersionV(String t) {
        StringBuilder b = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if ((c == 'v' || c == 'V') && i + 1 < t.length() && Character.isDigit(t.charAt(i + 1))) {
                boolean start = i == 0;
                boolean caseChange = i > 0 && Character.isLetter(t.charAt(i - 1))
                        && Character.isUpperCase(t.charAt(i - 1)) != Character.isUpperCase(c);
                if (start || caseChange) continue;
            }
            b.append(c);
        }
        return b.toString();
    }

    /** One token: split into letter, digit and symbol runs, each normalized, then lower-cased and joined. */
    private static String normalizeToken(String token, boolean lastOfName) {
        String t = token;
        if (lastOfName) t = singularAcronym(t);
        List<String> runs = runs(t);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < runs.size(); i++) {
            String r = runs.get(i);
            char c0 = r.charAt(0);
            if (Character.isDigit(c0)) {
                boolean afterLetters = i > 0 && Character.isLetter(runs.get(i - 1).charAt(0));
                b.append(number(r, afterLetters || runs.size() == 1));
            } else if (Character.isLetter(c0)) {
                String w = r.toLowerCase(Locale.ROOT);
                w = american(w);
                w = ABBREVIATIONS.getOrDefault(w, w);
                if (lastOfName && i == runs.size() - 1 && !r.equals(r.toUpperCase(Locale.ROOT))) w = singular(w);
                b.append(w);
            } else {
                b.append(r);
            }
        }
        return b.toString();
    }

    /** Runs of letters (split further at lower-to-upper case changes), of digits (with inner dots), of symbols. */
    static List<String> runs(String t) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < t.length()) {
            char c = t.charAt(i);
            int s = i;
            if (Character.isLetter(c)) {
                i++;
                while (i < t.length() && Character.isLetter(t.charAt(i))
                        && !(Character.isUpperCase(t.charAt(i)) && Character.isLowerCase(t.charAt(i - 1)))) i++;
            } else if (Character.isDigit(c)) {
                while (i < t.length() && (Character.isDigit(t.charAt(i)) || t.charAt(i) == '.')) i++;
            } else {
                i++;
            }
            out.add(t.substring(s, i));
        }
        return out;
    }

    /** A number run: "2.0" → "2"; a year after a name or alone → its last two digits ("2014" → "14"). */
    static String number(String digits, boolean yearPosition) {
        Matcher z = VERSION_ZERO.matcher(digits);
        String d = z.matches() ? z.group(1) : digits;
        if (yearPosition && d.length() == 4) {
            if (YEAR.matcher(d).matches()) return d.substring(2);
        }
        return d;
    }

    /**
     * The plural of an acronym: "LLMs", "GANs", "ViTs", "EBTs" lose the 's' (two or more capitals,
     * the last just before the 's'). "GPS" and "LLMS" are left alone.
     */
    static String singularAcronym(String t) {
        if (t.length() < 3 || t.charAt(t.length() - 1) != 's' || !Character.isUpperCase(t.charAt(t.length() - 2))) return t;
        int upper = 0;
        for (int i = 0; i < t.length(); i++) if (Character.isUpperCase(t.charAt(i))) upper++;
        return upper >= 2 ? t.substring(0, t.length() - 1) : t;
    }

    /**
     * The singular of a lower-case English word, where that is safe: -ies → -y, -sses/-xes/-ches/-shes
     * lose "es", other -s lose the s; words in -ss, -us, -is, -ics and words under four letters stay.
     */
    static String singular(String w) {
        int n = w.length();
        if (n < 4 || w.charAt(n - 1) != 's') return w;
        if (w.endsWith("ss") || w.endsWith("us") || w.endsWith("is") || w.endsWith("ics")) return w;
        if (w.endsWith("ies") && n > 4) return w.substring(0, n - 3) + "y";
        if (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes")) return w.substring(0, n - 2);
        return w.substring(0, n - 1);
    }

    /** British to American spelling of one lower-case word (normalisation, analyse, modelling, behaviour). */
    static String american(String w) {
        String x = w;
        if (x.contains("isation")) x = x.replace("isation", "ization");
        if (x.length() >= 6 && !x.contains("wise") && !x.contains("noise") && !x.contains("exercis") && !x.contains("expertis")
                && !x.contains("premis") && !x.contains("promis"))
            x = replaceSuffix(x, "is", "iz", "e", "ed", "es", "ing", "er", "ers");
        if (x.length() >= 7) x = replaceSuffix(x, "ys", "yz", "e", "ed", "es", "ing");
        x = replaceSuffix(x, "ell", "el", "ing", "ed", "er", "ers");
        if (x.length() >= 6)
            for (String stem : new String[]{"iour", "bour", "lour", "vour", "mour", "pour"})
                for (String end : new String[]{"", "s"})
                    if (x.endsWith(stem + end)) return x.substring(0, x.length() - 2 - end.length()) + "r" + end;
        if (x.equals("centre") || x.equals("centres")) x = x.replace("centre", "center");
        return x;
    }

    /** {@code w} with its ending {@code from + e} made {@code to + e}, for the first {@code e} it ends with. */
    private static String replaceSuffix(String w, String from, String to, String... endings) {
        for (String e : endings) {
            String old = from + e;
            if (w.endsWith(old)) return w.substring(0, w.length() - old.length()) + to + e;
        }
        return w;
    }

    /**
     * True when two forms with the same key still name different things because of their case:
     * one is a word in capitals and the other the same word in lower case (the benchmark MATH and
     * the word math). Title case ("Math"), mixed case and names with digits never conflict.
     */
    public static boolean caseConflict(String a, String b) {
        String x = clean(a), y = clean(b);
        return allLetters(x) && allLetters(y) && x.length() >= 3
                && (isUpper(x) && isLower(y) || isLower(x) && isUpper(y));
    }

    private static boolean allLetters(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) if (!Character.isLetter(s.charAt(i))) return false;
        return true;
    }

    private static boolean isUpper(String s) {
        return s.equals(s.toUpperCase(Locale.ROOT));
    }

    private static boolean isLower(String s) {
        return s.equals(s.toLowerCase(Locale.ROOT));
    }

    /**
     * True when a form reads as an acronym: one token of at most ten characters with at least two
     * capitals and more capitals than lower-case letters once a plural 's' is set aside ("PPO",
     * "EBTs", "nDCG", "MoE", "ViT", "GPT-4" is not: it has a version).
     */
    public static boolean looksLikeAcronym(String form) {
        String s = singularAcronym(clean(form));
        if (s.length() < 2 || s.length() > 10) return false;
        int upper = 0, lower = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isUpperCase(c)) upper++;
            else if (Character.isLowerCase(c)) lower++;
            else if (!Character.isDigit(c)) return false;
        }
        return upper >= 2 && upper >= lower;
    }

    /**
     * True when {@code shortForm} abbreviates {@code longForm}: its capitals and digits (a plural 's'
     * set aside) are, in order, the first letters of words or hyphen parts of the long form, the
     * first on the first word, the last on the last word ("EBTs" / "Energy-Based Transformers",
     * "SAM" / "Segment Anything Model"). Words the short form skips are allowed between ("ClaPS" /
     * "Clustering and Pruning for Efficient Black-box Prompt Search").
     */
    public static boolean abbreviates(String shortForm, String longForm) {
        String sf = singularAcronym(clean(shortForm));
        if (sf.isEmpty()) return false;
        // The first character always counts ("mAP", "nDCG"), then every capital and digit.
        StringBuilder caps = new StringBuilder().append(Character.toLowerCase(sf.charAt(0)));
        for (int i = 1; i < sf.length(); i++) {
            char c = sf.charAt(i);
            if (Character.isUpperCase(c) || Character.isDigit(c)) caps.append(Character.toLowerCase(c));
        }
        if (caps.length() < 2) return false;
        List<String> words = new ArrayList<>();
        for (String w : foldCharacters(clean(longForm)).split("[^\\p{L}\\p{N}]+")) if (!w.isEmpty()) words.add(w.toLowerCase(Locale.ROOT));
        if (words.size() < 2 || words.size() > caps.length() * 2 + 3) return false;
        int last = words.size() - 1;
        if (words.get(0).charAt(0) != caps.charAt(0) || words.get(last).charAt(0) != caps.charAt(caps.length() - 1))
            return false;
        // The inner capitals start inner words, in order; words between may be skipped.
        int w = 1;
        for (int k = 1; k < caps.length() - 1; k++) {
            char c = caps.charAt(k);
            while (w < last && words.get(w).charAt(0) != c) w++;
            if (w == last) return false;
            w++;
        }
        return true;
    }

    /**
     * An inline definition written as one name, "large language models (LLMs)": the long form and
     * the short form, or null when the name is not "X (Y)" with one abbreviating the other.
     */
    public static String[] inlineDefinition(String form) {
        String s = clean(form);
        if (!s.endsWith(")")) return null;
        int open = s.lastIndexOf('(');
        if (open <= 0) return null;
        String outer = s.substring(0, open).trim(), inner = s.substring(open + 1, s.length() - 1).trim();
        if (outer.isEmpty() || inner.isEmpty()) return null;
        if (abbreviates(inner, outer)) return new String[]{outer, inner};
        if (abbreviates(outer, inner)) return new String[]{inner, outer};
        return null;
    }
}
