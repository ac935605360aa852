package org.paperkg.model;

/** A record a reader could not use, with where it was and why: kept for the build summary. */
public record SkippedRecord(String fileName, long line, String reason) {
    @Override
    public String toString() {
        return fileName + ":" + line + ": " + reason;
    }
}
