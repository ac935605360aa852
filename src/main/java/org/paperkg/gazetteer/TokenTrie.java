package org.paperkg.gazetteer;

import org.paperkg.model.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A trie over word tokens that finds the leftmost-longest gazetteer names in a text, in one pass
 * and without a regular expression per entry. A token is a run of letters and digits or one other
 * non-space character, so "pass@k" is three tokens and a name matches only on whole tokens: "BERT"
 * never matches inside "RoBERTa" or "BERTScore", but does in "BERT-based". The trie is keyed on
 * lower-cased tokens; an entry that is case-exact also checks the tokens as written. A hyphen
 * between two words is optional on both sides: "gradient-descent" matches "gradient descent" and
 * "self attention" matches "self-attention" (not between a word and a number: "GPT-4" stays whole).
 *
 * <p>Model variants: a name the list types as a model may go on with a size, version or tier
 * ("Llama-3 8B", "Gemma-2 9B", "GPT-2 Small", "ColBERT v2", "Mistral-v0.3", "Phi-3-mini",
 * "gpt-3.5-turbo-16k", "Mistral-7B/24B"); the hit then covers the variant and says so
 * ({@link Hit#variant}), because a variant is a model of its own (its name is the written form).
 * Immutable once built; safe to share between threads.
 */
final class TokenTrie {
    /**
     * A name found in a text: where, which entry, and whether the text is a variant of the entry
     * (a size, version or tier written after a model name) rather than one of its spellings.
     */
    record Hit(Span span, GazetteerEntry entry, boolean variant) {
    }

    /**
     * What may follow a model name as part of a variant: sizes (7B, 1.5B, 350M, 8x7B, 16k), versions
     * (v2, V3, v0.3) and tiers. Separated by a hyphen, slash or one space; a tier written after a
     * space is capitalized ("GPT-2 Large"), so that "BERT large models" stays "BERT". Anchored with
     * lookingAt at the end of a match: linear, no backtracking across the text. At most six parts
     * (and version numbers of four): every repetition of a group is a stack frame of the regex engine.
     */
    private static final java.util.regex.Pattern VARIANT = java.util.regex.Pattern.compile(
            "(?:(?:(?:[-/]|\\s)(?:\\d+(?:\\.\\d+)?[BMKbmk]|\\d+x\\d+[Bb]|[vV]\\d+(?:\\.\\d+){0,3}"
                    + "|Small|Medium|Large|Base|XL|XXL|Mini|Tiny|Turbo|Instruct|Chat|Pro|Flash|Nano|Lite|Distill)"
                    + "|-(?:small|medium|large|base|xl|xxl|mini|tiny|turbo|instruct|chat|it|pro|flash|nano|lite|distill"
                    + "|\\d+k))(?![\\p{L}\\p{N}])){1,6}");

    private record Token(String text, int start, int end) {
    }

    private record Terminal(GazetteerEntry entry, List<String> written) {
    }

    private static final class Node {
        final Map<String, Node> next = new HashMap<>();
        final List<Terminal> terminals = new ArrayList<>(1);
    }

    private final Node root = new Node();

    void add(String surface, GazetteerEntry entry) {
        List<Token> tokens = withoutWordHyphens(tokenize(surface));
        if (tokens.isEmpty()) return;
        Node n = root;
        List<String> written = new ArrayList<>();
        for (Token t : tokens) {
            n = n.next.computeIfAbsent(t.text().toLowerCase(Locale.ROOT), k -> new Node());
            written.add(t.text());
        }
        for (Terminal t : n.terminals) if (t.entry() == entry && t.written().equals(written)) return;
        n.terminals.add(new Terminal(entry, List.copyOf(written)));
    }

    /** Leftmost-longest, non-overlapping hits in text order. */
    List<Hit> find(String text) {
        List<Token> tokens = tokenize(text);
        String[] keys = new String[tokens.size()];   // each token's trie key, lower-cased once
        for (int k = 0; k < keys.length; k++) keys[k] = tokens.get(k).text().toLowerCase(Locale.ROOT);
        List<Hit> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Node n = root;
            int bestEnd = -1;
            GazetteerEntry best = null;
            List<Token> matched = null;   // made at the first token the trie knows: most tokens start no name
            for (int j = i; j < tokens.size(); j++) {
                if (j > i && isWordHyphen(tokens, j)) continue;
                n = n.next.get(keys[j]);
                if (n == null) break;
                if (matched == null) matched = new ArrayList<>();
                matched.add(tokens.get(j));
                GazetteerEntry e = accept(n, matched);
                if (e != null) {
                    bestEnd = j;
                    best = e;
                }
            }
            if (best == null) {
                i++;
                continue;
            }
            int start = tokens.get(i).start(), end = tokens.get(bestEnd).end();
            boolean variant = false;
            if (best.type() == org.paperkg.model.EntityType.MODEL) {
                java.util.regex.Matcher v = VARIANT.matcher(text).region(end, text.length());
                if (v.lookingAt()) {
                    end = v.end();
                    variant = true;
                    while (bestEnd + 1 < tokens.size() && tokens.get(bestEnd + 1).start() < end) bestEnd++;
                }
            }
            if (gluedToName(text, start, end)) {
                i++;
                continue;
            }
            out.add(new Hit(new Span(start, end), best, variant));
            i = bestEnd + 1;
        }
        return out;
    }

    /**
     * True when a hyphen glues the match to a capitalized, numbered or one-letter part of a longer
     * name: "Transformer" in "Transformer-XL" or "Sparse-Transformer", "GPT" in "GPT-4", "GPT4" in
     * "GPT4-o"; so does a
     * trailing '+' ("Transformer" in "Transformer++", unless the entry itself ends in '+'). A lower-case
     * part ("BERT-based", "non-Transformer") leaves the name standing alone.
     */
    private static boolean gluedToName(String text, int start, int end) {
        boolean after = end + 1 < text.length() && text.charAt(end) == '-'
                && (Character.isUpperCase(text.charAt(end + 1)) || Character.isDigit(text.charAt(end + 1))
                || Character.isLetter(text.charAt(end + 1))          // "GPT4-o": a one-letter version suffix
                && (end + 2 >= text.length() || !Character.isLetterOrDigit(text.charAt(end + 2))));
        if (after || end < text.length() && text.charAt(end) == '+') return true;
        if (start < 2 || text.charAt(start - 1) != '-' || !Character.isLetterOrDigit(text.charAt(start - 2))) return false;
        int w = start - 2;
        while (w > 0 && Character.isLetterOrDigit(text.charAt(w - 1))) w--;
        return Character.isUpperCase(text.charAt(w)) || Character.isDigit(text.charAt(w));
    }

    /** The first entry ending at this node whose case rule accepts the tokens; case-exact entries first. */
    private static GazetteerEntry accept(Node n, List<Token> tokens) {
        GazetteerEntry anyCase = null;
        for (Terminal t : n.terminals) {
            if (!t.entry().exactCase()) {
                if (anyCase == null) anyCase = t.entry();
                continue;
            }
            boolean same = true;
            for (int k = 0; k < tokens.size() && same; k++) same = tokens.get(k).text().equals(t.written().get(k));
            if (same) return t.entry();
        }
        return anyCase;
    }

    /** A "-" token between two tokens that start with a letter, with nothing in between ("self-attention"). */
    private static boolean isWordHyphen(List<Token> tokens, int j) {
        if (j == 0 || j + 1 >= tokens.size() || !tokens.get(j).text().equals("-")) return false;
        Token prev = tokens.get(j - 1), next = tokens.get(j + 1);
        return prev.end() == tokens.get(j).start() && next.start() == tokens.get(j).end()
                && Character.isLetter(prev.text().charAt(0)) && Character.isLetter(next.text().charAt(0));
    }

    private static List<Token> withoutWordHyphens(List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens.size());
        for (int j = 0; j < tokens.size(); j++) if (!isWordHyphen(tokens, j)) out.add(tokens.get(j));
        return out;
    }

    private static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isLetterOrDigit(c)) {
                int s = i;
                while (i < n && Character.isLetterOrDigit(text.charAt(i))) i++;
                out.add(new Token(text.substring(s, i), s, i));
            } else {
                out.add(new Token(String.valueOf(c), i, i + 1));
                i++;
            }
        }
        return out;
    }
}
