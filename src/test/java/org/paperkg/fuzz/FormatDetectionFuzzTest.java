package org.paperkg.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.paperkg.InputException;
import org.paperkg.read.InputFiles;
import org.paperkg.read.PaperReader;

import java.nio.file.Path;

/**
 * Format detection and then the detected reader, as a build runs them, on any bytes: a reader and
 * its records and skips, or one clear input error (see {@link FuzzChecks}).
 */
class FormatDetectionFuzzTest {
    @FuzzTest(maxDuration = "10s")
    void anyBytes(byte[] input) {
        Path file = FuzzChecks.file("input", input);
        PaperReader reader;
        try {
            reader = InputFiles.detect(file);
        } catch (InputException e) {
            FuzzChecks.checkError(e, file);
            return;
        }
        FuzzChecks.read(reader, file);
    }
}
