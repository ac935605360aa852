package org.paperkg;

/**
 * An error paperkg reports to the user as one line, with the process exit code it maps to.
 * Subclasses say what went wrong; the message says where, which value and what to do.
 */
public class KgException extends RuntimeException {
    /** Exit code for failures that are not the user's input: a bug, an unusable store. */
    public static final int FAILURE = 1;
    /** Exit code for bad usage or bad input data. */
    public static final int BAD_INPUT = 2;

    private final int exitCode;

    public KgException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public KgException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
