package org.paperkg.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** paperkg bench at a tiny size: every field is there and sane (its speed is not tested here). */
class BenchCommandTest {
    @Test
    void reportsEveryFieldOfTheIssueAndCleansUp(@TempDir Path dir) throws Exception {
        var run = CliRun.of("bench", "--papers", "40", "--format", "json", "--queries", "--work", dir.toString()).expect(0);
        JsonNode j = new ObjectMapper().readTree(run.out());
        for (String f : List.of("papers", "triples", "build_s", "papers_per_s", "triples_per_s", "extract_papers_per_s",
                "bare_loader_s", "ratio", "peak_heap_mb", "store_mb", "bare_store_mb"))
            assertTrue(j.has(f) && j.get(f).isNumber(), f + " in " + run.out());
        assertEquals(40, j.get("papers").asLong());
        assertEquals(40, j.get("store_papers").asLong(), "40 generated papers are 40 distinct papers");
        assertTrue(j.get("triples").asLong() > 40 * 30, run.out());
        assertTrue(j.get("build_s").asDouble() > 0 && j.get("bare_loader_s").asDouble() > 0, run.out());
        assertEquals(j.get("bare_loader_s").asDouble() / j.get("build_s").asDouble(), j.get("ratio").asDouble(), 0.01);
        assertEquals(j.get("papers").asDouble() / j.get("build_s").asDouble(), j.get("papers_per_s").asDouble(), 0.5);
        assertTrue(j.get("peak_heap_mb").asDouble() > 1 && j.get("peak_heap_mb").asDouble() <= j.get("max_heap_mb").asDouble(), run.out());
        assertTrue(j.get("store_mb").asDouble() > 0 && j.get("bare_store_mb").asDouble() > 0, run.out());
        assertTrue(List.of("sequential", "parallel").contains(j.get("bare_loader").asText()), "the faster of the default baselines");
        assertEquals(2, j.get("bare_loader_kinds_s").size(), run.out());
        assertEquals("parallel", j.get("loader").asText(), "a store far smaller than the memory: --loader auto picks parallel");
        JsonNode queries = j.get("queries");
        assertEquals(new org.paperkg.query.QueryLibrary(Path.of("queries")).names().size(), queries.size(), run.out());
        for (JsonNode q : queries) {
            assertTrue(q.get("rows").asLong() >= 0 && q.get("median_ms").asDouble() >= 0, q.toString());
            assertTrue(q.get("min_ms").asDouble() <= q.get("median_ms").asDouble()
                    && q.get("median_ms").asDouble() <= q.get("max_ms").asDouble(), q.toString());
        }
        try (var files = Files.list(dir)) {
            assertEquals(List.of(), files.toList(), "the corpus, N-Quads and stores are deleted");
        }
        assertTrue(run.err().contains("bench: baseline: Jena sequential loader")
                && run.err().contains("bench: baseline: Jena parallel loader"), run.err());
    }

    @Test
    void badArgumentsAreOneLine() {
        var run = CliRun.of("bench", "--papers", "0");
        assertEquals(2, run.exitCode());
        assertEquals("paperkg: error: --papers must be 1 or more, not 0" + System.lineSeparator(), run.err());
        run = CliRun.of("bench", "--papers", "5", "--baseline", "turbo");
        assertEquals(2, run.exitCode());
        assertEquals("paperkg: error: unknown --loader 'turbo'; use auto, basic, sequential, phased, parallel or light" + System.lineSeparator(), run.err());
    }
}
