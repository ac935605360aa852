package org.paperkg.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.paperkg.model.Mention;
import org.paperkg.model.MentionKind;
import org.paperkg.model.PaperExtraction;
import org.paperkg.model.ResultMention;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The JSON view of one paper's extraction, the shape {@code paperkg extract --format jsonl} prints
 * and {@code paperkg eval} scores (see docs/extraction.md):
 * <pre>
 * {"title": "...", "code_repos": [...], "project_pages": [...], "methods_used": [...],
 *  "datasets": [...], "tasks": [...], "metrics": [...],
 *  "proposed": [{"name": "...", "long_form": "..."|null, "type": "method"}],
 *  "results": [{"metric": ..., "dataset": ..., "value": "44.5", "baseline_value": "35.5"|null, "text": "..."}]}
 * </pre>
 * Names are as written at their first occurrence, each once; results are in text order.
 */
public final class ExtractionJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ExtractionJson() {
    }

    public static ObjectNode toJson(PaperExtraction x) {
        ObjectNode o = JSON.createObjectNode();
        o.put("title", x.paper().title());
        o.set("code_repos", names(x, MentionKind.CODE_REPOSITORY));
        o.set("project_pages", names(x, MentionKind.PROJECT_PAGE));
        o.set("methods_used", names(x, MentionKind.METHOD_USED));
        o.set("datasets", names(x, MentionKind.DATASET));
        o.set("tasks", names(x, MentionKind.TASK));
        o.set("metrics", names(x, MentionKind.METRIC));
        ArrayNode proposed = o.putArray("proposed");
        for (Mention m : x.mentions()) {
            if (m.kind() != MentionKind.PROPOSED) continue;
            ObjectNode p = proposed.addObject();
            p.put("name", m.text());
            p.put("long_form", m.longForm());
            p.put("type", m.type() == null ? null : m.type().jsonName());
        }
        ArrayNode results = o.putArray("results");
        for (ResultMention r : x.results()) {
            ObjectNode j = results.addObject();
            j.put("metric", r.metric());
            j.put("dataset", r.dataset());
            j.put("value", r.value());
            j.put("baseline_value", r.baselineValue());
            j.put("text", r.text());
        }
        return o;
    }

    private static ArrayNode names(PaperExtraction x, MentionKind kind) {
        Set<String> seen = new LinkedHashSet<>();
        for (Mention m : x.mentions()) if (m.kind() == kind) seen.add(m.text());
        ArrayNode a = JSON.createArrayNode();
        seen.forEach(a::add);
        return a;
    }

    /** One line of JSON, no trailing newline. */
    public static String toLine(PaperExtraction x) {
        try {
            return JSON.writeValueAsString(toJson(x));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON for " + x.paper().source(), e);
        }
    }
}
