package org.paperkg.cli;

import org.paperkg.store.KgStore;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The process entry point: the only place that calls {@link System#exit}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        var out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        var err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code;
        // Named in the store's lock file, so that another process can say who holds the store.
        KgStore.describeThisProcess("paperkg " + String.join(" ", args));
        try {
            code = Cli.newCommandLine(out, err).execute(args);
        } catch (OutOfMemoryError e) {
            // An Error passes picocli's exception handler; still one line, and what to do.
            err.println("paperkg: error: out of memory (" + Runtime.getRuntime().maxMemory() / (1 << 20)
                    + " MB heap); give more with PAPERKG_JAVA_OPTS=-Xmx4g");
            code = 1;
        }
        out.flush();
        err.flush();
        System.exit(code);
    }
}
