package org.paperkg.read;

import java.nio.file.Path;

/**
 * Reads the paper records of one source file, streaming, in input order.
 * A record it cannot use is skipped with a reason; a file it cannot read at all is an
 * {@link org.paperkg.InputException} naming the file, the line and what to do.
 */
public interface PaperReader {
    /** Stable short name of the format, as shown in summaries. */
    String formatName();

    void read(Path file, RecordSink sink);
}
