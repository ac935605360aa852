package org.paperkg;

import java.nio.file.Path;

/**
 * Bad input data: prints as {@code file:line: problem; what to do}, like a compiler error.
 * Exit code {@value KgException#BAD_INPUT}.
 */
public class InputException extends KgException {
    private final Path file;
    private final long line;

    /** @param line 1-based line number, or 0 when the problem concerns the whole file */
    public InputException(Path file, long line, String problem) {
        super(BAD_INPUT, format(file, line, problem));
        this.file = file;
        this.line = line;
    }

    public Path file() {
        return file;
    }

    public long line() {
        return line;
    }

    private static String format(Path file, long line, String problem) {
        String where = file == null ? "" : file + (line > 0 ? ":" + line : "") + ": ";
        return where + problem;
    }
}
