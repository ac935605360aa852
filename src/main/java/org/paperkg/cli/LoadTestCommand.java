package org.paperkg.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.paperkg.KgException;
import org.paperkg.query.QueryLibrary;
import org.paperkg.serve.KgServer;
import org.paperkg.serve.LoadTest;
import org.paperkg.serve.ServerConfig;
import org.paperkg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.Callable;

@Command(name = "loadtest", mixinStandardHelpOptions = true,
        description = {"Load-tests a paperkg server on this machine: a burst of concurrent ordinary requests (named queries,",
                "entity pages, the start page) with pathological queries (cartesian product, huge OFFSET, unbounded result)",
                "sent at the same time. Reports throughput, latency and every unexpected answer; exit 1 if there was one.",
                "Without --url it serves the store itself on a free port of 127.0.0.1 for the run."})
final class LoadTestCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--url", paramLabel = "URL", description = "A running server, e.g. http://127.0.0.1:3030 (loopback only).")
    URI url;

    @Option(names = "--clients", defaultValue = "8", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--requests", defaultValue = "2000", description = "Ordinary requests in the burst (default: ${DEFAULT-VALUE}).")
    int requests;

    @Option(names = "--pathological", defaultValue = "6", description = "Pathological queries sent with the burst (default: ${DEFAULT-VALUE}).")
    int pathological;

    @Option(names = "--query-timeout", paramLabel = "SECONDS", defaultValue = "5",
            description = "Query timeout of the server this command starts (default: ${DEFAULT-VALUE}).")
    double timeoutSeconds;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (clients < 1 || clients > 256) throw new KgException(KgException.BAD_INPUT, "--clients must be between 1 and 256");
        if (requests < 1 || requests > 1_000_000) throw new KgException(KgException.BAD_INPUT, "--requests must be between 1 and 1000000");
        if (pathological < 0 || pathological > 1000) throw new KgException(KgException.BAD_INPUT, "--pathological must be between 0 and 1000");
        if (!format.equals("text") && !format.equals("json")) throw new KgException(KgException.BAD_INPUT, "unknown format '" + format + "'; use text or json");
        var library = new QueryLibrary(Home.resolve("queries"));
        Duration timeout = ServeCommand.queryTimeout(timeoutSeconds);
        var plan = new LoadTest.Plan(clients, requests, pathological, timeout.plusSeconds(30));
        LoadTest.Report report;
        String target;
        if (url != null) {
            target = url.toString();
            report = new LoadTest(url).run(plan, library);
        } else {
            try (KgStore kg = KgStore.openExisting(store.dir());
                 KgServer server = KgServer.start(kg, ServerConfig.defaults().withPort(0).withQueryTimeout(timeout))) {
                server.warmUp();
                target = server.baseUrl() + " (serving " + store.dir() + ", query timeout " + timeoutSeconds + " s)";
                report = new LoadTest(URI.create(server.baseUrl())).run(plan, library);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format.equals("json")) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report));
        } else {
            out.printf("Load test of %s: %d clients%n", target, report.clients());
            out.printf("  ordinary      %,d requests, %,d answered 200 in %.1f s: %.0f requests/s%n",
                    report.ordinary(), report.ordinaryOk(), report.seconds(), report.throughput());
            var l = report.ordinaryLatency();
            out.printf("  latency       p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms%n", l.p50(), l.p95(), l.p99(), l.max());
            out.printf("  pathological  %d sent, %d stopped or refused as they should be (max %.1f s)%n",
                    report.pathological(), report.pathologicalAsExpected(), report.pathologicalLatency().max() / 1000);
            report.pathologicalStatuses().forEach((k, v) -> out.printf("                %s: %d%n", k, v));
            out.printf("  errors        %d%s%n", report.errors(), report.errors() == 0 ? "" : ":");
            report.unexpected().forEach((k, v) -> out.printf("                %s: %d%n", k, v));
            out.printf("  afterwards    the server %s%n", report.answersAfter() ? "answers queries" : "DOES NOT ANSWER");
        }
        return report.errors() == 0 && report.answersAfter() ? 0 : 1;
    }
}
