package org.paperkg.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.paperkg.InputException;
import org.paperkg.model.PaperRecord;
import org.paperkg.model.SafeText;
import org.paperkg.model.SkippedRecord;
import org.paperkg.model.SourceRef;
import org.paperkg.vocab.Names;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the arXiv metadata snapshot (Kaggle {@code arxiv-metadata-oai-snapshot.json}): JSON Lines,
 * one paper object per line. Streams line by line: one line is in memory at a time, and a
 * malformed line costs only itself.
 * <p>
 * Reads {@code id}, {@code title}, {@code abstract} (both with line breaks and indentation
 * collapsed, LaTeX kept as written), {@code authors_parsed} ([last, first, suffix]; the
 * {@code authors} string when absent), {@code categories} (space separated), {@code doi} (the
 * first when several), {@code license} and {@code versions[0].created} (RFC 1123, the v1 date, as
 * the publication date). Ignores {@code submitter}, {@code comments}, {@code journal-ref},
 * {@code report-no} and {@code update_date}.
 * <p>
 * A line that is not UTF-8, longer than 1 MiB, not JSON, not an object, has no title, has a field
 * of the wrong type or is over a {@link RecordLimits} bound is skipped with its line number and the
 * reason. A file with no usable line is an error.
 *
 * <pre>
 * new ArxivJsonlReader().read(Path.of("data/samples-json/arxiv-snapshot.jsonl"), sink);
 * </pre>
 */
public final class ArxivJsonlReader implements PaperReader {
    /** Longer lines (in bytes) are skipped unread: real records are a few kilobytes. */
    static final int MAX_LINE_BYTES = 1 << 20;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern AUTHOR_SEPARATOR = Pattern.compile("\\s*,\\s*|\\s+and\\s+");
    private static final Pattern VERSION_SUFFIX = Pattern.compile("v\\d+$");

    @Override
    public String formatName() {
        return "arxiv-jsonl";
    }

    @Override
    public void read(Path file, RecordSink sink) {
        String name = file.getFileName().toString();
        long lineNo = 0, records = 0, skipped = 0;
        String firstSkip = null;
        try (BoundedLineReader in = TextInput.boundedLines(file, MAX_LINE_BYTES)) {
            while (in.next()) {
                lineNo++;
                String line = in.line();
                if (lineNo == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') line = line.substring(1);
                if (line.isBlank() && in.problem() == null) continue;
                String reason = in.problem() != null
                        ? in.problem() + (in.tooLong() ? "; not a metadata record" : "")
                        : readLine(line, new SourceRef(name, lineNo), sink);
                if (reason == null) {
                    records++;
                } else {
                    skipped++;
                    if (firstSkip == null) firstSkip = name + ":" + lineNo + ": " + reason;
                    sink.skipped(new SkippedRecord(name, lineNo, reason));
                }
            }
        } catch (IOException e) {
            throw TextInput.readError(file, lineNo + 1, e);
        }
        if (records + skipped == 0)
            throw new InputException(file, 0, "file is empty; expected arXiv metadata JSON Lines (one paper object per line)");
        if (records == 0)
            throw new InputException(file, 0, "no usable arXiv record in " + skipped + " lines (first: " + firstSkip
                    + "); expected arXiv metadata JSON Lines");
    }

    /** Reads one line into the sink; returns null, or why the line was skipped. */
    private static String readLine(String line, SourceRef at, RecordSink sink) {
        JsonNode node;
        try {
            node = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            String m = String.valueOf(e.getOriginalMessage());
            int nl = m.indexOf('\n');
            return "malformed JSON (" + (nl < 0 ? m : m.substring(0, nl)) + ")";
        }
        if (node == null || !node.isObject())
            return "line holds " + (node == null ? "nothing" : JsonFields.describe(node)) + ", expected a paper object";
        try {
            PaperRecord record = toRecord(node, at, sink);
            String tooBig = RecordLimits.violation(record);
            if (tooBig != null) return tooBig;
            sink.record(record);
            return null;
        } catch (JsonFields.BadRecord e) {
            return e.getMessage();
        }
    }

    /** One metadata object to a record; throws {@link JsonFields.BadRecord} when unusable. */
    static PaperRecord toRecord(JsonNode node, SourceRef at, RecordSink sink) {
        JsonFields f = new JsonFields(node);
        String title = f.requiredText("title");
        List<String> authors = authors(f);
        String id = f.text("id");
        String doi = f.text("doi");
        String categories = f.text("categories");
        return PaperRecord.builder(at, title)
                .abstractText(f.text("abstract"))
                .arxivId(id == null ? null : VERSION_SUFFIX.matcher(id).replaceFirst(""))
                .doi(doi == null ? null : doi.split(" ")[0])
                .authors(authors)
                .authorCount(authors.isEmpty() ? null : authors.size())
                .categories(categories == null ? List.of() : Arrays.asList(categories.split(" ")))
                .license(f.text("license"))
                .published(firstVersionDate(f, at, sink))
                .build();
    }

    /** "First Last Suffix" from authors_parsed; the authors string split at commas and "and" otherwise. */
    private static List<String> authors(JsonFields f) {
        List<JsonNode> parsed = f.array("authors_parsed");
        List<String> names = new ArrayList<>();
        if (parsed != null && !parsed.isEmpty()) {
            for (JsonNode a : parsed) {
                if (!a.isArray()) throw JsonFields.wrongType("authors_parsed[]", a, "an array [last, first, suffix]");
                StringBuilder n = new StringBuilder();
                for (int i : new int[]{1, 0, 2}) {
                    JsonNode part = a.get(i);
                    if (part == null || part.isNull()) continue;
                    if (!part.isTextual()) throw JsonFields.wrongType("authors_parsed[][]", part, "a string");
                    n.append(' ').append(part.asText());
                }
                String name = Names.collapseSpaces(SafeText.clean(n.toString()));
                if (!name.isEmpty()) names.add(name);
            }
            return names;
        }
        String all = f.text("authors");
        if (all == null) return List.of();
        for (String n : AUTHOR_SEPARATOR.split(all)) if (!n.isBlank()) names.add(n.strip());
        return names;
    }

    private static LocalDate firstVersionDate(JsonFields f, SourceRef at, RecordSink sink) {
        List<JsonNode> versions = f.array("versions");
        if (versions == null || versions.isEmpty()) return null;
        JsonNode v1 = versions.get(0);
        if (!v1.isObject()) throw JsonFields.wrongType("versions[]", v1, "an object");
        String created = new JsonFields(v1).text("created");
        if (created == null) return null;
        try {
            return ZonedDateTime.parse(created, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .withZoneSameInstant(ZoneOffset.UTC).toLocalDate();
        } catch (DateTimeParseException e) {
            sink.warning(at.fileName(), at.line(), "unreadable date '" + created + "' in field 'versions[0].created' ignored");
            return null;
        }
    }
}
