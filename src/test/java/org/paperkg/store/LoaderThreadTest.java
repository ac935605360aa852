package org.paperkg.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.loader.DataLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LoaderThreadTest {
    @TempDir
    Path tmp;

    private static Quad quad(int i) {
        return Quad.create(NodeFactory.createURI("http://example.org/g" + (i % 3)), NodeFactory.createURI("http://example.org/s" + i),
                NodeFactory.createURI("http://example.org/p"), NodeFactory.createLiteralString("o" + i));
    }

    private static long quadsIn(Dataset ds) {
        return Txn.calculateRead(ds, () -> {
            long n = 0;
            for (var it = ds.asDatasetGraph().find(); it.hasNext(); it.next()) n++;
            return n;
        });
    }

    @Test
    void everyQuadAndTripleStreamedIsLoadedWhenTheBulkFinishes() {
        Dataset ds = TdbSettings.connect(tmp.resolve("db"));
        LoaderThread loader = new LoaderThread(LoaderKind.SEQUENTIAL.createLoader(ds.asDatasetGraph()));
        loader.startBulk();
        StreamRDF out = loader.stream();
        out.start();
        int n = 3 * LoaderThread.BATCH * LoaderThread.QUEUED + 17; // more than the queue holds, and a partial batch
        for (int i = 0; i < n; i++) out.quad(quad(i));
        Node s = NodeFactory.createURI("http://example.org/default");
        out.triple(Triple.create(s, s, s));
        out.finish();
        out.quad(quad(n)); // streamed after finish(): finishBulk() hands it over too
        loader.finishBulk();
        assertEquals(n + 2, quadsIn(ds), "all quads and the default-graph triple");
    }

    @Test
    void anAbandonedLoadLeavesNothing() {
        Dataset ds = TdbSettings.connect(tmp.resolve("db"));
        LoaderThread loader = new LoaderThread(LoaderKind.SEQUENTIAL.createLoader(ds.asDatasetGraph()));
        loader.startBulk();
        StreamRDF out = loader.stream();
        for (int i = 0; i < 2 * LoaderThread.BATCH; i++) out.quad(quad(i));
        loader.finishException(new RuntimeException("the build failed"));
        assertEquals(0, quadsIn(ds), "the loader's transaction was aborted");
    }

    @Test
    void aFailureOnTheLoaderThreadIsThrownToTheStreamingThread() {
        IllegalStateException broken = new IllegalStateException("disk full");
        LoaderThread loader = new LoaderThread(new FailingLoader(broken));
        loader.startBulk();
        StreamRDF out = loader.stream();
        RuntimeException e = assertThrows(RuntimeException.class, () -> {
            for (int i = 0; ; i++) out.quad(quad(i)); // the queue fills, and the failure surfaces
        });
        assertSame(broken, e);
        assertSame(broken, assertThrows(RuntimeException.class, loader::finishBulk));
        loader.finishException(e); // the thread has ended: nothing to do, nothing thrown
    }

    /** A loader whose stream fails on its first quad. */
    private record FailingLoader(RuntimeException failure) implements DataLoader {
        @Override
        public void startBulk() {
        }

        @Override
        public void finishBulk() {
        }

        @Override
        public void finishException(Exception e) {
        }

        @Override
        public void load(List<String> filenames) {
        }

        @Override
        public void loadFromInputStream(String baseURI, InputStream in, Lang lang) {
        }

        @Override
        public StreamRDF stream() {
            return new StreamRDFBase() {
                @Override
                public void quad(Quad quad) {
                    throw failure;
                }
            };
        }

        @Override
        public long countTriples() {
            return 0;
        }

        @Override
        public long countQuads() {
            return 0;
        }
    }
}
