package org.paperkg.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cheap necessary condition for a rule's pattern: literal strings, one of which every match of the
 * pattern holds, compared with the text case-folded ({@link #fold}). It exists for speed only and
 * never changes what a rule finds.
 * <p>
 * Why: {@code java.util.regex} has no literal prefix to skip to when a pattern starts with
 * {@code \b}, a look-behind, an optional group or an alternation ("\b(?:we|this paper) propose"),
 * so {@link Matcher#find} tries the whole pattern at every character of an abstract. That was most
 * of the extraction time (issue 8). A cue finds the few places where a match can be with one pass
 * over the text and a table lookup per character, and the pattern runs only there:
 * <ul>
 *   <li>{@link #in}: does the text hold any literal? If not, the pattern cannot match and the rule
 *       skips the text (a sentence, an abstract). Valid for a cue made by {@link #containing} or
 *       {@link #startingWith}.</li>
 *   <li>{@link #scan}: the matches of the pattern, found by trying it ({@link Matcher#lookingAt},
 *       transparent, non-anchoring bounds) only where a literal starts: exactly what
 *       {@link Matcher#find} finds, in the same order, with the same groups. Valid only for a cue made
 *       by {@link #startingWith}, whose literals every match starts with.</li>
 * </ul>
 * Literals are written in lower case and matched against the folded text, so a case-insensitive
 * pattern ({@code (?i)}) and a case-sensitive one are both covered: folding can only add places to
 * try, never lose one. A literal must be a part that every match contains as written (after
 * folding); "\s+" in a pattern is no literal space. Keep a cue next to its pattern: when the pattern
 * changes, its cue must change with it. With assertions on (as in the tests) every answer of a cue
 * is checked against the plain pattern, so a cue that would lose a match fails the test that reads
 * such a text.
 */
final class Cue {
    private final Pattern pattern;
    private final boolean atStart;
    private final String[] literals;
    /** For each ASCII first character, the literals starting with it (null when none). */
    private final String[][] byFirst = new String[128][];

    private Cue(Pattern pattern, boolean atStart, String... literals) {
        if (literals.length == 0) throw new IllegalArgumentException("a cue needs a literal");
        this.pattern = pattern;
        this.atStart = atStart;
        this.literals = literals.clone();
        for (String l : literals) {
            if (l.isEmpty() || l.charAt(0) >= 128 || !fold(l).equals(l))
                throw new IllegalArgumentException("a cue literal is non-empty, folded and starts with an ASCII character: '" + l + "'");
            char c = l.charAt(0);
            String[] old = byFirst[c];
            byFirst[c] = old == null ? new String[]{l} : append(old, l);
        }
    }

    /** Every match of {@code pattern} starts with one of {@code literals} (after folding). */
    static Cue startingWith(Pattern pattern, String... literals) {
        return new Cue(pattern, true, literals);
    }

    /** Every match of {@code pattern} contains one of {@code literals} (after folding). */
    static Cue containing(Pattern pattern, String... literals) {
        return new Cue(pattern, false, literals);
    }

    /** The ten digits, for patterns that need a number: {@code containing(p, Cue.digitsAnd("x"))}. */
    static String[] digitsAnd(String... more) {
        List<String> all = new ArrayList<>(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"));
        all.addAll(List.of(more));
        return all.toArray(new String[0]);
    }

    /**
     * {@code text} with each character folded on its own (lower case of its upper case, as
     * case-insensitive matching compares them), so offsets stay those of the text.
     */
    static String fold(String text) {
        char[] out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char f = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(Character.toUpperCase(c));
            if (f != c) {
                if (out == null) out = text.toCharArray();
                out[i] = f;
            }
        }
        return out == null ? text : new String(out);
    }

    /**
     * False when no literal occurs in {@code folded} (the folded text the pattern would read): then
     * the pattern finds nothing in it. {@code text} is that text as written, used only to check.
     */
    boolean in(String text, String folded) {
        boolean found = next(folded, 0) >= 0;
        assert found || !pattern.matcher(text).find() : "cue " + this + " misses a match of " + pattern + " in: " + text;
        return found;
    }

    /** The position of the first literal at or after {@code from}, or -1. */
    private int next(String folded, int from) {
        String[][] table = byFirst;
        for (int i = from, n = folded.length(); i < n; i++) {
            char c = folded.charAt(i);
            if (c >= 128) continue;
            String[] ls = table[c];
            if (ls == null) continue;
            for (String l : ls) if (folded.startsWith(l, i)) return i;
        }
        return -1;
    }

    /**
     * The matches of this cue's pattern in {@code text}, as {@code while (scan.find())} with
     * {@code matcher.find()} would give them, read from {@link Scan#matcher()}; {@code folded} is
     * {@code fold(text)} (usually kept by {@link TextIndex#folded}).
     */
    Scan scan(String text, String folded) {
        if (!atStart) throw new IllegalStateException("cue " + this + " knows what matches contain, not where they start");
        if (text.length() != folded.length())
            throw new IllegalArgumentException("the folded text has " + folded.length() + " characters, the text " + text.length());
        return new Scan(text, folded);
    }

    @Override
    public String toString() {
        return (atStart ? "startingWith" : "containing") + Arrays.toString(literals);
    }

    /** The matches of one scan of one text; {@link #find} moves {@link #matcher()} to the next one. */
    final class Scan {
        private final Matcher m;
        private final String folded;
        /** With assertions on: the plain pattern's find() over the same text, which every answer must equal. */
        private final Matcher check;
        private int from;

        private Scan(String text, String folded) {
            // Transparent bounds let \b and look-behinds see the characters before a candidate, and
            // non-anchoring bounds keep ^ from matching there: as find() sees the whole text.
            this.m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            this.folded = folded;
            Matcher c = null;
            assert (c = pattern.matcher(text)) != null;
            this.check = c;
        }

        /** The matcher: after {@link #find} returned true, it holds the match (start, end, groups). */
        Matcher matcher() {
            return m;
        }

        /** Like {@link Matcher#find}: true when {@link #matcher()} holds the next match. */
        boolean find() {
            int n = folded.length();
            for (int at = from <= n ? next(folded, from) : -1; at >= 0; at = next(folded, at + 1)) {
                m.region(at, n);
                if (m.lookingAt()) {
                    from = m.end() == m.start() ? m.end() + 1 : m.end();
                    assert check == null || check.find() && check.start() == m.start() && check.end() == m.end()
                            : "cue " + Cue.this + " gives another match of " + pattern + " than find() at " + m.start();
                    return true;
                }
            }
            from = n + 1;
            assert check == null || !check.find() : "cue " + Cue.this + " misses a match of " + pattern + " at " + check.start();
            return false;
        }
    }

    private static String[] append(String[] a, String s) {
        String[] b = Arrays.copyOf(a, a.length + 1);
        b[a.length] = s;
        return b;
    }
}
