package org.paperkg.store;

import java.util.function.BooleanSupplier;

/**
 * How {@link KgStore#build} writes: the load mode, the bulk loader kind, and a stop flag it asks
 * between batches (Ctrl-C sets it).
 */
public record BuildOptions(LoadMode load, LoaderKind loader, BooleanSupplier stop) {
    public static BuildOptions defaults() {
        return new BuildOptions(LoadMode.AUTO, LoaderKind.DEFAULT, () -> false);
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
