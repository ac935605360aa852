package org.paperkg.pipeline;

import org.paperkg.model.MentionKind;
import org.paperkg.model.SkippedRecord;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What one run read, skipped and found: counts for the closing summary. Not thread-safe. */
public final class RunSummary {
    /** Skipped records kept in full; beyond this only the count grows. */
    private static final int MAX_KEPT = 1000;

    private final Map<String, Long> recordsPerFile = new LinkedHashMap<>();
    private final Map<MentionKind, Long> mentions = new EnumMap<>(MentionKind.class);
    private final List<SkippedRecord> skipped = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private long skippedCount;
    private long quads;

    void record(String file) {
        recordsPerFile.merge(file, 1L, Long::sum);
    }

    void startFile(String file) {
        recordsPerFile.putIfAbsent(file, 0L);
    }

    void mention(MentionKind kind) {
        mentions.merge(kind, 1L, Long::sum);
    }

    void skipped(SkippedRecord s) {
        skippedCount++;
        if (skipped.size() < MAX_KEPT) skipped.add(s);
    }

    void warning(String w) {
        if (warnings.size() < MAX_KEPT) warnings.add(w);
    }

    void quads(long n) {
        quads += n;
    }

    public long records() {
        return recordsPerFile.values().stream().mapToLong(Long::longValue).sum();
    }

    public Map<String, Long> recordsPerFile() {
        return Collections.unmodifiableMap(recordsPerFile);
    }

    public long mentions(MentionKind kind) {
        return mentions.getOrDefault(kind, 0L);
    }

    public long skippedCount() {
        return skippedCount;
    }

    public List<SkippedRecord> skipped() {
        return Collections.unmodifiableList(skipped);
    }

    public List<String> warnings() {
        return Collections.unmodifiableList(warnings);
    }

    /** Quads written, before the store drops duplicates. */
    public long quadsWritten() {
        return quads;
    }
}
