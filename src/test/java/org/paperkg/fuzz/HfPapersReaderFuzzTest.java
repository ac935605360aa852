package org.paperkg.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.paperkg.read.HfPapersReader;

/**
 * The Hugging Face papers JSON reader on any bytes: records, skips with reasons or one clear input error (see
 * {@link FuzzChecks}). Seeds and kept findings: src/test/resources/org/paperkg/fuzz/HfPapersReaderFuzzTestInputs/.
 */
class HfPapersReaderFuzzTest {
    @FuzzTest(maxDuration = "10s")
    void anyBytes(byte[] input) {
        FuzzChecks.read(new HfPapersReader(), FuzzChecks.file("papers.json", input));
    }
}
