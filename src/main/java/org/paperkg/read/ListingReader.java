package org.paperkg.read;

import org.paperkg.InputException;
import org.paperkg.model.PaperRecord;
import org.paperkg.model.SafeText;
import org.paperkg.model.SkippedRecord;
import org.paperkg.model.SourceRef;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Hugging Face "Daily Papers" listing dumps: the text a browser copies from the page.
 * One reader covers the three layouts seen in the wild, because they differ only in what
 * surrounds the title/abstract pairs:
 * <ol>
 *   <li>title, blank line, abstract, blank line;</li>
 *   <li>the same, with an author-count line ("• 10 authors"), a "·" line and a date/upvote line
 *       ("Jul 2, 2025 26") after each abstract;</li>
 *   <li>one line per title and per abstract with no blank lines, where the first title may be
 *       glued to the page header ("SubscribeDomain Generalization via ...").</li>
 * </ol>
 * Page header lines ("new", "Get trending papers ...", "Subscribe", "Daily Papers", "byAK and the
 * research community", the page date) are skipped before the first record. Blank lines carry no
 * meaning. A content line is an abstract when it reads like prose (see {@link #isAbstractLike});
 * otherwise it is a title. A title not followed by an abstract, or an abstract with no title, is
 * skipped with its line number and reason. A file in which no title/abstract pair is found, or in
 * which unreadable lines outnumber records, is not a listing: that is an error, not an empty result.
 *
 * <pre>
 * new ListingReader().read(Path.of("data/samples/000.txt"), sink);
 * </pre>
 */
public final class ListingReader implements PaperReader {
    /** Longer content lines are always abstracts: the longest real title seen is ~250 characters. */
    static final int ABSTRACT_MIN_CHARS = 300;
    /** Shorter prose lines that end a sentence count as abstracts once they have this many words. */
    static final int ABSTRACT_MIN_WORDS = 12;
    /** Lines longer than this (in bytes) are not read into memory whole (see {@link BoundedLineReader}); the line is skipped. */
    static final int MAX_LINE_BYTES = 1 << 20;

    private static final Pattern HEADER = Pattern.compile(
            "new|Get trending papers in your email inbox( once a day)?!|Subscribe|Daily Papers"
                    + "|byAK and the research community|[A-Z][a-z]{2} \\d{1,2}");
    private static final String GLUED_HEADER = "Subscribe";
    private static final Pattern AUTHORS = Pattern.compile("[•·*-]?\\s*(\\d{1,5}) authors?");
    private static final Pattern SEPARATOR = Pattern.compile("[·•]");
    private static final Pattern DATE_UPVOTES = Pattern.compile("([A-Z][a-z]{2} \\d{1,2}, \\d{4})(?:\\s+(\\d{1,9}))?");
    private static final DateTimeFormatter CARD_DATE = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH);
    private static final Pattern WORD = Pattern.compile("\\S+");

    @Override
    public String formatName() {
        return "listing";
    }

    @Override
    public void read(Path file, RecordSink sink) {
        String name = file.getFileName().toString();
        var state = new State(file, name, sink);
        long lineNo = 0;
        try (BoundedLineReader in = TextInput.boundedLines(file, MAX_LINE_BYTES)) {
            while (in.next()) {
                lineNo++;
                if (in.problem() != null) {
                    state.skip(lineNo, in.problem() + (in.tooLong() ? "; not a listing line" : ""));
                    continue;
                }
                String line = in.line();
                if (lineNo == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') line = line.substring(1);
                state.accept(lineNo, SafeText.clean(line));
            }
        } catch (IOException e) {
            throw TextInput.readError(file, lineNo + 1, e);
        }
        state.finish(lineNo);
    }

    /**
     * Prose test: long, or a multi-sentence or sentence-final line of a dozen words or more.
     * Titles are short and rarely end in a full stop.
     */
    static boolean isAbstractLike(String line) {
        if (line.length() >= ABSTRACT_MIN_CHARS) return true;
        char last = line.charAt(line.length() - 1);
        boolean endsSentence = last == '.' || last == '!' || last == ')' && line.endsWith(".)");
        return endsSentence && wordCount(line) >= ABSTRACT_MIN_WORDS;
    }

    private static int wordCount(String s) {
        Matcher m = WORD.matcher(s);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    /** Parsing state for one file; discarded when the file ends. */
    private static final class State {
        private final Path file;
        private final String name;
        private final RecordSink sink;
        private boolean inHeader = true;
        private boolean sawHeader;
        private String pendingTitle;
        private long pendingLine;
        /** The record just completed, held back so trailing author/date lines can complete it. */
        private PaperRecord last;
        private long records;
        private long skipped;

        State(Path file, String name, RecordSink sink) {
            this.file = file;
            this.name = name;
            this.sink = sink;
        }

        void accept(long lineNo, String raw) {
            String line = raw.strip();
            if (line.isEmpty()) return;
            if (inHeader) {
                if (HEADER.matcher(line).matches()) {
                    sawHeader = true;
                    return;
                }
                if (line.startsWith(GLUED_HEADER) && line.length() > GLUED_HEADER.length()
                        && Character.isUpperCase(line.charAt(GLUED_HEADER.length()))) {
                    sawHeader = true;
                    line = line.substring(GLUED_HEADER.length()).strip();
                }
                inHeader = false;
            }
            if (acceptMetadata(lineNo, line)) return;
            if (pendingTitle == null) {
                if (isAbstractLike(line)) {
                    skip(lineNo, "abstract without a title line before it");
                } else {
                    pendingTitle = line;
                    pendingLine = lineNo;
                }
                return;
            }
            if (isAbstractLike(line)) {
                flushLast();
                last = new PaperRecord(new SourceRef(name, pendingLine), pendingTitle, line, null, null, null);
                pendingTitle = null;
            } else {
                skip(pendingLine, "title without an abstract line after it");
                pendingTitle = line;
                pendingLine = lineNo;
            }
        }

        /** Author-count, separator and date/upvote lines complete the record before them. */
        private boolean acceptMetadata(long lineNo, String line) {
            Matcher authors = AUTHORS.matcher(line);
            if (authors.matches()) {
                if (last != null && pendingTitle == null)
                    last = with(last, Integer.parseInt(authors.group(1)), last.published(), last.upvotes());
                return true;
            }
            if (SEPARATOR.matcher(line).matches()) return true;
            Matcher date = DATE_UPVOTES.matcher(line);
            if (date.matches()) {
                if (last != null && pendingTitle == null) {
                    LocalDate published = parseDate(date.group(1), lineNo);
                    Integer upvotes = date.group(2) == null ? null : Integer.valueOf(date.group(2));
                    last = with(last, last.authorCount(), published, upvotes);
                }
                return true;
            }
            return false;
        }

        private LocalDate parseDate(String text, long lineNo) {
            try {
                return LocalDate.parse(text, CARD_DATE);
            } catch (DateTimeParseException e) {
                sink.warning(name, lineNo, "unreadable date '" + text + "' ignored");
                return null;
            }
        }

        private static PaperRecord with(PaperRecord r, Integer authors, LocalDate published, Integer upvotes) {
            return new PaperRecord(r.source(), r.title(), r.abstractText(), authors, published, upvotes);
        }

        private void flushLast() {
            if (last == null) return;
            String tooBig = RecordLimits.violation(last);
            if (tooBig != null) {
                skip(last.source().line(), tooBig);
            } else {
                sink.record(last);
                records++;
            }
            last = null;
        }

        private void skip(long lineNo, String reason) {
            skipped++;
            sink.skipped(new SkippedRecord(name, lineNo, reason));
        }

        void finish(long lines) {
            if (pendingTitle != null) skip(pendingLine, "title without an abstract at the end of the file (truncated?)");
            flushLast();
            if (lines == 0)
                throw new InputException(file, 0, "file is empty; expected a Hugging Face Daily Papers listing");
            if (records == 0)
                throw new InputException(file, 0, "no paper records found; expected a Hugging Face Daily Papers "
                        + "listing (a title line followed by its abstract)");
            if (!sawHeader && skipped > records)
                throw new InputException(file, 0, "does not look like a Daily Papers listing: " + skipped
                        + " unreadable lines against " + records + " title/abstract pairs");
        }
    }
}
