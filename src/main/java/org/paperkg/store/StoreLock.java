package org.paperkg.store;

import org.paperkg.StoreException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

/**
 * One process at a time per store: an operating-system lock on {@code DIR/paperkg.lock}, whose
 * text says who holds it (process id, command, since when). The operating system releases the
 * lock when the process ends in any way, SIGKILL included, so a stale file never blocks anyone;
 * its text is only read to name the holder in the message another process gets.
 *
 * <p>Within one JVM the lock is re-entrant (counted): tests and in-process tools may open the same
 * store more than once, which Jena allows within a process.
 */
final class StoreLock implements AutoCloseable {
    static final String FILE = "paperkg.lock";
    private static final Map<Path, Held> HELD = new HashMap<>();
    private static volatile String command = "a paperkg process";

    private record Held(FileChannel channel, FileLock lock, int[] count) {
    }

    private final Path key;
    private boolean closed;

    private StoreLock(Path key) {
        this.key = key;
    }

    /** What this process is doing, written into the lock file for others to read ("paperkg serve --port 3030"). */
    static void describeThisProcess(String what) {
        command = what;
    }

    /** Takes the store's lock or fails with a one-line message naming the holder. */
    static StoreLock acquire(Path storeDir) {
        Path file = storeDir.resolve(FILE).toAbsolutePath().normalize();
        synchronized (HELD) {
            Held held = HELD.get(file);
            if (held != null) {
                held.count()[0]++;
                return new StoreLock(file);
            }
            FileChannel channel = null;
            try {
                channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    String holder = readHolder(channel);
                    channel.close();
                    throw inUse(storeDir, holder);
                }
                channel.truncate(0);
                String text = "pid " + ProcessHandle.current().pid() + ": " + command + ", since "
                        + LocalDateTime.now().withNano(0).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME) + "\n";
                channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), 0);
                channel.force(false);
                HELD.put(file, new Held(channel, lock, new int[]{1}));
                return new StoreLock(file);
            } catch (IOException e) {
                closeQuietly(channel);
                throw new StoreException("cannot lock the store " + storeDir + " (" + file + "): " + e.getMessage()
                        + "; check that the directory is writable");
            }
        }
    }

    static StoreException inUse(Path storeDir, String holder) {
        return new StoreException("the store " + storeDir + " is in use by another process (" + holder
                + "); stop that process and try again (to update a served store see 'Updating a served store' in the README)");
    }

    private static String readHolder(FileChannel channel) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(512);
        channel.read(buf, 0);
        String text = new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8).strip();
        int nl = text.indexOf('\n');
        if (nl >= 0) text = text.substring(0, nl);
        return text.isEmpty() ? "a process that has just started" : text;
    }

    @Override
    public void close() {
        synchronized (HELD) {
            if (closed) return;
            closed = true;
            Held held = HELD.get(key);
            if (held == null || --held.count()[0] > 0) return;
            HELD.remove(key);
            try {
                held.lock().release();
            } catch (IOException ignored) {
                // Closing the channel below releases it too.
            }
            closeQuietly(held.channel());
        }
    }

    private static void closeQuietly(FileChannel c) {
        if (c == null) return;
        try {
            c.close();
        } catch (IOException ignored) {
            // Nothing left to release.
        }
    }
}
