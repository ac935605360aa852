package org.paperkg.resolve;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.KgException;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OffHeapTest {
    /** An index in the second mapped chunk, so that the chunk arithmetic is exercised. */
    private static final int SECOND_CHUNK = (1 << OffHeap.CHUNK_SHIFT) + 3;

    @Test
    void mappedArraysStartZeroedAndKeepWhatIsSetAcrossChunks() {
        LongArray longs = new LongArray(SECOND_CHUNK + 1, true);
        IntArray ints = new IntArray(SECOND_CHUNK + 1, true);
        assertEquals(0, longs.get(SECOND_CHUNK));
        assertEquals(0, ints.get(12345));
        longs.set(0, Long.MIN_VALUE);
        longs.set((1 << OffHeap.CHUNK_SHIFT) - 1, -7L);
        longs.set(SECOND_CHUNK, Long.MAX_VALUE);
        ints.set(SECOND_CHUNK, -42);
        assertEquals(Long.MIN_VALUE, longs.get(0));
        assertEquals(-7L, longs.get((1 << OffHeap.CHUNK_SHIFT) - 1));
        assertEquals(Long.MAX_VALUE, longs.get(SECOND_CHUNK));
        assertEquals(0, longs.get(1 << OffHeap.CHUNK_SHIFT), "the first element of the second chunk is its own");
        assertEquals(-42, ints.get(SECOND_CHUNK));
    }

    @Test
    void aDirectoryThatCannotHoldTheTablesIsAClearError(@TempDir Path dir) {
        Path missing = dir.resolve("no-such-dir");
        String before = System.getProperty("paperkg.offheap.dir");
        System.setProperty("paperkg.offheap.dir", missing.toString());
        try {
            KgException e = assertThrows(KgException.class, () -> new LongArray(1000, true));
            assertTrue(e.getMessage().startsWith("cannot keep 1 MB of the build's registry in " + missing + " (java.nio.file.NoSuchFileException: "), e.getMessage());
            assertTrue(e.getMessage().endsWith("); free disk space there or name another directory with PAPERKG_JAVA_OPTS=-Dpaperkg.offheap.dir=DIR"),
                    e.getMessage());
            assertEquals(KgException.FAILURE, e.exitCode());
        } finally {
            if (before == null) System.clearProperty("paperkg.offheap.dir");
            else System.setProperty("paperkg.offheap.dir", before);
        }
    }

    @Test
    void resizingCopiesTheFirstElementsAndZeroesTheRestOnEitherSideOfTheThreshold() {
        IntArray small = new IntArray(4);
        for (int i = 0; i < 4; i++) small.set(i, i + 1);
        IntArray large = small.resized(OffHeap.FROM_ELEMENTS); // now mapped from a file
        assertEquals(OffHeap.FROM_ELEMENTS, large.length());
        assertArrayEquals(new int[]{1, 2, 3, 4, 0}, new int[]{large.get(0), large.get(1), large.get(2), large.get(3), large.get(4)});
        IntArray back = large.resized(3);
        assertArrayEquals(new int[]{1, 2, 3}, new int[]{back.get(0), back.get(1), back.get(2)});
    }

    @Test
    void aMapOutgrowingTheHeapThresholdKeepsEveryKey() {
        LongIntMap map = new LongIntMap(16);
        int n = OffHeap.FROM_ELEMENTS; // the table doubles past FROM_ELEMENTS slots on the way
        for (int i = 0; i < n; i++) map.put(i * 0x9E3779B97F4A7C15L, i);
        assertEquals(n, map.size());
        for (int i = 0; i < n; i += 997) assertEquals(i, map.get(i * 0x9E3779B97F4A7C15L), "key " + i);
        assertEquals(-1, map.get(-3L));
        assertEquals(0, map.get(0L), "key 0 (stored as 1) is found too");
    }

    @Test
    void anIndexOutgrowingTheHeapThresholdKeepsItsValuesAndRollsBack() {
        HashIndex index = new HashIndex();
        int n = OffHeap.FROM_ELEMENTS + 10;
        for (int i = 0; i < n; i++) index.add("key " + (i % 1000), i);
        assertEquals(n / 1000 + 1, index.get("key 7").length);
        assertEquals(7, index.get("key 7")[0], "oldest first");
        index.mark();
        index.add("key 7", -5 + n + 10);
        index.remove("key 8", 8);
        index.rollback();
        assertEquals(n / 1000 + 1, index.get("key 7").length);
        assertEquals(8, index.get("key 8")[0], "the removal was undone");
    }
}
