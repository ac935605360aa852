package org.paperkg.resolve;

import java.nio.ByteBuffer;
import java.nio.IntBuffer;

/** A fixed-length, zeroed array of ints: an ordinary array when small, else off the heap ({@link OffHeap}). */
final class IntArray {
    private final int[] small;
    private final IntBuffer[] chunks;
    private final int length;

    IntArray(int length) {
        this(length, length >= OffHeap.FROM_ELEMENTS);
    }

    /** {@code offHeap}: mapped from a file whatever the length (tests use this to check both kinds). */
    IntArray(int length, boolean offHeap) {
        this.length = length;
        if (offHeap) {
            ByteBuffer[] bytes = OffHeap.map(length, Integer.BYTES);
            chunks = new IntBuffer[bytes.length];
            for (int i = 0; i < bytes.length; i++) chunks[i] = bytes[i].asIntBuffer();
            small = null;
        } else {
            small = new int[length];
            chunks = null;
        }
    }

    int length() {
        return length;
    }

    int get(int i) {
        if (small != null) return small[i];
        return chunks[i >>> OffHeap.CHUNK_SHIFT].get(i & OffHeap.CHUNK_MASK);
    }

    void set(int i, int v) {
        if (small != null) small[i] = v;
        else chunks[i >>> OffHeap.CHUNK_SHIFT].put(i & OffHeap.CHUNK_MASK, v);
    }

    /** A copy of length {@code newLength}: the first elements copied, the rest zero. */
    IntArray resized(int newLength) {
        IntArray out = new IntArray(newLength);
        int n = Math.min(length, newLength);
        for (int i = 0; i < n; i++) out.set(i, get(i));
        return out;
    }
}
