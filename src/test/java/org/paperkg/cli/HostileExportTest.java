package org.paperkg.cli;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.paperkg.TestFiles;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A store built from hostile text (control characters, lone surrogates, U+FFFE/U+FFFF, markup,
 * quotes, bidi controls, emoji, odd URLs, LaTeX, long names) exports in every format, and each
 * export parses back with Jena's strict error handler (a warning fails too) to exactly what the
 * store holds: the same quads (nq, trig, jsonld) or the same union graph (ttl, nt, rdfxml).
 */
class HostileExportTest {
    @TempDir
    static Path dir;
    static Path kg;
    static DatasetGraph stored;

    /** Hostile-but-usable records in all three formats; the file is also the fuzzers' seed. */
    static final Path HOSTILE_HF = Path.of("src/test/resources/hostile/hostile-hf.json");
    static final Path HOSTILE_ARXIV = Path.of("src/test/resources/hostile/hostile-arxiv.jsonl");
    static final Path HOSTILE_LISTING = Path.of("src/test/resources/hostile/hostile-listing.txt");

    @BeforeAll
    static void buildFromHostileInput() throws IOException {
        kg = dir.resolve("kg");
        // Control characters a file cannot carry as JSON escapes go into a listing written here.
        Path raw = TestFiles.write(dir, "raw\u0001name.txt", "Raw\u0001Control\u007FTitle\u0085\n"
                + TestFiles.ABSTRACT.replace("We study", "We\u000Bstudy\u000C") + "\n");
        var run = CliRun.of("build", "--store", kg.toString(), HOSTILE_HF.toString(), HOSTILE_ARXIV.toString(),
                HOSTILE_LISTING.toString(), raw.toString()).expect(0);
        assertTrue(run.out().contains(" 0 skipped\n") || run.out().contains(" 0 skipped" + System.lineSeparator()), run.out());
        stored = BuildCommandTest.exportNq(kg);
        assertTrue(stored.stream().count() > 500, "the hostile corpus makes a real graph");
    }

    @ParameterizedTest
    @CsvSource({"ttl,Turtle,false", "nt,N-Triples,false", "nq,N-Quads,true", "trig,TriG,true", "jsonld,JSON-LD,true", "rdfxml,RDF/XML,false"})
    void everyFormatParsesBackStrictlyToTheStore(String format, String langName, boolean quads) {
        Path file = dir.resolve("export-" + format);
        CliRun.of("export", "--store", kg.toString(), "--format", format, "-o", file.toString()).expect(0);
        Lang lang = org.apache.jena.riot.RDFLanguages.nameToLang(langName);
        Dataset ds = DatasetFactory.create();
        RDFParser.source(file).lang(lang).checking(true).strict(true)
                .errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging).parse(ds);
        if (quads) {
            assertEquals(stored.stream().count(), ds.asDatasetGraph().stream().count());
            assertTrue(IsoMatcher.isomorphic(stored, ds.asDatasetGraph()), format + " reads back to the same quads");
        } else {
            var union = stored.getUnionGraph();
            assertEquals(union.size(), ds.getDefaultModel().size());
            assertTrue(union.isIsomorphicWith(ds.getDefaultModel().getGraph()), format + " reads back to the same triples");
        }
    }
}
