package org.paperkg.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.paperkg.InputException;
import org.paperkg.model.PaperRecord;
import org.paperkg.model.SkippedRecord;
import org.paperkg.model.SourceRef;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Reads Hugging Face papers API responses: a JSON array of {@code /api/daily_papers} entries
 * (each wrapping a {@code paper} object) or of bare paper objects, as {@code /api/papers/ID}
 * returns them. A file of paper objects one after another (JSON Lines, or a single object) reads
 * too. Streams with Jackson's {@link JsonParser}: one entry is in memory at a time.
 * <p>
 * Reads from a paper: {@code id} (arXiv id), {@code title}, {@code summary}, {@code authors[].name},
 * {@code publishedAt} (publication), {@code upvotes}, {@code githubRepo}, {@code projectPage},
 * {@code ai_keywords}, {@code githubStars}; from an entry: {@code publishedAt} (the day it was
 * featured; {@code paper.submittedOnDailyAt} when the entry has none). Other fields are ignored.
 * <p>
 * An entry without a title, or with a field of the wrong type, is skipped with its line. JSON
 * that breaks off (a truncated download) keeps the records read before the break and records a
 * skip at the break; a file whose first entry is already unreadable is not JSON and is an error.
 *
 * <pre>
 * new HfPapersReader().read(Path.of("data/samples-json/hf-daily-papers.json"), sink);
 * </pre>
 */
