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
 * Finds the existing methods and models a paper uses or compares with (METHOD_USED). Rules:
 * <ol>
 *   <li><b>Gazetteer</b> (0.9 case-exact, 0.8 any case): names from {@code methods.tsv} in the title
 *       or abstract, typed by {@link GazetteerRule#decide}; learning paradigms and generic classes
 *       ("contrastive learning", "fine-tuning", "reward models") are left out, as in the gold guide.</li>
 *   <li><b>Defined acronym</b> (0.7): an acronym defined in the abstract, "Long Form (SF)", whose long
 *       form is a listed method or ends in a method-like head noun ("Proximal Policy Optimization
 *       (PPO)", "gradient ascent (GA)"; see {@link TypeCues#headNoun}), or that is written right before
 *       a method noun ("best-of-N (BoN) sampling"). Field-wide acronyms (LLMs, NLP ...) are not
 *       methods, nor are learning paradigms: a long form ending in "learning" ("in-context learning
 *       (ICL)") or that is just "fine-tuning" or "pre-training" names a research area or a generic
 *       step, not a method a paper can be said to use; nor generic classes ("reward model (RM)").</li>
 *   <li><b>Acronym + procedure</b> (0.65): "MAP decoding", "KL regularization": an acronym right before
 *       "decoding", "regularization" or "sampling" is reported with the noun.</li>
 *   <li><b>Name + method noun</b> (0.6, abstract only): a coined or capitalized name written right
 *       before a method noun, "the Snorkel system", "a GLM sampler", "Max-Margin and InfoNCE losses"
 *       (names coordinated before the noun share it).</li>
 *   <li><b>Examples of a method class</b> (0.6): "optimizers, such as Adam and Adafactor",
 *       "architectures, namely BERT and ConvKNRM", "methods (e.g., TEAL)", "architectures like Flux":
 *       every listed name after a method class noun and "such as|including|like|namely|e.g.". After
 *       "losses", "loss functions" or "objectives" a listed metric is the loss ("loss functions (e.g.,
 *       cross-entropy)"), lower-case losses count ("and average top-k loss") and a described item
 *       with its acronym gives the acronym ("regularized condition value-at-risk (CVaR)").</li>
 *   <li><b>Compared with</b> (0.6): a coined name (an inner capital, a digit or two capitals: "TEAL",
 *       "SimCTG", "LP") right after "compared with|to|against", "outperforms", "surpasses", "than",
 *       "over", "versus", "combined with", "extended from", or "we use|adopt|apply|employ|leverage"
 *       (skipping "the", "strong", "existing" ...).</li>
 * </ol>
 * A name found by rules 3–5 is not a method when the gazetteer lists it as a dataset, task or
 * metric, when it is a number, a field-wide acronym, hardware ("H100") or a defined acronym of a
 * learning paradigm. Names the paper itself proposes are removed later by {@link ExtractionPipeline},
 * which sees the proposed names; this extractor reports every occurrence.
 */
public final class MethodExtractor implements Extractor {
    public static final String NAME = "methods";
    private final Gazetteer gazetteer;

    /** Nouns that name a kind of method or model, for rules 3 and 4 (singular and plural). */
    private static final String METHOD_NOUN = "(?:model|method|algorithm|optimizer|architecture|system|sampler|loss|"
            + "objective|baseline|technique|approach|classifier|regularizer|estimator|decoder|encoder|retriever|reranker|"
            + "LLM|network|framework|strateg(?:y|ie)|procedure|heuristic|scheme)(?:e?s)?";
    private static final String NAME_WORD = "[\\p{L}\\p{N}][\\p{L}\\p{N}+.\\-]*[\\p{L}\\p{N}+]|[\\p{Lu}]";
    /** Rule 3: a name right before a method noun, anchored on the noun (see {@link #nameNoun}). */
    private static final Pattern NOUN = Pattern.compile("(?<=[\\p{L}\\p{N}+)] )" + METHOD_NOUN + "\\b");
    private static final Cue NOUN_CUE = Cue.atWordStart(NOUN, "model", "method", "algorithm", "optimizer", "architecture",
            "system", "sampler", "loss", "objective", "baseline", "technique", "approach", "classifier", "regularizer", "estimator",
            "decoder", "encoder", "retriever", "reranker", "llm", "network", "framework", "strateg", "procedure", "heuristic",
            "scheme");
    /** Rule 4: a method class noun, then the words that introduce examples. */
    private static final Pattern EXAMPLES = Pattern.compile("\\b(?:models|methods|algorithms|optimizers|architectures|"
            + "approaches|techniques|baselines|LLMs|systems|strategies|objectives|losses|loss functions|samplers|decoders|networks)"
            + "(?:,\\s*|\\s+)?(?:\\(\\s*)?(?:such as|including|like|namely|e\\.g\\.,?|i\\.e\\.,?)\\s+");
    private static final Cue EXAMPLES_CUE = Cue.atWordStart(EXAMPLES, "models", "methods", "algorithms", "optimizers",
            "architectures", "approaches", "techniques", "baselines", "llms", "systems", "strategies", "objectives", "loss",
            "samplers", "decoders", "networks");
    /**
     * Rule 5: the words before a compared or used method. Determiners and adjectives are skipped at
     * most four at a time: each repetition of a group costs the regex engine a stack frame.
     */
    private static final Pattern COMPARED = Pattern.compile("(?i:\\b(?:compared? (?:with|to|against)|comparison (?:with|to)"
            + "|outperform(?:s|ed|ing)?|surpass(?:es|ed|ing)?|than|over|versus|vs\\.?|combined with|extended from"
            + "|we (?:use|adopt|apply|employ|leverage|utilize)|(?:built|based) (?:on|upon)))\\s+"
            + "(?:(?i:the|a|an|both|vanilla|standard|strong|existing|previous|prior|popular|recent|baseline|original)\\s+){0,4}");
    private static final Cue COMPARED_CUE = Cue.atWordStart(COMPARED, "compar", "outperform", "surpass", "than", "over", "versus",
            "vs", "combined with", "extended from", "we ", "built ", "based ");
    private static final Pattern NAME_AT = Pattern.compile(NAME_WORD);
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*(?:,\\s*(?:and|or)\\s+|,\\s*|\\s+and\\s+|\\s+or\\s+|/)");
    private static final Pattern HARDWARE = Pattern.compile("[AHVTBL]\\d{2,3}|TPUv?\\d*|GPUs?|CPUs?|NPU|RTX\\d*");
    /** "ELECTRA-style", "BERT-based", "RL-free": a modifier made from a name, not the name. */
    private static final Pattern MODIFIER_SUFFIX = Pattern.compile("(?i)-(?:based|style|like|free|aware|guided|driven|level|specific|only)$");
    private static final Pattern NUMBER = Pattern.compile("[\\d.,]+[kKmMbB%x]?");
    private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "our", "this", "these", "that", "those", "its",
            "their", "each", "both", "all", "any", "new", "novel", "existing", "standard", "other", "such", "we", "it",
            "they", "one", "two", "three", "several", "many", "most", "prior", "previous", "state-of-the-art", "sota",
            "human", "humans", "baseline", "baselines", "random", "simple", "strong", "single", "multiple", "large",
            "small", "base", "proposed", "first", "second", "final", "same", "different", "various", "and", "or");

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
            if (!isParadigm(m.entityName()) && !isParadigm(m.text()) && !isGenericClass(m.text()) && !negated(m, text))
                out.add(withCapitalizedModifier(m, text));
        String abs = text.text(TextField.ABSTRACT);
        for (Acronyms.Definition d : text.acronyms()) {
            if (ProposedNameExtractor.GENERIC_ACRONYMS.contains(d.shortForm())) continue;
            boolean nounAfter = METHOD_NOUN_AFTER.matcher(abs).region(d.shortSpan().end(), abs.length()).lookingAt();
            // "active multi-task representation learning (A-MTRL) algorithm": the paradigm's acronym
            // written before "algorithm" names one algorithm of it.
            boolean algorithmAfter = nounAfter && ALGORITHM_AFTER.matcher(abs).region(d.shortSpan().end(), abs.length()).lookingAt();
            if (isParadigm(d.longForm()) && !algorithmAfter || isGenericClass(d.longForm())) continue;
            EntityType head = TypeCues.headNoun(d.longForm());
            GazetteerEntry known = gazetteer.lookup(d.longForm());
            boolean listed = known != null && GazetteerRule.isMethodLike(known.type());
            if (!listed && !nounAfter && (head == null || !GazetteerRule.isMethodLike(head))) continue;
            if (known != null && !GazetteerRule.isMethodLike(known.type())) continue;
            if (nounAfter && procedureAfter(abs, d.shortForm()) != null) continue;   // "MAP decoding", below
            out.add(new Mention(MentionKind.METHOD_USED, d.shortForm(), d.longForm(), head == null ? EntityType.METHOD : head,
                    TextField.ABSTRACT, d.shortSpan(), text.sentenceAt(TextField.ABSTRACT, d.shortSpan().start()),
                    NAME + "/acronym", 0.7));
        }
        List<Mention> patterns = new ArrayList<>();
        acronymProcedures(abs, text, patterns);
        nameNoun(abs, text, patterns);
        examples(abs, text, patterns);
        compared(abs, text, patterns);
        // An acronym named as an example of a loss is one, whatever its long form's head ("value-at-risk (CVaR)").
        for (Mention m : patterns)
            if (m.extractor().endsWith("/examples-loss") || !isNonMethodAcronym(m.text(), text)) out.add(m);
        return out;
    }

    /** A defined acronym whose long form is no method ("in-context learning (ICL)", "extreme classification (XC)"). */
    private boolean isNonMethodAcronym(String name, TextIndex text) {
        for (Acronyms.Definition d : text.acronyms()) {
            if (!d.shortForm().equals(name)) continue;
            GazetteerEntry known = gazetteer.lookup(d.longForm());
            if (known != null) return !GazetteerRule.isMethodLike(known.type());
            EntityType head = TypeCues.headNoun(d.longForm());
            return isParadigm(d.longForm()) || head == null || !GazetteerRule.isMethodLike(head);
        }
        return false;
    }

    /**
     * "Double Backpropagation", "Nested Dropout": in the abstract, a capitalized name written in the
     * middle of a sentence goes on to the left over one capitalized word, which makes it another
     * method (named as written). Sentence-initial words and determiners are not part of it.
     */
    private static Mention withCapitalizedModifier(Mention m, TextIndex text) {
        if (m.field() != TextField.ABSTRACT || !Character.isUpperCase(m.text().charAt(0))) return m;
        String abs = text.text(TextField.ABSTRACT);
        int s = m.span().start();
        if (s < 3 || abs.charAt(s - 1) != ' ') return m;
        int w = s - 1;
        while (w > m.sentence().start() && Character.isLetter(abs.charAt(w - 1))) w--;
        if (w == m.sentence().start() || w >= s - 1 || abs.charAt(w - 1) != ' ') return m;
        String word = abs.substring(w, s - 1);
        if (!Character.isUpperCase(word.charAt(0)) || word.length() < 3 || NOT_NAMES.contains(word.toLowerCase(Locale.ROOT))
                || !word.substring(1).chars().allMatch(Character::isLowerCase)) return m;
        Span span = new Span(w, m.span().end());
        return new Mention(m.kind(), span.coveredText(abs), null, m.type(), m.field(), span, m.sentence(),
                m.extractor() + "+modifier", m.confidence(), null, null);
    }

    /**
     * Rule 2b: "MAP decoding", "KL regularization", "BoN sampling": an acronym written right before a
     * procedure noun names that procedure (0.65), and is reported with the noun; a definition of the
     * acronym ("maximum a posteriori (MAP) decoding") then adds nothing of its own.
     */
    private static final Pattern ACRONYM_PROCEDURE = Pattern.compile(
            "(?<![\\p{L}\\p{N}(\\-])(\\p{Lu}[\\p{Lu}\\p{N}]{1,6}) (?:decoding|regularization|sampling)\\b");
    private static final Cue ACRONYM_PROCEDURE_CUE = Cue.containing(ACRONYM_PROCEDURE, " decoding", " regularization", " sampling");

    /** The first "SF decoding|regularization|sampling" written without parentheses, or null. */
    private static Matcher procedureAfter(String abs, String shortForm) {
        Matcher m = ACRONYM_PROCEDURE.matcher(abs);
        while (m.find()) if (m.group(1).equals(shortForm)) return m;
        return null;
    }

    private void acronymProcedures(String abs, TextIndex text, List<Mention> out) {
        if (!ACRONYM_PROCEDURE_CUE.in(text.cueText(TextField.ABSTRACT))) return;
        Matcher m = ACRONYM_PROCEDURE.matcher(abs);
        while (m.find()) {
            if (ProposedNameExtractor.GENERIC_ACRONYMS.contains(m.group(1))) continue;
            // "SSL regularization" where SSL is self-supervised learning: a paradigm's regularizer, no named method.
            boolean paradigm = false;
            for (Acronyms.Definition d : text.acronyms()) paradigm |= d.shortForm().equals(m.group(1)) && isParadigm(d.longForm());
            if (paradigm) continue;
            Span span = new Span(m.start(), m.end());
            out.add(new Mention(MentionKind.METHOD_USED, span.coveredText(abs), null, EntityType.METHOD, TextField.ABSTRACT,
                    span, text.sentenceAt(TextField.ABSTRACT, m.start()), NAME + "/acronym-procedure", 0.65));
        }
    }

    /** ") sampling", ") regularization": a method noun right after an acronym's closing parenthesis. */
    private static final Pattern METHOD_NOUN_AFTER = Pattern.compile(
            "\\)\\s+(?:sampling|regularization|decoding|loss|objective|algorithm|optimizer|method|training|search|attention|estimation"
                    + "|framework|approach)\\b");
    private static final Pattern ALGORITHM_AFTER = Pattern.compile("\\)\\s+(?:algorithm|method)\\b");

    /**
     * "without adversarial training", "with no data augmentation", "w/o dropout": a method the sentence
     * says is not used at that mention. Read from the few characters before the name, so it costs
     * nothing; another, plain mention of the same method still reports it.
     */
    static boolean negated(Mention m, TextIndex text) {
        String t = text.text(m.field());
        int s = m.span().start();
        int from = Math.max(0, s - 9);
        String before = t.substring(from, s).toLowerCase(Locale.ROOT);
        return before.endsWith("without ") || before.endsWith(" no ") || before.equals("no ") || before.endsWith("w/o ");
    }

    /** Rule 3: "the Snorkel system", "Max-Margin and InfoNCE losses". */
    private void nameNoun(String abs, TextIndex text, List<Mention> out) {
        Cue.Scan scan = NOUN_CUE.scan(text.cueText(TextField.ABSTRACT));
        Matcher noun = scan.matcher();
        while (scan.find()) {
            int end = noun.start() - 1;
            Span sentence = text.sentenceAt(TextField.ABSTRACT, noun.start());
            Span name = lastName(abs, end, sentence);
            while (name != null) {
                add(abs, name, sentence, "name-noun", out);
                Matcher sep = COORDINATED_BEFORE.matcher(abs).region(sentence.start(), name.start());
                if (!sep.find()) break;
                name = lastName(abs, sep.start(), sentence);
            }
        }
    }

    private static final Pattern COORDINATED_BEFORE = Pattern.compile("(?:,\\s+and|,\\s+or|,|\\s+and|\\s+or)\\s+$");

    /**
     * The name that ends at {@code end}: a coined word ("GLM"), or a run of up to three capitalized
     * words that does not start the sentence ("Double Backpropagation"); a single capitalized word
     * that reads as an English adjective or abstract noun ("Bayesian", "Contrastive", "Selection")
     * is not a name.
     */
    private static Span lastName(String abs, int end, Span sentence) {
        int s = wordStart(abs, end, sentence);
        if (s >= end) return null;
        String w = abs.substring(s, end);
        if (!NAME_AT.matcher(w).matches()) return null;
        if (isCoined(w)) return new Span(s, end);
        if (!Character.isUpperCase(w.charAt(0)) || s == sentence.start()) return null;
        int start = s, words = 1;
        while (words < 3 && start - 1 > sentence.start() && abs.charAt(start - 1) == ' ') {
            int p = wordStart(abs, start - 1, sentence);
            String prev = abs.substring(p, start - 1);
            if (p == sentence.start() || prev.isEmpty() || !Character.isUpperCase(prev.charAt(0))
                    || !NAME_AT.matcher(prev).matches() || NOT_NAMES.contains(prev.toLowerCase(Locale.ROOT))) break;
            start = p;
            words++;
        }
        if (words == 1 && ADJECTIVE_LIKE.matcher(w).find()) return null;
        return new Span(start, end);
    }

    private static int wordStart(String abs, int end, Span sentence) {
        int s = end;
        while (s > sentence.start() && !Character.isWhitespace(abs.charAt(s - 1)) && abs.charAt(s - 1) != '(') s--;
        return s;
    }

    /** Endings of English adjectives and abstract nouns: a capitalized one alone is emphasis, not a name. */
    private static final Pattern ADJECTIVE_LIKE = Pattern.compile("(?:ian|ive|al|ic|ed|ing|ion|ous|ary|ity|ness|ment|ful|less|able|ible)$");

    /** Rule 4: "optimizers, such as Adam and Adafactor". */
    private void examples(String abs, TextIndex text, List<Mention> out) {
        Cue.Scan scan = EXAMPLES_CUE.scan(text.cueText(TextField.ABSTRACT));
        Matcher m = scan.matcher();
        while (scan.find()) {
            Span sentence = text.sentenceAt(TextField.ABSTRACT, m.start());
            boolean losses = LOSS_CLASS.matcher(m.group()).find();
            int i = m.end();
            while (i < sentence.end()) {
                Span name;
                Matcher defined = losses ? DEFINED_ITEM.matcher(abs).region(i, sentence.end()) : null;
                Matcher item = ITEM.matcher(abs).region(i, sentence.end());
                Matcher lower = losses ? LOSS_ITEM.matcher(abs).region(i, sentence.end()) : null;
                GazetteerEntry known = item.lookingAt() ? gazetteer.lookup(item.group(1)) : null;
                if (item.lookingAt() && (known != null || allNameWords(item.group(1)))) {
                    name = new Span(item.start(1), item.end(1));
                    String w = name.coveredText(abs);
                    // "loss functions (e.g., cross-entropy)": a listed metric named as a loss is the loss.
                    if (losses && known != null && known.type() == EntityType.METRIC) {
                        out.add(new Mention(MentionKind.METHOD_USED, w, null, EntityType.METHOD, TextField.ABSTRACT, name,
                                sentence, NAME + "/examples-loss", 0.6));
                    } else {
                        add(abs, name, sentence, "examples", out);
                    }
                } else if (lower != null && lower.lookingAt()) {        // "and average top-k loss"
                    name = new Span(lower.start(1), lower.end(1));
                    out.add(new Mention(MentionKind.METHOD_USED, name.coveredText(abs), null, EntityType.METHOD,
                            TextField.ABSTRACT, name, sentence, NAME + "/examples-loss", 0.6));
                } else if (defined != null && defined.lookingAt()) {    // "regularized value-at-risk (CVaR)"
                    name = new Span(defined.start(1), defined.end(1));
                    add(abs, name, sentence, "examples-loss", out);
                    name = new Span(defined.start(1), defined.end());
                } else {
                    break;
                }
                Matcher sep = LIST_SEPARATOR.matcher(abs).region(name.end(), sentence.end());
                if (!sep.lookingAt()) break;
                i = sep.end();
            }
        }
    }

    /** Class nouns of losses and objectives, whose examples may be lower-case terms. */
    private static final Pattern LOSS_CLASS = Pattern.compile("^(?:objectives|losses|loss functions)");
    /** A lower-case loss of one to four words: "average top-k loss", "hinge loss". */
    private static final Pattern LOSS_ITEM = Pattern.compile("((?:[a-z][a-z0-9\\-]*\\s){0,3}(?:loss|objective))\\b");
    /** Words and a defined acronym: "regularized condition value-at-risk (CVaR)" gives CVaR. */
    private static final Pattern DEFINED_ITEM = Pattern.compile("(?:[\\w\\-]+\\s){1,5}\\((" + NAME_WORD + ")\\)");

    /** A list item: one to three name words ("Neural Turing Machines", "GPT-4", "sequence-to-sequence"). */
    private static final Pattern ITEM = Pattern.compile("((?:" + NAME_WORD + ")(?: (?:" + NAME_WORD + ")){0,2}?)"
            + "(?=\\s*(?:,|\\)|\\band\\b|\\bor\\b|\\.|;|$|/|\\s+(?:for|to|in|on|with|which|that|as|are|is|when|where|while"
            + "|whereas|but|than|was|were|can|have|has)\\b))");

    /** Every word capitalized or coined: "Neural Turing Machines", "GPT-4", not "7B parameters". */
    private static boolean allNameWords(String phrase) {
        for (String w : phrase.split(" "))
            if (w.isEmpty() || !(isCoined(w) || Character.isUpperCase(w.charAt(0))) || NUMBER.matcher(w).matches()) return false;
        return true;
    }

    /** Rule 5: "outperforms TEAL", "better than SimCTG", "combined with Co-teaching". */
    private void compared(String abs, TextIndex text, List<Mention> out) {
        Cue.Scan scan = COMPARED_CUE.scan(text.cueText(TextField.ABSTRACT));
        Matcher m = scan.matcher();
        while (scan.find()) {
            Matcher name = NAME_AT.matcher(abs).region(m.end(), abs.length());
            if (!name.lookingAt()) continue;
            String w = name.group();
            if (!isCoined(w) || ProposedNameExtractor.GENERIC_ACRONYMS.contains(w)) continue;
            add(abs, new Span(name.start(), name.end()), text.sentenceAt(TextField.ABSTRACT, name.start()), "compared", out);
        }
    }

    private void add(String abs, Span name, Span sentence, String rule, List<Mention> out) {
        String w = name.coveredText(abs);
        while (w.endsWith(".") || w.endsWith("-")) {
            name = new Span(name.start(), name.end() - 1);
            w = name.coveredText(abs);
        }
        if (!isMethodName(w)) return;
        out.add(new Mention(MentionKind.METHOD_USED, w, null, EntityType.METHOD, TextField.ABSTRACT, name, sentence,
                NAME + "/" + rule, 0.6));
    }

    /** A name rules 3–5 may report: not a number, stop word, hardware, field-wide acronym or listed non-method. */
    private boolean isMethodName(String w) {
        if (w.length() < 2 || NUMBER.matcher(w).matches() || HARDWARE.matcher(w).matches()) return false;
        if (NOT_NAMES.contains(w.toLowerCase(Locale.ROOT)) || TypeCues.isCueWord(w)) return false;
        if (ProposedNameExtractor.GENERIC_ACRONYMS.contains(w) || MODIFIER_SUFFIX.matcher(w).find()) return false;
        GazetteerEntry known = gazetteer.lookup(w);
        if (known != null && (!GazetteerRule.isMethodLike(known.type()) || isParadigm(known.name()))) return false;
        return !isParadigm(w) && !isGenericClass(w);
    }

    /** A coined name: an inner capital, a digit with a letter, or two capitals in a row ("SimCTG", "GPT-4", "TEAL"). */
    static boolean isCoined(String w) {
        return w.chars().anyMatch(Character::isLetter) && ProposedNameExtractor.looksCoined(w);
    }

    /**
     * A learning paradigm or generic training stage rather than a method: "... learning",
     * "fine-tuning", "pre-training", "continual pre-training", "parameter-efficient fine-tuning",
     * "instruction tuning", "weak supervision". Supervised fine-tuning (SFT) is a named procedure
     * and stays a method, and so do algorithms named "... learning" ("Q-learning", "TD learning").
     */
    static boolean isParadigm(String name) {
        String lf = name.toLowerCase(Locale.ROOT);
        return lf.endsWith("learning") && !ALGORITHM_LEARNING.matcher(lf).find() || PARADIGM.matcher(lf).matches();
    }

    /** Algorithms whose name ends in "learning" but that are no paradigm: "Q-learning", "temporal difference learning". */
    private static final Pattern ALGORITHM_LEARNING = Pattern.compile("(?:^|[\\s-])(?:q|td|temporal[- ]difference|hebbian)[- ]learning$");

    private static final Pattern PARADIGM = Pattern.compile(
            "(?:full |standard |vanilla |self-supervised |unsupervised |continual |continued |further |"
                    + "parameter-efficient |language model |llm )?"
                    + "(?:fine-?tuning|finetuning|pre-?training|pretraining|instruction[- ]tuning|weak supervision)");

    /** Generic classes of models, which name no particular method: "reward models", "neural networks". */
    static boolean isGenericClass(String name) {
        String lf = name.toLowerCase(Locale.ROOT).replaceAll("s$", "");
        return GENERIC_CLASSES.contains(lf);
    }

    private static final Set<String> GENERIC_CLASSES = Set.of("reward model", "language model",
            "large language model", "neural network", "deep neural network", "deep network", "foundation model",
            "pretrained model", "pre-trained model", "baseline", "dense retriever", "llm", "lm", "vision-language model",
            "attention mechanism",
            // Attention layers are parts of every Transformer, named in passing like "attention mechanism".
            "self-attention", "cross-attention", "self attention", "cross attention",
            "multimodal large language model", "generative model", "machine learning model", "deep learning model",
            // Round 5: families of techniques named as a whole, like "fine-tuning as such" in the gold guide:
            // on the annotated papers they were listed in 2 of 16 abstracts that name them (data augmentation
            // 2 of 9, pruning 0 of 3, Bayesian inference 0 of 3, quantization 0 of 1). Specific members stay
            // methods ("magnitude pruning", "quantization-aware training", "pseudo-labeling"); pseudo-labels
            // themselves are data.
            "data augmentation", "pruning", "quantization", "bayesian inference", "pseudo-label");
}
