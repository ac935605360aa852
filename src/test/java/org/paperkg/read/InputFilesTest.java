package org.paperkg.read;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.InputException;
import org.paperkg.TestFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class InputFilesTest {
    @Test
    void expandsADirectoryToItsFilesInNameOrder() {
        var sources = InputFiles.resolve(List.of(TestFiles.SAMPLES));
        assertEquals(List.of("000_9e387143ca20d842.txt", "001_2e101c17ddbae889.txt", "002_436f255107bb065d.txt",
                "003_845fed19e190d690.txt"), sources.stream().map(InputFiles.Source::fileName).toList());
    }

    @Test
    void namesAMissingPath(@TempDir Path dir) {
        Path missing = dir.resolve("nope.txt");
        var e = assertThrows(InputException.class, () -> InputFiles.resolve(List.of(missing)));
        assertEquals(missing + ": no such file or directory; check the path", e.getMessage());
    }

    @Test
    void refusesAnEmptyFile(@TempDir Path dir) throws IOException {
        Path f = TestFiles.write(dir, "empty.txt", "");
        var e = assertThrows(InputException.class, () -> InputFiles.resolve(List.of(f)));
        assertEquals(f + ": file is empty; expected a Daily Papers listing, Hugging Face papers JSON or arXiv metadata JSON Lines", e.getMessage());
    }

    @Test
    void refusesABinaryFile(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("image.png");
        Files.write(f, new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        var e = assertThrows(InputException.class, () -> InputFiles.resolve(List.of(f)));
        assertEquals(f + ": binary file (NUL byte at offset 4); expected a Daily Papers listing, Hugging Face papers JSON or arXiv metadata JSON Lines", e.getMessage());
    }

    @Test
    void refusesADirectoryWithNothingToRead(@TempDir Path dir) throws IOException {
        Files.createDirectory(dir.resolve("sub"));
        TestFiles.write(dir, ".hidden", "x");
        var e = assertThrows(InputException.class, () -> InputFiles.resolve(List.of(dir)));
        assertEquals(dir + ": directory has no files to read; expected listing, Hugging Face JSON or arXiv JSON Lines files", e.getMessage());
    }

    @Test
    void refusesTwoInputsWithTheSameFileName(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("a"));
        Files.createDirectories(dir.resolve("b"));
        Path a = TestFiles.write(dir.resolve("a"), "same.txt", "T\n" + TestFiles.ABSTRACT);
        Path b = TestFiles.write(dir.resolve("b"), "same.txt", "T\n" + TestFiles.ABSTRACT);
        var e = assertThrows(InputException.class, () -> InputFiles.resolve(List.of(a, b)));
        assertTrue(e.getMessage().startsWith(b + ": another input has the same file name"), e.getMessage());
    }
}
