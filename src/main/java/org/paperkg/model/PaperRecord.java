package org.paperkg.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One paper as read from one place in one source. Fields a source does not give are null.
 *
 * @param source      where it was read
 * @param title       the title as written (whitespace trimmed)
 * @param abstractText the abstract as written, or null when the source has none
 * @param authorCount number of authors shown by the listing, or null
 * @param published   the publication date shown by the source, or null
 * @param upvotes     the upvote count shown at reading time, or null
 */
public record PaperRecord(SourceRef source, String title, String abstractText,
                          Integer authorCount, LocalDate published, Integer upvotes) {
    public PaperRecord {
        Objects.requireNonNull(source, "source");
        if (title == null || title.isBlank()) throw new IllegalArgumentException("title is empty at " + source);
    }

    /** The abstract, or the empty string: extractors read this. */
    public String abstractOrEmpty() {
        return abstractText == null ? "" : abstractText;
    }
}
