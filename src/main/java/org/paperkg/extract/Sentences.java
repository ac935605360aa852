package org.paperkg.extract;

import org.paperkg.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits abstract text into sentences. A sentence ends at '.', '!' or '?' followed by white space
 * and an upper-case letter, digit, quote or bracket, unless the word before the stop is a known
 * abbreviation ("e.g.", "et al.", "Fig.") or a single capital initial ("J. Smith").
 * Decimal points ("35.5%") and URLs never end a sentence because no white space follows the dot.
 */
public final class Sentences {
    private static final Set<String> ABBREVIATIONS = Set.of(
            "e.g", "i.e", "al", "etc", "vs", "fig", "figs", "eq", "eqs", "sec", "cf", "approx", "resp",
            "no", "nos", "ref", "refs", "dr", "mr", "ms", "prof", "inc", "ltd", "st", "viz", "ca", "esp");

    private Sentences() {
    }

    public static List<Span> split(String text) {
        List<Span> out = new ArrayList<>();
        int n = text.length();
        int start = skipSpace(text, 0);
        for (int i = start; i < n; i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '!' && c != '?') continue;
            int end = i + 1;
            while (end < n && isCloser(text.charAt(end))) end++;
            if (end >= n || !Character.isWhitespace(text.charAt(end))) continue;
            int next = skipSpace(text, end);
            if (next >= n) break;
            if (!startsSentence(text.charAt(next))) continue;
            if (c == '.' && isAbbreviation(text, i)) continue;
            out.add(new Span(start, end));
            start = next;
            i = next - 1;
        }
        int end = n;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        if (end > start) out.add(new Span(start, end));
        return out;
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == ')' || c == ']' || c == '\u201D' || c == '\u2019';
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '(' || c == '['
                || c == '\u201C' || c == '\'';
    }

    private static boolean isAbbreviation(String text, int dot) {
        int b = dot;
        while (b > 0 && !Character.isWhitespace(text.charAt(b - 1)) && text.charAt(b - 1) != '(') b--;
        String word = text.substring(b, dot).toLowerCase(java.util.Locale.ROOT);
        if (word.length() == 1 && Character.isUpperCase(text.charAt(b))) return true;
        return ABBREVIATIONS.contains(word);
    }

    private static int skipSpace(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
        return i;
    }
}
