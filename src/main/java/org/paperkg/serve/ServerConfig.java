package org.paperkg.serve;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@link KgServer} serves a store. The defaults are the safe ones: loopback only, read-only,
 * a 5 s query timeout and a 10,000-row result limit.
 *
 * @param host         address to bind; 127.0.0.1 unless the user asks for another
 * @param port         TCP port; 0 picks a free one
 * @param queryTimeout longest a SPARQL query (or a page's queries) may run
 * @param resultLimit  most rows (SELECT) or triples (CONSTRUCT, DESCRIBE) one query may return; 0 for no limit
 * @param allowUpdate  true to accept SPARQL Update and Graph Store writes
 * @param base         the data namespace of the store (IRIs {base}paper/...); null to detect it from the store
 */
public record ServerConfig(String host, int port, Duration queryTimeout, long resultLimit, boolean allowUpdate, String base) {
    public static final String LOOPBACK = "127.0.0.1";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
    public static final long DEFAULT_RESULT_LIMIT = 10_000;

    public ServerConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(queryTimeout, "queryTimeout");
        if (queryTimeout.isNegative() || queryTimeout.isZero()) throw new IllegalArgumentException("query timeout must be positive");
        if (resultLimit < 0) throw new IllegalArgumentException("result limit must be 0 (none) or positive");
    }

    public static ServerConfig defaults() {
        return new ServerConfig(LOOPBACK, 3030, DEFAULT_TIMEOUT, DEFAULT_RESULT_LIMIT, false, null);
    }

    public ServerConfig withHost(String h) { return new ServerConfig(h, port, queryTimeout, resultLimit, allowUpdate, base); }

    public ServerConfig withPort(int p) { return new ServerConfig(host, p, queryTimeout, resultLimit, allowUpdate, base); }

    public ServerConfig withQueryTimeout(Duration t) { return new ServerConfig(host, port, t, resultLimit, allowUpdate, base); }

    public ServerConfig withResultLimit(long n) { return new ServerConfig(host, port, queryTimeout, n, allowUpdate, base); }

    public ServerConfig withAllowUpdate(boolean u) { return new ServerConfig(host, port, queryTimeout, resultLimit, u, base); }

    public ServerConfig withBase(String b) { return new ServerConfig(host, port, queryTimeout, resultLimit, allowUpdate, b); }
}
