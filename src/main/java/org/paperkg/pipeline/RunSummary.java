package org.paperkg.pipeline;

import org.paperkg.model.MentionKind;
import org.paperkg.model.SkippedRecord;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What one run read, skipped and found: the accounting behind the closing summary and
 * {@code build --report}. Every record a reader finds ends in exactly one of two places:
 * <ul>
 *   <li>written: mapped into the graph as a paper (a pkg:SourceRecord of a pkg:Paper). A written
 *       record whose paper IRI an earlier record of this run already wrote (the same paper twice
 *       in one file, or in two files) is also counted as a duplicate: it adds its source record to
 *       that paper node rather than a new paper;</li>
 *   <li>skipped: with its file, line and reason.</li>
 * </ul>
 * So, per file and in total, {@code records = written + skipped}, and the run adds
 * {@code written - duplicates} distinct papers. Every skipped record and warning is kept (the
 * first thousand in memory, the rest in a temporary file: {@link #close} deletes it).
 * Not thread-safe.
 */
public final class RunSummary implements AutoCloseable {
    /** Skipped records and warnings kept in memory; beyond this they go to a temporary file. */
    private static final int IN_MEMORY = 1000;

    /** Counts for one source file. */
    public static final class FileCounts {
        private final String file;
        private final String format;
        private long written, duplicates, skipped, warnings;

        FileCounts(String file, String format) {
            this.file = file;
            this.format = format;
        }

        public String file() { return file; }
        public String format() { return format; }
        /** Records the reader found: written plus skipped. */
        public long records() { return written + skipped; }
        /** Records written into the graph as papers (duplicates included). */
        public long written() { return written; }
        /** Written records whose paper an earlier record of the run had already written. */
        public long duplicates() { return duplicates; }
        public long skipped() { return skipped; }
        public long warnings() { return warnings; }
    }

    /** A problem in a record that was still written (an unreadable date, say). */
    public record Warning(String file, long line, String message) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + message;
        }
    }

    private final Map<String, FileCounts> files = new LinkedHashMap<>();
    private final Map<MentionKind, Long> mentions = new EnumMap<>(MentionKind.class);
    private final Overflow<SkippedRecord> skipped = new Overflow<>(SkippedRecord.class, IN_MEMORY);
    private final Overflow<Warning> warnings = new Overflow<>(Warning.class, IN_MEMORY);
    private final PaperKeys papers = new PaperKeys();
    private long quads;

    /** A record of {@code file} was written as the paper {@code paperIri}. */
    void record(String file, String paperIri) {
        FileCounts c = counts(file);
        c.written++;
        if (!papers.add(paperIri)) c.duplicates++;
    }

    void startFile(String file, String format) {
        files.computeIfAbsent(file, f -> new FileCounts(f, format));
    }

    private FileCounts counts(String file) {
        return files.computeIfAbsent(file, f -> new FileCounts(f, null));
    }

    void mention(MentionKind kind) {
        mentions.merge(kind, 1L, Long::sum);
    }

    void skipped(SkippedRecord s) {
        counts(s.fileName()).skipped++;
        skipped.add(s);
    }

    void warning(String file, long line, String message) {
        counts(file).warnings++;
        warnings.add(new Warning(file, line, message));
    }

    void quads(long n) {
        quads += n;
    }

    /** Per source file, in reading order. */
    public List<FileCounts> files() {
        return List.copyOf(files.values());
    }

    /** Records written as papers, duplicates included (the records that did not end as skips). */
    public long records() {
        return files.values().stream().mapToLong(FileCounts::written).sum();
    }

    /** Records written per file, in reading order. */
    public Map<String, Long> recordsPerFile() {
        Map<String, Long> m = new LinkedHashMap<>();
        files.values().forEach(c -> m.put(c.file(), c.written()));
        return Collections.unmodifiableMap(m);
    }

    /** Every record the readers found: {@link #records()} plus {@link #skippedCount()}. */
    public long recordsRead() {
        return records() + skippedCount();
    }

    public long duplicates() {
        return files.values().stream().mapToLong(FileCounts::duplicates).sum();
    }

    /** Distinct papers this run wrote: written records less duplicates. */
    public long distinctPapers() {
        return records() - duplicates();
    }

    public long mentions(MentionKind kind) {
        return mentions.getOrDefault(kind, 0L);
    }

    public long skippedCount() {
        return skipped.size();
    }

    /** The first thousand skipped records; {@link #forEachSkipped} gives all. */
    public List<SkippedRecord> skipped() {
        return skipped.head();
    }

    public void forEachSkipped(Consumer<SkippedRecord> action) {
        skipped.forEach(action);
    }

    public long warningCount() {
        return warnings.size();
    }

    /** The first thousand warnings, as "file:line: message". */
    public List<String> warnings() {
        return warnings.head().stream().map(Warning::toString).toList();
    }

    public void forEachWarning(Consumer<Warning> action) {
        warnings.forEach(action);
    }

    /** Quads written, before the store drops duplicates. */
    public long quadsWritten() {
        return quads;
    }

    /** Deletes the temporary file of skipped records and warnings beyond the first thousand, if any. */
    @Override
    public void close() {
        skipped.close();
        warnings.close();
    }
}
