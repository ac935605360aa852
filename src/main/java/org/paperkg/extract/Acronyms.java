package org.paperkg.extract;

import org.paperkg.model.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds acronym definitions "long form (SF)" with the Schwartz–Hearst algorithm (Schwartz &amp;
 * Hearst, PSB 2003): the short form is 2–10 characters in parentheses, starts with a letter or
 * digit and has a letter; the long form is the shortest run of words before the parenthesis,
 * at most min(|SF| + 5, 2·|SF|) words, in which the short form's characters appear in order, the
 * first at the start of a word. "Energy-Based Transformers (EBTs)" defines EBTs.
 */
public final class Acronyms {
    /** One definition: the short form, its long form and where each is in the text. */
    public record Definition(String shortForm, String longForm, Span shortSpan, Span longSpan) {
    }

    private static final Pattern PAREN = Pattern.compile("\\(([^()\\s;,]{2,10}|[^()\\s;,]{1,10}\\s[^()\\s;,]{1,8})\\)");

    private static final String QUOTES = "\"'\u201C\u201D\u2018\u2019";

    private Acronyms() {
    }

    public static List<Definition> find(String text) {
        List<Definition> out = new ArrayList<>();
        Matcher m = PAREN.matcher(text);
        while (m.find()) {
            String sf = m.group(1);
            int sfStart = m.start(1), sfEnd = m.end(1);
            // A quoted short form: 'evidence lower bound ("ELBo")' defines ELBo.
            if (sf.length() > 3 && QUOTES.indexOf(sf.charAt(0)) >= 0 && QUOTES.indexOf(sf.charAt(sf.length() - 1)) >= 0) {
                sf = sf.substring(1, sf.length() - 1);
                sfStart++;
                sfEnd--;
            }
            if (!isShortForm(sf)) continue;
            Span longSpan = longForm(text, m.start(), sf);
            if (longSpan == null) continue;
            out.add(new Definition(sf, longSpan.coveredText(text), new Span(sfStart, sfEnd), longSpan));
        }
        forShort(text, out);
        return out;
    }

    /** ", or LOOK for short": the short form after "or", before "for short". */
    private static final Pattern OR_FOR_SHORT = Pattern.compile(",?\s+or\s+([^()\s;,]{2,10})$");

    /**
     * "a method based on Leave-One-Out K-Nearest-Neighbor, or LOOK for short": the other common way
     * abstracts define a short form, without parentheses. The long form is found as for a
     * parenthesis, ending before ", or". Only text with the literal " for short" is searched, so
     * abstracts without it cost one indexOf.
     */
    private static void forShort(String text, List<Definition> out) {
        int before = out.size();
        for (int at = text.indexOf(" for short"); at >= 0; at = text.indexOf(" for short", at + 1)) {
            int from = Math.max(0, at - 20);
            Matcher m = OR_FOR_SHORT.matcher(text).region(from, at);
            if (!m.find()) continue;
            String sf = m.group(1);
            if (!isShortForm(sf)) continue;
            Span longSpan = longForm(text, m.start(), sf);
            if (longSpan == null) continue;
            out.add(new Definition(sf, longSpan.coveredText(text), new Span(m.start(1), m.end(1)), longSpan));
        }
        // The parenthesis definitions come in text order; one found here may fall between them.
        if (out.size() > before && out.size() > 1) out.sort(Comparator.comparingInt(d -> d.shortSpan().start()));
    }

    static boolean isShortForm(String sf) {
        if (!Character.isLetterOrDigit(sf.charAt(0))) return false;
        boolean letter = false, upper = false;
        for (int i = 0; i < sf.length(); i++) {
            char c = sf.charAt(i);
            letter |= Character.isLetter(c);
            upper |= Character.isUpperCase(c);
        }
        // Lower-case words in parentheses are glosses ("(see below)"), not acronyms.
        return letter && upper && sf.split("\\s").length <= 2;
    }

