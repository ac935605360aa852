package org.paperkg.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.paperkg.extract.Urls;
import org.paperkg.model.EntityType;
import org.paperkg.model.SourceRef;
import org.paperkg.vocab.Iris;

/**
 * IRI minting on any string: every minted IRI passes Jena's strict check and is plain ASCII, and
 * a web address is either a valid IRI or refused (then the mapper writes a literal).
 */
class IriFuzzTest {
    private static final Iris IRIS = new Iris(Iris.DEFAULT_BASE);

    @FuzzTest(maxDuration = "10s")
    void anyName(byte[] input) {
        String s = FuzzChecks.text(input);
        if (!s.isBlank()) {
            valid(IRIS.paper(s));
            valid(IRIS.person(s));
            for (EntityType t : EntityType.values()) valid(IRIS.entity(t, s));
            valid(IRIS.sourceGraph(s));
            valid(IRIS.sourceRecord(new SourceRef(s, 1)));
            valid(IRIS.extractor(s));
        }
        valid(Iris.arxivAbstract(s));
        valid(Iris.doi(s));
        valid(Iris.arxivCategory(s));
        Iris.webIri(s).ifPresent(IriFuzzTest::valid);
        Urls.normalize(s).ifPresent(link -> {
            if (link.codeRepository()) valid(IRIS.repository(link.url()));
            Iris.webIri(link.url()).ifPresent(IriFuzzTest::valid);
        });
    }

    private static void valid(String iri) {
        FuzzChecks.check(Iris.isValid(iri), "invalid IRI: " + FuzzChecks.escape(iri));
        FuzzChecks.check(iri.chars().allMatch(c -> c > 0x20 && c < 0x7F), "IRI not plain ASCII: " + FuzzChecks.escape(iri));
    }
}
