package org.paperkg.cli;

import org.paperkg.KgException;
import org.paperkg.vocab.Iris;

/** Picks the data namespace: the option, else $PAPERKG_BASE, else the default. */
final class IriBase {
    private IriBase() {
    }

    static String choose(String option) {
        String base = option != null ? option : System.getenv("PAPERKG_BASE");
        if (base == null || base.isBlank()) return Iris.DEFAULT_BASE;
        try {
            new Iris(base);
            return base;
        } catch (IllegalArgumentException e) {
            throw new KgException(KgException.BAD_INPUT, e.getMessage());
        }
    }
}
