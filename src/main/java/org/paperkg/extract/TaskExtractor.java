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
 * so a list is the only rule a researcher would trust without a trained model. Learning paradigms
 * ("reinforcement learning", "few-shot learning") are research areas, not tasks, and are left out;
 * "continual learning" or "learning with noisy labels" stay.
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
        List<Mention> out = new java.util.ArrayList<>();
        for (Mention m : GazetteerRule.find(gazetteer, text, MentionKind.TASK, t -> t == EntityType.TASK, NAME))
            if (!isParadigm(m.text()) && !isParadigm(m.entityName())) out.add(m);
        return out;
    }

    /** Learning paradigms, which the gold guide counts as neither tasks nor methods: "few-shot learning". */
    static boolean isParadigm(String name) {
        return PARADIGM.matcher(name).matches();
    }

    private static final java.util.regex.Pattern PARADIGM = java.util.regex.Pattern.compile(
            "(?i)(?:deep |machine |reinforcement |contrastive |curriculum |meta-?|self-supervised |semi-supervised "
                    + "|supervised |unsupervised |active |prompt-based |multi-task |decision-focused |in-context "
                    + "|zero-shot |few-shot |one-shot |representation |transfer |federated |online |imitation )learning");
}
