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
 * lower-cased tokens; an entry that is case-exact also checks the tokens as written.
 * Immutable once built; safe to share between threads.
 */
final class TokenTrie {
    /** A name found in a text: where, and which entry. */
    record Hit(Span span, GazetteerEntry entry) {
    }

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
        List<Token> tokens = tokenize(surface);
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
        List<Hit> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Node n = root;
            int bestEnd = -1;
            GazetteerEntry best = null;
            for (int j = i; j < tokens.size(); j++) {
                n = n.next.get(tokens.get(j).text().toLowerCase(Locale.ROOT));
                if (n == null) break;
                GazetteerEntry e = accept(n, tokens.subList(i, j + 1));
                if (e != null) {
                    bestEnd = j;
                    best = e;
                }
            }
            if (best == null || gluedToName(text, tokens.get(i).start(), tokens.get(bestEnd).end())) {
                i++;
                continue;
            }
            out.add(new Hit(new Span(tokens.get(i).start(), tokens.get(bestEnd).end()), best));
            i = bestEnd + 1;
        }
        return out;
    }

    /**
     * True when a hyphen glues the match to a capitalized or numbered part of a longer name:
     * "Transformer" in "Transformer-XL" or "Sparse-Transformer", "GPT" in "GPT-4"; so does a
     * trailing '+' ("Transformer" in "Transformer++", unless the entry itself ends in '+'). A lower-case
     * part ("BERT-based", "non-Transformer") leaves the name standing alone.
     */
    private static boolean gluedToName(String text, int start, int end) {
        boolean after = end + 1 < text.length() && text.charAt(end) == '-'
                && (Character.isUpperCase(text.charAt(end + 1)) || Character.isDigit(text.charAt(end + 1)));
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
