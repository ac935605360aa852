package org.paperkg.resolve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Acronym/long-form pairs known to the resolver: learned from every abstract of the build
 * ("Proximal Policy Optimization (PPO)"), from acronym definitions in mentions and from gazetteer
 * entries whose names include an acronym and its expansion. Keyed by {@link NameKey#key}, so "EBTs"
 * and "EBT" share one entry. An acronym with two or more expansions ("CL": contrastive learning,
 * continual learning) is ambiguous and the resolver never links it by this knowledge alone.
 * Memory grows with the number of distinct pairs, not of papers.
 */
final class AcronymKnowledge {
    /** One pair, as first written. */
    record Pair(String shortForm, String longForm, String source) {
    }

    private final Map<String, LinkedHashMap<String, String>> expansions = new HashMap<>();
    private final Map<String, Set<String>> shortsOfLong = new HashMap<>();
    private final Map<String, String> shortForms = new HashMap<>();
    private final List<Pair> added = new ArrayList<>();

    /**
     * Records that {@code shortForm} stands for {@code longForm}; returns true when the pair is new.
     * {@code source} says where it was learned (abstract, mention, gazetteer, store) for the record.
     */
    boolean learn(String shortForm, String longForm, String source) {
        String sk = NameKey.key(shortForm), lk = NameKey.key(longForm);
        if (sk.isEmpty() || lk.isEmpty() || sk.equals(lk)) return false;
        LinkedHashMap<String, String> longs = expansions.computeIfAbsent(sk, k -> new LinkedHashMap<>(2));
        if (longs.containsKey(lk)) return false;
        longs.put(lk, NameKey.clean(longForm));
        shortForms.putIfAbsent(sk, NameKey.clean(shortForm));
        shortsOfLong.computeIfAbsent(lk, k -> new LinkedHashSet<>(2)).add(sk);
        if (!"store".equals(source)) added.add(new Pair(NameKey.clean(shortForm), NameKey.clean(longForm), source));
        return true;
    }

    /** Long-form key → long form, for an acronym key; empty when unknown. In the order learned. */
    Map<String, String> expansionsOf(String shortKey) {
        Map<String, String> m = expansions.get(shortKey);
        return m == null ? Map.of() : Collections.unmodifiableMap(m);
    }

    /** An acronym as first written, for its key. */
    String shortForm(String shortKey) {
        return shortForms.getOrDefault(shortKey, shortKey);
    }

    /** The acronym keys a long-form key expands. */
    Set<String> shortsOf(String longKey) {
        Set<String> s = shortsOfLong.get(longKey);
        return s == null ? Set.of() : Collections.unmodifiableSet(s);
    }

    /** Pairs learned in this run (not read back from the store), in order. */
    List<Pair> added() {
        return Collections.unmodifiableList(added);
    }

    void clearAdded() {
        added.clear();
    }

    int size() {
        int n = 0;
        for (Map<String, String> m : expansions.values()) n += m.size();
        return n;
    }
}
