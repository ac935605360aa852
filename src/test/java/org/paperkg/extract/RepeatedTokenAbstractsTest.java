package org.paperkg.extract;

import org.junit.jupiter.api.Test;
import org.paperkg.model.PaperRecord;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Abstracts made of one short token repeated to the readers' 20,000-character limit: the shape
 * that makes a regex group repeat thousands of times (a stack frame each in java.util.regex) or
 * backtrack without end. Every extractor must finish on each of them without throwing.
 */
class RepeatedTokenAbstractsTest {
    private static final List<String> WORDS = List.of("a", "A", "GPT", "1", "1.5", "the", "and", "BERT", "v2",
            "small", "Large", "dataset", "GSM8K", "(", ")", "%", "x", "by", "of", "Optimization", "we propose");
    private static final List<String> SEPARATORS = List.of(" ", "-", ".", ", ", "/", "_", "", " (", ") ", ": ");
    private static final int LENGTH = 19_990;

    @Test
    void everyRepeatedTokenAbstractExtractsWithoutError() {
        ExtractionPipeline pipeline = ExtractionPipeline.standard();
        List<String> failures = new ArrayList<>();
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            for (String word : WORDS)
                for (String separator : SEPARATORS) {
                    String unit = word + separator;
                    String text = unit.repeat(LENGTH / unit.length());
                    PaperRecord paper = TestGazetteer.paper("Repeated " + unit, text);
                    try {
                        pipeline.extract(paper);
                    } catch (StackOverflowError | RuntimeException e) {
                        failures.add("'" + unit + "': " + e);
                    }
                }
        });
        if (!failures.isEmpty()) fail(failures.size() + " abstracts failed: " + failures);
    }
}
