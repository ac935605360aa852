package org.paperkg.model;

/**
 * The 64-bit string hash behind paperkg's compact key tables (the titles a build has written, the
 * resolver's name and paper indexes): FNV-1a over the UTF-16 units, then SplitMix64's finaliser to
 * spread the bits. Two different strings share a hash with probability about n²/2⁶⁵ among n keys
 * (3·10⁻⁸ for a million), which is why those tables may keep hashes instead of the strings.
 */
public final class Hash64 {
    private Hash64() {
    }

    public static long of(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** SplitMix64's finaliser: spreads any 64-bit key (to pick a table slot, say). */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
