package org.paperkg.read;

import org.paperkg.model.PaperRecord;

import java.util.List;

/**
 * Upper bounds on the size of one record, checked by every reader before a record is passed on.
 * A record over a bound is skipped with a reason naming the field, never truncated: a "title" of
 * a megabyte is a broken source, not a paper, and cutting it would put a made-up title in the graph.
 * The bounds are far above anything real (arXiv caps abstracts at 1,920 characters; the longest
 * title in the samples is ~250) and keep extraction time and IRI minting bounded per record.
 */
public final class RecordLimits {
    public static final int MAX_TITLE_CHARS = 2_000;
    public static final int MAX_ABSTRACT_CHARS = 20_000;
    public static final int MAX_NAME_CHARS = 1_000;
    public static final int MAX_AUTHORS = 10_000;
    public static final int MAX_LIST_ITEMS = 1_000;
    /** Identifiers, URLs and licence strings. */
    public static final int MAX_OTHER_CHARS = 2_000;

    private RecordLimits() {
    }

    /** Why the record is over a bound, or null when it is within all of them. */
    public static String violation(PaperRecord r) {
        String why = tooLong("title", r.title(), MAX_TITLE_CHARS);
        if (why == null) why = tooLong("abstract", r.abstractText(), MAX_ABSTRACT_CHARS);
        if (why == null) why = tooLong("arXiv id", r.arxivId(), MAX_OTHER_CHARS);
        if (why == null) why = tooLong("DOI", r.doi(), MAX_OTHER_CHARS);
        if (why == null) why = tooLong("code repository URL", r.githubRepo(), MAX_OTHER_CHARS);
        if (why == null) why = tooLong("project page URL", r.projectPage(), MAX_OTHER_CHARS);
        if (why == null) why = tooLong("licence", r.license(), MAX_OTHER_CHARS);
        if (why == null) why = tooMany("authors", r.authors(), MAX_AUTHORS, "author name", MAX_NAME_CHARS);
        if (why == null) why = tooMany("categories", r.categories(), MAX_LIST_ITEMS, "category", MAX_NAME_CHARS);
        if (why == null) why = tooMany("keywords", r.keywords(), MAX_LIST_ITEMS, "keyword", MAX_NAME_CHARS);
        return why;
    }

    private static String tooLong(String field, String value, int max) {
        if (value == null || value.length() <= max) return null;
        return String.format("%s of %,d characters is longer than %,d; not a usable %s", field, value.length(), max, field);
    }

    private static String tooMany(String field, List<String> values, int maxItems, String item, int maxChars) {
        if (values.size() > maxItems)
            return String.format("%,d %s are more than %,d", values.size(), field, maxItems);
        for (String v : values) {
            String why = tooLong(item, v, maxChars);
            if (why != null) return why;
        }
        return null;
    }
}
