package org.paperkg.resolve;

import org.paperkg.model.Hash64;
import org.paperkg.model.PaperRecord;
import org.paperkg.vocab.Iris;
import org.paperkg.vocab.Names;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Decides which paper node a record describes, and which of its values the node takes: the same
 * paper from two sources (two listing files, a listing and the Hugging Face API, the API and an
 * arXiv snapshot) is one node.
 *
 * <h2>Matching</h2>
 * By arXiv id first, then DOI, then the normalized title key ({@link Names#titleKey}). A title match
 * is refused when both records carry different arXiv ids (two papers with one title): the second
 * gets its own node, named by title and id, and the pair is recorded as kept apart. Papers of
 * earlier builds are found in the store ({@link Lookup}); papers of this build in memory.
 *
 * <h2>One value per paper</h2>
 * The first record of a paper (input order) gives its IRI ({@link Iris#paper} of its title) and its
 * preferred title (dcterms:title); a later record whose title is written differently adds it as
 * dcterms:alternative. The abstract, publication date (dcterms:issued) and author count are taken
 * from the first record that has one. Every source record keeps what its source said (its own
 * dcterms:title and dcterms:issued, see {@code PaperMapper}), so nothing is lost.
 *
 * <h2>Memory</h2>
 * Per paper: hash-map slots for its title key, IRI, arXiv id and DOI (12 bytes each), three
 * 64-bit hashes, a flag byte and the IRI's bytes in a shared arena; no object per paper, about
 * 180 bytes in all (measured). Keys are 64-bit hashes; two different titles sharing one (odds
 * about 1 in 10^7 at a million papers) would merge.
 */
public final class PaperResolver {
    private static final byte ISSUED = 1, AUTHOR_COUNT = 2;

    /** Papers already in the store from earlier builds. */
    public interface Lookup {
        Stored byArxivId(String arxivId);

        Stored byDoi(String doi);

        Stored byIri(String iri);

        Lookup NONE = new Lookup() {
            @Override
            public Stored byArxivId(String arxivId) {
                return null;
            }

            @Override
            public Stored byDoi(String doi) {
                return null;
            }

            @Override
            public Stored byIri(String iri) {
                return null;
            }
        };
    }

    /** What the store says about a paper: its IRI and the values it already has (null when none). */
    public record Stored(String iri, String title, String abstractText, boolean hasIssued, boolean hasAuthorCount, String arxivId) {
    }

    /**
     * The decision for one record.
     *
     * @param iri             the paper node
     * @param preferredTitle  the record's title becomes the paper's dcterms:title
     * @param alternativeTitle the record's title is another spelling: dcterms:alternative
     * @param abstractOnPaper the record's abstract becomes the paper's dcterms:abstract
     * @param otherAbstract   the record's abstract differs from the paper's: it stays on the record
     * @param issuedOnPaper   the record's date becomes the paper's dcterms:issued
     * @param authorCountOnPaper the record's author count becomes the paper's
     * @param decision        the merge or kept-apart decision to record, or null
     */
    public record Resolved(String iri, boolean preferredTitle, boolean alternativeTitle, boolean abstractOnPaper,
                           boolean otherAbstract, boolean issuedOnPaper, boolean authorCountOnPaper, Decision decision) {
    }

    private final Iris iris;
    private final String prefix;
    private Lookup lookup = Lookup.NONE;
    private final LongIntMap byKey = new LongIntMap(1024);
    /** Each paper's IRI after {@code base + "paper/"}, as bytes in 1 MiB chunks (no object per paper). */
    private final java.util.List<byte[]> chunks = new java.util.ArrayList<>();
    private int chunkUsed = CHUNK;
    private int[] tailAt = new int[1024];
    private static final int CHUNK = 1 << 20;
    /** Per paper: hashes of its title, abstract and arXiv id as first seen (0: none yet); off the heap once large. */
    private LongArray titleHash = new LongArray(1024);
    private LongArray abstractHash = new LongArray(1024);
    private LongArray arxivHash = new LongArray(1024);
    private byte[] flags = new byte[1024];
    private int size;
    /** Between {@link #begin} and {@link #commit} or {@link #rollback}: what one record changed. */
    private boolean inRecord;
    private int markSize, markChunks, markChunkUsed;
    private final java.util.List<Long> addedKeys = new java.util.ArrayList<>();
    /** The paper a record changed, and its values before: index, title, abstract, arXiv hashes, flags. */
    private int changedIdx = -1;
    private long oldTitle, oldAbstract, oldArxiv;
    private byte oldFlags;

    public PaperResolver(Iris iris) {
        this.iris = iris;
        this.prefix = iris.base() + "paper/";
    }

    /** Where to find papers of earlier builds; {@link Lookup#NONE} by default. */
    public void lookup(Lookup l) {
        this.lookup = l == null ? Lookup.NONE : l;
    }

    public int size() {
        return size;
    }

    /** Starts one record: {@link #rollback} forgets the papers and values it adds. */
    public void begin() {
        inRecord = true;
        markSize = size;
        markChunks = chunks.size();
        markChunkUsed = chunkUsed;
        addedKeys.clear();
        changedIdx = -1;
    }

    public void commit() {
        inRecord = false;
        addedKeys.clear();
    }

    public void rollback() {
        if (!inRecord) return;
        inRecord = false;
        for (int i = addedKeys.size() - 1; i >= 0; i--) byKey.put(addedKeys.get(i), -1);
        addedKeys.clear();
        if (changedIdx >= 0) {
            titleHash.set(changedIdx, oldTitle);
            abstractHash.set(changedIdx, oldAbstract);
            arxivHash.set(changedIdx, oldArxiv);
            flags[changedIdx] = oldFlags;
        }
        for (int i = markSize; i < size; i++) {
            titleHash.set(i, 0);
            abstractHash.set(i, 0);
            arxivHash.set(i, 0);
            flags[i] = 0;
        }
        size = markSize;
        while (chunks.size() > markChunks) chunks.remove(chunks.size() - 1);
        chunkUsed = markChunkUsed;
    }

    /** {@code byKey.putIfAbsent}, remembered for {@link #rollback}. */
    private void putKey(long h, int idx) {
        if (byKey.get(h) >= 0) return;
        byKey.putIfAbsent(h, idx);
        if (inRecord) addedKeys.add(h);
    }

    public Resolved resolve(PaperRecord p) {
        String title = p.title();
        int idx = -1;
        String rule = null;
        if (p.arxivId() != null) {
            idx = find("a|" + p.arxivId(), () -> lookup.byArxivId(p.arxivId()));
            if (idx >= 0) rule = "arxiv-id";
        }
        if (idx < 0 && p.doi() != null) {
            idx = find("d|" + p.doi().toLowerCase(Locale.ROOT), () -> lookup.byDoi(p.doi()));
            if (idx >= 0) rule = "doi";
        }
        String titleKey = Names.titleKey(title);
        String titleIri = iris.paper(title);
        Decision apart = null;
        if (idx < 0) {
            int t = find("t|" + titleKey, () -> lookup.byIri(titleIri));
            if (t >= 0 && p.arxivId() != null && arxivHash.get(t) != 0 && arxivHash.get(t) != Hash64.of(p.arxivId())) {
                apart = Decision.keptApart(null, iri(t), "", iris.paper(title + " " + p.arxivId()), title,
                        "different-arxiv-ids", null);
            } else if (t >= 0) {
                idx = t;
                rule = "title-key";
            }
        }
        boolean created = idx < 0;
        if (created) {
            String iri = apart == null ? titleIri : iris.paper(title + " " + p.arxivId());
            idx = add(iri);
            putKey(Hash64.of("t|" + titleKey), idx);
        }
        if (inRecord && idx < markSize) {
            changedIdx = idx;
            oldTitle = titleHash.get(idx);
            oldAbstract = abstractHash.get(idx);
            oldArxiv = arxivHash.get(idx);
            oldFlags = flags[idx];
        }
        if (p.arxivId() != null) {
            putKey(Hash64.of("a|" + p.arxivId()), idx);
            if (arxivHash.get(idx) == 0) arxivHash.set(idx, Hash64.of(p.arxivId()));
        }
        if (p.doi() != null) putKey(Hash64.of("d|" + p.doi().toLowerCase(Locale.ROOT)), idx);
        if (!created) putKey(Hash64.of("t|" + titleKey), idx);

        long th = Hash64.of(title);
        boolean preferred = false, alternative = false;
        if (titleHash.get(idx) == 0) {
            titleHash.set(idx, th);
            preferred = true;
        } else if (titleHash.get(idx) != th) {
            alternative = true;
        }
        boolean abstractOnPaper = false, otherAbstract = false;
        if (p.abstractText() != null) {
            long ah = Hash64.of(p.abstractText());
            if (abstractHash.get(idx) == 0) {
                abstractHash.set(idx, ah);
                abstractOnPaper = true;
            } else if (abstractHash.get(idx) != ah) {
                otherAbstract = true;
            }
        }
        boolean issued = false;
        if (p.published() != null && (flags[idx] & ISSUED) == 0) {
            flags[idx] |= ISSUED;
            issued = true;
        }
        boolean authors = false;
        if (p.authorCount() != null && (flags[idx] & AUTHOR_COUNT) == 0) {
            flags[idx] |= AUTHOR_COUNT;
            authors = true;
        }
        Decision d = apart;
        if (!created && (alternative || !"title-key".equals(rule) && !titleIri.equals(iri(idx))))
            d = Decision.merged(null, iri(idx), title, rule.equals("title-key") ? titleKey : identifier(p, rule), rule, null);
        return new Resolved(iri(idx), preferred, alternative, abstractOnPaper, otherAbstract, issued, authors, d);
    }

    private static String identifier(PaperRecord p, String rule) {
        return rule.equals("arxiv-id") ? "arXiv:" + p.arxivId() : "doi:" + p.doi();
    }

    /** The index for a key, from memory or else from the store (then remembered). */
    private int find(String key, java.util.function.Supplier<Stored> fromStore) {
        long h = Hash64.of(key);
        int idx = byKey.get(h);
        if (idx >= 0) return idx;
        Stored s = fromStore.get();
        if (s == null) return -1;
        idx = indexOfIri(s.iri());
        if (idx < 0) {
            idx = add(s.iri());
            // Papers read back from the store are also found by IRI: one store paper may be reached by several keys.
            putKey(Hash64.of("i|" + s.iri()), idx);
            if (s.title() != null) titleHash.set(idx, Hash64.of(s.title()));
            if (s.abstractText() != null) abstractHash.set(idx, Hash64.of(s.abstractText()));
            if (s.hasIssued()) flags[idx] |= ISSUED;
            if (s.hasAuthorCount()) flags[idx] |= AUTHOR_COUNT;
            if (s.arxivId() != null) {
                arxivHash.set(idx, Hash64.of(s.arxivId()));
                putKey(Hash64.of("a|" + s.arxivId()), idx);
            }
        }
        putKey(h, idx);
        return idx;
    }

    private int indexOfIri(String iri) {
        return byKey.get(Hash64.of("i|" + iri));
    }

    private int add(String iri) {
        if (size == titleHash.length()) {
            int n = size * 2;
            tailAt = Arrays.copyOf(tailAt, n);
            titleHash = titleHash.resized(n);
            abstractHash = abstractHash.resized(n);
            arxivHash = arxivHash.resized(n);
            flags = Arrays.copyOf(flags, n);
        }
        int idx = size++;
        String tail = iri.startsWith(prefix) ? iri.substring(prefix.length()) : iri;
        byte[] bytes = tail.getBytes(StandardCharsets.UTF_8);
        int need = bytes.length + 2;
        if (chunkUsed + need > CHUNK) {
            chunks.add(new byte[Math.max(CHUNK, need)]);
            chunkUsed = 0;
        }
        byte[] chunk = chunks.get(chunks.size() - 1);
        chunk[chunkUsed] = (byte) (bytes.length >>> 8);
        chunk[chunkUsed + 1] = (byte) bytes.length;
        System.arraycopy(bytes, 0, chunk, chunkUsed + 2, bytes.length);
        tailAt[idx] = (chunks.size() - 1) << 20 | chunkUsed;
        chunkUsed += need;
        return idx;
    }

    private String iri(int idx) {
        byte[] chunk = chunks.get(tailAt[idx] >>> 20);
        int at = tailAt[idx] & (CHUNK - 1);
        int length = (chunk[at] & 0xFF) << 8 | chunk[at + 1] & 0xFF;
        String tail = new String(chunk, at + 2, length, StandardCharsets.UTF_8);
        return tail.contains("://") ? tail : prefix + tail;
    }
}
