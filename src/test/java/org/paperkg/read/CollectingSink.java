package org.paperkg.read;

import org.paperkg.model.PaperRecord;
import org.paperkg.model.SkippedRecord;

import java.util.ArrayList;
import java.util.List;

/** Keeps everything a reader emits, for assertions. */
final class CollectingSink implements RecordSink {
    final List<PaperRecord> records = new ArrayList<>();
    final List<SkippedRecord> skipped = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();

    @Override
    public void record(PaperRecord record) {
        records.add(record);
    }

    @Override
    public void skipped(SkippedRecord s) {
        skipped.add(s);
    }

    @Override
    public void warning(String fileName, long line, String message) {
        warnings.add(fileName + ":" + line + ": " + message);
    }
}
