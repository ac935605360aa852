package org.paperkg.model;

/**
 * Where a record was read: the source file's name (its named graph) and the 1-based line
 * where the record starts.
 */
public record SourceRef(String fileName, long line) {
    public SourceRef {
        if (fileName == null || fileName.isBlank()) throw new IllegalArgumentException("fileName is empty");
        if (line < 1) throw new IllegalArgumentException("line must be >= 1: " + line);
    }

    @Override
    public String toString() {
        return fileName + ":" + line;
    }
}
