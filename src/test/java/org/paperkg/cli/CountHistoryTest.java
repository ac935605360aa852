package org.paperkg.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Upvotes and stars are dated observations: two snapshots of the same paper, built one after the
 * other, give a history of two counts, each dated by its file (--observed-at, else the file's
 * modification time), and neither overwrites the other.
 */
class CountHistoryTest {
    @TempDir
    Path tmp;

    private Path snapshot(String name, int upvotes, int stars) throws IOException {
        Path f = tmp.resolve(name);
        Files.writeString(f, "[{\"paper\":{\"id\":\"2501.01234\",\"title\":\"Counting Sheep with Transformers\","
                + "\"summary\":\"We count sheep.\",\"upvotes\":" + upvotes + ",\"githubRepo\":\"https://github.com/ex/sheep\","
                + "\"githubStars\":" + stars + "}}]");
        return f;
    }

    private List<String> history(Path store) {
        return CliRun.of("query", "count-history", "--store", store.toString(), "--format=csv", "--param", "title=counting sheep")
                .expect(0).out().lines().toList();
    }

    @Test
    void twoSnapshotsGiveTwoDatedCountsOldestFirst() throws IOException {
        Path store = tmp.resolve("kg");
        Path later = snapshot("papers-2025-07-08.json", 25, 140);
        Path earlier = snapshot("papers-2025-07-01.json", 10, 90);
        CliRun.of("build", "--store", store.toString(), "--observed-at", "2025-07-08T09:30:00Z", later.toString()).expect(0);
        CliRun.of("build", "--store", store.toString(), "--observed-at", "2025-07-01", earlier.toString()).expect(0);
        assertEquals(List.of(
                "paper,paperTitle,observedAt,upvotes,stars,record",
                "https://w3id.org/paperkg/paper/counting-sheep-with-transformers,Counting Sheep with Transformers,2025-07-01T00:00:00Z,10,90,papers-2025-07-01.json:1",
                "https://w3id.org/paperkg/paper/counting-sheep-with-transformers,Counting Sheep with Transformers,2025-07-08T09:30:00Z,25,140,papers-2025-07-08.json:1"),
                history(store));
    }

    @Test
    void withoutObservedAtTheFileModificationTimeDatesTheCounts() throws IOException {
        Path store = tmp.resolve("kg");
        Path f = snapshot("papers.json", 7, 3);
        Files.setLastModifiedTime(f, FileTime.from(Instant.parse("2024-12-24T18:00:00.750Z")));
        CliRun.of("build", "--store", store.toString(), f.toString()).expect(0);
        assertEquals("https://w3id.org/paperkg/paper/counting-sheep-with-transformers,Counting Sheep with Transformers,2024-12-24T18:00:00Z,7,3,papers.json:1",
                history(store).get(1));
    }

    @Test
    void anObservedAtThatIsNoDateIsAOneLineErrorBeforeTheStoreIsTouched() throws IOException {
        Path store = tmp.resolve("kg");
        CliRun run = CliRun.of("build", "--store", store.toString(), "--observed-at", "last tuesday", snapshot("p.json", 1, 1).toString()).expect(2);
        assertEquals("paperkg: error: --observed-at 'last tuesday' is not a date; give YYYY-MM-DD or an ISO date-time "
                + "with its offset, such as 2025-07-01T09:30:00Z", run.err().strip());
        assertFalse(Files.exists(store));
    }
}
