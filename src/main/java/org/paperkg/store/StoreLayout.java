package org.paperkg.store;

import org.paperkg.StoreException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The files of a store directory ({@code --store DIR}):
 * <pre>
 * DIR/CURRENT         names the generation in use ("gen-0003"); replaced only by an atomic rename
 * DIR/gen-0003/       a complete TDB2 database (what CURRENT names)
 * DIR/gen-0004/       a bulk load in progress, or the leftover of one that was killed
 * DIR/paperkg.lock    who holds the store (see {@link StoreLock})
 * </pre>
 * A bulk build loads a new generation beside the current one and switches {@code CURRENT} only
 * after the load has finished and its files are on disk: a crash at any moment leaves
 * {@code CURRENT} naming a complete database, old or new. Generations that {@code CURRENT} does not
 * name are garbage, removed by the next writer.
 *
 * <p>Stores made before this layout hold TDB2's own files ({@code Data-0001/}) directly in
 * {@code DIR}: that is the <em>legacy</em> layout, still opened for reading and converted by the next build.
 */
final class StoreLayout {
    static final String POINTER = "CURRENT";
    private static final Pattern GENERATION = Pattern.compile("gen-(\\d{4,})");

    private final Path dir;

    StoreLayout(Path dir) {
        this.dir = dir;
    }

    /** The generation directory CURRENT names, or null when there is none. */
    Path current() {
        Path pointer = dir.resolve(POINTER);
        if (!Files.isRegularFile(pointer)) return null;
        try {
            String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
            if (!GENERATION.matcher(name).matches())
                throw new StoreException("the store " + dir + " is damaged: " + pointer + " names '" + name
                        + "', not a generation directory; delete the directory and build again");
            Path gen = dir.resolve(name);
            if (!Files.isDirectory(gen))
                throw new StoreException("the store " + dir + " is damaged: " + pointer + " names " + name
                        + ", which does not exist; delete the directory and build again");
            return gen;
        } catch (IOException e) {
            throw new StoreException("cannot read " + pointer + ": " + e.getMessage());
        }
    }

    /** True for a store made by paperkg before generations: TDB2's files directly in DIR. */
    boolean isLegacy() {
        return !Files.exists(dir.resolve(POINTER)) && hasTdbFiles(dir);
    }

    /** The TDB2 database directory to open: the current generation, DIR itself for a legacy store, or null. */
    Path database() {
        Path gen = current();
        if (gen != null) return gen;
        return isLegacy() ? dir : null;
    }

    static boolean hasTdbFiles(Path d) {
        if (!Files.isDirectory(d)) return false;
        try (Stream<Path> files = Files.list(d)) {
            return files.anyMatch(p -> p.getFileName().toString().startsWith("Data-")
                    || p.getFileName().toString().equals("nodes.dat"));
        } catch (IOException e) {
            return false;
        }
    }

    /** True when DIR is a store of either layout. */
    boolean exists() {
        return Files.isRegularFile(dir.resolve(POINTER)) || isLegacy();
    }

    /** Creates the next generation directory, numbered above every one present. */
    Path newGeneration() {
        int max = 0;
        for (Path p : list()) {
            Matcher m = GENERATION.matcher(p.getFileName().toString());
            if (m.matches()) max = Math.max(max, Integer.parseInt(m.group(1)));
        }
        Path gen = dir.resolve(String.format("gen-%04d", max + 1));
        try {
            Files.createDirectory(gen);
        } catch (IOException e) {
            throw new StoreException("cannot create " + gen + ": " + e.getMessage());
        }
        return gen;
    }

    /**
     * Makes {@code gen} the current generation: forces its files to disk, writes the new pointer
     * beside the old one, forces it, renames it over the old one atomically, and forces the directory.
     */
    void switchTo(Path gen) {
        forceTree(gen);
        Path tmp = dir.resolve(POINTER + ".tmp");
        Path pointer = dir.resolve(POINTER);
        try {
            try (FileChannel c = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                c.write(java.nio.ByteBuffer.wrap((gen.getFileName() + "\n").getBytes(StandardCharsets.UTF_8)));
                c.force(true);
            }
            try {
                Files.move(tmp, pointer, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new StoreException("the file system of " + dir + " cannot rename atomically; use a local directory for --store");
            }
            forceDirectory(dir);
        } catch (IOException e) {
            throw new StoreException("cannot switch the store " + dir + " to " + gen.getFileName() + ": " + e.getMessage());
        }
    }

    /**
     * Deletes what the current generation does not need: other generations (a finished switch's
     * predecessor, a killed load), a stray pointer temp file, and the files of a converted legacy store.
     */
    void removeUnused() {
        Path current = current();
        if (current == null) return;
        for (Path p : list()) {
            String name = p.getFileName().toString();
            boolean oldGeneration = GENERATION.matcher(name).matches() && !p.equals(current);
            boolean legacy = name.startsWith("Data-") || name.equals("tdb.lock") || name.equals("tdb.cfg");
            if (oldGeneration || legacy || name.equals(POINTER + ".tmp")) deleteTree(p);
        }
    }

    private List<Path> list() {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new StoreException("cannot list " + dir + ": " + e.getMessage());
        }
    }

    /** Bytes of the files under {@code p}. */
    static long sizeOf(Path p) {
        if (p == null || !Files.exists(p)) return 0;
        try (Stream<Path> files = Files.walk(p)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }

    static void deleteTree(Path p) {
        if (!Files.exists(p)) return;
        try (Stream<Path> files = Files.walk(p)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(f);
        } catch (IOException | UncheckedIOException e) {
            throw new StoreException("cannot delete " + p + ": " + e.getMessage());
        }
    }

    /** fsync every file under {@code p} and the directories themselves. */
    static void forceTree(Path p) {
        try (Stream<Path> files = Files.walk(p)) {
            for (Path f : files.toList()) {
                if (Files.isRegularFile(f)) {
                    try (FileChannel c = FileChannel.open(f, StandardOpenOption.WRITE)) {
                        c.force(true);
                    }
                } else if (Files.isDirectory(f)) {
                    forceDirectory(f);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new StoreException("cannot flush " + p + " to disk: " + e.getMessage());
        }
    }

    private static void forceDirectory(Path d) {
        // Linux lets a directory be opened for reading and forced; elsewhere this is best effort.
        try (FileChannel c = FileChannel.open(d, StandardOpenOption.READ)) {
            c.force(true);
        } catch (IOException ignored) {
            // Not supported on this platform: the rename is still atomic, only its durability is the OS's.
        }
    }
}
