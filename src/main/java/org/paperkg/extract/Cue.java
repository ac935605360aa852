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
 * of the extraction time (issue 8). A cue finds the few places where a match can be with a table
 * lookup per word (or per character) and the pattern runs only there:
 * <ul>
 *   <li>{@link #in}: does the text hold any literal? If not, the pattern cannot match and the rule
 *       skips the text (a sentence, an abstract). Valid for every cue.</li>
 *   <li>{@link #scan}: the matches of the pattern, found by trying it ({@link Matcher#lookingAt},
 *       transparent, non-anchoring bounds) only where a literal starts: exactly what
 *       {@link Matcher#find} finds, in the same order, with the same groups. Valid for a cue made by
 *       {@link #startingWith} or {@link #atWordStart}, whose literals every match starts with.</li>
 * </ul>
 * Literals are written in lower case and matched against the folded text, so a case-insensitive
 * pattern ({@code (?i)}) and a case-sensitive one are both covered: folding can only add places to
 * try, never lose one. A literal must be a part that every match holds as written (after folding):
 * "\s+" in a pattern is no literal space. Keep a cue next to its pattern: when the pattern changes,
 * its cue must change with it. With assertions on (as in the tests) every answer of a cue is
 * checked against the plain pattern, so a cue that would lose a match fails the test that reads such
 * a text.
 */
final class Cue {
    private final Pattern pattern;
    private final boolean atStart, atWordStart;
    private final String[] literals;
    /** The ASCII characters a literal starts with. */
    private final boolean[] first = new boolean[128];
    /** The one-character literals, by character. */
    private final boolean[] single = new boolean[128];
    /** Bit {@link #pair} set when a literal starts with that pair of ASCII characters: most places fail here. */
    private final long[] pairs = new long[128 * 128 / 64];
    /** The pairs that start literals of two or more characters, sorted, and those literals for each. */
    private final int[] pairKeys;
    private final String[][] pairLiterals;

    private Cue(Pattern pattern, boolean atStart, boolean atWordStart, String... literals) {
        if (literals.length == 0) throw new IllegalArgumentException("a cue needs a literal");
        this.pattern = pattern;
        this.atStart = atStart;
        this.atWordStart = atWordStart;
        this.literals = literals.clone();
        java.util.TreeMap<Integer, List<String>> byPair = new java.util.TreeMap<>();
        for (String l : literals) {
            if (l.isEmpty() || l.charAt(0) >= 128 || l.length() > 1 && l.charAt(1) >= 128 || !fold(l).equals(l))
                throw new IllegalArgumentException("a cue literal is non-empty, folded and starts with ASCII characters: '" + l + "'");
            if (atWordStart && !isWordChar(l.charAt(0)))
                throw new IllegalArgumentException("a literal at a word start starts with a letter or digit: '" + l + "'");
            char c = l.charAt(0);
            first[c] = true;
            if (l.length() == 1) {
                single[c] = true;
            } else {
                int pair = pair(c, l.charAt(1));
                pairs[pair >>> 6] |= 1L << pair;
                byPair.computeIfAbsent(pair, k -> new ArrayList<>()).add(l);
            }
        }
        pairKeys = byPair.keySet().stream().mapToInt(Integer::intValue).toArray();
        pairLiterals = byPair.values().stream().map(ls -> ls.toArray(new String[0])).toArray(String[][]::new);
    }

    /** The key of two characters, the first ASCII; 0 stands for a second character that no literal has. */
    private static int pair(char c0, char c1) {
        return c0 << 7 | (c1 < 128 ? c1 : 0);
    }

    /** Every match of {@code pattern} starts with one of {@code literals} (after folding). */
    static Cue startingWith(Pattern pattern, String... literals) {
        return new Cue(pattern, true, false, literals);
    }

    /**
     * Every match of {@code pattern} starts with one of {@code literals} (after folding) at the start
     * of a word: the pattern begins with {@code \b} or a look-behind that refuses a letter or digit
     * before the match, so only the starts of words ({@link Text#findWords}) need a try.
     */
    static Cue atWordStart(Pattern pattern, String... literals) {
        return new Cue(pattern, true, true, literals);
    }

    /** Every match of {@code pattern} contains one of {@code literals} (after folding). */
    static Cue containing(Pattern pattern, String... literals) {
        return new Cue(pattern, false, false, literals);
    }

    /** The ten digits and {@code more}, for patterns that need a number. */
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

    /** False when no literal occurs in the text: then the pattern finds nothing in it. */
    boolean in(Text t) {
        boolean found = false;
        for (String l : literals) {
            if (t.folded.contains(l)) {
                found = true;
                break;
            }
        }
        assert found || !pattern.matcher(t.text).find() : "cue " + this + " misses a match of " + pattern + " in: " + t.text;
        return found;
    }

    /** True when a literal starts at {@code i} of the folded text. */
    private boolean startsAt(String folded, int i) {
        char c = folded.charAt(i);
        if (c >= 128 || !first[c]) return false;
        return startsAt(folded, i, pair(c, i + 1 < folded.length() ? folded.charAt(i + 1) : 0));
    }

    /** True when a literal starts at {@code i}, whose first two characters make {@code pair}. */
    private boolean startsAt(String folded, int i, int pair) {
        if (single[pair >>> 7]) return true;
        if ((pairs[pair >>> 6] & 1L << pair) == 0) return false;
        for (String l : pairLiterals[Arrays.binarySearch(pairKeys, pair)])
            if (restMatches(folded, i, l)) return true;
        return false;
    }

    /** True when the literal's characters after its first two follow at {@code i + 2}. */
    private static boolean restMatches(String folded, int i, String literal) {
        int n = literal.length();
        if (i + n > folded.length()) return false;
        for (int k = 2; k < n; k++) if (folded.charAt(i + k) != literal.charAt(k)) return false;
        return true;
    }

    /** A folded ASCII letter or digit. */
    private static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }

    /**
     * The matches of this cue's pattern in the text, as {@code while (scan.find())} with
     * {@code matcher.find()} on {@code t.text()} would give them, read from {@link Scan#matcher()}.
     */
    Scan scan(Text t) {
        if (!atStart) throw new IllegalStateException("cue " + this + " knows what matches contain, not where they start");
        return new Scan(t);
    }

    /** The pattern this cue is for. */
    Pattern pattern() {
        return pattern;
    }

    /** True when the cue knows where matches start, so {@link #scan} may be used. */
    boolean scans() {
        return atStart;
    }

    @Override
    public String toString() {
        return (atWordStart ? "atWordStart" : atStart ? "startingWith" : "containing") + Arrays.toString(literals);
    }

    /**
     * A text as the cues read it: as written (what patterns match) and folded, with the starts of its
     * words found once for every cue that reads it. One per field of a paper ({@link TextIndex#cueText})
     * or per sentence a rule reads on its own.
     */
    static final class Text {
        private final String text, folded;
        private int[] wordStarts, wordPairs;
        private int words;

        Text(String text) {
            this(text, fold(text));
        }

        /** {@code folded} must be {@code fold(text)}: a slice of a folded field is the fold of the slice. */
        Text(String text, String folded) {
            if (text.length() != folded.length())
                throw new IllegalArgumentException("the folded text has " + folded.length() + " characters, the text " + text.length());
            this.text = text;
            this.folded = folded;
        }

        String text() {
            return text;
        }

        /** The text folded ({@link #fold}). */
        String folded() {
            return folded;
        }

        /** The text's characters [from, to) as a text of their own (a sentence). */
        Text slice(int from, int to) {
            return new Text(text.substring(from, to), folded.substring(from, to));
        }

        /**
         * Finds the folded text's ASCII letters and digits that follow no ASCII letter or digit, in
         * order, and the {@link #pair} of characters at each.
         */
        private void findWords() {
            if (wordStarts != null) return;
            int length = folded.length();
            int[] starts = new int[Math.max(4, length / 4)];
            int n = 0;
            boolean inWord = false;
            for (int i = 0; i < length; i++) {
                boolean w = isWordChar(folded.charAt(i));
                if (w && !inWord) {
                    if (n == starts.length) starts = Arrays.copyOf(starts, n * 2);
                    starts[n++] = i;
                }
                inWord = w;
            }
            int[] keys = new int[n];
            for (int k = 0; k < n; k++) {
                int i = starts[k];
                keys[k] = pair(folded.charAt(i), i + 1 < length ? folded.charAt(i + 1) : 0);
            }
            wordStarts = starts;
            wordPairs = keys;
            words = n;
        }
    }

    /** The matches of one scan of one text; {@link #find} moves {@link #matcher()} to the next one. */
    final class Scan {
        private final Text t;
        private final Matcher m;
        /** With assertions on: the plain pattern's find() over the same text, which every answer must equal. */
        private final Matcher check;
        /** The next place to try (a character, or with {@link #atWordStart} an index into the word starts). */
        private int next;

        private Scan(Text t) {
            this.t = t;
            // Transparent bounds let \b and look-behinds see the characters before a candidate, and
            // non-anchoring bounds keep ^ from matching there: as find() sees the whole text.
            this.m = pattern.matcher(t.text).useTransparentBounds(true).useAnchoringBounds(false);
            Matcher c = null;
            assert (c = pattern.matcher(t.text)) != null;
            this.check = c;
        }

        /** The matcher: after {@link #find} returned true, it holds the match (start, end, groups). */
        Matcher matcher() {
            return m;
        }

        /** Like {@link Matcher#find}: true when {@link #matcher()} holds the next match. */
        boolean find() {
            boolean found = atWordStart ? findAtWords() : findAtCharacters();
            assert check == null || (found ? check.find() && check.start() == m.start() && check.end() == m.end() : !check.find())
                    : "cue " + Cue.this + " disagrees with find() of " + pattern + " in: " + t.text;
            return found;
        }

        private boolean findAtCharacters() {
            String folded = t.folded;
            int n = folded.length();
            for (int i = next; i < n; i++) {
                if (startsAt(folded, i) && tryAt(i)) return true;
            }
            next = n;
            return false;
        }

        private boolean findAtWords() {
            t.findWords();
            int[] starts = t.wordStarts, keys = t.wordPairs;
            for (int k = next; k < t.words; k++) {
                if (first[keys[k] >>> 7] && startsAt(t.folded, starts[k], keys[k]) && tryAt(starts[k])) {
                    int end = m.end() == m.start() ? m.end() + 1 : m.end();   // find() goes on after the match
                    next = k + 1;
                    while (next < t.words && starts[next] < end) next++;
                    return true;
                }
            }
            next = t.words;
            return false;
        }

        /** Tries the pattern at {@code i}; on a match the next character try is after it. */
        private boolean tryAt(int i) {
            m.region(i, t.text.length());
            if (!m.lookingAt()) return false;
            if (!atWordStart) next = m.end() == m.start() ? m.end() + 1 : m.end();
            return true;
        }
    }

}
