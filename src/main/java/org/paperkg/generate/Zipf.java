package org.paperkg.generate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Picks items with a long-tailed (Zipf) frequency: the item at rank k is chosen with weight
 * 1/k^s, so a few names appear in many papers and most in few, as in real corpora. The ranks are
 * a seeded shuffle of the items, so which names are frequent depends on the seed, not on file order.
 */
final class Zipf<T> {
    private final List<T> items;
    private final double[] cumulative;

    Zipf(List<T> items, double exponent, Random shuffle) {
        if (items.isEmpty()) throw new IllegalArgumentException("no items to pick from");
        List<T> ranked = new ArrayList<>(items);
        Collections.shuffle(ranked, shuffle);
        this.items = List.copyOf(ranked);
        this.cumulative = new double[ranked.size()];
        double sum = 0;
        for (int k = 0; k < ranked.size(); k++) {
            sum += 1 / Math.pow(k + 1, exponent);
            cumulative[k] = sum;
        }
    }

    T pick(Random r) {
        double x = r.nextDouble() * cumulative[cumulative.length - 1];
        int lo = 0, hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] < x) lo = mid + 1;
            else hi = mid;
        }
        return items.get(lo);
    }

    /** {@code n} distinct items (fewer when there are not that many). */
    List<T> pickDistinct(Random r, int n) {
        List<T> out = new ArrayList<>(n);
        for (int tries = 0; out.size() < Math.min(n, items.size()) && tries < 20 * n; tries++) {
            T t = pick(r);
            if (!out.contains(t)) out.add(t);
        }
        return out;
    }
}
