package org.paperkg.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/**
 * An append-only list that keeps its first {@code inMemory} items in memory and writes the rest to
 * a temporary file (one JSON object a line), so that a build with millions of skipped records
 * still lists every one of them in its report, in flat memory. Not thread-safe.
 */
final class Overflow<T> implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Class<T> type;
    private final int inMemory;
    private final List<T> head = new ArrayList<>();
    private Path spillFile;
    private BufferedWriter spill;
    private long size;

    Overflow(Class<T> type, int inMemory) {
        this.type = type;
        this.inMemory = inMemory;
    }

    void add(T item) {
        size++;
        if (head.size() < inMemory) {
            head.add(item);
            return;
        }
        try {
            if (spill == null) {
                spillFile = Files.createTempFile("paperkg-report-", ".jsonl");
                spillFile.toFile().deleteOnExit();
                spill = Files.newBufferedWriter(spillFile, StandardCharsets.UTF_8);
            }
            spill.write(JSON.writeValueAsString(item));
            spill.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the list of skipped records to a temporary file", e);
        }
    }

    long size() {
        return size;
    }

    /** The items kept in memory: the first {@code inMemory} ones. */
    List<T> head() {
        return Collections.unmodifiableList(head);
    }

    /** Every item, in the order added. */
    void forEach(Consumer<? super T> action) {
        head.forEach(action);
        if (spill == null) return;
        try {
            spill.flush();
            try (BufferedReader in = Files.newBufferedReader(spillFile, StandardCharsets.UTF_8)) {
                String line;
                while ((line = in.readLine()) != null) action.accept(JSON.readValue(line, type));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read back the list of skipped records", e);
        }
    }

    @Override
    public void close() {
        if (spill == null) return;
        try {
            spill.close();
            Files.deleteIfExists(spillFile);
        } catch (IOException e) {
            // a temporary file left behind is deleted at exit
        }
        spill = null;
    }
}
