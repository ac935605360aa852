package org.paperkg.serve;

import org.junit.jupiter.api.Test;
import org.paperkg.KgException;
import org.paperkg.SampleStore;
import org.paperkg.cli.CliRun;

import java.net.URI;

import static org.junit.jupiter.api.Assertions.*;

/** A small bounded load test through the command line: a burst with pathological queries, no unexpected answer. */
class LoadTestTest {
    @Test
    void aBurstWithPathologicalQueriesGetsOnlyExpectedAnswers() {
        var run = CliRun.of("loadtest", "--store", SampleStore.path().toString(), "--clients", "4", "--requests", "120",
                "--pathological", "3", "--query-timeout", "4").expect(0);
        String out = run.out();
        assertTrue(out.contains("120 requests, 120 answered 200"), out);
        assertTrue(out.contains("3 sent, 3 stopped or refused as they should be"), out);
        assertTrue(out.contains("cartesian product count -> HTTP 503: 1"), out);
        assertTrue(out.contains("huge OFFSET -> HTTP 503: 1"), out);
        assertTrue(out.contains("unbounded result -> HTTP 400: 1"), out);
        assertTrue(out.contains("errors        0"), out);
        assertTrue(out.contains("afterwards    the server answers queries"), out);
    }

    @Test
    void onlyThisMachineIsATarget() {
        var e = assertThrows(KgException.class, () -> new LoadTest(URI.create("http://192.0.2.1:3030")));
        assertTrue(e.getMessage().contains("only targets this machine"), e.getMessage());
        var run = CliRun.of("loadtest", "--url", "http://example.org:3030");
        assertEquals(2, run.exitCode(), run.err());
    }
}
