package org.paperkg.resolve;

import org.paperkg.model.Hash64;

/**
 * A map from 64-bit key hashes to int values, open addressing with linear probing: 12 bytes a
 * slot, no object per entry. The paper registry keeps one entry per title, arXiv id and DOI, so a
 * million papers cost tens of megabytes rather than hundreds.
 */
final class LongIntMap {
    private static final long EMPTY = 0L;
    private long[] keys;
    private int[] values;
    private int size;
    private int mask;

    LongIntMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[cap];
        values = new int[cap];
        mask = cap - 1;
    }

    /** The value for a key, or -1. */
    int get(long key) {
        long k = key == EMPTY ? 1 : key;
        for (int i = slot(k); ; i = (i + 1) & mask) {
            if (keys[i] == k) return values[i];
            if (keys[i] == EMPTY) return -1;
        }
    }

    /**
     * Sets the value unless the key has one; returns the value now in the map. A value of -1 counts
     * as none: that is how a key is taken out again ({@code put(key, -1)}, as a rollback does).
     */
    int putIfAbsent(long key, int value) {
        long k = key == EMPTY ? 1 : key;
        for (int i = slot(k); ; i = (i + 1) & mask) {
            if (keys[i] == k) {
                if (values[i] < 0) values[i] = value;
                return values[i];
            }
            if (keys[i] == EMPTY) {
                keys[i] = k;
                values[i] = value;
                if (++size * 4 > keys.length * 3) grow();
                return value;
            }
        }
    }

    /** Sets the value of a key, replacing any. */
    void put(long key, int value) {
        long k = key == EMPTY ? 1 : key;
        for (int i = slot(k); ; i = (i + 1) & mask) {
            if (keys[i] == k) {
                values[i] = value;
                return;
            }
            if (keys[i] == EMPTY) {
                keys[i] = k;
                values[i] = value;
                if (++size * 4 > keys.length * 3) grow();
                return;
            }
        }
    }

    private int slot(long k) {
        return (int) (Hash64.mix(k) & mask);
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        mask = keys.length - 1;
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) if (oldKeys[i] != EMPTY) putIfAbsent(oldKeys[i], oldValues[i]);
    }


    @Override
    public String toString() {
        return "LongIntMap[" + size + "/" + keys.length + "]";
    }
}
