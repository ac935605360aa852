package org.paperkg.extract;

import org.paperkg.model.Mention;
import org.paperkg.model.PaperRecord;

import java.util.List;

/**
 * Finds mentions of one kind in a paper. Reads the title and abstract; adds nothing to the record
 * and keeps no state between papers, so one instance can serve many threads.
 */
public interface Extractor {
    /** Stable short name, used in provenance. */
    String name();

    List<Mention> extract(PaperRecord paper, TextIndex text);
}
