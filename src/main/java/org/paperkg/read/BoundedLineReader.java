package org.paperkg.read;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines like {@link java.io.BufferedReader#readLine()}, but never holds more than
 * {@code maxChars} characters of one line: the rest of a longer line is read and dropped, and the
 * line is reported as too long with its full length. A 100 MB line with no line break costs a
 * buffer of {@code maxChars}, not 100 MB. Line ends are LF, CR LF or a lone CR.
 *
 * <pre>
 * try (var in = new BoundedLineReader(TextInput.utf8Reader(file), 1 &lt;&lt; 20)) {
 *     while (in.next()) { if (in.tooLong()) skip(in.length()); else use(in.line()); }
 * }
 * </pre>
 */
public final class BoundedLineReader implements AutoCloseable {
    private final Reader in;
    private final int maxChars;
    private final char[] buf = new char[1 << 16];
    private int pos, end;
    private final StringBuilder line = new StringBuilder();
    private long length;
    private boolean pendingCr;

    public BoundedLineReader(Reader in, int maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    /** Advances to the next line; false at the end of the input. */
    public boolean next() throws IOException {
        line.setLength(0);
        length = 0;
        boolean any = false;
        while (true) {
            if (pos == end) {
                end = in.read(buf, 0, buf.length);
                pos = 0;
                if (end <= 0) {
                    end = 0;
                    return any;
                }
            }
            char c = buf[pos++];
            if (pendingCr) {
                pendingCr = false;
                if (c == '\n') continue;
            }
            if (c == '\n') return true;
            if (c == '\r') {
                pendingCr = true;
                return true;
            }
            any = true;
            if (length++ < maxChars) line.append(c);
        }
    }

    /** True when the current line was longer than the bound; {@link #line()} then holds only its start. */
    public boolean tooLong() {
        return length > maxChars;
    }

    /** The current line's full length in characters, whether or not it was kept. */
    public long length() {
        return length;
    }

    /** The current line (its first {@code maxChars} characters when {@link #tooLong()}). */
    public String line() {
        return line.toString();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
