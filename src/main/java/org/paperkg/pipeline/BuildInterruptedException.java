package org.paperkg.pipeline;

import org.paperkg.KgException;

/** The user stopped a build (Ctrl-C); thrown on the mapping thread between batches of papers. */
public final class BuildInterruptedException extends KgException {
    /** The exit code of a process ended by SIGINT (128 + 2), as shells expect. */
    public static final int EXIT_CODE = 130;

    public BuildInterruptedException(String message) {
        super(EXIT_CODE, message);
    }
}
