package org.paperkg.cli;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.paperkg.KgException;
import org.paperkg.store.KgStore;
import org.paperkg.validate.ShapesValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks the store, or the given RDF files instead, against the SHACL shapes in ontology/shapes.ttl.",
                "Exit 0 when the data conforms; 1 with each violation listed when it does not.",
                "Files may be Turtle, N-Triples, N-Quads, TriG, JSON-LD or RDF/XML (by extension); their graphs are merged."})
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "RDF files to check instead of the store.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--shapes", paramLabel = "FILE", description = "Shapes to check against (default: the paperkg shapes).")
    Path shapesFile;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (a readable report) or ttl (the W3C SHACL validation report as Turtle) (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--max", paramLabel = "N", defaultValue = "1000", description = "Print at most N violations in text form (default: ${DEFAULT-VALUE}).")
    int max;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!format.equals("text") && !format.equals("ttl"))
            throw new KgException(KgException.BAD_INPUT, "unknown format '" + format + "'; use text or ttl");
        ShapesValidator validator = shapesFile == null ? ShapesValidator.standard() : readShapes(shapesFile);
        ShapesValidator.Outcome outcome;
        long triples;
        String what;
        if (files.isEmpty()) {
            try (KgStore kg = KgStore.openExisting(store.dir())) {
                var result = Txn.calculateRead(kg.dataset(), () -> {
                    Graph union = kg.dataset().asDatasetGraph().getUnionGraph();
                    return new Object[]{validator.validate(union), (long) union.size()};
                });
                outcome = (ShapesValidator.Outcome) result[0];
                triples = (Long) result[1];
            }
            what = "the store " + store.dir();
        } else {
            Graph data = GraphFactory.createDefaultGraph();
            for (Path f : files) read(f, data);
            outcome = validator.validate(data);
            triples = data.size();
            what = files.size() == 1 ? files.get(0).toString() : files.size() + " files";
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format.equals("ttl")) {
            try (var bytes = Streams.bytesTo(out)) {
                RDFDataMgr.write(bytes, outcome.report(), RDFFormat.TURTLE_PRETTY);
            }
        } else {
            int shown = 0;
            for (ShapesValidator.Violation v : outcome.violations()) {
                if (shown++ == max) {
                    out.printf("... and %,d more (use --max or --format ttl)%n", outcome.violations().size() - max);
                    break;
                }
                out.printf("%s%s%n    %s%s  [%s]%n", v.focus(), v.path().isEmpty() ? "" : "  " + v.path(),
                        v.message(), v.value().isEmpty() ? "" : " (value " + v.value() + ")", v.constraint());
            }
            if (outcome.conforms())
                out.printf("Conforms: %s (%,d triples) satisfies all %d shapes.%n", what, triples, outcome.shapes());
            else
                out.printf("Does not conform: %,d violation%s in %s (%,d triples, %d shapes).%n", outcome.violations().size(),
                        outcome.violations().size() == 1 ? "" : "s", what, triples, outcome.shapes());
        }
        return outcome.conforms() ? 0 : 1;
    }

    private static ShapesValidator readShapes(Path f) {
        if (!Files.isRegularFile(f)) throw new KgException(KgException.BAD_INPUT, f + ": no such shapes file");
        try {
            return ShapesValidator.fromFile(f);
        } catch (RiotException e) {
            throw new KgException(KgException.BAD_INPUT, f + ": cannot read shapes: " + e.getMessage());
        } catch (RuntimeException e) {
            throw new KgException(KgException.BAD_INPUT, f + ": not usable as SHACL shapes: " + e.getMessage());
        }
    }

    private static void read(Path f, Graph into) {
        if (!Files.isRegularFile(f)) throw new KgException(KgException.BAD_INPUT, f + ": no such file");
        try {
            var ds = org.apache.jena.sparql.core.DatasetGraphFactory.createGeneral();
            RDFParser.source(f).parse(ds);
            ds.find().forEachRemaining(q -> into.add(q.asTriple()));
        } catch (RiotException e) {
            throw new KgException(KgException.BAD_INPUT, f + ": not readable RDF: " + e.getMessage()
                    + "; give Turtle (.ttl), N-Triples (.nt), N-Quads (.nq), TriG (.trig), JSON-LD (.jsonld) or RDF/XML (.rdf)");
        }
    }
}
