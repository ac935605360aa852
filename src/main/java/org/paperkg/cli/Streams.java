package org.paperkg.cli;

import org.apache.commons.io.output.WriterOutputStream;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Byte output on top of the command's writer: Jena writes bytes (UTF-8), picocli gives commands
 * a PrintWriter. Going through the writer keeps one output channel, so tests capture everything.
 */
final class Streams {
    private Streams() {
    }

    /** A UTF-8 byte stream into {@code out}; closing it flushes but leaves {@code out} open. */
    static OutputStream bytesTo(PrintWriter out) {
        try {
            OutputStream bytes = WriterOutputStream.builder().setWriter(out).setCharset(StandardCharsets.UTF_8)
                    .setBufferSize(1 << 16).setWriteImmediately(false).get();
            return new FilterOutputStream(bytes) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    bytes.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    bytes.flush();
                    out.flush();
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
