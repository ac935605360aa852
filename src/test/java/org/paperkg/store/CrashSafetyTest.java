package org.paperkg.store;

import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.TestFiles;
import org.paperkg.cli.CliRun;
import org.paperkg.generate.PaperGenerator;
import org.paperkg.serve.KgServer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;
import static org.paperkg.store.KgStoreTest.assertSameQuads;
import static org.paperkg.store.KgStoreTest.contents;

/**
 * Kills real builds: a child JVM runs {@code paperkg build} and is held at a named moment
 * ({@link org.paperkg.PausePoints}), then killed with SIGKILL or interrupted with SIGINT. Afterwards
 * the store must hold exactly its last committed state, answer stats, queries and the server, and
 * the same build run again must give exactly the store a clean build gives.
 */
class CrashSafetyTest {
    @TempDir
    static Path tmp;
    static Path small, large, extra;
    static DatasetGraph onlySmall, smallAndLarge, all;

    @BeforeAll
    static void corporaAndCleanBuilds() throws IOException {
        small = TestFiles.BLANK_SEPARATED;
        large = generate("large.jsonl", 400, PaperGenerator.Format.ARXIV_JSONL, 3);
        extra = generate("extra.json", 20, PaperGenerator.Format.HF_JSON, 4);
        onlySmall = cleanBuild("clean-small", small);
        smallAndLarge = cleanBuild("clean-small-large", small, large);
        all = cleanBuild("clean-all", small, large, extra);
    }

    private static Path generate(String name, int papers, PaperGenerator.Format format, long seed) throws IOException {
        Path f = tmp.resolve(name);
        try (OutputStream out = Files.newOutputStream(f)) {
            new PaperGenerator(seed).write(papers, format, out);
        }
        return f;
    }

    private static DatasetGraph cleanBuild(String name, Path... inputs) {
        Path store = tmp.resolve(name);
        build(store, inputs).expect(0);
        return contents(store);
    }

    private static CliRun build(Path store, Path... inputs) {
        List<String> args = new ArrayList<>(List.of("build", "--store", store.toString()));
        for (Path p : inputs) args.add(p.toString());
        return CliRun.of(args.toArray(String[]::new));
    }

    /** A store holding the small file's build: the last committed state before each crash. */
    private static Path storeWithSmall(String name) {
        Path store = tmp.resolve(name);
        build(store, small).expect(0);
        return store;
    }

    /** A child JVM running the command line; its output lines are collected as they come. */
    private static final class Child implements AutoCloseable {
        final Process process;
        final List<String> lines = Collections.synchronizedList(new ArrayList<>());
        final Path resume;

