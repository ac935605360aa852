package org.paperkg.store;

import java.util.function.BooleanSupplier;

/**
 * How {@link KgStore#build} writes: the load mode, the bulk loader kind (null: chosen by the size
 * of the store the load leaves, {@link LoaderKind#forStore}), and a stop flag it asks between
 * batches (Ctrl-C sets it).
 */
public record BuildOptions(LoadMode load, LoaderKind loader, BooleanSupplier stop) {
    public static BuildOptions defaults() {
        return new BuildOptions(LoadMode.AUTO, null, () -> false);
    }

    /** The loader kind given, else the one for a store of about {@code storeBytes} on this machine. */
    public LoaderKind loaderFor(long storeBytes) {
        return loader != null ? loader : LoaderKind.forStore(storeBytes, LoaderKind.physicalMemory());
    }

    public BuildOptions withLoad(LoadMode m) {
        return new BuildOptions(m, loader, stop);
    }

    public BuildOptions withLoader(LoaderKind k) {
        return new BuildOptions(load, k, stop);
    }

    public BuildOptions withStop(BooleanSupplier s) {
        return new BuildOptions(load, loader, s);
    }
}
