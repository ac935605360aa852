package org.paperkg.pipeline;

import org.paperkg.model.Hash64;

/**
 * The set of paper IRIs a build has written, as 64-bit hashes in an open-addressing table: 16
 * bytes a paper at most, so telling duplicates apart stays cheap for millions of papers. Two
 * different IRIs share a hash with probability ~n²/2⁶⁵ (about 3·10⁻⁸ for a million papers).
 */
final class PaperKeys {
    private long[] table = new long[1 << 12];
    private int size;
    private boolean hasZero;

    /** Adds the key; true when it was not there yet. */
    boolean add(String key) {
        long h = Hash64.of(key);
        if (h == 0) {
            boolean added = !hasZero;
            hasZero = true;
            return added;
        }
        if (size * 2 >= table.length) grow();
        boolean added = insert(table, h);
        if (added) size++;
        return added;
    }

    private boolean insert(long[] t, long h) {
        int mask = t.length - 1;
        for (int i = (int) h & mask; ; i = (i + 1) & mask) {
            if (t[i] == h) return false;
            if (t[i] == 0) {
                t[i] = h;
                return true;
            }
        }
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        for (long h : old) if (h != 0) insert(table, h);
    }
}
