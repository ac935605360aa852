package org.paperkg.serve;

import org.paperkg.KgException;
import org.paperkg.query.QueryLibrary;

import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bounded load test of a paperkg server on this machine: a burst of ordinary requests (the
 * named queries, entity pages, the start page) from several concurrent clients, with a few
 * pathological queries (a cartesian product to count, a huge OFFSET, an unbounded result) sent
 * at the same time. Reports throughput, latency percentiles and every unexpected answer. The
 * number of requests is fixed and each has a deadline, so a run always ends by itself; only
 * loopback addresses are accepted as targets.
 */
public final class LoadTest {
    /** What to send. */
    public record Plan(int clients, int requests, int pathological, Duration requestDeadline) {
    }

    /** One request: what it is, and which status codes are a correct answer. */
    record Probe(String kind, URI uri, String accept, Set<Integer> expected, boolean pathological) {
    }

    /** Latency figures in milliseconds. */
    public record Latency(double p50, double p95, double p99, double max) {
    }

    /** What a run measured. */
    public record Report(int clients, long ordinary, long ordinaryOk, long pathological, long pathologicalAsExpected,
                         Map<String, Long> pathologicalStatuses, Map<String, Long> unexpected, double seconds,
                         double throughput, Latency ordinaryLatency, Latency pathologicalLatency, boolean answersAfter) {
        public long errors() {
            return unexpected.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private static final Pattern ENTITY = Pattern.compile("\"value\"\\s*:\\s*\"(https?://[^\"]+)\"");

    private final URI server;
    private final HttpClient http;

    public LoadTest(URI server) {
        requireLoopback(server);
        this.server = server;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1).build();
    }

    /** The load test only ever targets this machine. */
    static void requireLoopback(URI uri) {
        try {
            if (uri.getHost() == null || !InetAddress.getByName(uri.getHost()).isLoopbackAddress())
                throw new KgException(KgException.BAD_INPUT, "the load test only targets this machine (127.0.0.0/8, localhost, ::1), not " + uri);
        } catch (UnknownHostException e) {
            throw new KgException(KgException.BAD_INPUT, "unknown host in " + uri);
        }
    }

    public Report run(Plan plan, QueryLibrary library) throws InterruptedException {
        warmUp();
        List<Probe> ordinary = ordinaryProbes(library, plan.requests());
        List<Probe> bad = pathologicalProbes(plan.pathological());
        // Pathological queries go first, spread over the clients, so they run while the burst does.
        List<Probe> all = new ArrayList<>(bad);
        all.addAll(ordinary);

        ExecutorService pool = Executors.newFixedThreadPool(plan.clients());
        long start = System.nanoTime();
        List<Future<long[]>> futures = new ArrayList<>();
        for (Probe p : all) futures.add(pool.submit(() -> send(p, plan.requestDeadline())));
        pool.shutdown();
        long deadline = plan.requestDeadline().toMillis() * (all.size() / Math.max(1, plan.clients()) + 2);
        if (!pool.awaitTermination(deadline, TimeUnit.MILLISECONDS)) pool.shutdownNow();
        double seconds = (System.nanoTime() - start) / 1e9;

        List<Double> okLatency = new ArrayList<>();
        List<Double> badLatency = new ArrayList<>();
        Map<String, Long> unexpected = new TreeMap<>();
        Map<String, Long> badStatuses = new TreeMap<>();
        long ordinaryOk = 0, badOk = 0;
        for (int i = 0; i < all.size(); i++) {
            Probe p = all.get(i);
            long[] r;
            try {
                r = futures.get(i).get(0, TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                r = new long[]{-1, 0};
            }
            int status = (int) r[0];
            double ms = r[1] / 1e6;
            boolean ok = p.expected().contains(status);
            if (p.pathological()) {
                badLatency.add(ms);
                badStatuses.merge(p.kind() + " -> " + describe(status), 1L, Long::sum);
                if (ok) badOk++;
            } else {
                okLatency.add(ms);
                if (ok) ordinaryOk++;
            }
            if (!ok) unexpected.merge(p.kind() + " -> " + describe(status), 1L, Long::sum);
        }
        boolean after = answersAfter();
        return new Report(plan.clients(), ordinary.size(), ordinaryOk, bad.size(), badOk, badStatuses, unexpected, seconds,
                ordinary.size() / seconds, latency(okLatency), latency(badLatency), after);
    }

    private static String describe(int status) {
        return status < 0 ? "no answer (connection failed or deadline passed)" : "HTTP " + status;
    }

    /** {status or -1, nanoseconds}. */
    private long[] send(Probe p, Duration deadline) {
        long t0 = System.nanoTime();
        try {
            HttpRequest req = HttpRequest.newBuilder(p.uri()).timeout(deadline).header("Accept", p.accept()).GET().build();
            HttpResponse<byte[]> res = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
            return new long[]{res.statusCode(), System.nanoTime() - t0};
        } catch (Exception e) {
            if (e instanceof InterruptedException) Thread.currentThread().interrupt();
            return new long[]{-1, System.nanoTime() - t0};
        }
    }

    /**
     * Waits (up to a minute) until the server has its summaries ready: the start page answers 503
     * with Retry-After while it computes them after a start. The test measures a warmed-up server.
     */
    private void warmUp() throws InterruptedException {
        long until = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (System.nanoTime() < until) {
            long[] r = send(new Probe("start page", server.resolve("/paperkg/"), "text/html", Set.of(200), false), Duration.ofSeconds(30));
            if (r[0] == 200) return;
            Thread.sleep(500);
        }
    }

    private boolean answersAfter() {
        try {
            var res = http.send(HttpRequest.newBuilder(sparql("ASK { ?s ?p ?o }")).timeout(Duration.ofSeconds(10))
                    .header("Accept", "application/sparql-results+json").GET().build(), HttpResponse.BodyHandlers.ofString());
            return res.statusCode() == 200 && res.body().contains("true");
        } catch (Exception e) {
            return false;
        }
    }

    /**
     * Named queries made to be run with a parameter: without one they return everything (every
     * paper's details, all evidence: over a megabyte each on the samples), which is an export,
     * not an interactive request. Their one-entity form is the entity page, which the mix has.
     */
    static final Set<String> BULK_WITHOUT_PARAMETER = Set.of("evidence", "paper-details");

    /** The named queries (without parameters), the start page and entity pages, repeated to {@code n} requests. */
    private List<Probe> ordinaryProbes(QueryLibrary library, int n) {
        List<Probe> kinds = new ArrayList<>();
        for (QueryLibrary.NamedQuery q : library.all())
            if (!BULK_WITHOUT_PARAMETER.contains(q.name())) kinds.add(new Probe("query " + q.name(), sparql(q.sparql()), "application/sparql-results+json", Set.of(200), false));
        kinds.add(new Probe("SPARQL as CSV", sparql("SELECT ?s WHERE { ?s a <https://w3id.org/paperkg/ontology#Paper> } LIMIT 50"),
                "text/csv", Set.of(200), false));
        kinds.add(new Probe("start page", server.resolve("/paperkg/"), "text/html", Set.of(200), false));
        for (String iri : sampleEntities())
            kinds.add(new Probe("entity page", server.resolve(URI.create(iri).getRawPath()), "text/html", Set.of(200), false));
        List<Probe> out = new ArrayList<>(n);
        for (int i = 0; out.size() < n; i++) out.add(kinds.get(i % kinds.size()));
        Collections.shuffle(out, new java.util.Random(42));
        return out;
    }

    private List<String> sampleEntities() {
        String q = "SELECT DISTINCT ?e WHERE { VALUES ?c { <https://w3id.org/paperkg/ontology#Paper> <https://w3id.org/paperkg/ontology#Method> "
                + "<https://w3id.org/paperkg/ontology#Dataset> <https://w3id.org/paperkg/ontology#CodeRepository> } ?e a ?c } LIMIT 20";
        try {
            var res = http.send(HttpRequest.newBuilder(sparql(q)).timeout(Duration.ofSeconds(30))
                    .header("Accept", "application/sparql-results+json").GET().build(), HttpResponse.BodyHandlers.ofString());
            List<String> out = new ArrayList<>();
            Matcher m = ENTITY.matcher(res.body());
            while (m.find()) out.add(m.group(1));
            return out;
        } catch (Exception e) {
            throw new KgException(KgException.FAILURE, "the server at " + server + " does not answer SPARQL: " + e.getMessage());
        }
    }

    /** Queries no server should run to the end: each must be stopped (503) or refused (400). */
    private List<Probe> pathologicalProbes(int n) {
        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put("cartesian product count", "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }");
        kinds.put("huge OFFSET", "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } OFFSET 1000000000 LIMIT 1");
        kinds.put("unbounded result", "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }");
        List<Probe> out = new ArrayList<>();
        var names = new ArrayList<>(kinds.keySet());
        for (int i = 0; i < n; i++) {
            String k = names.get(i % names.size());
            out.add(new Probe(k, sparql(kinds.get(k)), "application/sparql-results+json", Set.of(400, 503), true));
        }
        return out;
    }

    private URI sparql(String query) {
        return server.resolve("/paperkg/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    }

    private static Latency latency(List<Double> ms) {
        if (ms.isEmpty()) return new Latency(0, 0, 0, 0);
        List<Double> s = new ArrayList<>(ms);
        Collections.sort(s);
        return new Latency(pct(s, 50), pct(s, 95), pct(s, 99), s.get(s.size() - 1));
    }

    private static double pct(List<Double> sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }
}
