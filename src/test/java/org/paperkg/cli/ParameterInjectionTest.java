package org.paperkg.cli;

import org.junit.jupiter.api.Test;
import org.paperkg.SampleStore;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Values given with -p are bound as RDF terms, never pasted into the query text: values written to
 * break out of a string or an IRI and widen the query match nothing, where pasting them would
 * return every row.
 */
class ParameterInjectionTest {
    static List<String> csv(String... args) {
        String[] full = new String[args.length + 4];
        full[0] = "query";
        full[1] = "--store";
        full[2] = SampleStore.path().toString();
        full[3] = "--format=csv";
        System.arraycopy(args, 0, full, 4, args.length);
        return CliRun.of(full).expect(0).out().lines().toList();
    }

    @Test
    void aStringValueCannotCloseItsQuotes() {
        assertEquals(2, csv("evidence", "-p", "name=EBTs").size(), "the honest value finds its one row");
        assertEquals(1, csv("evidence", "-p", "name=EBTs\") || true || (\"").size(), "header only");
        assertEquals(1, csv("evidence", "-p", "name=x' || true || '").size());
    }

    @Test
    void anIriValueCannotCloseItsBrackets() {
        List<String> rows = csv("paper-details", "-p", "paper=<urn:x> ?p ?o } UNION { ?paper ?property ?value . BIND(<urn:y>");
        assertEquals(List.of("paper,property,value"), rows);
        assertEquals(List.of("paper,property,value"), csv("paper-details", "-p", "title=x\")) } UNION { ?paper ?property ?value } #"));
    }
}
