package org.paperkg.store;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.params.StoreParams;

import java.nio.file.Path;

/**
 * How paperkg opens every TDB2 database: with node caches bounded so that a store of any size is
 * built, queried and added to in a fixed heap.
 *
 * <p>TDB2 keeps two caches of RDF terms per database, by default 200,000 terms to their ids and
 * 1,000,000 ids to their terms, and a cached term holds its whole value. Here every paper brings an
 * abstract of about 1.5 KB as a literal, and a bulk load puts every term it writes into both caches:
 * at a million papers the defaults held about 1.2 million terms, some 600 MB of a 1 GB heap, and the
 * build spent its time collecting garbage (docs/bench/main-cue-1m-xmx1g-stopped.txt). Terms that
 * repeat (entities, predicates, classes, graphs) are few and stay hot in a smaller cache; the
 * unique ones (abstracts, titles, evidence) would only be evicted later anyway. The sizes are given
 * on every connect, so they apply to stores made by earlier versions too (TDB2 otherwise reads them
 * from the database's {@code tdb.cfg}).
 */
public final class TdbSettings {
    /** Terms cached by value, for writing and for turning query constants into ids. */
    public static final int TERM_TO_ID_CACHE = 100_000;
    /** Terms cached by id, for turning query results and loaded ids back into terms. */
    public static final int ID_TO_TERM_CACHE = 100_000;

    /** Jena's default parameters with the node caches above. */
    public static final StoreParams PARAMS = StoreParams.builder()
            .node2NodeIdCacheSize(TERM_TO_ID_CACHE)
            .nodeId2NodeCacheSize(ID_TO_TERM_CACHE)
            .build();

    private TdbSettings() {
    }

    /** The TDB2 database at {@code db} (created when absent), with {@link #PARAMS}. */
    public static Dataset connect(Path db) {
        return DatasetFactory.wrap(DatabaseMgr.connectDatasetGraph(Location.create(db), PARAMS));
    }
}