    /** The long form's span ending just before {@code parenStart}, or null when the letters do not fit. */
    static Span longForm(String text, int parenStart, String sf) {
        int end = parenStart;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) end--;
        if (end == 0) return null;
        // A short form with a digit for words ("S4") may stand for as many words as its spelled reading.
        List<String> spelled = spelledDigits(sf);
        int letters0 = sf.length();
        for (String r : spelled) letters0 = Math.max(letters0, r.length());
        int maxWords = Math.min(letters0 + 5, letters0 * 2);
        // The words before the parenthesis, within the limit and the current clause.
        List<Integer> wordStarts = new ArrayList<>();
        int i = end;
        while (i > 0 && wordStarts.size() < maxWords) {
            int wEnd = i;
            while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) i--;
            String word = text.substring(i, wEnd);
            if (!wordStarts.isEmpty() && (word.endsWith(",") || word.endsWith(";") || word.endsWith(":") || word.endsWith(".")))
                break;
            wordStarts.add(i);
            while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) i--;
        }
        int startLimit = wordStarts.isEmpty() ? end : wordStarts.get(wordStarts.size() - 1);
        String window = text.substring(startLimit, end);
        int matchStart = matchInitials(window, sf);
        if (matchStart < 0) matchStart = matchBackwards(window, sf);
        // A version digit is rarely spelled out in the long form: "Adversarial Retriever-Ranker (AR2)".
        String letters = sf.replaceAll("\\d+$", "");
        if (matchStart < 0 && letters.length() >= 2 && !letters.equals(sf)) matchStart = matchBackwards(window, letters);
        // A digit inside a short form counts words: "S4" is four S-words, "S3T" three S-words and a T, and "2"
        // or "4" between letters reads "to"/"for" ("Text-to-Decision Agent (T2DA)"). Tried last, so an
        // ordinary fit always wins; only short forms with a digit after a letter pay for it.
        if (matchStart < 0) {
            for (String reading : spelled) {
                matchStart = matchInitials(window, reading);
                if (matchStart < 0) matchStart = matchBackwards(window, reading);
                if (matchStart >= 0) break;
            }
        }
        if (matchStart < 0) return null;
        int start = startLimit + matchStart;
        // Schwartz-Hearst takes the shortest fit, which can use inner letters ("Policy Optimization"
        // for PPO); words whose initials spell the short form exactly are the better reading.
        String initials = initialsOf(sf);
        for (int k = 0; k < wordStarts.size(); k++) {
            int ws = wordStarts.get(k);
            if (ws >= start) continue;
            if (initialsOf(wordsInitials(text.substring(ws, end))).equals(initials)) {
                start = ws;
                break;
            }
        }
        while (start < end && !Character.isLetterOrDigit(text.charAt(start))) start++;
        while (end > start && !Character.isLetterOrDigit(text.charAt(end - 1)) && text.charAt(end - 1) != '+') end--;
        if (start >= end) return null;
        String lf = text.substring(start, end);
        if (lf.length() <= sf.length() || lf.equalsIgnoreCase(sf)) return null;
        return new Span(start, end);
    }

    /**
     * The preferred match: the short form's capitals and digits are the initials of words, right to
     * left, the last one being the word just before the parenthesis; other words may sit between
     * ("Clustering and Pruning for Efficient Black-box Prompt Search" for ClaPS). This avoids
     * Schwartz–Hearst's letter-inside-a-word matches ("Policy Optimization" for PPO). Returns the
     * start of the long form in {@code lf}, or -1 when the initials do not fit.
     */
    static int matchInitials(String lf, String sf) {
        StringBuilder caps = new StringBuilder();
        for (char c : sf.toCharArray()) if (Character.isUpperCase(c) || Character.isDigit(c)) caps.append(c);
        if (caps.length() < 2) return -1;
        // Words split at spaces and hyphens, with their start offsets.
        java.util.List<int[]> words = new ArrayList<>();
        int i = 0;
        while (i < lf.length()) {
            while (i < lf.length() && !Character.isLetterOrDigit(lf.charAt(i))) i++;
            int b = i;
            while (i < lf.length() && Character.isLetterOrDigit(lf.charAt(i))) i++;
            if (i > b) words.add(new int[]{b, i});
        }
        int k = caps.length() - 1;
        int w = words.size() - 1;
        if (w < 0 || Character.toUpperCase(lf.charAt(words.get(w)[0])) != caps.charAt(k)) return -1;
        int start = -1;
        for (; w >= 0 && k >= 0; w--) {
            if (Character.toUpperCase(lf.charAt(words.get(w)[0])) == Character.toUpperCase(caps.charAt(k))) {
                start = words.get(w)[0];
                k--;
            }
        }
        if (k >= 0) return -1;
        while (start > 0 && !Character.isWhitespace(lf.charAt(start - 1))) start--;
        return start;
    }

    /**
     * The readings of a short form's digits as words, for {@link #longForm}: a digit 2–9 right after a
     * capital repeats it ("S4" gives "SSSS", "S3T" gives "SSST"), and "2" or "4" between letters
     * stands for "to" or "for" ("T2DA" gives "TTDA", "B4R" gives "BFR"). Empty when the short form has
     * no digit after a letter.
     */
    static List<String> spelledDigits(String sf) {
        List<String> out = new ArrayList<>(2);
        boolean digitAfterLetter = false;
        for (int i = 1; i < sf.length(); i++)
            digitAfterLetter |= Character.isDigit(sf.charAt(i)) && Character.isLetter(sf.charAt(i - 1));
        if (!digitAfterLetter) return out;
        StringBuilder repeated = new StringBuilder(), word = new StringBuilder();
        for (int i = 0; i < sf.length(); i++) {
            char c = sf.charAt(i);
            boolean afterCapital = i > 0 && Character.isUpperCase(sf.charAt(i - 1));
            boolean beforeLetter = i + 1 < sf.length() && Character.isLetter(sf.charAt(i + 1));
            if (c >= '2' && c <= '9' && afterCapital) {
                for (int k = 1; k < c - '0'; k++) repeated.append(sf.charAt(i - 1));
            } else {
                repeated.append(c);
            }
            if ((c == '2' || c == '4') && i > 0 && Character.isLetter(sf.charAt(i - 1)) && beforeLetter) {
                word.append(c == '2' ? 'T' : 'F');
            } else {
                word.append(c);
            }
        }
        // Two letters ("L2" as "LL") fit too much by chance: a reading needs three.
        if (repeated.length() >= 3 && !repeated.toString().equals(sf)) out.add(repeated.toString());
        if (word.length() >= 3 && !word.toString().equals(sf) && !word.toString().equals(repeated.toString()))
            out.add(word.toString());
        return out;
    }

    /** The lower-case letters and digits of a short form, without a plural 's' ("EBTs" gives "ebt"). */
    private static String initialsOf(String sf) {
        String t = sf.length() > 2 && sf.endsWith("s") && Character.isUpperCase(sf.charAt(sf.length() - 2))
                ? sf.substring(0, sf.length() - 1) : sf;
        return t.replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(java.util.Locale.ROOT);
    }

    /** The first character of each word or hyphen part ("Energy-Based Transformers" gives "EBT"). */
    private static String wordsInitials(String phrase) {
        StringBuilder b = new StringBuilder();
        for (String w : phrase.trim().split("[\\s-]+")) if (!w.isEmpty()) b.append(w.charAt(0));
        return b.toString();
    }

    /** Schwartz–Hearst's findBestLongForm: match SF characters right to left. */
    private static int matchBackwards(String lf, String sf) {
        int s = sf.length() - 1;
        int l = lf.length() - 1;
        for (; s >= 0; s--) {
            char c = Character.toLowerCase(sf.charAt(s));
            if (!Character.isLetterOrDigit(c)) continue;
            while (l >= 0 && (Character.toLowerCase(lf.charAt(l)) != c
                    || (s == 0 && l > 0 && Character.isLetterOrDigit(lf.charAt(l - 1))))) {
                l--;
            }
            if (l < 0) return -1;
            l--;
        }
        int start = l + 1;
        // Extend to the start of the word the first character is in.
        while (start > 0 && !Character.isWhitespace(lf.charAt(start - 1))) start--;
        return start;
    }
}
