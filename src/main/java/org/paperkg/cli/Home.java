package org.paperkg.cli;

import java.nio.file.Path;

/**
 * Where the project's own files are: the launcher sets {@code -Dpaperkg.home} to the checkout, so
 * the defaults (data/kg, data/samples, queries/) work from any working directory, while paths the
 * user types stay relative to where they typed them.
 */
final class Home {
    private Home() {
    }

    static Path dir() {
        String home = System.getProperty("paperkg.home");
        return Path.of(home == null || home.isBlank() ? "." : home).toAbsolutePath().normalize();
    }

    static Path resolve(String relative) {
        return relativize(dir().resolve(relative));
    }

    /** Shows a default path relative to the working directory when it is below it, for shorter messages. */
    private static Path relativize(Path p) {
        Path cwd = Path.of("").toAbsolutePath();
        return p.startsWith(cwd) ? cwd.relativize(p) : p;
    }
}
