package org.paperkg.extract;

import org.paperkg.gazetteer.Gazetteer;
import org.paperkg.gazetteer.GazetteerEntry;
import org.paperkg.model.EntityType;
import org.paperkg.model.Mention;
import org.paperkg.model.MentionKind;
import org.paperkg.model.PaperRecord;
import org.paperkg.model.Span;
import org.paperkg.model.TextField;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the research tasks a paper works on (TASK). Rules:
 * <ol>
 *   <li><b>Gazetteer</b> (0.9 case-exact, 0.8 any case): names from {@code tasks.tsv} in the title or
 *       abstract, and listed methods followed by "problem(s)" or "task(s)" ("linear regression
 *       problems", see {@link GazetteerRule#decide}). A name goes on to the left over setting
 *       modifiers that make it a more specific task ({@link #MODIFIERS}: "few-shot text
 *       classification", "listwise passage ranking", "conditional text generation").</li>
 *   <li><b>Task noun</b> (0.65): "X task(s)", "X problem(s)", "the task of X", where X is one to four
 *       words ending in a task head noun ({@link #HEADS}: classification, regression, retrieval,
 *       generation, extraction, ...): "legal provision classification task", "regression tasks",
 *       "sentiment attitude extraction task". Vague words ("downstream", "reasoning", "language")
 *       do not make a task.</li>
 *   <li><b>Examples</b> (0.65): "tasks such as|including|like A, B and C", "tasks (A, B, C)": each
 *       item that ends in a task head noun or is a listed task.</li>
 *   <li><b>Defined acronym</b> (0.7): an acronym whose long form is a listed task or ends in a task
 *       head noun ("extreme classification (XC)", "face recognition (FR)").</li>
 * </ol>
 * Learning paradigms ("reinforcement learning", "few-shot learning") are research areas, not tasks,
 * and are left out; "continual learning" or "learning with noisy labels" stay.
 */
public final class TaskExtractor implements Extractor {
    public static final String NAME = "tasks";
    private final Gazetteer gazetteer;

    /** Last words that make a phrase a task name. */
    static final Set<String> HEADS = Set.of("classification", "regression", "prediction", "generation", "retrieval",
            "ranking", "re-ranking", "reranking", "translation", "detection", "recognition", "segmentation", "extraction",
            "parsing", "summarization", "summarisation", "tagging", "answering", "question-answering", "captioning",
            "completion", "estimation", "clustering", "forecasting", "recommendation", "matching", "labeling", "labelling",
            "localization", "tracking", "synthesis", "verification", "reconstruction", "editing", "inpainting", "denoising",
            "unlearning", "selection", "discovery", "planning", "navigation", "comprehension", "inference", "alignment",
            "transfer", "reasoning", "generalization", "optimization", "attribution", "imputation", "compression",
            "simplification", "correction", "resolution", "linking", "typing", "disambiguation", "identification");
    /** Heads too vague alone or with a vague word: "reasoning tasks", "alignment", "optimization problems". */
    private static final Set<String> NEEDS_QUALIFIER = Set.of("reasoning", "alignment", "generalization",
            "optimization", "inference", "transfer", "selection", "discovery", "planning", "attribution", "compression",
            "generation", "prediction", "estimation", "recognition", "detection", "matching", "correction", "resolution");
    /** Words that never start or make up a task name. */
    private static final Set<String> VAGUE = Set.copyOf(List.of("downstream", "various", "several", "different", "multiple", "many",
            "these", "those", "other", "such", "challenging", "complex", "diverse", "standard", "real-world", "benchmark",
            "evaluation", "nlp", "language", "coding", "general", "new", "novel", "specific", "target", "related",
            "the", "a", "an", "our", "their", "its", "all", "both", "each", "most", "some", "simple", "hard", "difficult",
            "common", "popular", "traditional", "typical", "key", "core", "important", "relevant", "same", "two", "three",
            "four", "five", "six", "seven", "eight", "nine", "ten", "of", "and", "or", "for", "on", "in", "with", "to",
            "we", "it", "this", "that", "which", "prediction", "following", "previous", "unseen", "seen", "training",
            "test", "testing", "proxy", "auxiliary", "reasoning", "intensive", "knowledge-intensive", "mathematical-",
            "generative", "discriminative", "prior", "existing", "complicated", "practical", "realistic", "large-scale",
            "unique", "average", "certain", "similar", "parallel", "particular", "given", "individual", "numerous",
            "additional", "subsequent", "final", "initial", "basic", "main", "multiple-choice", "single", "joint",
            "between", "among", "across", "at", "by", "from", "via", "over", "under", "into", "than", "as", "is", "are",
            "solve", "solving", "solves", "perform", "performing", "tackle", "tackling", "address", "addressing",
            "improve", "improving", "study", "studying", "use", "using", "min-max", "end", "other", "more", "less",
            "better", "best", "higher", "lower", "non-linear", "nonlinear", "generic", "broad", "wide",
            "affinity", "proximity", "long", "short", "large", "small", "good", "poor", "strong", "weak"));
    /** Setting modifiers a listed task goes on over ("few-shot text classification"). */
    static final Set<String> MODIFIERS = Set.of("few-shot", "zero-shot", "one-shot", "in-context", "multi-label", "multi-class",
            "multiclass", "multi-hop", "multi-turn", "multi-document", "multilingual", "cross-lingual", "cross-domain",
            "open-domain", "open-ended", "long-form", "long-text", "long-context", "conditional", "unconditional",
            "unsupervised", "semi-supervised", "weakly-supervised", "weakly supervised", "listwise", "pairwise",
            "pointwise", "dense", "sparse", "visual", "multimodal", "multi-modal", "extractive", "abstractive",
            "fine-grained", "coarse-grained", "binary", "document-level", "sentence-level", "passage-level",
            "token-level", "aspect-based", "low-resource", "non-autoregressive", "end-to-end", "interactive",
            "compositional", "controllable", "text-guided", "instruction-based", "exemplar-free", "class-incremental",
            "task-incremental", "domain-incremental", "online", "offline", "spoken", "musical", "mathematical",
            "explanation", "answer", "first-stage", "black-box");

    private static final Pattern TASK_NOUN = Pattern.compile("(?<=[\\p{L}\\p{N}] )(?:tasks?|problems?)\\b");
    private static final Pattern TASK_OF = Pattern.compile("(?i)\\bthe (?:task|problem) of\\s+");
    private static final Pattern EXAMPLES = Pattern.compile("\\btasks?(?:,\\s*|\\s+)?(?:\\(\\s*|(?:such as|including|like|namely|e\\.g\\.,?)\\s+)");
    private static final Pattern ITEM = Pattern.compile("((?:[\\p{L}][\\p{L}\\-]*\\s+){0,3}[\\p{L}][\\p{L}\\-]*)"
            + "(?=\\s*(?:,|\\)|\\band\\b|\\bor\\b|\\.|;|$))");
    private static final Pattern LIST_SEP = Pattern.compile("\\s*(?:,\\s*(?:and|or)\\s+|,\\s*|\\s+and\\s+|\\s+or\\s+)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\-]*");

    public TaskExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Mention> extract(PaperRecord paper, TextIndex text) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : GazetteerRule.find(gazetteer, text, MentionKind.TASK, t -> t == EntityType.TASK, NAME))
            if (!isParadigm(m.text()) && !isParadigm(m.entityName())) out.add(withModifiers(m, text.text(m.field())));
        for (TextField field : TextField.values()) {
            String t = text.text(field);
            String lower = t.toLowerCase(Locale.ROOT);
            if (!lower.contains("task") && !lower.contains("problem")) continue;   // rules 2 and 3 need one
            taskNoun(t, field, text, out);
            examples(t, field, text, out);
        }
        String abs = text.text(TextField.ABSTRACT);
        for (Acronyms.Definition d : text.acronyms()) {
            if (isParadigm(d.longForm())) continue;
            // A listed task inside the long form becomes the acronym in the pipeline ("speech recognition" in ASR's).
            boolean inside = false;
            for (Mention m : out) inside |= m.field() == TextField.ABSTRACT && d.longSpan().contains(m.span());
            if (inside) continue;
            GazetteerEntry known = gazetteer.lookup(d.longForm());
            boolean listed = known != null && known.type() == EntityType.TASK;
            if (!listed && (known != null || !isTaskPhrase(d.longForm()))) continue;
            out.add(new Mention(MentionKind.TASK, d.shortForm(), d.longForm(), EntityType.TASK, TextField.ABSTRACT,
                    d.shortSpan(), text.sentenceAt(TextField.ABSTRACT, d.shortSpan().start()), NAME + "/acronym", 0.7,
                    listed ? known.name() : null, null));
        }
        return out;
    }

    /** "few-shot text classification": a listed task with the setting modifiers written before it. */
    private static Mention withModifiers(Mention m, String t) {
        int start = m.span().start();
        for (int k = 0; k < 2; k++) {
            if (start < 2 || t.charAt(start - 1) != ' ') break;
            int w = start - 1;
            while (w > 0 && t.charAt(w - 1) != ' ' && t.charAt(w - 1) != '(' && t.charAt(w - 1) != '"') w--;
            String word = t.substring(w, start - 1);
            if (!MODIFIERS.contains(word.toLowerCase(Locale.ROOT))) break;
            start = w;
        }
        if (start == m.span().start()) return m;
        Span span = new Span(start, m.span().end());
        return new Mention(m.kind(), span.coveredText(t), null, m.type(), m.field(), span, m.sentence(),
                m.extractor() + "+modifiers", m.confidence(), null, null);
    }

    /** Rule 2: "legal provision classification task", "regression tasks", "the task of X". */
    private void taskNoun(String t, TextField field, TextIndex text, List<Mention> out) {
        Matcher m = TASK_NOUN.matcher(t);
        while (m.find()) {
            Span sentence = text.sentenceAt(field, m.start());
            int end = m.start() - 1, start = end;
            for (int k = 0; k < 4; k++) {
                int w = start;
                while (w > sentence.start() && t.charAt(w - 1) != ' ' && t.charAt(w - 1) != '(' && t.charAt(w - 1) != ',') w--;
                if (w == start || !WORD.matcher(t.substring(w, start)).matches()) break;
                String word = t.substring(w, start);
                // "English to French translation": "to" joins two capitalized words.
                boolean joins = word.equals("to") && start < end && Character.isUpperCase(t.charAt(start + 1))
                        && w >= 2 && Character.isUpperCase(t.charAt(wordStartBefore(t, w - 1, sentence)));
                if (!joins && (VAGUE.contains(word.toLowerCase(Locale.ROOT)) || word.endsWith("ly"))) break;
                start = w;
                if (start - 1 <= sentence.start() || t.charAt(start - 1) != ' ') break;
                if (k < 3) start--;
            }
            if (start < end && t.charAt(start) == ' ') start++;
            addPhrase(t, field, new Span(start, end), sentence, out);
        }
        Matcher of = TASK_OF.matcher(t);
        while (of.find()) {
            Span sentence = text.sentenceAt(field, of.start());
            if (of.end() >= sentence.end()) continue; // "of" ends its sentence
            Matcher item = ITEM.matcher(t).region(of.end(), sentence.end());
            if (item.lookingAt()) addPhrase(t, field, new Span(item.start(1), item.end(1)), sentence, out);
        }
    }

    /** The start of the word that ends at {@code end}. */
    private static int wordStartBefore(String t, int end, Span sentence) {
        int w = end;
        while (w > sentence.start() && t.charAt(w - 1) != ' ') w--;
        return Math.min(w, t.length() - 1);
    }

    /** Rule 3: "tasks such as A, B and C". */
    private void examples(String t, TextField field, TextIndex text, List<Mention> out) {
        Matcher m = EXAMPLES.matcher(t);
        while (m.find()) {
            Span sentence = text.sentenceAt(field, m.start());
            Lists.walk(t, m.end(), sentence.end(), ITEM, LIST_SEP, item -> {
                Span span = new Span(item.start(1), item.end(1));
                GazetteerEntry known = gazetteer.lookup(span.coveredText(t));
                // A listed task goes on (the gazetteer rule reports it); anything else must be a task phrase.
                return known != null && known.type() == EntityType.TASK || addPhrase(t, field, span, sentence, out);
            });
        }
    }

    /** Adds the phrase as a task when it ends in a task head noun and is specific; false when it is none. */
    private boolean addPhrase(String t, TextField field, Span span, Span sentence, List<Mention> out) {
        if (span.length() <= 0) return false;
        String phrase = span.coveredText(t);
        if (!isTaskPhrase(phrase) || isParadigm(phrase)) return false;
        GazetteerEntry known = gazetteer.lookup(phrase);
        if (known != null && known.type() != EntityType.TASK) return false;
        out.add(new Mention(MentionKind.TASK, phrase, null, EntityType.TASK, field, span, sentence, NAME + "/task-noun",
                0.65, known == null ? null : known.name(), null));
        return true;
    }

    /** One to four words, none vague, ending in a task head noun (a vague head needs a specific word before it). */
    static boolean isTaskPhrase(String phrase) {
        String[] words = phrase.trim().split("\\s+");
        if (words.length == 0 || words.length > 4) return false;
        String head = words[words.length - 1].toLowerCase(Locale.ROOT);
        int hyphen = head.lastIndexOf('-');
        String last = HEADS.contains(head) ? head : hyphen > 0 ? head.substring(hyphen + 1) : head;
        if (!HEADS.contains(last)) return false;
        for (int k = 0; k < words.length - 1; k++)
            if (VAGUE.contains(words[k].toLowerCase(Locale.ROOT)) && !(words[k].equals("to") && k > 0)) return false;
        for (String w : words) if (!WORD.matcher(w).matches()) return false;
        return !(words.length == 1 && NEEDS_QUALIFIER.contains(last) && hyphen < 0);
    }

    /** Learning paradigms, which the gold guide counts as neither tasks nor methods: "few-shot learning". */
    static boolean isParadigm(String name) {
        return PARADIGM.matcher(name).matches();
    }

    private static final Pattern PARADIGM = Pattern.compile(
            "(?i)(?:deep |machine |reinforcement |contrastive |curriculum |meta-?|self-supervised |semi-supervised "
                    + "|supervised |unsupervised |active |prompt-based |multi-task |decision-focused |in-context "
                    + "|zero-shot |few-shot |one-shot |representation |transfer |federated |online |imitation "
                    + "|offline reinforcement |offline )learning|offline RL|(?:the )?fine-?tuning|finetuning|pre-?training");
}
