package org.paperkg.cli;

import org.apache.jena.query.Query;
import org.paperkg.KgException;
import org.paperkg.query.QueryLibrary;
import org.paperkg.query.QueryRunner;
import org.paperkg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Runs a named query from queries/, a .rq file, or SPARQL given with -e.",
                "The default graph is the union of all source graphs.",
                "Example: paperkg query papers-in-date-range --param from=2025-01-01 --param to=2025-12-31"})
final class QueryCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "NAME|FILE.rq", arity = "0..1", description = "A query name (see --list) or a .rq file.")
    String name;

    @Option(names = "-e", paramLabel = "SPARQL", description = "SPARQL text to run instead of a named query.")
    String sparql;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv, tsv or json (SELECT results; default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE",
            description = "Binds ?NAME to VALUE (an IRI, YYYY-MM-DD date, number or string) safely, by substitution.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--list", description = "Lists the named queries and what they answer.")
    boolean list;

    @Spec
    CommandSpec spec;


    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        var library = new QueryLibrary(Home.resolve("queries"));
        if (list) {
            for (var q : library.all()) out.printf("%-28s %s%n", q.name(), q.purpose());
            return 0;
        }
        if ((name == null) == (sparql == null))
            throw new KgException(KgException.BAD_INPUT, "give either a query name or file, or -e SPARQL (see --list)");
        QueryRunner.Format fmt = QueryRunner.format(format);
        Query query = sparql != null ? QueryRunner.parse(sparql, "-e")
                : QueryRunner.parse(library.load(name).sparql(), name);
        try (KgStore kg = KgStore.openExisting(store.dir()); OutputStream results = Streams.bytesTo(out)) {
            new QueryRunner(kg.dataset()).run(query, params, fmt, results);
        }
        return 0;
    }
}
