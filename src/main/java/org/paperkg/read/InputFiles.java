package org.paperkg.read;

import org.paperkg.InputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Turns the paths a user names into the source files to read, each with the reader for its format.
 * Directories are read one level deep, files sorted by name, hidden files skipped. The format is
 * decided from the content, not the file name (see {@link #detect}); gzip is undone first.
 */
public final class InputFiles {
    /**
     * A file to read, the reader that understands it, and when its contents were observed: the
     * counts it shows (upvotes, stars) are dated by this instant. By default that is the file's
     * last-modified time, which for a downloaded snapshot is when it was taken; {@link #observedAt(Instant)}
     * sets it when the user knows better (a copied file gets a new modification time).
     */
    public record Source(Path file, PaperReader reader, Instant observedAt) {
        public Source {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(reader, "reader");
        }

        /** A source observed when the file was last modified (null when the file system cannot say). */
        public Source(Path file, PaperReader reader) {
            this(file, reader, lastModified(file));
        }

        public String fileName() {
            return file.getFileName().toString();
        }

        /** The same source observed at {@code when}. */
        public Source observedAt(Instant when) {
            return new Source(file, reader, when);
        }

        private static Instant lastModified(Path file) {
            try {
                return Files.getLastModifiedTime(file).toInstant().truncatedTo(ChronoUnit.SECONDS);
            } catch (IOException e) {
                return null;
            }
        }
    }

    private static final String EXPECTED = "a Daily Papers listing, Hugging Face papers JSON or arXiv metadata JSON Lines";

    private InputFiles() {
    }

    /** Resolves every input before anything is read, so a typo fails before the store is touched. */
    public static List<Source> resolve(List<Path> inputs) {
        List<Source> sources = new ArrayList<>();
        for (Path input : inputs) {
            if (!Files.exists(input)) throw new InputException(input, 0, "no such file or directory; check the path");
            if (Files.isDirectory(input)) {
                List<Path> files = listReadable(input);
                if (files.isEmpty())
                    throw new InputException(input, 0, "directory has no files to read; expected listing, Hugging Face JSON or arXiv JSON Lines files");
                for (Path f : files) sources.add(new Source(f, detect(f)));
            } else {
                sources.add(new Source(input, detect(input)));
            }
        }
        List<String> names = new ArrayList<>();
        for (Source s : sources) {
            if (names.contains(s.fileName()))
                throw new InputException(s.file(), 0, "another input has the same file name; each file name names "
                        + "one graph in the store, so rename one of them");
            names.add(s.fileName());
        }
        return sources;
    }

    private static List<Path> listReadable(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new InputException(dir, 0, "cannot list directory: " + e.getMessage());
        }
    }

    /**
     * Picks the reader from the first bytes, never from the file name: '[' is a Hugging Face papers
     * JSON array, '{' JSON objects (arXiv metadata or Hugging Face papers, by their keys), anything
     * else a text listing. Empty, blank and binary files are refused clearly.
     */
    public static PaperReader detect(Path file) {
        if (!Files.isReadable(file)) throw new InputException(file, 0, "file is not readable; check its permissions");
        byte[] head = TextInput.head(file);
        if (head.length == 0) throw new InputException(file, 0, "file is empty; expected " + EXPECTED);
        int nul = TextInput.firstNul(head);
        if (nul >= 0)
            throw new InputException(file, 0, "binary file (NUL byte at offset " + nul + "); expected " + EXPECTED);
        char first = firstNonSpace(head);
        if (first == 0) throw new InputException(file, 0, "file holds only white space; expected " + EXPECTED);
        if (first == '{' || first == '[') return JsonFormat.detect(file, head, first);
        return new ListingReader();
    }

    private static char firstNonSpace(byte[] head) {
        int i = 0;
        if (head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) i = 3;
        for (; i < head.length; i++) {
            char c = (char) (head[i] & 0xff);
            if (!Character.isWhitespace(c)) return c;
        }
        return 0;
    }
}
