package org.paperkg.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The labels of one paper in the JSON view's shape, gold or predicted: for each scored field a
 * list of items, each item a set of acceptable spellings (one for our gold and for predictions,
 * several for an external set's entity cluster).
 *
 * @param title   the paper title
 * @param split   "tune", "test", "holdout", "holdout2" or null
 * @param fields  items per field name, in {@link #FIELDS} order
 * @param results the results, for the results field
 */
public record Labels(String title, String split, Map<String, List<List<String>>> fields, List<Result> results) {
    /** The string-list fields scored, in report order. */
    public static final List<String> FIELDS = List.of("code_repos", "project_pages", "methods_used", "datasets",
            "tasks", "metrics", "proposed");

    /** One result: a value as written and what it measures. */
    public record Result(String metric, String dataset, String value, String baselineValue, String text) {
    }

    /** Reads the JSON view shape (gold lines have the same fields plus split, source and line). */
    public static Labels fromJson(JsonNode o) {
        Map<String, List<List<String>>> fields = new LinkedHashMap<>();
        for (String f : FIELDS) {
            List<List<String>> items = new ArrayList<>();
            for (JsonNode n : o.path(f)) {
                String s = n.isObject() ? n.path("name").asText() : n.asText();
                items.add(List.of(s));
            }
            fields.put(f, items);
        }
        List<Result> results = new ArrayList<>();
        for (JsonNode r : o.path("results"))
            results.add(new Result(text(r, "metric"), text(r, "dataset"), text(r, "value"), text(r, "baseline_value"),
                    text(r, "text")));
        return new Labels(o.path("title").asText(), text(o, "split"), fields, results);
    }

    private static String text(JsonNode o, String field) {
        JsonNode n = o.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }
}
