package org.paperkg.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.paperkg.read.ListingReader;

/**
 * The Daily Papers listing reader on any bytes: records, skips with reasons or one clear input error (see
 * {@link FuzzChecks}). Seeds and kept findings: src/test/resources/org/paperkg/fuzz/ListingReaderFuzzTestInputs/.
 */
class ListingReaderFuzzTest {
    @FuzzTest(maxDuration = "10s")
    void anyBytes(byte[] input) {
        FuzzChecks.read(new ListingReader(), FuzzChecks.file("listing.txt", input));
    }
}
