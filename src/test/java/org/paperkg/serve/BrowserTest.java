package org.paperkg.serve;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.ExternalTools;
import org.paperkg.SampleStore;
import org.paperkg.store.KgStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The Fuseki UI and an entity page in a real headless Chromium (Debian's package, installed by
 * .ci/run): the page's JavaScript runs, then the test reads the DOM it built and takes a
 * screenshot (kept in target/screenshots for a person to look at).
 */
class BrowserTest {
    static KgStore store;
    static KgServer server;
    static Path chromium;

    @BeforeAll
    static void start() {
        chromium = ExternalTools.require("chromium", "/usr/bin/chromium", "/usr/bin/chromium-browser");
        store = KgStore.openExisting(SampleStore.path());
        server = KgServer.start(store, 0);
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        if (store != null) store.close();
    }

    /** Runs headless Chromium on a URL with a fresh profile; the flags keep it off the (closed) network. */
    static String chromium(Path profile, String url, String... action) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,900",
                "--virtual-time-budget=10000"));
        cmd.addAll(List.of(action));
        cmd.add(url);
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(p.waitFor(90, java.util.concurrent.TimeUnit.SECONDS), "chromium finished");
        assertEquals(0, p.exitValue(), "chromium exit code");
        return out;
    }

    static Path screenshot(Path profile, String url, String name) throws Exception {
        Path dir = Files.createDirectories(Path.of("target/screenshots"));
        Path png = dir.resolve(name);
        Files.deleteIfExists(png);
        chromium(profile, url, "--screenshot=" + png.toAbsolutePath());
        byte[] bytes = Files.readAllBytes(png);
        assertTrue(bytes.length > 10_000, "a real picture: " + bytes.length + " bytes");
        assertEquals((byte) 0x89, bytes[0]);
        assertEquals('P', bytes[1]);
        return png;
    }

    @Test
    void theFusekiUiListsTheDatasetAndOffersTheQueryEditor(@TempDir Path profile) throws Exception {
        String dom = chromium(profile.resolve("a"), server.baseUrl() + "/#/", "--dump-dom");
        // Built by the UI's JavaScript from /$/server: the dataset row with its actions, and the server status.
        assertTrue(dom.contains("Version 5.6.0"), dom);
        assertTrue(dom.contains("/paperkg"), dom);
        assertTrue(dom.contains("query"), dom);
        screenshot(profile.resolve("b"), server.baseUrl() + "/#/", "fuseki-ui.png");

        String editor = chromium(profile.resolve("c"), server.baseUrl() + "/#/dataset/paperkg/query", "--dump-dom");
        assertTrue(editor.contains("yasqe") || editor.contains("CodeMirror"), "the SPARQL editor is on the page: " + editor);
        assertTrue(editor.contains("/paperkg/sparql") || editor.contains("/paperkg/query"), "pointed at our endpoint: " + editor);
    }

    @Test
    void anEntityPageShowsItsTitleAbstractAndEvidence(@TempDir Path profile) throws Exception {
        String url = server.baseUrl() + "/paperkg/paper/energy-based-transformers-are-scalable-learners-and-thinkers";
        String dom = chromium(profile.resolve("a"), url, "--dump-dom");
        assertTrue(dom.contains("<h1>Energy-Based Transformers are Scalable Learners and Thinkers</h1>"), dom);
        assertTrue(dom.contains("<a href=\"/paperkg/method/ebts\">EBTs</a>"), dom);
        assertTrue(dom.contains("<mark>EBTs</mark>"), "the evidence sentence marks the mention: " + dom);
        screenshot(profile.resolve("b"), url, "entity-page.png");
        screenshot(profile.resolve("c"), server.startUrl(), "start-page.png");
    }
}
