package org.paperkg.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.paperkg.KgException;
import org.paperkg.pipeline.RunSummary;
import org.paperkg.read.InputFiles;
import org.paperkg.store.StoreStats;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code build --report FILE}: the accounting of one build as JSON, streamed (every skipped
 * record is listed, however many). Shape, with the invariant {@code records = written + skipped}
 * per file and in the totals:
 * <pre>
 * {"status": "ok", "store": "data/kg", "seconds": 2.1,
 *  "totals": {"files": 2, "records": 63, "written": 60, "duplicates": 4, "distinctPapers": 56,
 *             "skipped": 3, "warnings": 1},
 *  "files": [{"file": "a.txt", "path": "in/a.txt", "format": "listing", "records": 40, "written": 39,
 *             "duplicates": 1, "skipped": 1, "warnings": 0}, ...],
 *  "skipped": [{"file": "a.txt", "line": 17, "reason": "title without an abstract line after it"}, ...],
 *  "warnings": [{"file": "b.jsonl", "line": 3, "message": "unreadable date ..."}],
 *  "store": {"papers": 56, ..., "triples": 4210, "graphs": 2}}
 * </pre>
 * A failed build writes {@code "status": "failed"} and the error, and nothing else: nothing was stored.
 * The file is written beside its target and moved into place, so it is whole or absent.
 */
final class BuildReport {
    private static final JsonFactory JSON = new JsonFactory();

    private BuildReport() {
    }

    static void writeSuccess(Path file, Path store, List<InputFiles.Source> sources, RunSummary s, StoreStats stats, double seconds) {
        write(file, g -> {
            g.writeStringField("status", "ok");
            g.writeStringField("store", store.toString());
            g.writeNumberField("seconds", Math.round(seconds * 1000) / 1000.0);
            g.writeObjectFieldStart("totals");
            g.writeNumberField("files", sources.size());
            g.writeNumberField("records", s.recordsRead());
            g.writeNumberField("written", s.records());
            g.writeNumberField("duplicates", s.duplicates());
            g.writeNumberField("distinctPapers", s.distinctPapers());
            g.writeNumberField("skipped", s.skippedCount());
            g.writeNumberField("warnings", s.warningCount());
            g.writeEndObject();

            g.writeArrayFieldStart("files");
            Map<String, RunSummary.FileCounts> counts = new java.util.HashMap<>();
            for (RunSummary.FileCounts c : s.files()) counts.put(c.file(), c);
            for (InputFiles.Source src : sources) {
                RunSummary.FileCounts c = counts.get(src.fileName());
                g.writeStartObject();
                g.writeStringField("file", src.fileName());
                g.writeStringField("path", src.file().toString());
                g.writeStringField("format", src.reader().formatName());
                g.writeNumberField("records", c == null ? 0 : c.records());
                g.writeNumberField("written", c == null ? 0 : c.written());
                g.writeNumberField("duplicates", c == null ? 0 : c.duplicates());
                g.writeNumberField("skipped", c == null ? 0 : c.skipped());
                g.writeNumberField("warnings", c == null ? 0 : c.warnings());
                g.writeEndObject();
            }
            g.writeEndArray();

            g.writeArrayFieldStart("skipped");
            s.forEachSkipped(k -> unchecked(() -> {
                g.writeStartObject();
                g.writeStringField("file", k.fileName());
                g.writeNumberField("line", k.line());
                g.writeStringField("reason", k.reason());
                g.writeEndObject();
            }));
            g.writeEndArray();

            g.writeArrayFieldStart("warnings");
            s.forEachWarning(w -> unchecked(() -> {
                g.writeStartObject();
                g.writeStringField("file", w.file());
                g.writeNumberField("line", w.line());
                g.writeStringField("message", w.message());
                g.writeEndObject();
            }));
            g.writeEndArray();

            g.writeObjectFieldStart("store");
            for (var e : stats.asMap().entrySet()) g.writeNumberField(e.getKey(), e.getValue());
            g.writeEndObject();
        });
    }

    static void writeFailure(Path file, Path store, KgException error) {
        write(file, g -> {
            g.writeStringField("status", "failed");
            g.writeStringField("store", store.toString());
            g.writeStringField("error", error.getMessage());
            g.writeNumberField("exitCode", error.exitCode());
            g.writeStringField("stored", "nothing: the store keeps its state from before this build");
        });
    }

    private interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private static void unchecked(IoAction a) {
        try {
            a.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, Body body) {
        Path target = file.toAbsolutePath();
        Path tmp = null;
        try {
            tmp = Files.createTempFile(target.getParent(), ".report-", ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp); JsonGenerator g = JSON.createGenerator(out)) {
                g.useDefaultPrettyPrinter();
                g.writeStartObject();
                body.write(g);
                g.writeEndObject();
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | UncheckedIOException e) {
            try {
                if (tmp != null) Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // nothing more to do
            }
            throw new KgException(KgException.FAILURE, "cannot write the report " + file + ": " + e.getMessage()
                    + "; check that its directory exists and is writable");
        }
    }
}
