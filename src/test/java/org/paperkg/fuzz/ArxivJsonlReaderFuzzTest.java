package org.paperkg.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.paperkg.read.ArxivJsonlReader;

/**
 * The arXiv metadata JSON Lines reader on any bytes: records, skips with reasons or one clear input error (see
 * {@link FuzzChecks}). Seeds and kept findings: src/test/resources/org/paperkg/fuzz/ArxivJsonlReaderFuzzTestInputs/.
 */
class ArxivJsonlReaderFuzzTest {
    @FuzzTest(maxDuration = "10s")
    void anyBytes(byte[] input) {
        FuzzChecks.read(new ArxivJsonlReader(), FuzzChecks.file("arxiv.jsonl", input));
    }
}
