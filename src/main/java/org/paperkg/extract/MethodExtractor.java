package org.paperkg.extract;

import org.paperkg.gazetteer.Gazetteer;
import org.paperkg.model.EntityType;
import org.paperkg.model.Mention;
import org.paperkg.model.MentionKind;
import org.paperkg.model.PaperRecord;
import org.paperkg.model.TextField;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the existing methods and models a paper uses or compares with (METHOD_USED). Two rules:
 * <ol>
 *   <li><b>Gazetteer</b> (0.9 case-exact, 0.8 any case): names from {@code methods.tsv} in the title
 *       or abstract, typed by {@link GazetteerRule#decide}; learning paradigms and generic classes
 *       ("contrastive learning", "fine-tuning", "reward models") are left out, as in the gold guide.</li>
 *   <li><b>Defined acronym</b> (0.7): an acronym defined in the abstract, "Long Form (SF)", whose long
 *       form ends in a method-like head noun ("Proximal Policy Optimization (PPO)", "low-rank
 *       adaptation (LoRA)"): see {@link TypeCues#headNoun}. Field-wide acronyms (LLMs, NLP ...) are
 *       not methods, nor are learning paradigms: a long form ending in "learning" ("in-context
 *       learning (ICL)") or that is just "fine-tuning" or "pre-training" names a research area or a
 *       generic step, not a method a paper can be said to use.</li>
 * </ol>
 * Names the paper itself proposes are removed later by {@link ExtractionPipeline}, which sees the
 * proposed names; this extractor reports every occurrence.
 */
public final class MethodExtractor implements Extractor {
    public static final String NAME = "methods";
    private final Gazetteer gazetteer;

    public MethodExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Mention> extract(PaperRecord paper, TextIndex text) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : GazetteerRule.find(gazetteer, text, MentionKind.METHOD_USED, GazetteerRule::isMethodLike, NAME))
            if (!isParadigm(m.entityName()) && !isParadigm(m.text()) && !isGenericClass(m.text())) out.add(m);
        String abs = text.text(TextField.ABSTRACT);
        for (Acronyms.Definition d : text.acronyms()) {
            if (ProposedNameExtractor.GENERIC_ACRONYMS.contains(d.shortForm())) continue;
            EntityType head = TypeCues.headNoun(d.longForm());
            if (head == null || !GazetteerRule.isMethodLike(head) || isParadigm(d.longForm()) || isGenericClass(d.longForm()))
                continue;
            out.add(new Mention(MentionKind.METHOD_USED, d.shortForm(), d.longForm(), head, TextField.ABSTRACT,
                    d.shortSpan(), text.sentenceAt(TextField.ABSTRACT, d.shortSpan().start()), NAME + "/acronym", 0.7));
        }
        return out;
    }

    /**
     * A learning paradigm or generic training stage rather than a method: "... learning",
     * "fine-tuning", "pre-training", "continual pre-training", "parameter-efficient fine-tuning",
     * "instruction tuning", "weak supervision". Supervised fine-tuning (SFT) is a named procedure
     * and stays a method.
     */
    static boolean isParadigm(String name) {
        String lf = name.toLowerCase(java.util.Locale.ROOT);
        return lf.endsWith("learning") || PARADIGM.matcher(lf).matches();
    }

    private static final java.util.regex.Pattern PARADIGM = java.util.regex.Pattern.compile(
            "(?:full |standard |vanilla |self-supervised |unsupervised |continual |continued |further |"
                    + "parameter-efficient |language model |llm )?"
                    + "(?:fine-?tuning|finetuning|pre-?training|pretraining|instruction[- ]tuning|weak supervision)");

    /** Generic classes of models, which name no particular method: "reward models", "neural networks". */
    static boolean isGenericClass(String name) {
        String lf = name.toLowerCase(java.util.Locale.ROOT).replaceAll("s$", "");
        return GENERIC_CLASSES.contains(lf);
    }

    private static final java.util.Set<String> GENERIC_CLASSES = java.util.Set.of("reward model", "language model",
            "large language model", "neural network", "deep neural network", "deep network", "foundation model",
            "pretrained model", "pre-trained model", "attention mechanism", "baseline", "dense retriever", "llm", "lm");
}
