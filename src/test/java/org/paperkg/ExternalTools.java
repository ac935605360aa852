package org.paperkg;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Programs from Debian packages that some tests run as independent implementations (rapper,
 * Python rdflib, Chromium). On CI ({@code CI} set, as .ci/run runs) a missing one fails the test;
 * on a developer's machine it skips it with the package to install.
 */
public final class ExternalTools {
    private ExternalTools() {
    }

    /** The program's path; aborts (or fails on CI) when none of the candidates exists. */
    public static Path require(String debianPackage, String... candidates) {
        for (String c : candidates) {
            Path p = Path.of(c);
            if (Files.isExecutable(p)) return p;
        }
        String msg = debianPackage + " is not installed (" + String.join(" or ", candidates) + "); apt-get install " + debianPackage
                + " (.ci/run does)";
        if (System.getenv("CI") != null) throw new AssertionError(msg);
        Assumptions.abort(msg);
        return null;
    }

    /** The system Python with Debian's rdflib importable (not a pyenv python3 first on PATH). */
    public static Path pythonWithRdflib() {
        Path py = require("python3-rdflib", "/usr/bin/python3");
        try {
            Process p = new ProcessBuilder(py.toString(), "-c", "import rdflib").redirectErrorStream(true).start();
            if (p.waitFor() == 0) return py;
        } catch (Exception ignored) {
            // fall through to the message
        }
        String msg = "python3-rdflib is not installed (/usr/bin/python3 cannot import rdflib); apt-get install python3-rdflib (.ci/run does)";
        if (System.getenv("CI") != null) throw new AssertionError(msg);
        Assumptions.abort(msg);
        return null;
    }

    /** Runs a command, returning its standard output; fails with its output on a non-zero exit. */
    public static String run(java.util.List<String> command, long timeoutSeconds) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(timeoutSeconds, java.util.concurrent.TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
        String text = new String(out, java.nio.charset.StandardCharsets.UTF_8);
        if (p.exitValue() != 0) throw new AssertionError("exit " + p.exitValue() + ": " + command + "\n" + text);
        return text;
    }
}
