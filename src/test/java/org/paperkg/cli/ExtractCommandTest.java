package org.paperkg.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ExtractCommandTest {
    private static final String ABSTRACT_ONE = "We introduce FlowNetQ, a new model for counting birds in photos, and release code "
            + "at https://github.com/example-org/flownetq/tree/main for everyone to use in their work.";
    private static final String ABSTRACT_TWO = "This study looks at how people annotate images of birds and why they disagree "
            + "so often about the species they see in the pictures they are shown.";

    @Test
    void printsOneJsonObjectPerDistinctPaperInInputOrder(@TempDir Path dir) throws IOException {
        Path listing = dir.resolve("listing.txt");
        Files.writeString(listing, String.join("\n", "FlowNetQ: Counting Birds", "", ABSTRACT_ONE, "",
                "Why Annotators Disagree", "", ABSTRACT_TWO, "", "FlowNetQ - counting birds!", "", ABSTRACT_ONE, ""));
        StringWriter out = new StringWriter(), err = new StringWriter();
        int rc = Cli.newCommandLine(new PrintWriter(out), new PrintWriter(err))
                .execute("extract", "--format", "jsonl", listing.toString());
        assertEquals(0, rc, err.toString());
        List<JsonNode> lines = new ArrayList<>();
        for (String l : out.toString().split("\n")) lines.add(new ObjectMapper().readTree(l));
        assertEquals(2, lines.size());
        JsonNode first = lines.get(0);
        List<String> keys = new ArrayList<>();
        first.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("title", "code_repos", "project_pages", "methods_used", "datasets", "tasks", "metrics",
                "proposed", "results"), keys);
        assertEquals("FlowNetQ: Counting Birds", first.get("title").asText());
        assertEquals("[\"https://github.com/example-org/flownetq\"]", first.get("code_repos").toString());
        assertEquals("[]", first.get("project_pages").toString());
        assertEquals("[{\"name\":\"FlowNetQ\",\"long_form\":null,\"type\":\"model\"}]", first.get("proposed").toString());
        for (String f : List.of("methods_used", "datasets", "tasks", "metrics", "results"))
            assertEquals(true, first.get(f).isArray(), f);
        assertEquals("Why Annotators Disagree", lines.get(1).get("title").asText());
    }
}
