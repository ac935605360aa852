package org.paperkg.store;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdVersion;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.serialization.QuadsToJsonld;
import com.apicatalog.rdf.api.RdfConsumerException;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.paperkg.vocab.OntologyFiles;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.Map;

/**
 * JSON-LD 1.1 compacted with paperkg's published context ({@code ontology/context.jsonld}), so
 * the output reads as {@code "title"}, {@code "proposes"}, {@code "@type": "Paper"} rather than
 * full IRIs. The context is written inline, not by reference, so the file reads back without
 * network access (a context by URL would have to be fetched). Built in memory by Titanium, the
 * JSON-LD library Jena uses: the size of what it writes must fit in the heap.
 */
public final class JsonLdWriter {
    private JsonLdWriter() {
    }

    /** The published context document (an object with one key, {@code @context}). */
    public static JsonObject contextDocument() {
        return Json.createReader(new ByteArrayInputStream(OntologyFiles.bytes(OntologyFiles.CONTEXT))).readObject();
    }

    /** Writes the quads (default-graph quads for triples) compacted with the paperkg context. */
    public static void write(Iterator<Quad> quads, OutputStream out) {
        try {
            QuadsToJsonld consumer = com.apicatalog.jsonld.JsonLd.fromRdf();
            consumer.mode(JsonLdVersion.V1_1);
            while (quads.hasNext()) add(consumer, quads.next());
            JsonArray expanded = consumer.toJsonLd();
            JsonStructure compacted = compactWith(expanded, contextDocument());
            // The JSON writer closes its stream when done; the caller owns out, so hand it a shield.
            OutputStream shield = new java.io.FilterOutputStream(out) {
                @Override
                public void close() throws java.io.IOException {
                    flush();
                }
            };
            try (JsonWriter w = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(shield)) {
                w.write(compacted);
            }
            out.write('\n');
            out.flush();
        } catch (JsonLdError | RdfConsumerException | java.io.IOException e) {
            throw new IllegalStateException("cannot write JSON-LD: " + e.getMessage(), e);
        }
    }

    private static JsonObject compactWith(JsonArray expanded, JsonObject context) throws JsonLdError {
        return com.apicatalog.jsonld.JsonLd.compact(JsonDocument.of(expanded), JsonDocument.of(context)).get();
    }

    private static void add(QuadsToJsonld consumer, Quad q) throws RdfConsumerException {
        String s = resource(q.getSubject());
        String p = resource(q.getPredicate());
        String g = q.isDefaultGraph() || q.getGraph() == null ? null : resource(q.getGraph());
        Node o = q.getObject();
        if (o.isLiteral()) {
            String lang = o.getLiteralLanguage();
            consumer.quad(s, p, o.getLiteralLexicalForm(), o.getLiteralDatatypeURI(), lang == null || lang.isEmpty() ? null : lang, null, g);
        } else {
            consumer.quad(s, p, resource(o), null, null, null, g);
        }
    }

    private static String resource(Node n) {
        if (n.isBlank()) return "_:" + n.getBlankNodeLabel();
        if (n.isURI()) return n.getURI();
        throw new IllegalArgumentException("not an IRI or blank node: " + n);
    }
}
