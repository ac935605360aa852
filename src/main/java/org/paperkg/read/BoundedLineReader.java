package org.paperkg.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Splits a byte stream into lines and decodes each as strict UTF-8 on its own, so that
 * <ul>
 *   <li>a line never costs more than {@code maxBytes} of memory: the rest of a longer line is read
 *       and dropped, and the line is reported as {@link #tooLong()} with its full length (a 100 MB
 *       line with no line break costs a buffer of {@code maxBytes}, not 100 MB);</li>
 *   <li>a line that is not valid UTF-8 is reported as {@link #malformedAt()} with the exact line and
 *       column, and the lines after it still read: one bad byte costs one line, not the file.</li>
 * </ul>
 * Line ends are LF, CR LF or a lone CR, as for {@link java.io.BufferedReader#readLine()}.
 *
 * <pre>
 * try (var in = TextInput.boundedLines(file, 1 &lt;&lt; 20)) {
 *     while (in.next()) { if (in.tooLong() || in.malformedAt() >= 0) skip(); else use(in.line()); }
 * }
 * </pre>
 */
public final class BoundedLineReader implements AutoCloseable {
    private final InputStream in;
    private final int maxBytes;
    private final byte[] buf = new byte[1 << 16];
    private int pos, end;
    private byte[] line = new byte[256];
    private int kept;
    private long length;
    private boolean pendingCr;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private String text;
    private int malformedAt;

    public BoundedLineReader(InputStream in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** Advances to the next line; false at the end of the input. */
    public boolean next() throws IOException {
        kept = 0;
        length = 0;
        text = null;
        malformedAt = -1;
        boolean any = false;
        while (true) {
            if (pos == end) {
                end = in.read(buf, 0, buf.length);
                pos = 0;
                if (end <= 0) {
                    end = 0;
                    if (any) decode();
                    return any;
                }
            }
            byte b = buf[pos++];
            if (pendingCr) {
                pendingCr = false;
                if (b == '\n') continue;
            }
            if (b == '\n' || b == '\r') {
                pendingCr = b == '\r';
                decode();
                return true;
            }
            any = true;
            if (length++ < maxBytes) {
                if (kept == line.length) line = java.util.Arrays.copyOf(line, Math.min(maxBytes, line.length * 2));
                line[kept++] = b;
            }
        }
    }

    private void decode() {
        if (tooLong()) {
            text = "";
            return;
        }
        ByteBuffer bytes = ByteBuffer.wrap(line, 0, kept);
        CharBuffer chars = CharBuffer.allocate(kept);
        decoder.reset();
        CoderResult r = decoder.decode(bytes, chars, true);
        if (!r.isError()) r = decoder.flush(chars);
        if (r.isError()) {
            malformedAt = bytes.position();
            text = "";
            return;
        }
        chars.flip();
        text = chars.toString();
    }

    /** True when the current line was longer than the bound; then {@link #line()} is empty. */
    public boolean tooLong() {
        return length > maxBytes;
    }

    /** The current line's full length in bytes, whether or not it was kept. */
    public long length() {
        return length;
    }

    /** The 0-based byte offset of the first byte that is not UTF-8 in the current line, or -1. */
    public int malformedAt() {
        return malformedAt;
    }

    /** The byte at {@code offset} of the current line (to name a malformed byte). */
    public int byteAt(int offset) {
        return line[offset] & 0xFF;
    }

    /** The current line, decoded; empty when it was too long or not UTF-8. */
    public String line() {
        return text;
    }

    /** Why the current line cannot be read, for a skip reason; null when it can. */
    public String problem() {
        if (tooLong()) return String.format("line of %,d bytes is longer than %,d", length, maxBytes);
        if (malformedAt >= 0)
            return String.format("line is not valid UTF-8 (byte 0x%02X at byte %,d of the line); convert the file to UTF-8, "
                    + "e.g. with iconv -f LATIN1 -t UTF-8", byteAt(malformedAt), malformedAt + 1);
        return null;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
