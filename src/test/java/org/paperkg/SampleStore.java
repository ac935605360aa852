package org.paperkg;

import org.paperkg.cli.CliRun;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * One TDB2 store built from the samples through the command line, shared by the tests that only
 * read it (built once per test JVM, deleted when the JVM exits). Tests that write build their own.
 */
public final class SampleStore {
    private static Path store;

    private SampleStore() {
    }

    public static synchronized Path path() {
        if (store == null) {
            try {
                Path dir = Files.createTempDirectory("paperkg-samples-");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
                store = dir.resolve("kg");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            CliRun.of("build", "--store", store.toString(), TestFiles.SAMPLES.toString()).expect(0);
        }
        return store;
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // Best effort at JVM exit; the directory is under the system temp dir.
        }
    }
}
