package org.paperkg.read;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Paths of the checked-in fixtures and helpers to write small inputs. */
public final class Fixtures {
    public static final Path DIR = Path.of("src/test/resources/fixtures");
    public static final Path HF = DIR.resolve("hf-daily-papers.json");
    public static final Path ARXIV = DIR.resolve("arxiv-snapshot.jsonl");
    public static final Path LISTINGS = Path.of("data/samples");

    private Fixtures() {
    }

    public static Path write(Path dir, String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    public static Path gzip(Path dir, String name, String text) throws IOException {
        Path f = dir.resolve(name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return f;
    }
}
