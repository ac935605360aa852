package org.paperkg.store;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.StoreException;
import org.paperkg.TestFiles;
import org.paperkg.extract.ExtractionPipeline;
import org.paperkg.model.PaperExtraction;
import org.paperkg.pipeline.BuildInterruptedException;
import org.paperkg.pipeline.BuildStage;
import org.paperkg.pipeline.Pipeline;
import org.paperkg.resolve.ResolutionStage;
import org.paperkg.resolve.Resolver;
import org.paperkg.pipeline.RunSummary;
import org.paperkg.read.Fixtures;
import org.paperkg.read.InputFiles;
import org.paperkg.vocab.Iris;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/** Store generations, the two load modes, compaction, the stats counter and the build-stage hook, on real TDB2 directories. */
class KgStoreTest {
    /** The pipeline of {@code paperkg build}, entity resolution included; new for each build (a resolver holds one build's registry). */
    private static Pipeline pipeline() {
        return ResolutionStage.pipeline(ExtractionPipeline.standard(), Resolver.standalone(new Iris(Iris.DEFAULT_BASE)));
    }

    @TempDir
    Path tmp;

    private static List<InputFiles.Source> sources(Path... paths) {
        return InputFiles.resolve(List.of(paths));
    }

    private static RunSummary build(Path store, LoadMode mode, Pipeline pipeline, Path... inputs) {
        try (KgStore kg = KgStore.openForWrite(store)) {
            RunSummary s = kg.build(sources(inputs), pipeline, BuildOptions.defaults().withLoad(mode), r -> { });
            assertEquals(mode, kg.lastLoad().mode());
            return s;
        }
    }

    /** Every quad of the store, copied into memory (the stores here are small). */
    static DatasetGraph contents(Path store) {
        try (KgStore kg = KgStore.openExisting(store)) {
            DatasetGraph copy = DatasetGraphFactory.createGeneral();
            Txn.executeRead(kg.dataset(), () -> kg.dataset().asDatasetGraph().find().forEachRemaining(copy::add));
            return copy;
        }
    }

