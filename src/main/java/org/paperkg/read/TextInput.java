package org.paperkg.read;

import org.paperkg.InputException;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Opens source files for reading: transparently gunzips, splits lines and decodes them as strict
 * UTF-8 (a wrong encoding is a skipped line with its reason, never mojibake in the graph) and turns
 * I/O failures into one-line input errors.
 */
public final class TextInput {
    /** How much of a file's start {@link #head} returns. */
    public static final int HEAD_BYTES = 8192;

    private TextInput() {
    }

    /** The raw byte stream, gunzipped when the file starts with the gzip magic number. */
    public static InputStream open(Path file) {
        try {
            InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
            in.mark(2);
            int b1 = in.read(), b2 = in.read();
            in.reset();
            if (b1 == 0x1f && b2 == 0x8b) return new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
            return in;
        } catch (NoSuchFileException e) {
            throw new InputException(file, 0, "no such file; check the path");
        } catch (IOException e) {
            throw new InputException(file, 0, "cannot read: " + e.getMessage());
        }
    }

    /** Up to {@link #HEAD_BYTES} decompressed bytes from the start of the file. */
    public static byte[] head(Path file) {
        try (InputStream in = open(file)) {
            return in.readNBytes(HEAD_BYTES);
        } catch (IOException e) {
            throw new InputException(file, 0, "cannot read: " + e.getMessage() + " (truncated or not gzip?)");
        }
    }

    /** Lines of at most {@code maxBytes} bytes each, each decoded as strict UTF-8 (see {@link BoundedLineReader}). */
    public static BoundedLineReader boundedLines(Path file, int maxBytes) {
        return new BoundedLineReader(open(file), maxBytes);
    }

    /** Translates an I/O failure while reading line {@code line} into a one-line input error. */
    public static InputException readError(Path file, long line, IOException e) {
        if (e instanceof CharacterCodingException)
            return new InputException(file, line, "not valid UTF-8 text; convert the file to UTF-8 (e.g. iconv -t UTF-8)");
        if (e instanceof java.io.EOFException || String.valueOf(e.getMessage()).contains("Unexpected end of ZLIB"))
            return new InputException(file, line, "file ends unexpectedly (truncated download?); fetch it again");
        return new InputException(file, line, "cannot read: " + e.getMessage());
    }

    /** The position of the first NUL byte in {@code head}, or -1: text files have none. */
    public static int firstNul(byte[] head) {
        for (int i = 0; i < head.length; i++) if (head[i] == 0) return i;
        return -1;
    }
}
