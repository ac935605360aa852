package org.paperkg.store;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoaderKindTest {
    private static final long GB = 1L << 30;

    @Test
    void parallelWhileTheStoreFitsInHalfTheMemoryElseSequential() {
        assertEquals(LoaderKind.PARALLEL, LoaderKind.forStore(0, 24 * GB));
        assertEquals(LoaderKind.PARALLEL, LoaderKind.forStore(12 * GB, 24 * GB), "exactly half");
        assertEquals(LoaderKind.SEQUENTIAL, LoaderKind.forStore(12 * GB + 1, 24 * GB));
        assertEquals(LoaderKind.SEQUENTIAL, LoaderKind.forStore(33 * GB, 24 * GB), "a million listed papers on this machine");
        assertEquals(LoaderKind.PARALLEL, LoaderKind.forStore(33 * GB, 128 * GB), "the same store on a larger machine");
    }

    @Test
    void anExplicitKindWinsAndNoneMeansBySize() {
        assertEquals(LoaderKind.LIGHT, BuildOptions.defaults().withLoader(LoaderKind.LIGHT).loaderFor(Long.MAX_VALUE));
        assertEquals(LoaderKind.SEQUENTIAL, BuildOptions.defaults().loaderFor(Long.MAX_VALUE));
        assertEquals(LoaderKind.PARALLEL, BuildOptions.defaults().loaderFor(1 << 20));
    }

    @Test
    void theMachinesMemoryIsKnown() {
        long memory = LoaderKind.physicalMemory();
        assertTrue(memory >= Runtime.getRuntime().maxMemory() && memory < 1L << 50, Long.toString(memory));
    }
}
