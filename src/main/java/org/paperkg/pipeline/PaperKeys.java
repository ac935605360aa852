package org.paperkg.pipeline;

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
        long h = hash(key);
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

    /** FNV-1a over the UTF-16 units, then the SplitMix64 finaliser to spread the bits. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 30;
        h *= 0xbf58476d1ce4e5b9L;
        h ^= h >>> 27;
        h *= 0x94d049bb133111ebL;
        return h ^ (h >>> 31);
    }
}
