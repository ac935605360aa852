package org.paperkg.resolve;

import org.paperkg.model.Hash64;

/**
 * A map from 64-bit key hashes to int values, open addressing with linear probing: 12 bytes a
 * slot, no object per entry, and large tables off the heap ({@link LongArray}). The paper registry
 * keeps one entry per title, arXiv id and DOI, so a million papers cost tens of megabytes.
 */
final class LongIntMap {
    private static final long EMPTY = 0L;
    private LongArray keys;
    private IntArray values;
    private int size;
    private int mask;

    LongIntMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new LongArray(cap);
        values = new IntArray(cap);
        mask = cap - 1;
    }

    /** The value for a key, or -1. */
    int get(long key) {
        long k = key == EMPTY ? 1 : key;
        for (int i = slot(k); ; i = (i + 1) & mask) {
            long at = keys.get(i);
            if (at == k) return values.get(i);
            if (at == EMPTY) return -1;
        }
    }

    /**
     * Sets the value unless the key has one; returns the value now in the map. A value of -1 counts
     * as none: that is how a key is taken out again ({@code put(key, -1)}, as a rollback does).
     */
    int putIfAbsent(long key, int value) {
        long k = key == EMPTY ? 1 : key;
        for (int i = slot(k); ; i = (i + 1) & mask) {
            long at = keys.get(i);
            if (at == k) {
                if (values.get(i) < 0) values.set(i, value);
                return values.get(i);
            }
            if (at == EMPTY) {
                keys.set(i, k);
                values.set(i, value);
                if (++size * 4L > keys.length() * 3L) grow();
                return value;
            }
        }
    }

    /** Sets the value of a key, replacing any. */
    void put(long key, int value) {
        long k = key == EMPTY ? 1 : key;
        for (int i = slot(k); ; i = (i + 1) & mask) {
            long at = keys.get(i);
            if (at == k) {
                values.set(i, value);
                return;
            }
            if (at == EMPTY) {
                keys.set(i, k);
                values.set(i, value);
                if (++size * 4L > keys.length() * 3L) grow();
                return;
            }
        }
    }

    private int slot(long k) {
        return (int) (Hash64.mix(k) & mask);
    }

    private void grow() {
        LongArray oldKeys = keys;
        IntArray oldValues = values;
        keys = new LongArray(oldKeys.length() * 2);
        values = new IntArray(oldKeys.length() * 2);
        mask = keys.length() - 1;
        size = 0;
        for (int i = 0; i < oldKeys.length(); i++) if (oldKeys.get(i) != EMPTY) putIfAbsent(oldKeys.get(i), oldValues.get(i));
    }

    int size() {
        return size;
    }

    @Override
    public String toString() {
        return "LongIntMap[" + size + "/" + keys.length() + "]";
    }
}
