package org.paperkg.store;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.loader.main.LoaderPlans;

import java.util.Locale;

/**
 * The kinds of Jena's TDB2 bulk loader ({@code org.apache.jena.tdb2.loader}), as
 * {@code tdb2.tdbloader --loader=KIND} names them. Unless told otherwise paperkg picks the kind by
 * the size of the store a load will leave ({@link #forStore}; README, "Large corpora").
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

    /**
     * Bytes of store per byte of input, the highest measured on generated listings (36 at 100k
     * papers; 33 since the decisions graph grows linearly); JSON sources carry more bytes per paper,
     * so for them this overestimates, which only picks the sequential loader sooner.
     */
    public static final int STORE_BYTES_PER_INPUT_BYTE = 36;
    /** The parallel loader is picked while the store it will leave takes at most this share of the machine's memory. */
    static final double PARALLEL_MAX_SHARE_OF_MEMORY = 0.5;

    /**
     * The kind for a load that leaves a store of about {@code storeBytes} on a machine with
     * {@code memoryBytes} of memory. The parallel loader writes all nine indexes at once, so all of
     * them must stay in the page cache: once they outgrow it, every insert waits on a disk read (a
     * million-paper build with a 40 GB store on a 24 GB machine went from 0.9 ms a paper to more
     * than 3). The sequential loader fills the primary index, then builds the others one at a
     * time, each a fraction of the store: about 1.5 times slower while everything fits, but it
     * keeps its pace when the store is larger than the memory.
     */
    public static LoaderKind forStore(long storeBytes, long memoryBytes) {
        return storeBytes <= memoryBytes * PARALLEL_MAX_SHARE_OF_MEMORY ? PARALLEL : SEQUENTIAL;
    }

    /** The machine's memory (or the container's limit), for {@link #forStore}. */
    public static long physicalMemory() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) return sun.getTotalMemorySize();
        return Runtime.getRuntime().maxMemory() * 4; // no better guess without the JDK's extension
    }

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
