package org.paperkg.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.paperkg.InputException;
import org.paperkg.model.PaperRecord;
import org.paperkg.model.SourceRef;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads gold sets: our own ({@code data/eval/gold.jsonl}, the JSON view's shape plus split,
 * source and line; see data/eval/GUIDE.md) and two external ones, adapted to our fields.
 * An external set brings its own paper text, so it yields the records to extract as well.
 * <ul>
 *   <li><b>scirex</b> (SciREX train, {@code title, abstract, in_abstract}): each salient entity
 *       cluster mentioned in the title or abstract is one gold item whose spellings are its
 *       surface strings; methods → methods_used, datasets → datasets, tasks → tasks, metrics → metrics.</li>
 *   <li><b>scierc</b> (SciERC, {@code doc_key, text, entities}): each unique surface string is one
 *       item; Method → methods_used, Material → datasets, Task → tasks, Metric → metrics. The text
 *       is the abstract; the title is the doc key, which names no entity.</li>
 * </ul>
 */
public final class GoldSets {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Gold labels and the records they label (empty for our gold set, whose text is in the inputs). */
    public record Gold(List<Labels> labels, List<PaperRecord> records, List<String> fields) {
    }

    private GoldSets() {
    }

    /**
     * Our gold set, keeping the papers of {@code split}: "tune", "test", "holdout", "holdout2", "dev"
     * (tune and test, the papers rules may be tuned on) or "all".
     */
    public static Gold own(Path file, String split) {
        List<Labels> out = new ArrayList<>();
        for (Line l : lines(file)) {
            Labels labels = Labels.fromJson(l.json());
            if (l.json().path("title").asText().isBlank())
                throw new InputException(file, l.number(), "gold line has no title");
            if (inSplit(split, labels.split())) out.add(labels);
        }
        return new Gold(out, List.of(), Scorer.allFields());
    }

    static boolean inSplit(String wanted, String split) {
        return switch (wanted) {
            case "all" -> true;
            case "dev" -> "tune".equals(split) || "test".equals(split);
            default -> wanted.equals(split);
        };
    }

    public static Gold external(String kind, Path file) {
        return switch (kind.toLowerCase(Locale.ROOT)) {
            case "scirex" -> scirex(file);
            case "scierc" -> scierc(file);
            default -> throw new InputException(file, 0, "unknown external set '" + kind + "'; use scirex or scierc");
        };
    }

    private static final List<String> ENTITY_FIELDS = List.of("methods_used", "datasets", "tasks", "metrics");

    private static Gold scirex(Path file) {
        Map<String, String> fieldOf = Map.of("methods", "methods_used", "datasets", "datasets", "tasks", "tasks",
                "metrics", "metrics");
        List<Labels> labels = new ArrayList<>();
        List<PaperRecord> records = new ArrayList<>();
        for (Line l : lines(file)) {
            JsonNode o = l.json();
            String title = o.path("title").asText();
            if (title.isBlank()) throw new InputException(file, l.number(), "SciREX line has no title");
            String abs = o.path("abstract").isNull() ? null : o.path("abstract").asText(null);
            records.add(new PaperRecord(new SourceRef(file.getFileName().toString(), l.number()), title, abs,
                    null, null, null));
            Map<String, List<List<String>>> fields = new java.util.LinkedHashMap<>();
            fieldOf.values().forEach(f -> fields.put(f, new ArrayList<>()));
            o.path("in_abstract").fields().forEachRemaining(e -> {
                String f = fieldOf.get(e.getKey());
                if (f == null) return;
                for (JsonNode cluster : e.getValue()) {
                    List<String> spellings = new ArrayList<>();
                    for (JsonNode s : cluster.path("surface")) spellings.add(s.asText());
                    if (spellings.isEmpty()) spellings.add(cluster.path("name").asText().replace('_', ' '));
                    fields.get(f).add(spellings);
                }
            });
            labels.add(new Labels(title, null, fields, List.of()));
        }
        return new Gold(labels, records, ENTITY_FIELDS);
    }

    private static Gold scierc(Path file) {
        Map<String, String> fieldOf = Map.of("Method", "methods_used", "Material", "datasets", "Task", "tasks",
                "Metric", "metrics");
        List<Labels> labels = new ArrayList<>();
        List<PaperRecord> records = new ArrayList<>();
        for (Line l : lines(file)) {
            JsonNode o = l.json();
            String title = "SciERC " + o.path("doc_key").asText("line " + l.number());
            records.add(new PaperRecord(new SourceRef(file.getFileName().toString(), l.number()), title,
                    o.path("text").asText(), null, null, null));
            Map<String, List<List<String>>> fields = new java.util.LinkedHashMap<>();
            for (String f : ENTITY_FIELDS) fields.put(f, new ArrayList<>());
            fieldOf.forEach((type, f) -> {
                for (JsonNode s : o.path("entities").path(type)) fields.get(f).add(List.of(s.asText()));
            });
            labels.add(new Labels(title, null, fields, List.of()));
        }
        return new Gold(labels, records, ENTITY_FIELDS);
    }

    private record Line(long number, JsonNode json) {
    }

    private static List<Line> lines(Path file) {
        if (!Files.isRegularFile(file)) throw new InputException(file, 0, "no such gold file; check the path");
        List<Line> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String s;
            long n = 0;
            while ((s = r.readLine()) != null) {
                n++;
                if (s.isBlank()) continue;
                try {
                    out.add(new Line(n, JSON.readTree(s)));
                } catch (IOException e) {
                    throw new InputException(file, n, "not a JSON object: " + e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new InputException(file, 0, "cannot read gold file: " + e.getMessage());
        }
        return out;
    }
}
