package org.paperkg.serve;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.web.HttpSC;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Fuseki's SPARQL query operation with a result-size limit. The whole result is computed, up to
 * the limit, before the first byte is sent: a query that runs past the timeout or past the limit
 * gets a clean HTTP error with a message, never a response cut off mid-document (Fuseki on its own
 * streams rows, so a timeout during streaming leaves invalid JSON). Memory stays bounded by the
 * limit. With a limit of 0, queries stream as in plain Fuseki (timeouts then only catch the time to
 * the first row).
 */
final class LimitedQuery extends SPARQL_QueryDataset {
    private final long limit;
    private final Duration timeout;

    LimitedQuery(long limit, Duration timeout) {
        this.limit = limit;
        this.timeout = timeout;
    }

    /**
     * Jena skips a SELECT's OFFSET rows while it builds the query plan, where the timeout cannot
     * reach (a huge OFFSET runs to its end whatever the timeout). So the OFFSET is taken off the
     * query (its LIMIT raised by as much) and the rows are skipped here, where the timeout stops them.
     */
    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        if (!query.isSelectType() || !query.hasOffset()) return super.createQueryExec(action, query, dataset);
        Query q = query.cloneQuery();
        q.setOffset(Query.NOLIMIT);
        if (query.hasLimit()) q.setLimit(Math.addExact(query.getOffset(), query.getLimit()));
        return super.createQueryExec(action, q, dataset);
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec exec, Query query, String queryStringLog) {
        try {
            if (query.isSelectType() && (limit > 0 || query.hasOffset())) {
                RowSet rows = exec.select();
                for (long skip = query.hasOffset() ? query.getOffset() : 0; skip > 0 && rows.hasNext(); skip--) rows.next();
                if (limit == 0) return new QueryExecResult(rows);
                List<Var> vars = rows.getResultVars();
                List<Binding> kept = new ArrayList<>();
                while (rows.hasNext()) {
                    if (kept.size() == limit) tooLarge("rows");
                    kept.add(rows.next());
                }
                return new QueryExecResult(RowSetStream.create(vars, kept.iterator()));
            }
            if (limit == 0) return super.executeQuery(action, exec, query, queryStringLog);
            if (query.isConstructType()) {
                DatasetGraph out = DatasetGraphFactory.createGeneral();
                long n = 0;
                for (Iterator<Quad> it = exec.constructQuads(); it.hasNext(); n++) {
                    if (n == limit) tooLarge("triples");
                    out.add(it.next());
                }
                return new QueryExecResult(out);
            }
            if (query.isDescribeType()) {
                Graph out = GraphFactory.createDefaultGraph();
                long n = 0;
                for (Iterator<Triple> it = exec.describeTriples(); it.hasNext(); n++) {
                    if (n == limit) tooLarge("triples");
                    out.add(it.next());
                }
                return new QueryExecResult(out);
            }
            return super.executeQuery(action, exec, query, queryStringLog);
        } catch (QueryCancelledException e) {
            ServletOps.error(HttpSC.SERVICE_UNAVAILABLE_503, timeoutMessage(timeout));
            return null;
        }
    }

    private void tooLarge(String what) {
        ServletOps.error(HttpSC.BAD_REQUEST_400, String.format(
                "The query result has more than %,d %s, the server's result limit. Add a LIMIT (and OFFSET to page through), "
                        + "narrow the query, or use 'paperkg export' for the whole graph.", limit, what));
    }

    static String timeoutMessage(Duration timeout) {
        return "The query ran longer than the server's limit of " + seconds(timeout)
                + " and was stopped. Narrow it (fewer unbound patterns, a LIMIT), or start the server with a longer --query-timeout.";
    }

    static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? (ms / 1000) + " s" : String.format("%.1f s", ms / 1000.0);
    }
}
