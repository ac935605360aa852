package org.paperkg.resolve;

import org.paperkg.model.Hash64;

import java.util.Arrays;

/**
 * A multimap from string keys to int values (entity numbers) that keeps no key strings: each key
 * is a 64-bit hash plus a 32-bit check, each entry three ints in growable arrays, about 30 bytes,
 * off the heap once large ({@link IntArray}).
 * Values come back in the order they were added. Two different keys would have to agree on all 96
 * bits to be confused.
 */
final class HashIndex {
    private final LongIntMap heads = new LongIntMap(1024);
    private IntArray next = new IntArray(1024);
    private IntArray values = new IntArray(1024);
    private IntArray checks = new IntArray(1024);
    private int size;
    /** While marked: the size at the mark, and what to undo (key hashes and their old heads; removed entries). */
    private boolean marked;
    private int markSize;
    private long[] undoHashes = new long[16];
    private int[] undoHeads = new int[16];
    private int undoCount;
    private int[] removedEntries = new int[16];
    private int[] removedValues = new int[16];
    private int removedCount;

    /** Starts recording changes, so that {@link #rollback} can undo them. */
    void mark() {
        marked = true;
        markSize = size;
        undoCount = 0;
        removedCount = 0;
    }

    /** Keeps the changes since {@link #mark}. */
    void commit() {
        marked = false;
    }

    /** Undoes every add and remove since {@link #mark}. */
    void rollback() {
        if (!marked) return;
        for (int i = removedCount - 1; i >= 0; i--) values.set(removedEntries[i], removedValues[i]);
        for (int i = undoCount - 1; i >= 0; i--) heads.put(undoHashes[i], undoHeads[i]);
        size = markSize;
        marked = false;
    }

    /** Adds {@code value} under {@code key} unless it is there already. */
    void add(String key, int value) {
        long h = Hash64.of(key);
        int check = check(key);
        int head = heads.get(h);
        for (int e = head; e >= 0; e = next.get(e)) if (values.get(e) == value && checks.get(e) == check) return;
        if (marked) {
            if (undoCount == undoHashes.length) {
                undoHashes = Arrays.copyOf(undoHashes, undoCount * 2);
                undoHeads = Arrays.copyOf(undoHeads, undoCount * 2);
            }
            undoHashes[undoCount] = h;
            undoHeads[undoCount++] = head;
        }
        if (size == next.length()) {
            int n = size * 2;
            next = next.resized(n);
            values = values.resized(n);
            checks = checks.resized(n);
        }
        next.set(size, head);
        values.set(size, value);
        checks.set(size, check);
        heads.put(h, size);
        size++;
    }

    /** Removes {@code value} from under {@code key}. */
    void remove(String key, int value) {
        int check = check(key);
        for (int e = heads.get(Hash64.of(key)); e >= 0; e = next.get(e))
            if (values.get(e) == value && checks.get(e) == check) {
                if (marked) {
                    if (removedCount == removedEntries.length) {
                        removedEntries = Arrays.copyOf(removedEntries, removedCount * 2);
                        removedValues = Arrays.copyOf(removedValues, removedCount * 2);
                    }
                    removedEntries[removedCount] = e;
                    removedValues[removedCount++] = values.get(e);
                }
                values.set(e, -1);
            }
    }

    /** Every value under {@code key}, oldest first. */
    int[] get(String key) {
        int check = check(key);
        int n = 0;
        int head = heads.get(Hash64.of(key));
        for (int e = head; e >= 0; e = next.get(e)) if (checks.get(e) == check && values.get(e) >= 0) n++;
        if (n == 0) return EMPTY;
        int[] out = new int[n];
        for (int e = head; e >= 0; e = next.get(e)) if (checks.get(e) == check && values.get(e) >= 0) out[--n] = values.get(e);
        return out;
    }

    private static final int[] EMPTY = new int[0];

    private static int check(String key) {
        return key.hashCode() * 31 + key.length();
    }
}
