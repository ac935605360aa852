package org.paperkg.store;

import org.apache.jena.graph.Graph;
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
 * read from two files appears once. Line-based formats stream in bounded memory.
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
        return Txn.calculateRead(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            PrefixMapping prefixes = Prefixes.standard();
            switch (format) {
                case NQ -> {
                    return stream(out, RDFFormat.NQUADS, prefixes, dsg.find(), StreamRDF::quad);
                }
                case TRIG -> {
                    return stream(out, RDFFormat.TRIG_BLOCKS, prefixes, dsg.find(), StreamRDF::quad);
                }
                case NT -> {
                    return stream(out, RDFFormat.NTRIPLES, prefixes, dsg.getUnionGraph().find(), StreamRDF::triple);
                }
                case TTL -> {
                    return stream(out, RDFFormat.TURTLE_BLOCKS, prefixes, dsg.getUnionGraph().find(), StreamRDF::triple);
                }
                case JSONLD -> {
                    DatasetGraph copy = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
                    copy.prefixes().putAll(prefixes);
                    long n = 0;
                    for (Iterator<Quad> it = dsg.find(); it.hasNext(); n++) copy.add(it.next());
                    RDFDataMgr.write(out, copy, RDFFormat.JSONLD11);
                    return n;
                }
                case RDFXML -> {
                    Graph g = GraphFactory.createDefaultGraph();
                    g.getPrefixMapping().setNsPrefixes(prefixes);
                    dsg.getUnionGraph().find().forEachRemaining(g::add);
                    RDFDataMgr.write(out, g, RDFFormat.RDFXML_PLAIN);
                    return (long) g.size();
                }
                default -> throw new IllegalStateException("unhandled format " + format);
            }
        });
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
