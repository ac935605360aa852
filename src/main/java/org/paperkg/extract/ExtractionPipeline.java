package org.paperkg.extract;

import org.paperkg.model.Mention;
import org.paperkg.model.PaperExtraction;
import org.paperkg.model.PaperRecord;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs every extractor over one paper and bundles the result for the mapper and the JSON view:
 * one extraction path, whatever the output. Stateless between papers and safe to share.
 *
 * <pre>
 * PaperExtraction x = ExtractionPipeline.standard().extract(record);
 * </pre>
 */
public final class ExtractionPipeline {
    private final List<Extractor> extractors;

    public ExtractionPipeline(List<Extractor> extractors) {
        this.extractors = List.copyOf(extractors);
    }

    /** The extractors a build runs. */
    public static ExtractionPipeline standard() {
        return new ExtractionPipeline(List.of(new LinkExtractor(), new ProposedNameExtractor()));
    }

    public List<Extractor> extractors() {
        return extractors;
    }

    public PaperExtraction extract(PaperRecord paper) {
        TextIndex text = new TextIndex(paper);
        List<Mention> mentions = new ArrayList<>();
        for (Extractor e : extractors) mentions.addAll(e.extract(paper, text));
        return new PaperExtraction(paper, mentions, List.of());
    }
}
