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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvalCommandTest {
    private static final String ABSTRACT = "We introduce FlowNetQ, a new model for counting birds in photos, and release code "
            + "at https://github.com/example-org/flownetq for everyone to use in their own work on birds.";

    @Test
    void scoresTheChosenSplitAgainstTheInputsAsJson(@TempDir Path dir) throws IOException {
        Path listing = dir.resolve("listing.txt");
        Files.writeString(listing, String.join("\n", "FlowNetQ: Counting Birds", "", ABSTRACT, ""));
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, String.join("\n",
                "{\"title\":\"FlowNetQ: counting birds\",\"split\":\"tune\",\"code_repos\":[\"https://github.com/example-org/flownetq\"],"
                        + "\"proposed\":[{\"name\":\"FlowNetQ\",\"long_form\":null,\"type\":\"model\"},{\"name\":\"QNet\",\"long_form\":null,\"type\":\"model\"}]}",
                "{\"title\":\"Another Paper\",\"split\":\"test\",\"code_repos\":[\"https://github.com/a/b\"]}"));
        StringWriter out = new StringWriter(), err = new StringWriter();
        int rc = Cli.newCommandLine(new PrintWriter(out), new PrintWriter(err))
                .execute("eval", gold.toString(), listing.toString(), "--split", "tune", "--format", "json");
        assertEquals(0, rc, err.toString());
        JsonNode r = new ObjectMapper().readTree(out.toString());
        assertEquals(1, r.get("papers").asInt());
        assertEquals(0, r.get("missing").asInt());
        assertEquals(1.0, r.at("/fields/code_repos/strict/f1").asDouble());
        JsonNode proposed = r.at("/fields/proposed/strict");
        assertEquals(1, proposed.get("matched").asInt());
        assertEquals(1, proposed.get("predicted").asInt());
        assertEquals(2, proposed.get("gold").asInt());
        assertEquals(0.6667, proposed.get("f1").asDouble());
    }

    @Test
    void devIsTuneAndTestAndTheDefaultWhileHoldoutIsOnlyScoredWhenAskedFor(@TempDir Path dir) throws IOException {
        Path listing = dir.resolve("listing.txt");
        Files.writeString(listing, String.join("\n", "FlowNetQ: Counting Birds", "", ABSTRACT, ""));
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, String.join("\n",
                "{\"title\":\"A\",\"split\":\"tune\"}", "{\"title\":\"B\",\"split\":\"test\"}",
                "{\"title\":\"C\",\"split\":\"holdout\"}", "{\"title\":\"D\",\"split\":\"holdout\"}",
                "{\"title\":\"E\",\"split\":\"holdout\"}", "{\"title\":\"F\",\"split\":\"holdout2\"}",
                "{\"title\":\"G\",\"split\":\"holdout3\"}", "{\"title\":\"H\",\"split\":\"holdout3\"}",
                "{\"title\":\"I\",\"split\":\"holdout4\"}", "{\"title\":\"J\",\"split\":\"holdout4\"}",
                "{\"title\":\"K\",\"split\":\"holdout4\"}", "{\"title\":\"L\",\"split\":\"holdout4\"}"));
        assertEquals(2, papers(gold, listing));
        assertEquals(2, papers(gold, listing, "--split", "dev"));
        assertEquals(1, papers(gold, listing, "--split", "test"));
        assertEquals(3, papers(gold, listing, "--split", "holdout"));
        assertEquals(1, papers(gold, listing, "--split", "holdout2"));
        assertEquals(2, papers(gold, listing, "--split", "holdout3"));
        assertEquals(4, papers(gold, listing, "--split", "holdout4"));
        assertEquals(12, papers(gold, listing, "--split", "all"));
    }

    private static int papers(Path gold, Path listing, String... options) throws IOException {
        StringWriter out = new StringWriter(), err = new StringWriter();
        String[] args = new String[4 + options.length];
        args[0] = "eval";
        args[1] = gold.toString();
        args[2] = listing.toString();
        args[3] = "--format=json";
        System.arraycopy(options, 0, args, 4, options.length);
        int rc = Cli.newCommandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
        assertEquals(0, rc, err.toString());
        return new ObjectMapper().readTree(out.toString()).get("papers").asInt();
    }

    @Test
    void aMissingGoldFileIsBadInput(@TempDir Path dir) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int rc = Cli.newCommandLine(new PrintWriter(out), new PrintWriter(err))
                .execute("eval", dir.resolve("nope.jsonl").toString(), dir.toString());
        assertEquals(2, rc);
        assertTrue(err.toString().contains("no such gold file"), err.toString());
    }
}
