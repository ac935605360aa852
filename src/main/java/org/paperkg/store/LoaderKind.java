package org.paperkg.store;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.loader.main.LoaderPlans;

import java.util.Locale;

/**
 * The kinds of Jena's TDB2 bulk loader ({@code org.apache.jena.tdb2.loader}), as
 * {@code tdb2.tdbloader --loader=KIND} names them. paperkg builds with {@link #DEFAULT}, the
 * fastest kind measured on a two-core machine (README, "Performance").
 */
public enum LoaderKind {
    /** Ordinary transactional writes, one thread. */
    BASIC,
    /** Primary indexes first, then each secondary index in turn; one thread, in one write transaction. */
    SEQUENTIAL,
    /** Primary indexes on several threads, then secondary indexes in phases. */
    PHASED,
    /** Every index on its own thread at once. */
    PARALLEL,
    /** Like phased, with fewer threads. */
    LIGHT;

    /** The kind paperkg uses unless told otherwise (measured best here; see the README). */
    public static final LoaderKind DEFAULT = PARALLEL;

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static LoaderKind of(String name) {
        for (LoaderKind k : values()) if (k.cliName().equalsIgnoreCase(name)) return k;
        throw new IllegalArgumentException(name);
    }

    /** True for the kinds that run in one ordinary TDB2 write transaction, which aborting undoes. */
    boolean transactional() {
        return this == BASIC || this == SEQUENTIAL;
    }

    /** A loader of this kind for {@code dsg}, silent (no progress output). */
    public DataLoader createLoader(DatasetGraph dsg) {
        // Jena's loaders print progress through a MonitorOutput; some of them do not accept null.
        MonitorOutput silent = (format, args) -> { };
        return switch (this) {
            case BASIC -> LoaderFactory.basicLoader(dsg, silent);
            case SEQUENTIAL -> LoaderFactory.sequentialLoader(dsg, silent);
            case PHASED -> LoaderFactory.phasedLoader(dsg, silent);
            case PARALLEL -> LoaderFactory.parallelLoader(dsg, silent);
            case LIGHT -> LoaderFactory.createLoader(LoaderPlans.loaderPlanLight, dsg, silent);
        };
    }
}
