package org.paperkg.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process, black-box: exit code and the two output streams. */
public record CliRun(int exitCode, String out, String err) {
    public static CliRun of(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        int rc = Cli.newCommandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new CliRun(rc, out.toString(), err.toString());
    }

    /** Fails with both streams when the run did not exit as expected. */
    public CliRun expect(int code) {
        if (exitCode != code)
            throw new AssertionError("exit " + exitCode + " (wanted " + code + ")\n--- out\n" + out + "\n--- err\n" + err);
        return this;
    }
}