        Child(String pauseAt, String... args) throws IOException {
            resume = Files.createTempFile(tmp, "resume-", "");
            Files.delete(resume);
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m", "-Dpaperkg.test.pauseAt=" + pauseAt, "-Dpaperkg.test.resume=" + resume,
                    "-cp", System.getProperty("java.class.path"), "org.paperkg.cli.Main"));
            cmd.addAll(List.of(args));
            process = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            Thread reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = r.readLine()) != null; ) lines.add(line);
                } catch (IOException ignored) {
                    // The process was killed.
                }
            });
            reader.setDaemon(true);
            reader.start();
        }

        void awaitLine(String text) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (System.nanoTime() < deadline) {
                synchronized (lines) {
                    if (lines.stream().anyMatch(l -> l.contains(text))) return;
                }
                if (!process.isAlive()) break;
                Thread.sleep(20);
            }
            fail("no line containing '" + text + "'; output so far: " + lines);
        }

        void kill() throws InterruptedException {
            process.destroyForcibly(); // SIGKILL on Linux
            assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        }

        void sigint() throws IOException, InterruptedException {
            assertEquals(0, new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor());
        }

        void resume() throws IOException {
            Files.createFile(resume);
        }

        @Override
        public void close() {
            process.destroyForcibly();
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** stats and a named query answer, and the server serves a query, on the store as the crash left it. */
    private static void storeAnswers(Path store, long papers) throws Exception {
        String stats = CliRun.of("stats", "--store", store.toString(), "--format", "json").expect(0).out();
        assertTrue(stats.startsWith("{\"papers\":" + papers + ","), stats);
        CliRun.of("query", "--store", store.toString(), "class-counts").expect(0);
        try (KgStore kg = KgStore.openExisting(store); KgServer server = KgServer.start(kg, 0)) {
            String q = "SELECT (COUNT(*) AS ?n) WHERE { ?p a <https://w3id.org/paperkg/ontology#Paper> }";
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()
                    + "?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            assertEquals("n\r\n" + papers + "\r\n", r.body());
        }
    }

    @Test
    void aBulkBuildKilledAtAnyStageLeavesTheLastCommittedStoreAndBuildingAgainGivesTheCleanStore() throws Exception {
        String[][] cases = {{"mapped:150", "before"}, {"loaded", "before"}, {"switched", "after"}};
        for (String[] c : cases) {
            Path store = storeWithSmall("killed-bulk-" + c[0].replace(':', '-'));
            try (Child child = new Child(c[0], "build", "--load", "bulk", "--store", store.toString(), small.toString(), large.toString())) {
                child.awaitLine("paperkg-test: paused at " + c[0]);
                child.kill();
            }
            boolean switched = c[1].equals("after");
            assertSameQuads(switched ? smallAndLarge : onlySmall, contents(store));
            storeAnswers(store, switched ? 460 : 60);
            build(store, small, large).expect(0);
            assertSameQuads(smallAndLarge, contents(store));
            assertEquals(3, names(store).size(), c[0] + ": only CURRENT, one generation and the lock remain: " + names(store));
        }
    }

    @Test
    void anIncrementalBuildKilledBeforeItsCommitLeavesTheStoreAsItWas() throws Exception {
        for (String point : List.of("mapped:10", "written")) {
            Path store = tmp.resolve("killed-incremental-" + point.replace(':', '-'));
            build(store, small, large).expect(0);
            try (Child child = new Child(point, "build", "--load", "incremental", "--store", store.toString(), extra.toString())) {
                child.awaitLine("paperkg-test: paused at " + point);
                child.kill();
            }
            assertSameQuads(smallAndLarge, contents(store));
            storeAnswers(store, 460);
            build(store, extra).expect(0);
            assertSameQuads(all, contents(store));
        }
    }

    @Test
    void ctrlCStopsAtATransactionBoundaryAndSaysWhatWasCommitted() throws Exception {
        for (String load : List.of("bulk", "incremental")) {
            Path store = storeWithSmall("interrupted-" + load);
            try (Child child = new Child("mapped:100", "build", "--load", load, "--store", store.toString(), large.toString())) {
                child.awaitLine("paperkg-test: paused at mapped:100");
                child.sigint();
                child.awaitLine("paperkg: interrupt: stopping at the next transaction boundary");
                child.resume();
                assertTrue(child.process.waitFor(60, TimeUnit.SECONDS));
                assertEquals(130, child.process.exitValue(), String.join("\n", child.lines));
                String last = child.lines.get(child.lines.size() - 1);
                assertEquals("paperkg: error: build interrupted: nothing of it was committed; the store " + store
                        + " is as it was (60 papers, " + String.format("%,d", onlySmall.stream().count())
                        + " triples); run the build again to finish it", last);
            }
            assertSameQuads(onlySmall, contents(store));
        }
    }

    @Test
    void aSecondProcessOnAHeldStoreGetsOneLineNamingTheStoreAndTheOtherUse() throws Exception {
        Path store = storeWithSmall("held");
        try (Child server = new Child("none", "serve", "--port", "0", "--store", store.toString())) {
            server.awaitLine("Serving " + store);
            CliRun run = build(store, extra);
            assertEquals(1, run.exitCode());
            assertTrue(run.err().startsWith("paperkg: error: the store " + store + " is in use by another process (pid "
                    + server.process.pid() + ": paperkg serve --port 0 --store " + store + ", since "), run.err());
            assertEquals(1, run.err().strip().lines().count(), run.err());
            assertFalse(run.err().contains("Exception"), run.err());
        }
        try (Child builder = new Child("mapped:5", "build", "--store", store.toString(), large.toString())) {
            builder.awaitLine("paperkg-test: paused at mapped:5");
            CliRun run = build(store, extra);
            assertEquals(1, run.exitCode());
            assertTrue(run.err().contains("(pid " + builder.process.pid() + ": paperkg build --store " + store), run.err());
            builder.kill();
        }
        assertSameQuads(onlySmall, contents(store));
    }
}
