package org.paperkg.model;

/**
 * Keeps text writable in every RDF syntax paperkg exports. N-Triples, Turtle and JSON-LD can escape
 * any character, but XML 1.0 (RDF/XML) cannot hold most C0 control characters, U+FFFE, U+FFFF or
 * unpaired surrogates at all, and an XML parser turns a carriage return into a line feed. So:
 * <ul>
 *   <li>C0 controls other than TAB and LF (U+0000-U+0008, U+000B-U+001F, including CR), DEL and the
 *       C1 controls (U+007F-U+009F) become a space: they are never meaningful in a title, name or
 *       abstract, and a space keeps the words on either side apart;</li>
 *   <li>an unpaired surrogate, U+FFFE and U+FFFF become U+FFFD, the replacement character.</li>
 * </ul>
 * Every replacement is one {@code char} for one {@code char}, so the cleaned text has the same
 * length and evidence offsets into it stay valid whichever side of cleaning they were taken on.
 * Cleaning is idempotent and returns the same instance when there is nothing to clean.
 *
 * <pre>
 * SafeText.clean("Deep\u0000Learning\u000B")   // "Deep Learning "
 * </pre>
 */
public final class SafeText {
    private SafeText() {
    }

    /** The text with every character RDF/XML cannot hold replaced (see the class comment); null stays null. */
    public static String clean(String s) {
        if (s == null) return null;
        int first = firstUnsafe(s);
        if (first < 0) return s;
        char[] out = s.toCharArray();
        for (int i = first; i < out.length; i++) {
            char c = out[i];
            if (Character.isHighSurrogate(c) && i + 1 < out.length && Character.isLowSurrogate(out[i + 1])) {
                i++;
            } else if (isControl(c)) {
                out[i] = ' ';
            } else if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                out[i] = '\uFFFD';
            }
        }
        return new String(out);
    }

    /** True when {@link #clean} would leave the text as it is. */
    public static boolean isClean(String s) {
        return firstUnsafe(s) < 0;
    }

    private static int firstUnsafe(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7F) continue;
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
                continue;
            }
            if (isControl(c) || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') return i;
        }
        return -1;
    }

    private static boolean isControl(char c) {
        return c < 0x20 ? c != '\t' && c != '\n' : c >= 0x7F && c <= 0x9F;
    }
}
