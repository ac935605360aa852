package org.paperkg.model;

import java.util.List;

/** A paper record with everything the extractors found in it: the unit handed to the mapper. */
public record PaperExtraction(PaperRecord paper, List<Mention> mentions, List<ResultMention> results) {
    public PaperExtraction {
        mentions = List.copyOf(mentions);
        results = List.copyOf(results);
    }
}