    static void assertSameQuads(DatasetGraph expected, DatasetGraph actual) {
        List<Quad> missing = new ArrayList<>(), extra = new ArrayList<>();
        expected.find().forEachRemaining(q -> { if (!actual.contains(q)) missing.add(q); });
        actual.find().forEachRemaining(q -> { if (!expected.contains(q)) extra.add(q); });
        assertEquals(List.of(), missing.stream().limit(5).toList(), "quads missing (" + missing.size() + ")");
        assertEquals(List.of(), extra.stream().limit(5).toList(), "quads extra (" + extra.size() + ")");
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aBulkBuildLoadsANewGenerationAndSwitchesCurrentToIt() throws IOException {
        Path store = tmp.resolve("kg");
        build(store, LoadMode.BULK, pipeline(), TestFiles.BLANK_SEPARATED);
        assertEquals(List.of("CURRENT", "gen-0002", "paperkg.lock"), names(store), "gen-0001 is the empty store openForWrite made");
        assertEquals("gen-0002", Files.readString(store.resolve("CURRENT")).strip());
        build(store, LoadMode.BULK, pipeline(), TestFiles.WITH_METADATA);
        assertEquals(List.of("CURRENT", "gen-0003", "paperkg.lock"), names(store), "the old generation is deleted after the switch");
        try (KgStore kg = KgStore.openExisting(store)) {
            // Two files' graphs (the first kept by the second bulk build) and the resolver's entities and decisions graphs.
            assertEquals(4, kg.stats().graphs(), "the first file's graph was kept by the second bulk build");
        }
    }

    @Test
    void incrementalAndBulkBuildsGiveTheSameQuads() {
        Path stepwise = tmp.resolve("stepwise"), together = tmp.resolve("together");
        build(stepwise, LoadMode.BULK, pipeline(), TestFiles.BLANK_SEPARATED, TestFiles.WITH_METADATA);
        build(stepwise, LoadMode.INCREMENTAL, pipeline(), TestFiles.BLANK_SEPARATED_2);
        try (KgStore kg = KgStore.openForWrite(stepwise)) {
            kg.build(sources(TestFiles.WITH_METADATA), pipeline(), BuildOptions.defaults().withLoad(LoadMode.INCREMENTAL), r -> { });
            assertNull(kg.lastLoad().loader(), "an incremental build uses no bulk loader (and was not compacted)");
        } // it replaced its graph with the same
        build(together, LoadMode.BULK, pipeline(), TestFiles.BLANK_SEPARATED, TestFiles.WITH_METADATA, TestFiles.BLANK_SEPARATED_2);
        assertSameQuads(contents(together), contents(stepwise));
    }

    @Test
    void autoPicksIncrementalForASmallAdditionAndBulkForAnEmptyStore() {
        Path store = tmp.resolve("kg");
        try (KgStore kg = KgStore.openForWrite(store)) {
            assertEquals(LoadMode.BULK, kg.chooseMode(sources(TestFiles.BLANK_SEPARATED), pipeline()), "an empty store");
            kg.build(sources(TestFiles.SAMPLES), pipeline(), r -> { });
            assertEquals(LoadMode.BULK, kg.lastLoad().mode());
            assertEquals(LoaderKind.PARALLEL, kg.lastLoad().loader(), "no loader given: parallel for a store far below half the memory");
            // The sample store takes hundreds of MB on disk (TDB2 allocates files in large steps); a 100 kB file is small next to it.
            assertEquals(LoadMode.INCREMENTAL, kg.chooseMode(sources(Fixtures.ARXIV), pipeline()));
            // Replacing the largest graph (240 of 419 records) is not a small change.
            assertEquals(LoadMode.BULK, kg.chooseMode(sources(TestFiles.NO_BLANK_LINES), pipeline()));
        }
    }

    @Test
    void compactionRewritesIntoANewGenerationWithTheSameQuads() throws IOException {
        Path store = tmp.resolve("kg");
        build(store, LoadMode.BULK, pipeline(), TestFiles.BLANK_SEPARATED);
        for (int i = 0; i < 3; i++) build(store, LoadMode.INCREMENTAL, pipeline(), TestFiles.WITH_METADATA, TestFiles.BLANK_SEPARATED_2);
        DatasetGraph before = contents(store);
        try (KgStore kg = KgStore.openExisting(store)) {
            long grown = kg.sizeBytes();
            kg.compact(LoaderKind.SEQUENTIAL);
            assertEquals(LoaderKind.SEQUENTIAL, kg.lastLoad().loader());
            assertEquals("gen-0003", kg.database().getFileName().toString());
            assertTrue(kg.sizeBytes() <= grown, kg.sizeBytes() + " > " + grown);
            assertTrue(kg.bulkBytes() > 0 && kg.bulkBytes() <= kg.sizeBytes(), "the bulk-loaded size is recorded for the next compaction decision");
        }
        assertSameQuads(before, contents(store));
        assertEquals(List.of("CURRENT", "gen-0003", "paperkg.lock"), names(store));
    }

    @Test
    void statsFromTheIndexesEqualSparqlCounts() {
        Path store = tmp.resolve("kg");
        build(store, LoadMode.BULK, pipeline(), Fixtures.LISTINGS, Fixtures.HF, Fixtures.ARXIV);
        try (KgStore kg = KgStore.openExisting(store)) {
            StoreStats s = kg.stats();
            assertEquals(423, s.papers());
            assertEquals(count(kg, "pkg:Paper"), s.papers());
            assertEquals(count(kg, "pkg:Method pkg:Model pkg:Framework pkg:Tool"), s.methods());
            assertEquals(count(kg, "pkg:Dataset pkg:Benchmark"), s.datasets());
            assertEquals(count(kg, "pkg:Task"), s.tasks());
            assertEquals(count(kg, "pkg:Metric"), s.metrics());
            assertEquals(count(kg, "pkg:Result"), s.results());
            assertEquals(count(kg, "pkg:CodeRepository"), s.repositories());
            long quads = Txn.calculateRead(kg.dataset(), () -> {
                long n = 0;
                for (var it = kg.dataset().asDatasetGraph().find(); it.hasNext(); it.next()) n++;
                return n;
            });
            assertEquals(quads, s.triples());
            assertEquals(8, s.graphs(), "six files, the resolver's entities and decisions");
            assertTrue(s.methods() > 0 && s.datasets() > 0 && s.results() > 0, s.toString());
        }
    }

    private static long count(KgStore kg, String classes) {
        String q = "PREFIX pkg: <https://w3id.org/paperkg/ontology#> SELECT (COUNT(DISTINCT ?s) AS ?n) "
                + "WHERE { VALUES ?c { " + classes + " } GRAPH ?g { ?s a ?c } }";
        return Txn.calculateRead(kg.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.create(q, kg.dataset())) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    @Test
    void aStopRequestEndsTheBuildWithNothingCommittedInEitherMode() throws IOException {
        Path store = tmp.resolve("kg");
        build(store, LoadMode.BULK, pipeline(), TestFiles.BLANK_SEPARATED);
        DatasetGraph before = contents(store);
        for (LoadMode mode : List.of(LoadMode.BULK, LoadMode.INCREMENTAL)) {
            AtomicInteger records = new AtomicInteger();
            try (KgStore kg = KgStore.openForWrite(store)) {
                var options = BuildOptions.defaults().withLoad(mode).withStop(() -> records.get() >= 100);
                assertThrows(BuildInterruptedException.class,
                        () -> kg.build(sources(TestFiles.NO_BLANK_LINES), pipeline(), options, r -> records.incrementAndGet()), mode.name());
                assertTrue(records.get() >= 100 && records.get() < 240, mode + ": stopped at " + records.get());
            }
            assertSameQuads(before, contents(store));
            assertEquals(List.of("CURRENT", "gen-0002", "paperkg.lock"), names(store), mode + ": no generation left behind");
        }
    }

    @Test
    void aKilledLoadLeavesAGenerationThatReadersIgnoreAndTheNextBuildRemoves() throws IOException {
        Path store = tmp.resolve("kg");
        build(store, LoadMode.BULK, pipeline(), TestFiles.BLANK_SEPARATED);
        DatasetGraph before = contents(store);
        Path leftover = Files.createDirectories(store.resolve("gen-0007"));
        Files.writeString(leftover.resolve("junk.dat"), "half a load");
        Files.writeString(store.resolve("CURRENT.tmp"), "gen-0007\n");
        assertSameQuads(before, contents(store));
        try (KgStore kg = KgStore.openForWrite(store)) {
            assertEquals(List.of("CURRENT", "gen-0002", "paperkg.lock"), names(store));
            kg.build(sources(TestFiles.WITH_METADATA), pipeline(), BuildOptions.defaults().withLoad(LoadMode.BULK), r -> { });
            assertEquals("gen-0003", kg.database().getFileName().toString());
        }
    }

    @Test
    void aDamagedPointerIsAClearError() throws IOException {
        Path store = tmp.resolve("kg");
        build(store, LoadMode.BULK, pipeline(), TestFiles.BLANK_SEPARATED);
        Files.writeString(store.resolve("CURRENT"), "gen-0042\n");
        var e = assertThrows(StoreException.class, () -> KgStore.openExisting(store).close());
        assertEquals("the store " + store + " is damaged: " + store.resolve("CURRENT") + " names gen-0042, which does not exist; "
                + "delete the directory and build again", e.getMessage());
    }

    @Test
    void aStoreOfTheOldLayoutIsReadAndConvertedByTheNextBuild() throws IOException {
        Path store = tmp.resolve("old");
        // The layout before generations: TDB2's files directly in the store directory.
        Dataset ds = TDB2Factory.connectDataset(Location.create(store));
        Node g = NodeFactory.createURI("https://w3id.org/paperkg/graph/old.txt");
        Quad q = Quad.create(g, NodeFactory.createURI("urn:x:s"), NodeFactory.createURI("urn:x:p"), NodeFactory.createLiteralString("o"));
        Txn.executeWrite(ds, () -> ds.asDatasetGraph().add(q));
        TDBInternal.expel(ds.asDatasetGraph());
        assertTrue(names(store).contains("Data-0001"), names(store).toString());
        try (KgStore kg = KgStore.openExisting(store)) {
            assertEquals(1, kg.stats().triples());
        }
        try (KgStore kg = KgStore.openForWrite(store)) {
            kg.build(sources(TestFiles.BLANK_SEPARATED), pipeline(), r -> { });
            assertEquals(LoadMode.BULK, kg.lastLoad().mode(), "a legacy store is converted by a bulk build");
            assertEquals(4, kg.stats().graphs(), "old.txt, the new file, the resolver's two graphs");
        }
        assertEquals(List.of("CURRENT", "gen-0001", "paperkg.lock"), names(store), "TDB2's old files are gone");
        assertTrue(contents(store).contains(q), "the old store's graphs are kept");
    }

    /**
     * Counts papers across a build and writes one quad about them into its own graph at the end; notes
     * what the store showed it when the build opened it.
     */
    private static final class CountingStage implements BuildStage {
        static final Node GRAPH = NodeFactory.createURI("https://w3id.org/paperkg/graph/test-stage");
        int papers;
        int opened;
        String previousCount;
        Set<Node> replaced;
        DatasetGraph current;
        boolean readableAtFinish;

        @Override
        public void open(DatasetGraph current, Set<Node> replaced) {
            opened++;
            this.current = current;
            this.replaced = replaced;
            var it = current.find(GRAPH, Node.ANY, Node.ANY, Node.ANY);
            previousCount = it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
        }

        @Override
        public PaperExtraction apply(PaperExtraction x) {
            papers++;
            return x;
        }

        @Override
        public List<Node> graphs() {
            return List.of(GRAPH);
        }

        @Override
        public void finish(StreamRDF out) {
            // The stage may still read the old store here (an empty one at the first build).
            current.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).hasNext();
            readableAtFinish = current.isInTransaction();
            out.quad(Quad.create(GRAPH, GRAPH, NodeFactory.createURI("urn:test:papers"), NodeFactory.createLiteralString("" + papers)));
        }
    }

    @Test
    void aBuildStageSeesEveryPaperAndItsGraphIsReplacedByEachBuild() {
        Path store = tmp.resolve("kg");
        String before = null;
        for (LoadMode mode : List.of(LoadMode.BULK, LoadMode.INCREMENTAL, LoadMode.BULK)) {
            CountingStage stage = new CountingStage();
            Path input = mode == LoadMode.INCREMENTAL ? TestFiles.WITH_METADATA : TestFiles.BLANK_SEPARATED;
            build(store, mode, pipeline().withStage(stage), input);
            // Opened once, on the store as the last build left it (before an incremental build deleted the stage's graph),
            // told which graphs the build replaces, and still readable when the stage finishes.
            assertEquals(1, stage.opened, mode.name());
            assertEquals(before, stage.previousCount, mode.name());
            assertTrue(stage.replaced.contains(CountingStage.GRAPH), stage.replaced.toString());
            assertTrue(stage.replaced.contains(NodeFactory.createURI(new Iris(Iris.DEFAULT_BASE).sourceGraph(input.getFileName().toString()))),
                    stage.replaced.toString());
            assertTrue(stage.readableAtFinish, mode.name());
            before = "" + stage.papers;
            assertEquals(mode == LoadMode.INCREMENTAL ? 25 : 60, stage.papers);
            List<Quad> written = new ArrayList<>();
            contents(store).find(CountingStage.GRAPH, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(written::add);
            assertEquals(1, written.size(), mode + ": " + written);
            assertEquals("" + stage.papers, written.get(0).getObject().getLiteralLexicalForm());
        }
    }
}
