package org.paperkg.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.paperkg.KgException;
import org.paperkg.vocab.Prefixes;

import java.io.OutputStream;
import java.util.Iterator;
import java.util.Locale;

/**
 * Writes the store in standard RDF formats. Quad formats (N-Quads, TriG, JSON-LD) keep the named
 * graphs; triple formats (Turtle, N-Triples, RDF/XML) write the union graph, in which a statement
 * read from two files appears once. Line-based formats (N-Triples, N-Quads) and the block
 * writers for Turtle and TriG stream in bounded memory; JSON-LD (compacted with
 * {@code ontology/context.jsonld}) and RDF/XML are built in memory.
 */
public final class Exporter {
    /** The export formats, by command-line name. */
    public enum Format {
        TTL(Lang.TURTLE, false), NT(Lang.NTRIPLES, false), NQ(Lang.NQUADS, true), TRIG(Lang.TRIG, true),
        JSONLD(Lang.JSONLD, true), RDFXML(Lang.RDFXML, false);

        public final Lang lang;
        /** True when the format writes named graphs. */
        public final boolean quads;

        Format(Lang lang, boolean quads) {
            this.lang = lang;
            this.quads = quads;
        }

        public static Format of(String name) {
            try {
                return valueOf(name.toUpperCase(Locale.ROOT).replace("-", ""));
            } catch (IllegalArgumentException e) {
                throw new KgException(KgException.BAD_INPUT, "unknown export format '" + name
                        + "'; use ttl, nt, nq, trig, jsonld or rdfxml");
            }
        }
    }

    private final Dataset dataset;

    public Exporter(Dataset dataset) {
        this.dataset = dataset;
    }

    /** Writes everything; returns the number of statements written (quads or triples). */
    public long write(Format format, OutputStream out) {
        return write(format, out, null);
    }

    /**
     * Writes one source graph ({@code graph}, a graph name from {@link #graphs()}), or everything
     * when it is null; returns the number of statements written (quads or triples).
     */
    public long write(Format format, OutputStream out, Node graph) {
        return Txn.calculateRead(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            PrefixMapping prefixes = Prefixes.standard();
            Graph triples = graph == null ? dsg.getUnionGraph() : dsg.getGraph(graph);
            switch (format) {
                case NQ -> {
                    return stream(out, RDFFormat.NQUADS, prefixes, quads(dsg, graph), StreamRDF::quad);
                }
                case TRIG -> {
                    return stream(out, RDFFormat.TRIG_BLOCKS, prefixes, quads(dsg, graph), StreamRDF::quad);
                }
                case NT -> {
                    return stream(out, RDFFormat.NTRIPLES, prefixes, triples.find(), StreamRDF::triple);
                }
                case TTL -> {
                    return stream(out, RDFFormat.TURTLE_BLOCKS, prefixes, triples.find(), StreamRDF::triple);
                }
                case JSONLD -> {
                    // Compacted with ontology/context.jsonld, built in memory (JSON-LD is one document).
                    long[] n = {0};
                    Iterator<Quad> it = quads(dsg, graph);
                    JsonLdWriter.write(new Iterator<>() {
                        public boolean hasNext() {
                            return it.hasNext();
                        }

                        public Quad next() {
                            n[0]++;
                            return it.next();
                        }
                    }, out);
                    return n[0];
                }
                case RDFXML -> {
                    Graph g = GraphFactory.createDefaultGraph();
                    g.getPrefixMapping().setNsPrefixes(prefixes);
                    triples.find().forEachRemaining(g::add);
                    RDFDataMgr.write(out, g, RDFFormat.RDFXML_PLAIN);
                    return (long) g.size();
                }
                default -> throw new IllegalStateException("unhandled format " + format);
            }
        });
    }

    private static Iterator<Quad> quads(DatasetGraph dsg, Node graph) {
        return graph == null ? dsg.find() : dsg.find(graph, Node.ANY, Node.ANY, Node.ANY);
    }

    /** The names of the source graphs, in order. */
    public java.util.List<Node> graphs() {
        return Txn.calculateRead(dataset, () -> {
            java.util.List<Node> out = new java.util.ArrayList<>();
            dataset.asDatasetGraph().listGraphNodes().forEachRemaining(out::add);
            out.sort(java.util.Comparator.comparing(Node::toString));
            return out;
        });
    }

    /**
     * The graph a user means: its full IRI, or the source file name it was read from
     * ({@code 000_9e387143ca20d842.txt} for {@code {base}graph/000_9e387143ca20d842.txt}).
     */
    public Node graph(String nameOrIri) {
        java.util.List<Node> all = graphs();
        String encoded = java.net.URLEncoder.encode(nameOrIri, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
        for (Node g : all)
            if (g.isURI() && (g.getURI().equals(nameOrIri) || g.getURI().endsWith("/graph/" + encoded))) return g;
        throw new KgException(KgException.BAD_INPUT, "no graph '" + nameOrIri + "' in the store; its graphs: "
                + String.join(", ", all.stream().map(g -> g.getURI().replaceFirst("^.*/graph/", "")).toList()));
    }

    /** Streams statements to a line- or block-based writer: memory stays bounded whatever the store size. */
    private static <T> long stream(OutputStream out, RDFFormat format, PrefixMapping prefixes, Iterator<T> statements,
                                   java.util.function.BiConsumer<StreamRDF, T> emit) {
        StreamRDF w = StreamRDFWriter.getWriterStream(out, format);
        w.start();
        prefixes.getNsPrefixMap().forEach(w::prefix);
        long n = 0;
        for (; statements.hasNext(); n++) emit.accept(w, statements.next());
        w.finish();
        return n;
    }
}
