package org.paperkg.read;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.InputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

class InputFilesDetectTest {
    @TempDir
    Path tmp;

    @Test
    void aJsonArrayNamedTxtIsReadAsHuggingFacePapers() throws IOException {
        Path f = Fixtures.write(tmp, "listing.txt", Files.readString(Fixtures.HF));
        assertInstanceOf(HfPapersReader.class, InputFiles.detect(f));
    }

    @Test
    void arxivJsonLinesNamedJsonAreReadAsArxivMetadata() throws IOException {
        Path f = Fixtures.write(tmp, "papers.json", Files.readString(Fixtures.ARXIV));
        assertInstanceOf(ArxivJsonlReader.class, InputFiles.detect(f));
    }

    @Test
    void aBareHuggingFacePaperObjectIsReadAsHuggingFacePapers() throws IOException {
        Path f = Fixtures.write(tmp, "arxiv.jsonl", Files.readString(Fixtures.DIR.resolve("hf-paper-real.json")));
        assertInstanceOf(HfPapersReader.class, InputFiles.detect(f));
    }

    @Test
    void aListingNamedJsonIsReadAsAListing() throws IOException {
        Path f = Fixtures.write(tmp, "papers.json", Files.readString(Fixtures.LISTINGS.resolve("001_2e101c17ddbae889.txt")));
        assertInstanceOf(ListingReader.class, InputFiles.detect(f));
    }

    @Test
    void gzippedJsonLinesWithAnyNameAreDetectedFromTheirContent() throws IOException {
        Path f = Fixtures.gzip(tmp, "snapshot.txt", Files.readString(Fixtures.ARXIV));
        assertInstanceOf(ArxivJsonlReader.class, InputFiles.detect(f));
        CollectingSink sink = new CollectingSink();
        InputFiles.detect(f).read(f, sink);
        assertEquals(36, sink.records.size());
    }

    @Test
    void aFileStartingWithABraceThatIsNotJsonIsAClearError() throws IOException {
        Path f = Fixtures.write(tmp, "notes.jsonl", "{{ template }} and some text\n");
        InputException e = assertThrows(InputException.class, () -> InputFiles.detect(f));
        assertEquals(f + ":1: starts with '{' but is not JSON; expected arXiv metadata JSON Lines or Hugging Face papers JSON",
                e.getMessage());
    }

    @Test
    void jsonObjectsOfAnUnknownKindAreAClearError() throws IOException {
        Path f = Fixtures.write(tmp, "x.jsonl", "{\"name\":\"x\",\"value\":1}\n");
        InputException e = assertThrows(InputException.class, () -> InputFiles.detect(f));
        assertEquals(f + ":1: JSON objects with neither arXiv metadata keys (abstract, versions, categories) nor "
                + "Hugging Face paper keys (paper, summary, upvotes); first keys: name, value", e.getMessage());
    }

    @Test
    void anEmptyFileIsAClearError() throws IOException {
        Path f = Fixtures.write(tmp, "x.json", "");
        InputException e = assertThrows(InputException.class, () -> InputFiles.detect(f));
        assertEquals(f + ": file is empty; expected a Daily Papers listing, Hugging Face papers JSON or arXiv metadata JSON Lines",
                e.getMessage());
    }
}
