package org.paperkg.store;

import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.loader.DataLoader;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A single-threaded Jena loader (sequential, basic) run on a thread of its own and fed through a
 * bounded queue of batches. Jena's sequential loader does all its work on the thread that streams
 * to it, which in a build also maps and resolves every paper: on two cores, one core waited while
 * the other worked. Here mapping and loading overlap. The loader's write transaction stays on its
 * one thread (a TDB2 transaction belongs to the thread that began it): that thread begins it,
 * writes every quad and commits or aborts it.
 */
final class LoaderThread implements DataLoader {
    static final int BATCH = 4096;
    /** Batches waiting at most: about 64k quads, so memory stays bounded when the loader is the slower side. */
    static final int QUEUED = 16;
    private static final Object END = new Object();
    private static final Object ABORT = new Object();

    private final DataLoader loader;
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUED);
    private final Thread thread;
    private volatile Throwable failure;
    /** Quads, triples and prefixes ({@code String[]{prefix, iri}}) not yet handed over; filled on the streaming thread. */
    private List<Object> batch = new ArrayList<>(BATCH);

    LoaderThread(DataLoader loader) {
        this.loader = loader;
        this.thread = new Thread(this::run, "paperkg-loader");
        thread.setDaemon(true);
    }

    private void run() {
        boolean begun = false;
        try {
            loader.startBulk();
            begun = true;
            StreamRDF out = loader.stream();
            out.start();
            for (Object item = queue.take(); ; item = queue.take()) {
                if (item == END) {
                    out.finish();
                    loader.finishBulk();
                    return;
                }
                if (item == ABORT) {
                    loader.finishException(new IllegalStateException("load abandoned"));
                    return;
                }
                @SuppressWarnings("unchecked") List<Object> items = (List<Object>) item;
                for (Object o : items) {
                    if (o instanceof Quad q) out.quad(q);
                    else if (o instanceof Triple t) out.triple(t);
                    else if (o instanceof String[] p) out.prefix(p[0], p[1]);
                }
            }
        } catch (Throwable e) {
            failure = e;
            if (begun) {
                try {
                    loader.finishException(e instanceof Exception ex ? ex : new RuntimeException(e));
                } catch (RuntimeException ignored) {
                    // The load failed already; the caller deletes the generation.
                }
            }
        }
    }

    @Override
    public void startBulk() {
        thread.start();
    }

    @Override
    public StreamRDF stream() {
        return new StreamRDFBase() {
            @Override
            public void triple(Triple triple) {
                add(triple);
            }

            @Override
            public void quad(Quad quad) {
                add(quad);
            }

            @Override
            public void prefix(String prefix, String iri) {
                add(new String[]{prefix, iri});
            }

            @Override
            public void finish() {
                flush();
            }
        };
    }

    private void flush() {
        if (batch.isEmpty()) return;
        hand(batch);
        batch = new ArrayList<>(BATCH);
    }

    private void add(Object item) {
        batch.add(item);
        if (batch.size() == BATCH) flush();
    }

    /** Queues {@code item}, waiting while the queue is full; fails at once if the loader thread has stopped. */
    private void hand(Object item) {
        try {
            while (!queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                if (!thread.isAlive()) break;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading", e);
        }
        rethrow();
    }

    private void rethrow() {
        Throwable f = failure;
        if (f instanceof RuntimeException r) throw r;
        if (f instanceof Error e) throw e;
        if (f != null) throw new IllegalStateException(f);
    }

    private void join() {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading", e);
        }
    }

    @Override
    public void finishBulk() {
        flush(); // what was streamed without a finish() is loaded too
        hand(END);
        join();
        rethrow();
    }

    @Override
    public void finishException(Exception e) {
        if (thread.isAlive()) {
            queue.clear(); // what is queued is thrown away anyway
            try {
                hand(ABORT);
            } catch (RuntimeException ignored) {
                // The loader thread failed meanwhile and aborted by itself.
            }
            join();
        }
    }

    @Override
    public void load(List<String> filenames) {
        throw new UnsupportedOperationException("paperkg streams to its loader");
    }

    @Override
    public void loadFromInputStream(String baseURI, InputStream in, Lang lang) {
        throw new UnsupportedOperationException("paperkg streams to its loader");
    }

    @Override
    public long countTriples() {
        return loader.countTriples();
    }

    @Override
    public long countQuads() {
        return loader.countQuads();
    }
}
