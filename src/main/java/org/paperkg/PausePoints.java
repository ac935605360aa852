package org.paperkg;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Named moments of a build where a test can hold the process, to kill or interrupt it exactly
 * there (the crash-safety tests). Inert unless the JVM runs with {@code -Dpaperkg.test.pauseAt=NAME}:
 * then reaching NAME prints {@code paperkg-test: paused at NAME} on stderr and waits until the
 * file named by {@code -Dpaperkg.test.resume=FILE} exists.
 *
 * <p>Names: {@code mapped:N} (after the N-th paper is mapped), {@code loaded} (bulk load finished,
 * before the switch), {@code switched} (CURRENT replaced, before the old generation is deleted),
 * {@code written} (incremental transaction written, before its commit).
 */
public final class PausePoints {
    private static final String AT = System.getProperty("paperkg.test.pauseAt");

    private PausePoints() {
    }

    /** True when some point is armed: callers with a per-record point can skip building its name otherwise. */
    public static boolean armed() {
        return AT != null;
    }

    public static void reach(String name) {
        if (AT == null || !AT.equals(name)) return;
        System.err.println("paperkg-test: paused at " + name);
        System.err.flush();
        Path resume = Path.of(System.getProperty("paperkg.test.resume", "paperkg-test-resume"));
        while (!Files.exists(resume)) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
