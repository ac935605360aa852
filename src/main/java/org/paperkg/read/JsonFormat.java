package org.paperkg.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.paperkg.InputException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Tells the JSON formats apart from the first bytes of a file: an array is a Hugging Face papers
 * response; a stream of objects is arXiv metadata when its first object has arXiv snapshot keys,
 * and Hugging Face papers when it has Hugging Face keys. Reads only the given head.
 */
final class JsonFormat {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final Set<String> ARXIV_KEYS = Set.of("abstract", "versions", "authors_parsed", "categories",
            "submitter", "update_date", "journal-ref");
    private static final Set<String> HF_KEYS = Set.of("paper", "summary", "upvotes", "publishedAt", "ai_keywords",
            "githubRepo", "submittedOnDailyAt", "numComments");

    private JsonFormat() {
    }

    /** The reader for a file whose first non-space character is '[' or '{'. */
    static PaperReader detect(Path file, byte[] head, char first) {
        if (first == '[') return new HfPapersReader();
        Set<String> keys = topLevelKeys(head);
        if (keys.stream().anyMatch(ARXIV_KEYS::contains)) return new ArxivJsonlReader();
        if (keys.stream().anyMatch(HF_KEYS::contains)) return new HfPapersReader();
        if (keys.isEmpty())
            throw new InputException(file, 1, "starts with '{' but is not JSON; expected arXiv metadata JSON Lines "
                    + "or Hugging Face papers JSON");
        throw new InputException(file, 1, "JSON objects with neither arXiv metadata keys (abstract, versions, "
                + "categories) nor Hugging Face paper keys (paper, summary, upvotes); first keys: "
                + String.join(", ", keys.stream().limit(8).toList()));
    }

    /** The field names of the first object, as far as the head lets them be read. */
    private static Set<String> topLevelKeys(byte[] head) {
        Set<String> keys = new LinkedHashSet<>();
        try (JsonParser p = FACTORY.createParser(head)) {
            if (p.nextToken() != JsonToken.START_OBJECT) return keys;
            JsonToken t;
            while ((t = p.nextToken()) != null && t != JsonToken.END_OBJECT) {
                if (t == JsonToken.FIELD_NAME) {
                    keys.add(p.currentName());
                    p.nextToken();
                    p.skipChildren();
                }
            }
        } catch (IOException e) {
            // the head ends mid-record or the text is not JSON: the keys read so far decide
        }
        return keys;
    }
}
