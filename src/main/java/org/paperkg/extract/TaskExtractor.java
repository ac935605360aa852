package org.paperkg.extract;

import org.paperkg.gazetteer.Gazetteer;
import org.paperkg.model.EntityType;
import org.paperkg.model.Mention;
import org.paperkg.model.MentionKind;
import org.paperkg.model.PaperRecord;

import java.util.List;

/**
 * Finds the research tasks a paper works on (TASK): names from {@code tasks.tsv} in the title or
 * abstract (0.9 case-exact, 0.8 any case). Task names are common phrases ("machine translation"),
 * so a list is the only rule a researcher would trust without a trained model.
 */
public final class TaskExtractor implements Extractor {
    public static final String NAME = "tasks";
    private final Gazetteer gazetteer;

    public TaskExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Mention> extract(PaperRecord paper, TextIndex text) {
        return GazetteerRule.find(gazetteer, text, MentionKind.TASK, t -> t == EntityType.TASK, NAME);
    }
}
