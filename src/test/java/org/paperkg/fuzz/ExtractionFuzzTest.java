package org.paperkg.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.paperkg.extract.ExtractionPipeline;
import org.paperkg.map.PaperMapper;
import org.paperkg.model.Mention;
import org.paperkg.model.PaperExtraction;
import org.paperkg.model.PaperRecord;
import org.paperkg.model.ResultMention;
import org.paperkg.model.SafeText;
import org.paperkg.model.SourceRef;
import org.paperkg.read.RecordLimits;
import org.paperkg.vocab.Iris;
import org.paperkg.vocab.Names;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The extractors and the mapper on any title and abstract (and metadata links), as a reader would
 * pass them on: extraction never throws, every span lies inside its text, and every quad is valid
 * RDF that every export syntax can hold (see {@link FuzzChecks#checkQuad}).
 * Input: text (see {@link FuzzChecks#text}); its first line is the title, the second a code
 * repository URL, the third a project page, the rest the abstract. The mapper's resolver lives
 * across inputs, as in a build; the descriptions it would write at the end of the build for the
 * entities an input links to (labels are the names as written) are checked too.
 */
class ExtractionFuzzTest {
    private static final ExtractionPipeline EXTRACTION = ExtractionPipeline.standard();
    private static final PaperMapper MAPPER = new PaperMapper(new Iris(Iris.DEFAULT_BASE));

    @FuzzTest(maxDuration = "10s")
    void anyPaper(byte[] input) {
        String[] parts = FuzzChecks.text(input).split("\n", 4);
        // As the readers do: clean, collapse white space, and pass on no record without a title.
        String title = Names.collapseSpaces(SafeText.clean(parts[0]));
        if (title.isEmpty()) return;
        PaperRecord record = PaperRecord.builder(new SourceRef("fuzz.txt", 1), title)
                .githubRepo(parts.length > 1 ? parts[1] : null)
                .projectPage(parts.length > 2 ? parts[2] : null)
                .abstractText(parts.length > 3 ? parts[3] : null)
                .authors(Arrays.asList(title.split(",")))
                .categories(List.of(title.split(" ")[0]))
                .arxivId(title).doi(title).license(parts.length > 2 ? parts[2] : null)
                .build();
        if (RecordLimits.violation(record) != null) return; // readers skip these
        PaperExtraction x = EXTRACTION.extract(record);
        for (Mention m : x.mentions()) {
            String text = m.field().of(record);
            FuzzChecks.check(m.span().end() <= text.length() && m.sentence().end() <= text.length(), "span outside its text: " + m);
        }
        for (ResultMention r : x.results()) FuzzChecks.check(r.span().end() <= r.field().of(record).length(), "result span outside its text");
        StreamRDFBase check = new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                FuzzChecks.checkQuad(quad);
            }
        };
        List<Node> linked = new ArrayList<>();
        MAPPER.map(x, MAPPER.graphFor("fuzz.txt"), new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                FuzzChecks.checkQuad(quad);
                if (quad.getObject().isURI()) linked.add(quad.getObject());
            }
        });
        for (Node n : linked) MAPPER.resolver().describe(n.getURI(), check);
    }
}
