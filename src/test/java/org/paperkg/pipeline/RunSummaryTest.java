package org.paperkg.pipeline;

import org.junit.jupiter.api.Test;
import org.paperkg.model.SkippedRecord;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The accounting keeps every skip (past the first thousand on disk) and tells duplicates apart. */
class RunSummaryTest {
    @Test
    void keepsEverySkipAndWarningInOrderPastTheFirstThousand() {
        List<SkippedRecord> all = new ArrayList<>();
        try (RunSummary s = new RunSummary()) {
            s.startFile("a.jsonl", "arxiv-jsonl");
            for (int i = 1; i <= 2_500; i++) {
                // Reasons with characters a line-based spill file must escape.
                var k = new SkippedRecord("a.jsonl", i, "reason " + i + (i % 7 == 0 ? "\nwith \"quotes\" and \u0000" : ""));
                s.skipped(k);
                s.warning("a.jsonl", i, "warning " + i);
                all.add(k);
            }
            assertEquals(2_500, s.skippedCount());
            assertEquals(1_000, s.skipped().size(), "only the first thousand in memory");
            List<SkippedRecord> back = new ArrayList<>();
            s.forEachSkipped(back::add);
            assertEquals(all, back);
            List<String> warnings = new ArrayList<>();
            s.forEachWarning(w -> warnings.add(w.toString()));
            assertEquals(2_500, warnings.size());
            assertEquals("a.jsonl:2500: warning 2500", warnings.get(2_499));
            assertEquals(2_500, s.files().get(0).records());
            assertEquals(0, s.files().get(0).written());
        }
    }

    @Test
    void countsAWrittenRecordOfAPaperAlreadyWrittenAsADuplicate() {
        try (RunSummary s = new RunSummary()) {
            s.startFile("a.txt", "listing");
            s.startFile("b.json", "hf-json");
            for (int i = 0; i < 100_000; i++) s.record("a.txt", "https://w3id.org/paperkg/paper/p" + i);
            s.record("a.txt", "https://w3id.org/paperkg/paper/p7");
            s.record("b.json", "https://w3id.org/paperkg/paper/p99999");
            s.record("b.json", "https://w3id.org/paperkg/paper/new");
            s.skipped(new SkippedRecord("b.json", 9, "bad"));
            assertEquals(100_003, s.records());
            assertEquals(2, s.duplicates());
            assertEquals(100_001, s.distinctPapers());
            assertEquals(100_004, s.recordsRead());
            var b = s.files().get(1);
            assertEquals(List.of("b.json", "hf-json", 3L, 2L, 1L, 1L), List.of(b.file(), b.format(), b.records(), b.written(), b.duplicates(), b.skipped()));
        }
    }
}
