package org.paperkg.query;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.apache.jena.system.Txn;
import org.paperkg.KgException;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Runs SPARQL against the store in a read transaction and writes the results in a chosen format.
 * Parameters are bound as RDF terms by substitution, never pasted into the query text, so a value
 * cannot change what the query does.
 */
public final class QueryRunner {
    /** Output formats for SELECT results. */
    public enum Format { TABLE, CSV, TSV, JSON }

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,18}");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+\\.\\d+");

    private final Dataset dataset;

    public QueryRunner(Dataset dataset) {
        this.dataset = dataset;
    }

    public static Query parse(String sparql, String name) {
        try {
            return QueryFactory.create(sparql);
        } catch (QueryParseException e) {
            throw new KgException(KgException.BAD_INPUT, name + ": SPARQL syntax error: " + oneLine(e.getMessage()));
        }
    }

    /** Runs {@code query} with {@code params} bound, writing to {@code out}; returns the row count (or 1 for ASK/graphs). */
    public long run(Query query, Map<String, String> params, Format format, OutputStream out) {
        return Txn.calculateRead(dataset, () -> {
            QueryExecBuilder b = QueryExec.dataset(dataset.asDatasetGraph()).query(query);
            params.forEach((k, v) -> b.substitution(k, term(v)));
            try (QueryExec exec = b.build()) {
                if (query.isSelectType()) return writeSelect(exec, format, query, out);
                if (query.isAskType()) {
                    boolean answer = exec.ask();
                    new PrintWriter(out, true, java.nio.charset.StandardCharsets.UTF_8).println(answer ? "yes" : "no");
                    return 1L;
                }
                var graph = query.isConstructType() ? exec.construct() : exec.describe();
                RDFDataMgr.write(out, graph, Lang.TURTLE);
                return (long) graph.size();
            }
        });
    }

    private static long writeSelect(QueryExec exec, Format format, Query query, OutputStream out) {
        ResultSet rs = ResultSet.adapt(exec.select());
        var rewindable = rs.rewindable();
        long rows = rewindable.size();
        switch (format) {
            case TABLE -> ResultSetFormatter.out(out, rewindable, query.getPrefixMapping());
            case CSV -> ResultsWriter.create().lang(ResultSetLang.RS_CSV).write(out, rewindable);
            case TSV -> ResultsWriter.create().lang(ResultSetLang.RS_TSV).write(out, rewindable);
            case JSON -> ResultsWriter.create().lang(ResultSetLang.RS_JSON).write(out, rewindable);
        }
        return rows;
    }

    /**
     * The RDF term a command-line value stands for: {@code <iri>} or http(s) IRIs, YYYY-MM-DD dates,
     * integers and decimals as typed literals, anything else a plain string.
     */
    public static Node term(String value) {
        if (value.startsWith("<") && value.endsWith(">")) return NodeFactory.createURI(value.substring(1, value.length() - 1));
        if (value.startsWith("http://") || value.startsWith("https://")) return NodeFactory.createURI(value);
        if (DATE.matcher(value).matches()) return NodeFactory.createLiteralDT(value, XSDDatatype.XSDdate);
        if (INTEGER.matcher(value).matches()) return NodeFactory.createLiteralDT(value, XSDDatatype.XSDinteger);
        if (DECIMAL.matcher(value).matches()) return NodeFactory.createLiteralDT(value, XSDDatatype.XSDdecimal);
        return NodeFactory.createLiteralString(value);
    }

    public static Format format(String name) {
        try {
            return Format.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new KgException(KgException.BAD_INPUT, "unknown format '" + name + "'; use table, csv, tsv or json");
        }
    }

    private static String oneLine(String s) {
        return String.valueOf(s).replaceAll("\\s+", " ").trim();
    }
}
