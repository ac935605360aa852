package org.paperkg.read;

import org.paperkg.model.PaperRecord;
import org.paperkg.model.SkippedRecord;

/** Receives a reader's output in input order: every record either arrives or is skipped with a reason. */
public interface RecordSink {
    void record(PaperRecord record);

    void skipped(SkippedRecord skipped);

    /** A problem in a record that was still used (an unreadable date, say). */
    default void warning(String fileName, long line, String message) {
    }
}
