package org.paperkg.store;

import org.paperkg.StoreException;

import java.nio.file.Path;

/** Turns Jena's store exceptions into one-line messages that say what to do. */
final class StoreErrors {
    private StoreErrors() {
    }

    static StoreException translate(Path dir, RuntimeException e) {
        String msg = String.valueOf(e.getMessage());
        if (msg.contains("lock") || msg.contains("Lock"))
            return new StoreException("the store " + dir + " is in use by another process (" + firstLine(msg)
                    + "); stop that process (a running 'paperkg serve' or build) and try again", e);
        return new StoreException("cannot use the store " + dir + ": " + e.getClass().getSimpleName() + ": "
                + firstLine(msg) + "; if the store is damaged, delete the directory and run 'paperkg build' again", e);
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