public final class HfPapersReader implements PaperReader {
    /** Longest string value read; a longer one ends the read like truncated JSON (see {@link #read}). */
    static final int MAX_STRING_CHARS = 1 << 22;
    /** An entry with more JSON values than this is skipped unread: real entries have a few hundred. */
    static final int MAX_ENTRY_TOKENS = 200_000;
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_STRING_CHARS).build())
            .build();

    @Override
    public String formatName() {
        return "hf-json";
    }

    @Override
    public void read(Path file, RecordSink sink) {
        String name = file.getFileName().toString();
        long[] counts = {0, 0, 1}; // records, skipped, line where the current entry starts
        try (InputStream in = TextInput.open(file); JsonParser p = FACTORY.createParser(in)) {
            JsonToken t = p.nextToken();
            if (t == null) throw new InputException(file, 0, "file is empty; expected a Hugging Face papers JSON array");
            if (t == JsonToken.START_ARRAY) {
                while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                    if (t == null) throw truncated(p);
                    readValue(p, name, sink, counts);
                }
            } else {
                do {
                    readValue(p, name, sink, counts);
                } while (p.nextToken() != null);
            }
        } catch (JsonProcessingException e) {
            // Also a limit passed (StreamConstraintsException: nesting depth, string length), which
            // is not a StreamReadException but leaves the parser just as unable to go on.
            long line = e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation().getLineNr() : counts[2];
            String why = describe(e);
            if (counts[0] == 0)
                throw new InputException(file, line, "not valid JSON: " + why + "; expected a Hugging Face papers JSON array");
            sink.skipped(new SkippedRecord(name, Math.max(line, 1), "JSON breaks off here (" + why + "); the "
                    + counts[0] + (counts[0] == 1 ? " record" : " records") + " before it kept, anything after it is lost"));
        } catch (IOException e) {
            throw TextInput.readError(file, 0, e);
        }
        if (counts[0] == 0 && counts[1] == 0)
            throw new InputException(file, 0, "no paper entries found; expected a JSON array of Hugging Face papers");
    }

    private static JsonProcessingException truncated(JsonParser p) {
        return new com.fasterxml.jackson.core.JsonParseException(p, "Unexpected end-of-input inside the array");
    }

    private static String describe(JsonProcessingException e) {
        String m = e.getOriginalMessage();
        if (m == null) return "unreadable";
        if (m.startsWith("Unexpected end-of-input")) return "file ends inside the JSON (truncated download?)";
        int nl = m.indexOf('\n');
        String first = nl < 0 ? m : m.substring(0, nl);
        return first.length() > 120 ? first.substring(0, 120) + "..." : first;
    }

    /** Reads the value at the current token: an entry object is read whole, anything else skipped. */
    private static void readValue(JsonParser p, String name, RecordSink sink, long[] counts) throws IOException {
        long line = Math.max(1, p.currentTokenLocation().getLineNr());
        counts[2] = line;
        if (p.currentToken() != JsonToken.START_OBJECT) {
            String kind = switch (p.currentToken()) {
                case VALUE_STRING -> "a string";
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
                case VALUE_TRUE, VALUE_FALSE -> "a boolean";
                case VALUE_NULL -> "null";
                default -> "an array";
            };
            p.skipChildren();
            counts[1]++;
            sink.skipped(new SkippedRecord(name, line, "entry is " + kind + ", expected a paper object"));
            return;
        }
        JsonNode entry = readEntry(p);
        if (entry == null) {
            counts[1]++;
            sink.skipped(new SkippedRecord(name, line, String.format("entry holds more than %,d JSON values; not a paper entry",
                    MAX_ENTRY_TOKENS)));
            return;
        }
        try {
            PaperRecord record = toRecord(entry, new SourceRef(name, line), sink);
            String tooBig = RecordLimits.violation(record);
            if (tooBig != null) throw new JsonFields.BadRecord(tooBig);
            sink.record(record);
            counts[0]++;
        } catch (JsonFields.BadRecord e) {
            counts[1]++;
            sink.skipped(new SkippedRecord(name, line, e.getMessage()));
        }
    }

    /**
     * Reads the object at the current START_OBJECT token into a tree, as {@code ObjectMapper.readTree}
     * would, but gives up after {@link #MAX_ENTRY_TOKENS} tokens: then the rest of the object is
     * skipped (without buffering its strings) and null returned, so a huge entry costs neither
     * memory nor the entries after it. Iterative, so nesting depth costs no stack (Jackson's own
     * nesting limit still applies).
     */
    static JsonNode readEntry(JsonParser p) throws IOException {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        Deque<ContainerNode<?>> open = new ArrayDeque<>();
        open.push(root);
        String field = null;
        long tokens = 0;
        while (!open.isEmpty()) {
            JsonToken t = p.nextToken();
            if (t == null) throw truncated(p);
            if (++tokens > MAX_ENTRY_TOKENS) {
                skipRest(p, t, open.size());
                return null;
            }
            if (t == JsonToken.FIELD_NAME) {
                field = p.currentName();
                continue;
            }
            if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                open.pop();
                continue;
            }
            JsonNode value = switch (t) {
                case START_OBJECT -> f.objectNode();
                case START_ARRAY -> f.arrayNode();
                case VALUE_STRING -> f.textNode(p.getText());
                case VALUE_NUMBER_INT -> switch (p.getNumberType()) {
                    case INT -> f.numberNode(p.getIntValue());
                    case LONG -> f.numberNode(p.getLongValue());
                    default -> f.numberNode(p.getBigIntegerValue());
                };
                case VALUE_NUMBER_FLOAT -> f.numberNode(p.getDoubleValue());
                case VALUE_TRUE -> f.booleanNode(true);
                case VALUE_FALSE -> f.booleanNode(false);
                default -> f.nullNode();
            };
            ContainerNode<?> parent = open.peek();
            if (parent instanceof ObjectNode o) o.set(field, value);
            else ((ArrayNode) parent).add(value);
            if (value instanceof ContainerNode<?> c) open.push(c);
        }
        return root;
    }

    /** Skips to the end of the entry from token {@code t}, with {@code depth} containers open before it. */
    private static void skipRest(JsonParser p, JsonToken t, int depth) throws IOException {
        while (true) {
            if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) p.skipChildren();
            else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) depth--;
            if (depth == 0) return;
            t = p.nextToken();
            if (t == null) throw truncated(p);
        }
    }

    /** One entry (or bare paper object) to a record; throws {@link JsonFields.BadRecord} when unusable. */
    static PaperRecord toRecord(JsonNode entryNode, SourceRef at, RecordSink sink) {
        JsonFields entry = new JsonFields(entryNode);
        JsonFields paper = entry.object("paper");
        boolean wrapped = paper != null;
        if (!wrapped) paper = entry;
        String title = paper.text("title");
        if (title == null && wrapped) title = entry.text("title");
        if (title == null) throw new JsonFields.BadRecord("field 'title' is missing or empty; every paper needs a title");
        String summary = paper.text("summary");
        if (summary == null && wrapped) summary = entry.text("summary");
        List<String> authors = authors(paper);
        LocalDate featured = wrapped ? date(entry, "publishedAt", at, sink) : null;
        if (featured == null) featured = date(paper, "submittedOnDailyAt", at, sink);
        Integer upvotes = paper.integer("upvotes");
        if (upvotes == null && wrapped) upvotes = entry.integer("upvotes");
        return PaperRecord.builder(at, title)
                .abstractText(summary)
                .arxivId(paper.text("id"))
                .authors(authors)
                .authorCount(authors.isEmpty() ? null : authors.size())
                .published(date(paper, "publishedAt", at, sink))
                .featuredDate(featured)
                .upvotes(upvotes)
                .githubRepo(paper.text("githubRepo"))
                .projectPage(paper.text("projectPage"))
                .keywords(paper.strings("ai_keywords"))
                .githubStars(paper.integer("githubStars"))
                .build();
    }

    private static List<String> authors(JsonFields paper) {
        List<JsonNode> items = paper.array("authors");
        if (items == null) return List.of();
        List<String> names = new ArrayList<>(items.size());
        for (JsonNode a : items) {
            if (!a.isObject()) throw JsonFields.wrongType("authors[]", a, "an object with a name");
            String n = new JsonFields(a).text("name");
            if (n != null) names.add(n);
        }
        return names;
    }

    private static LocalDate date(JsonFields f, String field, SourceRef at, RecordSink sink) {
        LocalDate d = f.isoDate(field);
        if (d == null && f.text(field) != null)
            sink.warning(at.fileName(), at.line(), "unreadable date '" + f.text(field) + "' in field '" + field + "' ignored");
        return d;
    }
}
