package org.paperkg.store;

import java.util.Locale;

/** How a build writes the store. */
public enum LoadMode {
    /** {@link #INCREMENTAL} for small additions to a store with data, {@link #BULK} otherwise (see {@link KgStore#chooseMode}). */
    AUTO,
    /** Load everything the new store holds into a fresh generation with the bulk loader, then switch over. */
    BULK,
    /** One ordinary TDB2 write transaction on the current generation. */
    INCREMENTAL;

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
