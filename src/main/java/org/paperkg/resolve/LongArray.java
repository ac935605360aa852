package org.paperkg.resolve;

import java.nio.ByteBuffer;
import java.nio.LongBuffer;

/** A fixed-length, zeroed array of longs: an ordinary array when small, else off the heap ({@link OffHeap}). */
final class LongArray {
    private final long[] small;
    private final LongBuffer[] chunks;
    private final int length;

    LongArray(int length) {
        this(length, length >= OffHeap.FROM_ELEMENTS);
    }

    /** {@code offHeap}: mapped from a file whatever the length (tests use this to check both kinds). */
    LongArray(int length, boolean offHeap) {
        this.length = length;
        if (offHeap) {
            ByteBuffer[] bytes = OffHeap.map(length, Long.BYTES);
            chunks = new LongBuffer[bytes.length];
            for (int i = 0; i < bytes.length; i++) chunks[i] = bytes[i].asLongBuffer();
            small = null;
        } else {
            small = new long[length];
            chunks = null;
        }
    }

    int length() {
        return length;
    }

    long get(int i) {
        if (small != null) return small[i];
        return chunks[i >>> OffHeap.CHUNK_SHIFT].get(i & OffHeap.CHUNK_MASK);
    }

    void set(int i, long v) {
        if (small != null) small[i] = v;
        else chunks[i >>> OffHeap.CHUNK_SHIFT].put(i & OffHeap.CHUNK_MASK, v);
    }

    /** A copy of length {@code newLength}: the first elements copied, the rest zero. */
    LongArray resized(int newLength) {
        LongArray out = new LongArray(newLength);
        int n = Math.min(length, newLength);
        for (int i = 0; i < n; i++) out.set(i, get(i));
        return out;
    }
}
