package org.paperkg.resolve;

import org.paperkg.KgException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Where the registries' large hash tables live: in memory-mapped temporary files, off the Java
 * heap. The entity and paper registries grow with the corpus (hundreds of MB of hashes at a
 * million papers); on the heap they would make a build's memory grow until a fixed {@code -Xmx}
 * runs out. Mapped from a file, the tables take no heap, and the operating system keeps the pages
 * in memory while there is room and writes them back to the file when there is not.
 *
 * <p>Each file is written full of zeros (its disk space taken up front), mapped, and deleted at
 * once: the mapping keeps its space until the buffers are collected, and nothing is left behind
 * if the process dies. Tables below {@link #FROM_ELEMENTS} elements stay ordinary arrays (small
 * builds and tests never touch a file).
 */
final class OffHeap {
    /** Tables of at least this many elements are mapped from a file (8 MB of longs). */
    static final int FROM_ELEMENTS = 1 << 20;
    /** Elements per mapped chunk: a {@link ByteBuffer} is indexed by int, so a table is split into 128 MB (longs) chunks. */
    static final int CHUNK_SHIFT = 24;
    static final int CHUNK_MASK = (1 << CHUNK_SHIFT) - 1;
    /** The directory of the temporary files: {@code -Dpaperkg.offheap.dir}, else the system's temporary directory. */
    private static final String DIR_PROPERTY = "paperkg.offheap.dir";

    private OffHeap() {
    }

    /** Zeroed chunks of {@code elements} elements of {@code width} bytes, mapped from a new temporary file. */
    static ByteBuffer[] map(long elements, int width) {
        int chunks = (int) ((elements + CHUNK_MASK) >>> CHUNK_SHIFT);
        ByteBuffer[] out = new ByteBuffer[chunks];
        Path dir = Path.of(System.getProperty(DIR_PROPERTY, System.getProperty("java.io.tmpdir")));
        Path file = null;
        try {
            file = Files.createTempFile(dir, "paperkg-registry-", ".tmp");
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                allocate(channel, elements * width);
                for (int c = 0; c < chunks; c++) {
                    long first = (long) c << CHUNK_SHIFT;
                    long n = Math.min(1L << CHUNK_SHIFT, elements - first);
                    out[c] = channel.map(FileChannel.MapMode.READ_WRITE, first * width, n * width).order(ByteOrder.nativeOrder());
                }
            }
        } catch (IOException e) {
            throw new KgException(KgException.FAILURE, String.format("cannot keep %,d MB of the build's registry in %s (%s); "
                    + "free disk space there or name another directory with PAPERKG_JAVA_OPTS=-D%s=DIR",
                    (elements * width + (1 << 20) - 1) >> 20, dir, e, DIR_PROPERTY), e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    file.toFile().deleteOnExit(); // a system that cannot delete a mapped file: at exit then
                }
            }
        }
        return out;
    }

    /**
     * Writes the file's zeros out rather than leaving it sparse: the disk space is taken now, so a
     * full disk is an IOException here instead of a crash (SIGBUS) when the system later writes a
     * page of the mapping back to a hole it has no block for.
     */
    private static void allocate(FileChannel channel, long bytes) throws IOException {
        ByteBuffer zeros = ByteBuffer.allocate(1 << 20);
        for (long at = 0; at < bytes; ) {
            zeros.clear().limit((int) Math.min(zeros.capacity(), bytes - at));
            at += channel.write(zeros, at);
        }
    }
}
