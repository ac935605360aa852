package org.paperkg.resolve;

import org.paperkg.model.Hash64;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Acronym/long-form pairs known to the resolver: learned from every abstract of the build
 * ("Proximal Policy Optimization (PPO)"), from acronym definitions in mentions and from gazetteer
 * entries whose names include an acronym and its expansion. Looked up by {@link NameKey#key}, so
 * "EBTs" and "EBT" share one entry. An acronym with two or more expansions ("CL": contrastive
 * learning, continual learning) is ambiguous, and the resolver never links it by this knowledge
 * alone. Each pair costs its two strings and two {@link HashIndex} entries; keys are computed
 * when looked up, not stored.
 */
final class AcronymKnowledge {
    /** One pair, as first written, and where it was learned. */
    record Pair(String shortForm, String longForm, String source) {
    }

    private final HashIndex byShort = new HashIndex();
    private final HashIndex byLong = new HashIndex();
    private String[] shortForms = new String[256];
    private String[] longForms = new String[256];
    private byte[] sources = new byte[256];
    private long[] longHashes = new long[256];
    /** Expansions listed per acronym at most: beyond a few, an acronym is ambiguous whatever the rest say. */
    static final int MAX_LISTED = 8;
    private int size;
    /** Pairs below this index have been written out (or came from the store). */
    private int written;
    private static final String[] SOURCES = {"store", "abstract", "mention", "gazetteer"};
    private int markSize = -1, markWritten;

    /** Starts recording: {@link #rollback} forgets what is learned after this. */
    void mark() {
        markSize = size;
        markWritten = written;
        byShort.mark();
        byLong.mark();
    }

    void commit() {
        markSize = -1;
        byShort.commit();
        byLong.commit();
    }

    /** Forgets the pairs learned since {@link #mark}. */
    void rollback() {
        if (markSize < 0) return;
        for (int i = markSize; i < size; i++) {
            shortForms[i] = null;
            longForms[i] = null;
        }
        size = markSize;
        written = markWritten;
        byShort.rollback();
        byLong.rollback();
        markSize = -1;
    }

    /**
     * Records that {@code shortForm} stands for {@code longForm}; returns true when the pair is new.
     * {@code source} says where it was learned (abstract, mention, gazetteer, store) for the record.
     */
    boolean learn(String shortForm, String longForm, String source) {
        String sk = NameKey.key(shortForm), lk = NameKey.key(longForm);
        if (sk.isEmpty() || lk.isEmpty() || sk.equals(lk)) return false;
        long lh = Hash64.of(lk);
        for (int i : byShort.get(sk)) if (longHashes[i] == lh) return false;
        if (size == shortForms.length) {
            shortForms = Arrays.copyOf(shortForms, size * 2);
            longForms = Arrays.copyOf(longForms, size * 2);
            sources = Arrays.copyOf(sources, size * 2);
            longHashes = Arrays.copyOf(longHashes, size * 2);
        }
        longHashes[size] = lh;
        shortForms[size] = NameKey.clean(shortForm);
        longForms[size] = NameKey.clean(longForm);
        sources[size] = (byte) Math.max(0, Arrays.asList(SOURCES).indexOf(source));
        byShort.add(sk, size);
        byLong.add(lk, size);
        size++;
        if ("store".equals(source)) written = size;
        return true;
    }

    /**
     * Long-form key → long form, for an acronym key, in the order learned; empty when unknown. At
     * most {@link #MAX_LISTED} are listed: an acronym with more is ambiguous anyway.
     */
    Map<String, String> expansionsOf(String shortKey) {
        int[] ids = byShort.get(shortKey);
        if (ids.length == 0) return Map.of();
        Map<String, String> out = new LinkedHashMap<>();
        for (int k = 0; k < ids.length && k < MAX_LISTED; k++) out.putIfAbsent(NameKey.key(longForms[ids[k]]), longForms[ids[k]]);
        return out;
    }

    /** The acronym keys a long-form key expands. */
    Set<String> shortsOf(String longKey) {
        int[] ids = byLong.get(longKey);
        if (ids.length == 0) return Set.of();
        Set<String> out = new LinkedHashSet<>();
        for (int i : ids) out.add(NameKey.key(shortForms[i]));
        return out;
    }

    /** An acronym as first written, for its key. */
    String shortForm(String shortKey) {
        int[] ids = byShort.get(shortKey);
        return ids.length == 0 ? shortKey : shortForms[ids[0]];
    }

    /** Pairs learned since the last call (not read back from the store), in order; marks them written. */
    List<Pair> drainNew() {
        List<Pair> out = new ArrayList<>();
        for (int i = written; i < size; i++) out.add(new Pair(shortForms[i], longForms[i], SOURCES[sources[i]]));
        written = size;
        return out;
    }

    int size() {
        return size;
    }
}
