package org.paperkg.cli;

import org.paperkg.KgException;
import picocli.CommandLine;

import java.io.PrintWriter;

/**
 * Builds the command line with its output streams and error handling, for {@link Main} and tests alike.
 * Exit codes: 0 success, 1 failure, 2 bad usage or bad input. Errors print as one line
 * ({@code paperkg: error: ...}); {@code -v} adds the stack trace.
 */
public final class Cli {
    private Cli() {
    }

    public static CommandLine newCommandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new PaperkgCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(e -> e instanceof KgException k ? k.exitCode() : KgException.FAILURE);
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("paperkg: " + ex.getMessage());
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for usage.");
            c.getErr().flush();
            return KgException.BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, c, parseResult) -> {
            boolean verbose = parseResult.originalArgs().contains("-v") || parseResult.originalArgs().contains("--verbose");
            PrintWriter e = c.getErr();
            if (ex instanceof KgException k) {
                e.println("paperkg: error: " + k.getMessage());
            } else {
                e.println("paperkg: internal error: " + ex + " (a bug; rerun with -v and report the trace)");
            }
            if (verbose) ex.printStackTrace(e);
            e.flush();
            return ex instanceof KgException k ? k.exitCode() : KgException.FAILURE;
        });
        return cl;
    }
}
