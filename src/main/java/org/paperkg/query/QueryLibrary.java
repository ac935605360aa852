package org.paperkg.query;

import org.paperkg.KgException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The named questions in {@code queries/*.rq}, loaded by name. Each file begins with
 * {@code # Purpose:} and {@code # Returns:} comment lines, shown by {@code paperkg query --list}.
 */
public final class QueryLibrary {
    /** A named query: its name (file name without .rq), purpose line and SPARQL text. */
    public record NamedQuery(String name, String purpose, String sparql) {
    }

    private final Path dir;

    public QueryLibrary(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    /** A named query, or a file path ending in .rq. */
    public NamedQuery load(String nameOrFile) {
        Path file = nameOrFile.endsWith(".rq") && Files.isRegularFile(Path.of(nameOrFile))
                ? Path.of(nameOrFile) : dir.resolve(nameOrFile + ".rq");
        if (!Files.isRegularFile(file))
            throw new KgException(KgException.BAD_INPUT, "no query named '" + nameOrFile + "' in " + dir
                    + "; known queries: " + String.join(", ", names()) + " (or give a .rq file or -e SPARQL)");
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
            return new NamedQuery(name, purposeOf(text), text);
        } catch (IOException e) {
            throw new KgException(KgException.BAD_INPUT, file + ": cannot read query: " + e.getMessage());
        }
    }

    public List<String> names() {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq"))
                    .map(n -> n.substring(0, n.length() - 3)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<NamedQuery> all() {
        List<NamedQuery> out = new ArrayList<>();
        for (String n : names()) out.add(load(n));
        return out;
    }

    static String purposeOf(String text) {
        for (String line : text.split("\n")) {
            String t = line.strip();
            if (t.startsWith("# Purpose:")) return t.substring("# Purpose:".length()).strip();
        }
        return "";
    }
}
