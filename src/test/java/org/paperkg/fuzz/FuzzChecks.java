package org.paperkg.fuzz;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.Checker;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.core.Quad;
import org.paperkg.InputException;
import org.paperkg.model.PaperRecord;
import org.paperkg.model.SafeText;
import org.paperkg.model.SkippedRecord;
import org.paperkg.read.PaperReader;
import org.paperkg.read.RecordLimits;
import org.paperkg.read.RecordSink;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The invariant every fuzz target checks: any input gives records (each usable: a title, clean
 * text, within {@link RecordLimits}), skips with a line and a reason, or one clear
 * {@link InputException}, and nothing else; mapped quads are valid RDF in every syntax.
 */
final class FuzzChecks {
    private static final Path DIR;

    static {
        try {
            // In memory where there is a tmpfs: a fuzzer writes one file per input.
            Path shm = Path.of("/dev/shm");
            DIR = Files.isDirectory(shm) && Files.isWritable(shm)
                    ? Files.createTempDirectory(shm, "paperkg-fuzz-") : Files.createTempDirectory("paperkg-fuzz-");
            DIR.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private FuzzChecks() {
    }

    /** The bytes as a file (one per thread, reused) named {@code name}. */
    static Path file(String name, byte[] bytes) {
        try {
            Path f = DIR.resolve(Thread.currentThread().getId() + "-" + name);
            Files.write(f, bytes);
            f.toFile().deleteOnExit();
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Text from fuzzer bytes: UTF-8 when the first byte is even, else UTF-16BE, which can hold what
     * UTF-8 decoding never yields (lone surrogates, U+FFFE) and what JSON escapes can bring in.
     */
    static String text(byte[] bytes) {
        if (bytes.length == 0) return "";
        if ((bytes[0] & 1) == 0) return new String(bytes, 1, bytes.length - 1, StandardCharsets.UTF_8);
        ByteBuffer b = ByteBuffer.wrap(bytes, 1, bytes.length - 1);
        StringBuilder s = new StringBuilder();
        while (b.remaining() >= 2) s.append(b.getChar());
        return s.toString();
    }

    /** Everything a reader gave for one input. */
    record Output(List<PaperRecord> records, List<SkippedRecord> skipped, InputException error) {
    }

    /** Runs the reader and checks the invariant; any other exception propagates (a finding). */
    static Output read(PaperReader reader, Path file) {
        List<PaperRecord> records = new ArrayList<>();
        List<SkippedRecord> skipped = new ArrayList<>();
        InputException error = null;
        try {
            reader.read(file, new RecordSink() {
                @Override
                public void record(PaperRecord r) {
                    checkRecord(r, file);
                    records.add(r);
                }

                @Override
                public void skipped(SkippedRecord s) {
                    check(s.line() >= 1, "skip without a line: " + s);
                    check(s.reason() != null && !s.reason().isBlank(), "skip without a reason: " + s);
                    check(s.fileName().equals(file.getFileName().toString()), "skip names another file: " + s);
                    skipped.add(s);
                }

                @Override
                public void warning(String fileName, long line, String message) {
                    check(line >= 1 && message != null && !message.isBlank(), "warning without line or message");
                }
            });
        } catch (InputException e) {
            checkError(e, file);
            error = e;
        }
        return new Output(records, skipped, error);
    }

    static void checkError(InputException e, Path file) {
        check(e.getMessage().startsWith(file.toString()), "error does not name the file: " + e.getMessage());
        check(e.getMessage().indexOf('\n') < 0 && e.getMessage().indexOf('\r') < 0, "error is not one line: " + e.getMessage());
    }

    static void checkRecord(PaperRecord r, Path file) {
        check(r.source().fileName().equals(file.getFileName().toString()) && r.source().line() >= 1, "bad source " + r.source());
        check(!r.title().isBlank(), "blank title");
        check(RecordLimits.violation(r) == null, "record over a limit passed on: " + RecordLimits.violation(r));
        for (String s : strings(r)) check(SafeText.isClean(s), "unclean text in a record: " + escape(s));
    }

    private static List<String> strings(PaperRecord r) {
        List<String> all = new ArrayList<>(List.of(r.title()));
        for (String s : new String[]{r.abstractText(), r.arxivId(), r.doi(), r.githubRepo(), r.projectPage(), r.license()})
            if (s != null) all.add(s);
        all.addAll(r.authors());
        all.addAll(r.categories());
        all.addAll(r.keywords());
        return all;
    }

    /** A quad that Jena's strict checker accepts (IRIs, datatypes, lexical forms) and whose strings RDF/XML can hold. */
    static void checkQuad(Quad q) {
        try {
            Checker.checkQuad(q, ErrorHandlerFactory.errorHandlerStrictNoLogging, -1, -1);
        } catch (RuntimeException e) {
            throw new AssertionError("invalid quad " + q + ": " + e.getMessage(), e);
        }
        for (Node n : new Node[]{q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()}) {
            check(!n.isBlank(), "blank node in " + q);
            if (n.isLiteral()) check(SafeText.isClean(n.getLiteralLexicalForm()), "literal RDF/XML cannot hold: " + escape(n.getLiteralLexicalForm()));
            if (n.isURI()) check(n.getURI().chars().allMatch(c -> c > 0x20 && c < 0x7F), "IRI not plain ASCII: " + escape(n.getURI()));
        }
    }

    static void check(boolean ok, String what) {
        if (!ok) throw new AssertionError(what);
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder();
        s.chars().forEach(c -> b.append(c < 0x20 || c > 0x7E ? String.format("\\u%04X", c) : String.valueOf((char) c)));
        return b.length() > 300 ? b.substring(0, 300) + "..." : b.toString();
    }
}
