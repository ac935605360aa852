package org.paperkg.extract;

import org.paperkg.gazetteer.Gazetteer;
import org.paperkg.model.EntityType;
import org.paperkg.model.PaperRecord;
import org.paperkg.model.SourceRef;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The tiny gazetteer in src/test/resources/gazetteer, and papers made from sentences. */
public final class TestGazetteer {
    private TestGazetteer() {
    }

    public static Gazetteer load() {
        List<org.paperkg.gazetteer.GazetteerEntry> all = new ArrayList<>();
        for (String f : Gazetteer.FILES) {
            try (var in = new InputStreamReader(TestGazetteer.class.getResourceAsStream("/gazetteer/" + f), StandardCharsets.UTF_8)) {
                all.addAll(Gazetteer.parse(in, f, switch (f) {
                    case "datasets.tsv" -> EntityType.DATASET;
                    case "tasks.tsv" -> EntityType.TASK;
                    case "metrics.tsv" -> EntityType.METRIC;
                    default -> EntityType.METHOD;
                }));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return new Gazetteer(all);
    }

    public static PaperRecord paper(String title, String abstractText) {
        return new PaperRecord(new SourceRef("test.txt", 1), title, abstractText, null, null, null);
    }
}
