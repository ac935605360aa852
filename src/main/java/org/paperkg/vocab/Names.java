package org.paperkg.vocab;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text normalization shared by IRI minting and matching: the one place that decides when two
 * written forms are "the same string" for identity purposes.
 */
public final class Names {
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
    /**
     * White space of every kind: ASCII ({@code \s}), Unicode space separators ({@code \p{Z}}: no-break,
     * en quad, ideographic space, ...) and the information separators U+001C..U+001F, which
     * {@link String#isBlank()} also counts as white space. A name or title of only these is empty.
     */
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}\\x1C-\\x1F]+");
    /** A LaTeX accent command before its letter: \'e, \"{o}, \`a, \^o, \~n, \=a, \.z. */
    private static final Pattern LATEX_ACCENT = Pattern.compile("\\\\['\"`^~=.]\\s*");
    /** A LaTeX command name (\emph, \textbf, \alpha); its braced argument stays as text. */
    private static final Pattern LATEX_COMMAND = Pattern.compile("\\\\[A-Za-z]+\\s*");
    /** Math delimiters, groups and escapes that carry no letters of the title. */
    private static final Pattern LATEX_MARKUP = Pattern.compile("[${}\\\\]");

    private Names() {
    }

    /**
     * The key two titles share when they name the same paper: Unicode compatibility folding,
     * accents and case removed, every run of punctuation or space turned into one space.
     * "Pre-train, Prompt, and Predict" and "pre-train prompt and predict" give the same key.
     * LaTeX markup as arXiv writes it is dropped first, so "{BERT}: Pre-training of Deep
     * Bidirectional Transformers" and "\emph{Na\"ive} $k$-NN" key like their plain forms
     * ("bert pre training of ...", "naive k nn").
     */
    public static String titleKey(String title) {
        String folded = fold(stripLatex(title));
        return NON_ALNUM.matcher(folded).replaceAll(" ").trim();
    }

    /**
     * Removes LaTeX markup but keeps its letters: accent commands, command names, math dollars,
     * braces and backslashes go; the text inside groups stays. Only for keys, never for display.
     */
    static String stripLatex(String s) {
        if (s.indexOf('\\') < 0 && s.indexOf('$') < 0 && s.indexOf('{') < 0) return s;
        String t = LATEX_ACCENT.matcher(s).replaceAll("");
        t = LATEX_COMMAND.matcher(t).replaceAll("");
        return LATEX_MARKUP.matcher(t).replaceAll("");
    }

    /** Collapses whitespace runs (including newlines) to one space and trims. */
    public static String collapseSpaces(String s) {
        return SPACES.matcher(s).replaceAll(" ").trim();
    }

    /**
     * A URL- and IRI-safe slug: lower case ASCII letters, digits and single hyphens. Symbols that
     * carry identity are spelled out ("C++" is "c-plus-plus", "pass@k" is "pass-at-k") so that
     * "Transformer++" and "Transformer" get different slugs. Long slugs are cut at a word boundary
     * and end in a hash of the whole text, so two long names never share a slug by truncation.
     */
    public static String slug(String text, int maxLength) {
        String spelled = fold(text)
                .replace("++", " plus plus ")
                .replace("+", " plus ")
                .replace("#", " sharp ")
                .replace("@", " at ")
                .replace("&", " and ");
        String slug = NON_ALNUM.matcher(spelled).replaceAll("-");
        slug = trimHyphens(slug);
        if (slug.isEmpty()) return "x-" + Hashes.shortHash(text);
        if (slug.length() <= maxLength) return slug;
        int cut = slug.lastIndexOf('-', maxLength);
        String head = cut > maxLength / 2 ? slug.substring(0, cut) : slug.substring(0, maxLength);
        return trimHyphens(head) + "-" + Hashes.shortHash(text);
    }

    private static String fold(String s) {
        String nfkd = Normalizer.normalize(s, Normalizer.Form.NFKD);
        return COMBINING_MARKS.matcher(nfkd).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private static String trimHyphens(String s) {
        int b = 0, e = s.length();
        while (b < e && s.charAt(b) == '-') b++;
        while (e > b && s.charAt(e - 1) == '-') e--;
        return s.substring(b, e);
    }
}
