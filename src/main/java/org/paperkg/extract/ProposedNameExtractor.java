package org.paperkg.extract;

import org.paperkg.model.EntityType;
import org.paperkg.model.Mention;
import org.paperkg.model.MentionKind;
import org.paperkg.model.PaperRecord;
import org.paperkg.model.Span;
import org.paperkg.model.TextField;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the names a paper gives to what it introduces. Three general rules, each with a confidence:
 * <ol>
 *   <li><b>Title name</b> (0.9): the title reads "NAME: description" and NAME is one to three
 *       words that look like a coined name — a camel-case hump ("TextGrad"), two capitals in a row
 *       ("NNN", "LoRA-BAM") or a digit — or a single word the abstract repeats verbatim ("Mixout").
 *       Genre words ("Survey:", "Position:") are not names.</li>
 *   <li><b>Defined acronym</b> (0.85): an acronym definition "Long Form (SF)" in the abstract that
 *       the paper introduces: a proposing verb with "we"/"this paper" as subject comes at most six
 *       words before the long form with no preposition or clause in between ("we propose the
 *       Clustering and Pruning ... (ClaPS)"), or "called/named/dubbed" comes right before it, or
 *       the title begins with the long form or the short form ("Energy-Based Transformers are ...").
 *       Field-wide acronyms (LLMs, NLP, RL ...) are never proposed.</li>
 *   <li><b>Proposing verb</b> (0.75): "we propose/introduce/present/provide ... NAME" where NAME follows the
 *       verb, an optional article, markdown bold and up to three adjectives ("novel", "simple"), and is a coined
 *       name or is followed by an appositive ("sparsemax, a new activation function");
 *       also "called/named/dubbed NAME" (a Title Case name of up to four words: "a new attribution
 *       method called Integrated Gradients"), and "called/termed/dubbed/referred to as" a lower-case
 *       term of two to four words ("a query design called candidate set query"), or of one word
 *       the title also uses ("a process we refer to as hyperfitting" under "The Hyperfitting
 *       Phenomenon"), unless it names a learning paradigm; and a quoted term between a proposing
 *       verb and a kind noun ("we introduce a simple 'filter normalization' method").</li>
 *   <li><b>Title label</b> (0.7): "we propose/introduce/present ... X" where X, right after the verb,
 *       an optional article and adjectives, is two to five words the title also has in that order
 *       ("we introduce selective ensembles" under "Selective Ensembles for Consistent Predictions",
 *       "we introduce the Wasserstein dependency measure"): the paper's label for its contribution.
 *       Learning paradigms, generic classes and phrases of adjectives and kind nouns only ("a new
 *       benchmark") are not labels. The rule applies only when no other rule found a name: next to a
 *       coined name or an acronym, the title's words are their expansion ("LoFiT: Localized
 *       Fine-tuning ..." and "we introduce Localized Fine-Tuning").</li>
 * </ol>
 * The type comes from {@link TypeCues}: a long form's head noun, then the name's own ending
 * ("...Bench"), then the nearest cue word around the name. A name found by several rules is reported once, with the
 * long form if any rule found one.
 */
public final class ProposedNameExtractor implements Extractor {
    public static final String NAME = "proposed-names";
    /** Known names (rule 5 never calls a listed method, model or dataset the paper's own). */
    private final org.paperkg.gazetteer.Gazetteer gazetteer;

    /** Without a gazetteer: rule 5 then takes every coined name after "our" as the paper's own. */
    public ProposedNameExtractor() {
        this(org.paperkg.gazetteer.Gazetteer.empty());
    }

    public ProposedNameExtractor(org.paperkg.gazetteer.Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Acronyms for whole fields or classes of models: a paper uses them, it never proposes them. */
    static final Set<String> GENERIC_ACRONYMS = Set.of(
            "AI", "AGI", "ML", "DL", "NLP", "NLU", "NLG", "CV", "RL", "IR", "QA", "ASR", "TTS", "MT", "NMT",
            "LLM", "LLMs", "LM", "LMs", "PLM", "PLMs", "VLM", "VLMs", "MLLM", "MLLMs", "LVLM", "LVLMs",
            "NN", "NNs", "DNN", "DNNs", "CNN", "CNNs", "RNN", "RNNs", "GNN", "GNNs", "MLP", "MLPs",
            "GPU", "GPUs", "TPU", "API", "APIs", "SOTA", "OOD", "IID", "i.i.d", "KG", "KGs");
    private static final Set<String> GENRE_WORDS = Set.of("survey", "position", "review", "tutorial", "overview",
            "perspective", "introduction", "editorial", "commentary", "erratum", "note", "thesis", "report", "abstract");
    /** A subtitle that announces a survey of a field: the title before the colon names the field. */
    private static final Pattern SURVEY_SUBTITLE = Pattern.compile(
            "(?i)\\b(?:survey|review|overview|tutorial|foundations|state of the art|opportunities|challenges|perspectives|primer)\\b");
    private static final Pattern TITLE_NAME = Pattern.compile("^\\s*([^:]{1,60}?)\\s*:\\s+\\S");
    private static final Pattern PROPOSING_SUBJECT = Pattern.compile(
            "(?i)\\b(?:we|this (?:paper|work|study|article|report)|our (?:work|paper)|here)\\b");
    private static final String PROPOSING_VERBS = "propose|introduce|present|develop|design|build|construct|release"
            + "|contribute|create|curate|collect|devise|formulate|call|name|dub|term|coin|offer";
    /**
     * The verb in any finite form, or its gerund after "by" ("We address this by introducing
     * Discriminative Fine-Tuning (DFT)"): the subject is still the paper.
     */
    private static final Pattern PROPOSING_VERB = Pattern.compile(
            "(?i)\\b(?:" + PROPOSING_VERBS + ")(?:s|d|ed|es)?\\b"
                    + "|\\bby (?:propos|introduc|present|develop|design|build|construct|creat|devis|formulat)ing\\b");
    private static final Pattern NAMING_WORD = Pattern.compile("(?i)\\b(?:called|named|dubbed|termed|coined)\\s*[\"'\u201C]?\\s*$");
    /** Words that, between the verb and a long form, show the name is not the verb's object. */
    private static final Set<String> GAP_BREAKERS = Set.of("that", "which", "who", "using", "uses", "use", "with",
            "based", "on", "of", "for", "by", "to", "from", "in", "via", "and", "or", "leveraging", "where", "when",
            "whose", "into", "over", "than", "as", "through");
    private static final Pattern VERB_NAME = Pattern.compile(
            "(?i)\\b(?:we|this (?:paper|work|study))\\s+(?:(?:also|further|then|first|therefore|thus|hence)\\s+)?"
                    + "(?:propose|introduce|present|develop|release|design|call|name|dub|term|provide)(?:s|d|ed)?\\s+"
                    + "(?:(?:a|an|the|our)\\s+)?(?:\\*{1,2})?"
                    + "(?:(?:new|novel|simple|first|general|unified|efficient|lightweight|scalable|principled|generic"
                    + "|large-scale|effective|powerful|practical|flexible|comprehensive)\\s+){0,3}"
                    + "(?-i:([\\p{L}\\p{N}][\\p{L}\\p{N}+.\\-]*[\\p{L}\\p{N}+]|[\\p{Lu}]))(,?)\\s*(\\S*)");
    private static final Cue VERB_NAME_CUE = Cue.atWordStart(VERB_NAME, "we", "this ");
    private static final Pattern NAMED_AS = Pattern.compile(
            "\\b(?:called|named|dubbed|termed|coined)\\s+[\"'\u201C]?([\\p{L}\\p{N}][\\p{L}\\p{N}+.\\-]*[\\p{L}\\p{N}+])");
    private static final Cue NAMED_AS_CUE = Cue.atWordStart(NAMED_AS, "called", "named", "dubbed", "termed", "coined");

    /** "called tangent prop, previously proposed in computer vision": an existing thing the paper adopts. */
    private static final Pattern EXISTING_AFTER = Pattern.compile(
            "(?i)[\"'\u201D]?,?\\s*(?:(?:which|that) (?:was|were|has been|have been) )?(?:previously|originally|first|already)\\s+(?:proposed|introduced|used|developed)");
    /** A parenthesized short form right after a name: "(LoFiT)", "(D^2O)". */
    private static final Pattern ACRONYM_NEXT = Pattern.compile(" ?\\([^()\\s]{1,12}\\)");
    /** "referred to as neural ranking models": a term ending in a plural kind noun names a class. */
    private static final Pattern CLASS_PLURAL = Pattern.compile(
            " (?:models|methods|networks|approaches|algorithms|techniques|systems|architectures)\\b");

    /** "called Integrated Gradients": up to four capitalized words. */
    private static final Pattern TITLE_CASE_NAME = Pattern.compile("\\p{Lu}[\\p{L}\\p{N}\\-]*(?: \\p{Lu}[\\p{L}\\p{N}\\-]*){1,3}");
    /** "we introduce a simple "filter normalization" method": a quoted term before a kind noun. */
    private static final Pattern QUOTED_KIND = Pattern.compile(
            "(?i:\\b(?:we|this (?:paper|work|study))\\s+(?:(?:also|further|then|first)\\s+)?"
                    + "(?:propose|introduce|present|develop|design|devise)(?:s|d|ed)?\\s+(?:a|an|the|our)\\s+"
                    + "(?:[a-z\\-]+\\s+){0,2})[\"\u201C]([\\p{L}\\p{N}][\\p{L}\\p{N} \\-]{1,40}[\\p{L}\\p{N}])[\"\u201D]\\s+"
                    + "(?i:method|technique|algorithm|approach|loss|model|framework|metric|strategy|procedure|scheme)\\b");
    private static final Cue QUOTED_KIND_CUE = Cue.atWordStart(QUOTED_KIND, "we", "this ");
    /** "a process we refer to as hyperfitting": one lower-case word; kept only when the title uses it. */
    private static final Pattern NAMED_WORD = Pattern.compile(
            "\\b(?:called|termed|dubbed|coined|refer(?:red)? to as)\\s+[\"'\u201C]?([a-z][a-z\\-]{3,})"
                    + "(?=[\"'\u201D]?(?:[,.;:)]| (?:that|which|to|for|and|where|with|in|on|as|by|--)\\b| --| -))");
    private static final Cue NAMED_WORD_CUE = Cue.atWordStart(NAMED_WORD, "called", "termed", "dubbed", "coined", "refer");

    /** "a novel query design called candidate set query": a lower-case term of two to four words. */
    private static final Pattern NAMED_TERM = Pattern.compile(
            "\\b(?:called|termed|dubbed|coined|refer(?:red)? to as)\\s+[\"'\u201C]?([a-z][a-z-]+(?: [a-z][a-z-]+){1,3})"
                    + "(?=[\"'\u201D]?(?:[,.;:)]| (?:that|which|to|for|and|where|with|in|on|as|by)\\b))");
    private static final Cue NAMED_TERM_CUE = Cue.atWordStart(NAMED_TERM, "called", "termed", "dubbed", "coined", "refer");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Mention> extract(PaperRecord paper, TextIndex text) {
        Map<String, Mention> byName = new LinkedHashMap<>();
        titleName(paper, text).ifPresent(m -> merge(byName, m));
        for (Mention m : definedAcronyms(paper, text)) merge(byName, m);
        for (Mention m : proposingVerb(text)) merge(byName, m);
        for (Mention m : ownNames(text)) merge(byName, m);
        for (Mention m : ownKindIs(text)) merge(byName, m);
        for (Mention m : newTitleCaseKind(text)) merge(byName, m);
        for (Mention m : appositiveNames(text)) merge(byName, m);
        // A label is the contribution's only name: with a coined name or an acronym, it is their expansion.
        if (byName.isEmpty()) for (Mention m : titleLabels(paper, text)) merge(byName, m);
        for (Mention m : variants(text, byName.values())) merge(byName, m);
        return new ArrayList<>(byName.values());
    }

    private static void merge(Map<String, Mention> byName, Mention m) {
        Mention old = byName.get(m.text());
        if (old == null) {
            byName.put(m.text(), m);
        } else if (old.longForm() == null && m.longForm() != null) {
            byName.put(m.text(), new Mention(old.kind(), old.text(), m.longForm(), m.type(), old.field(), old.span(),
                    old.sentence(), old.extractor(), Math.max(old.confidence(), m.confidence())));
        }
    }

    private java.util.Optional<Mention> titleName(PaperRecord paper, TextIndex text) {
        String title = paper.title();
        Matcher m = TITLE_NAME.matcher(title);
        if (!m.find()) return java.util.Optional.empty();
        String name = m.group(1);
        int nameStart = m.start(1);
        if (name.startsWith("The ") && name.length() > 4) {
            name = name.substring(4);
            nameStart += 4;
        }
        String[] words = name.split("\\s+");
        if (words.length > 3 || GENRE_WORDS.contains(name.toLowerCase(Locale.ROOT))) return java.util.Optional.empty();
        String subtitle = title.substring(m.end() - 1);
        if (SURVEY_SUBTITLE.matcher(subtitle).find()) return java.util.Optional.empty();
        String abs = text.text(TextField.ABSTRACT);
        boolean coined = looksCoined(name);
        if (!coined && !containsWord(abs, name)) return java.util.Optional.empty();
        if (GENERIC_ACRONYMS.contains(name)) return java.util.Optional.empty();
        if (!coined && words.length > 1 && !isTitleCase(name)) return java.util.Optional.empty();
        // "Nested Learning" in the title and "Nested Learning (NL)" in the abstract: the acronym names it.
        for (Acronyms.Definition d : text.acronyms())
            if (sameWords(d.longForm(), name) && !GENERIC_ACRONYMS.contains(d.shortForm()))
                return java.util.Optional.empty();
        String longForm = null;
        for (Acronyms.Definition d : text.acronyms()) if (d.shortForm().equals(name)) longForm = d.longForm();
        String description = title.substring(m.end() - 1);
        int at = indexOfWord(abs, name);
        EntityType type = TypeCues.headNoun(longForm);
        if (type == null) type = TypeCues.nameSuffix(name);
        if (type == null) type = TypeCues.nearest("", description, 6);
        if (type == null && at >= 0)
            type = TypeCues.nearest(abs.substring(Math.max(0, at - 80), at), abs.substring(at + name.length(),
                    Math.min(abs.length(), at + name.length() + 80)), 6);
        if (type == null) type = EntityType.METHOD;
        Span span = new Span(nameStart, nameStart + name.length());
        return java.util.Optional.of(new Mention(MentionKind.PROPOSED, name, longForm, type, TextField.TITLE, span,
                new Span(0, title.length()), NAME + "/title", 0.9));
    }

    private List<Mention> definedAcronyms(PaperRecord paper, TextIndex text) {
        String abs = text.text(TextField.ABSTRACT);
        String titleLower = paper.title().toLowerCase(Locale.ROOT);
        List<Mention> out = new ArrayList<>();
        Span lastProposed = null;
        for (Acronyms.Definition d : text.acronyms()) {
            if (GENERIC_ACRONYMS.contains(d.shortForm())) continue;
            if (TaskExtractor.isParadigm(d.longForm())) continue;
            int lfStart = d.longSpan().start();
            Span sentence = text.sentenceAt(TextField.ABSTRACT, lfStart);
            String before = abs.substring(sentence.start(), lfStart);
            String next = abs.substring(d.shortSpan().end(), Math.min(sentence.end(), d.shortSpan().end() + 40));
            // Definitions can overlap ("A B (AB) and B (AB)" reads as two): only a later one coordinates.
            boolean coordinated = lastProposed != null && sentence.contains(lastProposed) && lastProposed.end() <= lfStart
                    && COORDINATED.matcher(abs.substring(lastProposed.end(), lfStart)).matches();
            boolean introduced = proposedBefore(before) || NAMING_WORD.matcher(before).find()
                    || ownBefore(before) && gazetteer.lookup(d.longForm()) == null && gazetteer.lookup(d.shortForm()) == null
                    || titleLower.startsWith(d.longForm().toLowerCase(Locale.ROOT)) && isTitleCase(d.longForm())
                    && !modifierAfter(next)
                    || startsWithWord(paper.title(), d.shortForm())
                    || sameWords(titleName(paper.title()), d.longForm())
                    || PASSIVE_PROPOSED.matcher(next).lookingAt() || coordinated
                    || forShortAfterProposing(abs, d, sentence);
            if (!introduced) continue;
            lastProposed = d.shortSpan();
            String after = abs.substring(d.shortSpan().end(), Math.min(abs.length(), d.shortSpan().end() + 80));
            EntityType type = TypeCues.decide(d.longForm(), before, after);
            out.add(new Mention(MentionKind.PROPOSED, d.shortForm(), d.longForm(), type, TextField.ABSTRACT,
                    d.shortSpan(), sentence, NAME + "/acronym", 0.85));
        }
        return out;
    }

    /**
     * "our quantized-latent autoencoder (QLAE)", "The proposed end-to-end ... Mixture Model (D-RMM)",
     * "the proposed regularization term, maximum component maximization (MCM) loss": a definition the
     * sentence marks as the paper's own with "our" or "the proposed" at most three words before the
     * long form. The words between must not start a clause or a phrase of their own ("our comparison
     * with Proximal Policy Optimization (PPO)", "our analysis shows ...", "our model achieves a mean
     * opinion score (MOS)": the acronym is someone else's), and the caller also leaves out
     * definitions of names the gazetteer lists. Found from the last "our"/"proposed" literal, so
     * sentences without one cost nothing.
     */
    static boolean ownBefore(String before) {
        int at = lastWord(before, "our");
        int proposed = lastWord(before, "proposed");
        if (proposed > at && proposed >= 4 && before.regionMatches(true, proposed - 4, "the ", 0, 4)) at = proposed;
        else if (at >= 0 && before.startsWith("proposed", Math.min(before.length(), at + 4))) at += 4;
        if (at < 0) return false;
        String gap = before.substring(before.indexOf(' ', at) < 0 ? before.length() : before.indexOf(' ', at)).trim();
        if (gap.isEmpty()) return true;
        String[] words = gap.split("[\\s,]+");
        if (words.length > 3) return false;
        for (String w : words) {
            String lw = w.toLowerCase(Locale.ROOT);
            if (GAP_BREAKERS.contains(lw) || NOT_OWN_GAP.contains(lw)) return false;
        }
        return true;
    }

    /**
     * "we propose a new method based on Leave-One-Out Nearest Sampling, or LONS for short": a short
     * form coined with "for short" in a sentence whose subject proposes is the paper's own name,
     * however many words sit between the verb and the long form.
     */
    private static boolean forShortAfterProposing(String abs, Acronyms.Definition d, Span sentence) {
        if (!abs.startsWith(" for short", d.shortSpan().end())) return false;
        Matcher subject = PROPOSING_SUBJECT.matcher(abs).region(sentence.start(), d.longSpan().start());
        return subject.find() && PROPOSING_VERB.matcher(abs).region(subject.end(), d.longSpan().start()).find();
    }

    /** Words that, after "our", make it something else than the thing named: "our analysis shows". */
    private static final Set<String> NOT_OWN_GAP = Set.of("is", "are", "was", "were", "be", "can", "has", "have",
            "shows", "show", "reveals", "reveal", "suggests", "suggest", "demonstrates", "demonstrate", "indicates",
            "indicate", "results", "experiments", "analysis", "findings", "evaluation", "study", "implementation",
            "version", "variant", "use", "choice", "achieves", "achieve", "obtains", "obtain", "reaches", "reach",
            "yields", "yield", "attains", "attain", "gets", "improves", "improve", "outperforms", "outperform", "uses",
            "using", "gives", "give", "scores", "score");

    /** The start of the last occurrence of {@code word} as a whole word in {@code s}, or -1. */
    private static int lastWord(String s, String word) {
        int i = s.length();
        while ((i = lastIndexOfIgnoreCase(s, word, i - 1)) >= 0) {
            int e = i + word.length();
            if ((i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1))) && (e >= s.length() || !Character.isLetterOrDigit(s.charAt(e))))
                return i;
        }
        return -1;
    }

    private static int lastIndexOfIgnoreCase(String s, String word, int from) {
        for (int i = Math.min(from, s.length() - word.length()); i >= 0; i--)
            if (s.regionMatches(true, i, word, 0, word.length())) return i;
        return -1;
    }

    /**
     * ") divergence", ") models": a lower-case content word right after the short form makes the acronym
     * a modifier of a longer term ("the Cauchy-Schwarz (CS) divergence"), so a title that starts with
     * the long form names that longer term, not the acronym. Function words and verbs do not count.
     */
    static boolean modifierAfter(String next) {
        Matcher m = WORD_AFTER.matcher(next);
        return m.lookingAt() && !FUNCTION_AFTER.contains(m.group(1));
    }

    private static final Pattern WORD_AFTER = Pattern.compile("\\)\\s+([a-z][a-z\\-]+)");
    private static final Set<String> FUNCTION_AFTER = Set.of("is", "are", "was", "were", "and", "or", "to", "in", "on",
            "of", "for", "with", "by", "as", "that", "which", "can", "has", "have", "also", "achieves", "achieve",
            "outperforms", "outperform", "improves", "improve", "enables", "enable", "uses", "use", "learns", "learn",
            "consists", "provides", "yields", "reaches", "allows", "from", "at", "into", "via", "where", "while", "we",
            "it", "not", "then", "both", "but");

    /** ") method is proposed", ") is introduced": a definition the sentence then says is proposed. */
    private static final Pattern PASSIVE_PROPOSED = Pattern.compile(
            "\\)?\\s*(?:[a-z][a-z\\-]*\\s+){0,2}(?:is|are)\\s+(?:first\\s+|newly\\s+|then\\s+)?(?:proposed|introduced|presented|developed)\\b");
    /** Between two definitions that share the proposing verb: ") loss and ", "), ". */
    private static final Pattern COORDINATED = Pattern.compile("\\)?(?:\\s+[a-z][a-z\\-]*){0,2}\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+)(?:the\\s+)?");

    /** The words of a title before its colon, or "" when it has none. */
    private static String titleName(String title) {
        int colon = title.indexOf(':');
        return colon > 0 && colon <= 60 ? title.substring(0, colon).strip() : "";
    }

    /** Same words ignoring case, hyphens and spaces: "KoLMogorov-Test" and "The KoLMogorov Test" minus "The". */
    static boolean sameWords(String a, String b) {
        if (a == null || b == null || a.isEmpty() || b.isEmpty()) return false;
        String x = a.replaceFirst("^(?i)the ", "").replaceAll("[\\s\\-]+", "").toLowerCase(Locale.ROOT);
        String y = b.replaceFirst("^(?i)the ", "").replaceAll("[\\s\\-]+", "").toLowerCase(Locale.ROOT);
        return x.equals(y);
    }

    /** A proposing verb with a first-person subject, then at most six words with no clause break, then the long form. */
    static boolean proposedBefore(String before) {
        Matcher subject = PROPOSING_SUBJECT.matcher(before);
        int subjectEnd = -1;
        while (subject.find()) subjectEnd = subject.end();
        if (subjectEnd < 0) return false;
        Matcher verb = PROPOSING_VERB.matcher(before);
        int verbEnd = -1;
        while (verb.find()) if (verb.start() >= subjectEnd) verbEnd = verb.end();
        if (verbEnd < 0) return false;
        String[] gap = before.substring(verbEnd).trim().split("[\\s,]+");
        if (gap.length == 1 && gap[0].isEmpty()) return true;
        if (gap.length > 6) return false;
        for (String w : gap) if (GAP_BREAKERS.contains(w.toLowerCase(Locale.ROOT))) return false;
        return true;
    }

    private List<Mention> proposingVerb(TextIndex text) {
        String abs = text.text(TextField.ABSTRACT);
        List<Mention> out = new ArrayList<>();
        List<Acronyms.Definition> definitions = text.acronyms();
        Cue.Scan mScan = VERB_NAME_CUE.scan(text.cueText(TextField.ABSTRACT));
        Matcher m = mScan.matcher();
        while (mScan.find()) {
            String name = m.group(1);
            boolean appositive = ",".equals(m.group(2)) && m.group(3).matches("(?i)an?|the|which")
                    && !TypeCues.isCueWord(name);
            if (!(looksCoined(name) || appositive) || GENERIC_ACRONYMS.contains(name)) continue;
            // The first word of a longer name that an acronym defines: the acronym rule reports it whole.
            if (insideLongForm(definitions, m.start(1))) continue;
            out.add(proposal(abs, text, name, m.start(1)));
        }
        Cue.Scan kindScan = VERB_KIND_NAME_CUE.scan(text.cueText(TextField.ABSTRACT));
        Matcher kind = kindScan.matcher();
        while (kindScan.find()) {
            String name = kind.group(2);
            String described = kind.group(1);
            String last = described.substring(described.lastIndexOf(' ') + 1);
            if (!TypeCues.isCueWord(last) || GENERIC_ACRONYMS.contains(name) || TypeCues.isCueWord(name)) continue;
            if (!(looksCoined(name) || Character.isUpperCase(name.charAt(0)))) continue;
            out.add(proposal(abs, text, name, kind.start(2)));
        }
        Cue.Scan bareScan = VERB_KIND_BARE_CUE.scan(text.cueText(TextField.ABSTRACT));
        Matcher bare = bareScan.matcher();
        while (bareScan.find()) {
            // Without the comma only a coined name the gazetteer does not list is the kind's name
            // ("a new benchmark GSM8K" is not ours).
            String name = bare.group(2);
            String described = bare.group(1);
            String last = described.substring(described.lastIndexOf(' ') + 1);
            if (!TypeCues.isCueWord(last) || !looksCoined(name) || isKnownName(name)
                    || insideLongForm(definitions, bare.start(2))) continue;
            out.add(proposal(abs, text, name, bare.start(2)));
        }
        Cue.Scan namedScan = NAMED_AS_CUE.scan(text.cueText(TextField.ABSTRACT));
        Matcher named = namedScan.matcher();
        while (namedScan.find()) {
            String name = named.group(1);
            if (existingBefore(abs, named.start(), text)) continue;
            boolean singleCapitalized = Character.isUpperCase(name.charAt(0)) && !continuesName(abs, named.end(1));
            if (!looksCoined(name) && !singleCapitalized && Character.isUpperCase(name.charAt(0))) {
                // "called Integrated Gradients": a Title Case name of up to four words.
                Matcher multi = TITLE_CASE_NAME.matcher(abs).region(named.start(1), abs.length());
                // Not the expansion of a name: "ARTE, dubbed Aligning TeacheR ...", "called Retrieval-Augmented
                // Meta Learning(RAML)", or a long form the acronym rule reports.
                boolean expansion = named.start() >= 2 && abs.charAt(named.start() - 2) == ','
                        || insideLongForm(definitions, named.start(1))
                        || multi.lookingAt() && ACRONYM_NEXT.matcher(abs).region(multi.end(), abs.length()).lookingAt();
                if (multi.lookingAt() && !expansion && !continuesName(abs, multi.end())) {
                    out.add(proposal(abs, text, multi.group(), named.start(1)));
                }
                continue;
            }
            if (!(looksCoined(name) || singleCapitalized) || GENERIC_ACRONYMS.contains(name)) continue;
            out.add(proposal(abs, text, name, named.start(1)));
        }
        Cue.Scan quotedScan = QUOTED_KIND_CUE.scan(text.cueText(TextField.ABSTRACT));
        Matcher quoted = quotedScan.matcher();
        while (quotedScan.find()) {
            String name = quoted.group(1);
            if (TaskExtractor.isParadigm(name) || GENERIC_ACRONYMS.contains(name)) continue;
            out.add(proposal(abs, text, name, quoted.start(1)));
        }
        String titleLower = text.text(TextField.TITLE).toLowerCase(Locale.ROOT);
        Cue.Scan oneScan = NAMED_WORD_CUE.scan(text.cueText(TextField.ABSTRACT));
        Matcher one = oneScan.matcher();
        while (oneScan.find()) {
            String name = one.group(1);
            if (!containsWord(titleLower, name.toLowerCase(Locale.ROOT)) || TaskExtractor.isParadigm(name)) continue;
            if (existingBefore(abs, one.start(), text) || PHENOMENON_BEFORE.matcher(abs).region(
                    Math.max(0, one.start() - 30), one.start()).find()) continue;
            out.add(proposal(abs, text, name, one.start(1)));
        }
        Cue.Scan termScan = NAMED_TERM_CUE.scan(text.cueText(TextField.ABSTRACT));
        Matcher term = termScan.matcher();
        while (termScan.find()) {
            String name = term.group(1);
            if (TaskExtractor.isParadigm(name) || name.endsWith(" learning") || CLASS_PLURAL.matcher(name).find()) continue;
            if (EXISTING_AFTER.matcher(abs).region(term.end(), abs.length()).lookingAt()) continue;
            if (existingBefore(abs, term.start(), text) || PHENOMENON_BEFORE.matcher(abs).region(
                    Math.max(0, term.start() - 30), term.start()).find()) continue;
            out.add(proposal(abs, text, name, term.start(1)));
        }
        return out;
    }

    // ---- rule 7: a name set off by an appositive or a colon after a proposing verb

    /**
     * A proposing verb, an optional described kind ending in a colon (group 2), then the name (checked
     * in code). Group 1 is what the verb and kind cover: the match itself is empty ({@link #atEveryWordStart}).
     */
    private static final Pattern APPOSITIVE_VERB = atEveryWordStart(
            "((?:propose|introduce|present)(?:s|d)?\\s+"
                    + "(?:(?:a|an|the|our|two|three)\\s+((?:[\\w\\-]+\\s+){0,4}?[a-z][a-z\\-]*)\\s*:\\s+)?)");
    private static final Cue APPOSITIVE_VERB_CUE = Cue.atWordStart(APPOSITIVE_VERB, "propose", "introduce", "present");
    /** A Title Case name of one to four words ("Sparse Graph Vector") or a coined one ("ZooNet-QX"). */
    private static final Pattern APPOSITIVE_TITLE_NAME = Pattern.compile(
            "\\p{Lu}[\\p{L}\\p{N}\\-]*(?: \\p{Lu}[\\p{L}\\p{N}\\-]*){0,3}");
    /** A lower-case term of two or three words ("anchor tokens"). */
    private static final Pattern APPOSITIVE_TERM = Pattern.compile("[a-z][a-z\\-]+(?: [a-z][a-z\\-]+){1,2}");
    /** What follows a name in apposition: ", a novel benchmark", ": a network for ...". */
    private static final Pattern APPOSITION = Pattern.compile("\\s*[,:]\\s+(?:a|an)\\s+((?:[\\w\\-]+\\s*){1,5})");
    /** After a described kind and its colon, the name ends at punctuation or a clause word. */
    private static final Pattern NAME_END = Pattern.compile("\\s*[,(.;:]|\\s+(?:which|that|to|for|with)\\b");

    /**
     * "We propose ZooNet-QX, a novel benchmark ...", "we present Sparse Graph Vector: a network for
     * ...", "we also introduce anchor tokens, a novel regularization method", "we propose a new
     * pruning method: Gradual Mask Annealing, which ...": abstracts name a contribution and describe
     * it in an appositive (or name it after the described kind and a colon). The name is a Title
     * Case phrase of up to four words or a coined word; a lower-case term of two or three words
     * counts only before "a novel|new KIND". The appositive's head must be a kind noun within five
     * words ("a novel benchmark", "a neural network model for"), and the sentence's subject must be
     * the paper ("we" or "this paper" before the verb, also "We study X and propose Y"). Not a name
     * the gazetteer lists, a field-wide acronym, a paradigm or a kind word itself. Tried only where
     * the verbs are written ({@link #APPOSITIVE_VERB_CUE}).
     */
    private List<Mention> appositiveNames(TextIndex text) {
        String abs = text.text(TextField.ABSTRACT);
        List<Mention> out = new ArrayList<>(1);
        Cue.Scan scan = APPOSITIVE_VERB_CUE.scan(text.cueText(TextField.ABSTRACT));
        Matcher m = scan.matcher();
        while (scan.find()) {
            Span sentence = text.sentenceAt(TextField.ABSTRACT, m.start());
            if (!PROPOSING_SUBJECT.matcher(abs).region(sentence.start(), m.start()).find()) continue;
            if (existingBefore(abs, m.start(), text)) continue;
            int at = m.end(1);
            String kind = m.group(2);
            if (kind != null) {
                String last = kind.substring(kind.lastIndexOf(' ') + 1);
                if (!TypeCues.isCueWord(last)) continue;
                Matcher n = APPOSITIVE_TITLE_NAME.matcher(abs).region(at, abs.length());
                if (!n.lookingAt() || !NAME_END.matcher(abs).region(n.end(), abs.length()).lookingAt()) continue;
                addAppositive(out, abs, text, n.group(), at);
                continue;
            }
            if (abs.startsWith("the ", at)) at += 4;
            Matcher n = APPOSITIVE_TITLE_NAME.matcher(abs).region(at, abs.length());
            boolean term = false;
            if (!n.lookingAt()) {
                n = APPOSITIVE_TERM.matcher(abs).region(at, abs.length());
                if (!n.lookingAt()) continue;
                term = true;
            }
            Matcher app = APPOSITION.matcher(abs).region(n.end(), abs.length());
            if (!app.lookingAt()) continue;
            String described = app.group(1).toLowerCase(Locale.ROOT);
            boolean kindNoun = false;
            for (String w : described.split("\\s+")) kindNoun |= TypeCues.isCueWord(w);
            if (!kindNoun) continue;
            if (term && !(described.startsWith("novel ") || described.startsWith("new "))) continue;
            addAppositive(out, abs, text, n.group(), at);
        }
        return out;
    }

    private void addAppositive(List<Mention> out, String abs, TextIndex text, String name, int start) {
        if (isKnownName(name) || TaskExtractor.isParadigm(name)) return;
        String[] words = name.split(" ");
        // A lower-case term that ends in a kind noun describes ("a contrastive method"); "regularization tokens"
        // and a Title Case "Sparse Graph Network" name.
        if (Character.isLowerCase(name.charAt(0)) && TypeCues.isCueWord(words[words.length - 1])) return;
        if (words.length == 1 && (!looksCoined(name) || TypeCues.isCueWord(name))) return; // "We present Results, a ..."
        out.add(proposal(abs, text, name, start));
    }

    // ---- rule 8: named variants of a proposed name

    /** A variant suffix: one to three letters starting with a capital ("-U", "-T", "-Wd"), not a size. */
    private static final Pattern VARIANT_SUFFIX = Pattern.compile("-(\\p{Lu}[\\p{L}]{0,2})(?![\\p{L}\\p{N}\\-])");

    /**
     * "two variants, LISTEN-U and LISTEN-T", "(FST-D) and (FST-W)", "(ELLE-A)": a proposed coined name
     * followed by a hyphen and a short capitalized suffix names a variant the paper also proposes (the
     * gold guide lists each, §5.29). Sizes ("RBD-8B") are not variants, and only coined names of three
     * or more characters have them. The variant takes the base name's type.
     */
    private static List<Mention> variants(TextIndex text, java.util.Collection<Mention> proposed) {
        String abs = text.text(TextField.ABSTRACT);
        List<Mention> out = new ArrayList<>(0);
        for (Mention base : proposed) {
            String name = base.text();
            if (name.length() < 3 || name.contains(" ") || !looksCoined(name)) continue;
            for (int i = abs.indexOf(name + "-"); i >= 0; i = abs.indexOf(name + "-", i + 1)) {
                if (i > 0 && Character.isLetterOrDigit(abs.charAt(i - 1))) continue;
                Matcher v = VARIANT_SUFFIX.matcher(abs).region(i + name.length(), abs.length());
                if (!v.lookingAt()) continue;
                Span span = new Span(i, v.end());
                String variant = span.coveredText(abs);
                if (out.stream().anyMatch(o -> o.text().equals(variant))) continue;
                out.add(new Mention(MentionKind.PROPOSED, variant, null, base.type(), TextField.ABSTRACT, span,
                        text.sentenceAt(TextField.ABSTRACT, i), NAME + "/variant", 0.7));
            }
        }
        return out;
    }

    // ---- rule 5: a coined name the abstract calls its own

    /**
     * "our proposed CS-IB", "the proposed D-RMM", "our QLAE consistently outperforms": a coined name
     * (a camel-case hump, two capitals or a digit) right after "our", "our proposed" or "the proposed"
     * is what the paper introduces; abstracts refer back to their contribution this way, often without
     * a proposing verb near the name. Not a name the gazetteer lists (our "GPT-4 baseline", "our SFT
     * data"), not a field-wide acronym ("our LLM"), a size ("our 7B model", "our 2D ...") or a modifier ("our
     * BERT-based model"), and not a short form the abstract defines as someone else's thing.
     * Only "our" or "the proposed" followed by a space starts it.
     */
    private static final Pattern OWN_NAME = atEveryWordStart(
            "(?:[Oo]ur|[Tt]he proposed) \\s*(?:proposed\\s+|new\\s+)?([\\p{L}\\p{N}][\\p{L}\\p{N}+.\\-^]*[\\p{L}\\p{N}+])(?=[\\s,.;:)])");
    private static final Cue OWN_NAME_CUE = Cue.atWordStart(OWN_NAME, "our ", "the proposed ");
    private static final Pattern SIZE_LIKE = Pattern.compile("\\d.*|[A-Za-z]\\d");
    private static final Pattern MODIFIER_NAME = Pattern.compile("(?i)-(?:based|style|like|free|aware|guided|driven|level|specific|only)$");

    private List<Mention> ownNames(TextIndex text) {
        String abs = text.text(TextField.ABSTRACT);
        List<Mention> out = new ArrayList<>();
        Cue.Scan scan = OWN_NAME_CUE.scan(text.cueText(TextField.ABSTRACT));
        Matcher m = scan.matcher();
        while (scan.find()) {
            String name = m.group(1);
            while (name.endsWith(".")) name = name.substring(0, name.length() - 1);
            if (!looksCoined(name) || isKnownName(name) || SIZE_LIKE.matcher(name).matches()
                    || MODIFIER_NAME.matcher(name).find()) continue;
            boolean someoneElses = false;
            for (Acronyms.Definition d : text.acronyms())
                someoneElses |= d.shortForm().equals(name) && (TaskExtractor.isParadigm(d.longForm())
                        || gazetteer.lookup(d.longForm()) != null);
            if (someoneElses) continue;
            out.add(proposal(abs, text, name, m.start(1)));
        }
        return out;
    }

    /**
     * "Our first approach is Batch-Scheduled Sampling", "our method, Stitch, ...": "our" (with an
     * ordinal or "proposed") and a kind noun, then "is" or a comma, then a Title Case name of up to
     * four words or a coined name: the abstract names its contribution.
     */
    private static final Pattern OWN_KIND_IS = atEveryWordStart(
            "[Oo]ur (?:(?:first|second|third|main|proposed|new|final) )?(?:approach|method|technique|model|framework"
                    + "|algorithm|strategy|solution|system|architecture|loss|objective|benchmark|dataset|metric)"
                    + "(?: is(?: called| named)?|,) (\\p{Lu}[\\p{L}\\p{N}\\-]*(?: \\p{Lu}[\\p{L}\\p{N}\\-]*){0,3})(?=[,.;:( ])");
    private static final Cue OWN_KIND_IS_CUE = Cue.atWordStart(OWN_KIND_IS, "our ");

    private List<Mention> ownKindIs(TextIndex text) {
        String abs = text.text(TextField.ABSTRACT);
        List<Mention> out = new ArrayList<>();
        Cue.Scan scan = OWN_KIND_IS_CUE.scan(text.cueText(TextField.ABSTRACT));
        Matcher m = scan.matcher();
        while (scan.find()) {
            String name = m.group(1);
            // One plain capitalized word is a sentence word ("Our method is Simple"); it needs a coined shape.
            if (name.indexOf(' ') < 0 && name.indexOf('-') < 0 && !looksCoined(name)) continue;
            if (isKnownName(name)) continue;
            out.add(proposal(abs, text, name, m.start(1)));
        }
        return out;
    }

    /**
     * "a new False Head Rate metric", "a novel Dual Attention Network": "a new|novel", then two to four
     * Title Case words or one coined word, then a kind noun. What the paper calls new and names in
     * capitals is its contribution. Not a name the gazetteer lists ("a novel Transformer
     * architecture").
     */
    private static final Pattern NEW_TITLE_CASE_KIND = atEveryWordStart(
            "(?:[Aa]|[Oo]ur) (?:new|novel) (\\p{Lu}[\\p{L}\\p{N}\\-]*(?: \\p{Lu}[\\p{L}\\p{N}\\-]*){0,3}) "
                    + "(?:metric|measure|method|algorithm|technique|loss|objective|model|network|architecture|framework"
                    + "|dataset|benchmark|corpus|module|mechanism|strategy|approach)s?\\b");
    private static final Cue NEW_TITLE_CASE_KIND_CUE = Cue.atWordStart(NEW_TITLE_CASE_KIND, "a new ", "a novel ", "our new ", "our novel ");

    private List<Mention> newTitleCaseKind(TextIndex text) {
        String abs = text.text(TextField.ABSTRACT);
        List<Mention> out = new ArrayList<>();
        Cue.Scan scan = NEW_TITLE_CASE_KIND_CUE.scan(text.cueText(TextField.ABSTRACT));
        Matcher m = scan.matcher();
        while (scan.find()) {
            String name = m.group(1);
            if (name.indexOf(' ') < 0 && !looksCoined(name)) continue;
            if (isKnownName(name) || insideLongForm(text.acronyms(), m.start(1))) continue;
            out.add(proposal(abs, text, name, m.start(1)));
        }
        return out;
    }

    // ---- rule 4: the title's label for the contribution

    /** A first-person proposing verb, an optional article and up to three adjectives; the label follows. */
    private static final Pattern LABEL_VERB = Pattern.compile(
            "(?i:\\b(?:we|this (?:paper|work|study))\\s+(?:(?:also|further|then|first|therefore|thus|hence|instead)\\s+)?"
                    + "(?:propose|introduce|present|develop|design|devise)(?:s|d|ed)?\\s+(?:(?:a|an|the|our)\\s+)?"
                    + "(?:(?:new|novel|simple|general|unified|efficient|lightweight|scalable|principled|generic|effective"
                    + "|practical|flexible)\\s+){0,3})");
    private static final Cue LABEL_VERB_CUE = Cue.atWordStart(LABEL_VERB, "we", "this ");
    private static final Pattern LABEL_WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}\\-^]*");
    /** Words a label never ends with or consists of: connectives and generic kinds. */
    private static final Set<String> NOT_LABEL_END = Set.of("a", "an", "the", "of", "for", "with", "via", "and", "or",
            "to", "in", "on", "by", "from", "using", "under", "towards", "toward", "through", "as", "is", "are");

    private List<Mention> titleLabels(PaperRecord paper, TextIndex text) {
        List<Mention> out = new ArrayList<>();
        List<String> title = new ArrayList<>();
        Matcher tw = LABEL_WORD.matcher(paper.title());
        while (tw.find()) title.add(tw.group().toLowerCase(Locale.ROOT));
        if (title.size() < 2) return out;
        String abs = text.text(TextField.ABSTRACT);
        Cue.Scan vScan = LABEL_VERB_CUE.scan(text.cueText(TextField.ABSTRACT));
        Matcher v = vScan.matcher();
        while (vScan.find()) {
            List<int[]> words = new ArrayList<>();
            Matcher w = LABEL_WORD.matcher(abs).region(v.end(), Math.min(abs.length(), v.end() + 120));
            int expect = v.end();
            while (words.size() < 5 && w.find()) {
                // Words of one phrase: separated by single spaces only (a comma or bracket ends it).
                if (w.start() != expect && !(w.start() == expect + 1 && abs.charAt(expect) == ' ')) break;
                words.add(new int[]{w.start(), w.end()});
                expect = w.end();
            }
            for (int k = words.size(); k >= 2; k--) {
                List<String> phrase = new ArrayList<>();
                for (int i = 0; i < k; i++) phrase.add(abs.substring(words.get(i)[0], words.get(i)[1]).toLowerCase(Locale.ROOT));
                if (NOT_LABEL_END.contains(phrase.get(k - 1)) || !containsRun(title, phrase)) continue;
                int end = words.get(k - 1)[1];
                if (ACRONYM_NEXT.matcher(abs).region(end, abs.length()).lookingAt()) break;   // a long form
                // "we introduce a rationale invariance loss": the kind noun after the title's words is part of the label.
                // Round 5: not a generic kind ("a decision-boundary-aware data augmentation strategy" names
                // the augmentation; the strategy is its description).
                String kindAfter = k < words.size() ? abs.substring(words.get(k)[0], words.get(k)[1]).toLowerCase(Locale.ROOT) : "";
                if (TypeCues.isCueWord(kindAfter) && !GENERIC_KINDS.contains(kindAfter))
                    end = words.get(k)[1];
                String name = abs.substring(words.get(0)[0], end);
                // "we introduce dataset decomposition" under "Dataset Decomposition: ...": the whole
                // title name before the colon is a label even when it starts with a kind noun.
                if (!isLabel(phrase, name) && !(sameWords(titleName(paper.title()), name) && !TaskExtractor.isParadigm(name)))
                    break;
                out.add(new Mention(MentionKind.PROPOSED, name, null, proposal(abs, text, name, words.get(0)[0]).type(),
                        TextField.ABSTRACT, new Span(words.get(0)[0], end),
                        text.sentenceAt(TextField.ABSTRACT, words.get(0)[0]), NAME + "/title-label", 0.7));
                break;
            }
        }
        return out;
    }

    /** Kind nouns that describe a contribution rather than name a part of it: "... strategy", "... framework". */
    private static final Set<String> GENERIC_KINDS = Set.of("method", "methods", "approach", "technique", "strategy",
            "framework", "algorithm", "model", "system", "pipeline", "scheme", "procedure", "protocol", "paradigm");

    /** True when {@code phrase} occurs in {@code words} as a contiguous run. */
    private static boolean containsRun(List<String> words, List<String> phrase) {
        outer:
        for (int i = 0; i + phrase.size() <= words.size(); i++) {
            for (int j = 0; j < phrase.size(); j++) if (!words.get(i + j).equals(phrase.get(j))) continue outer;
            return true;
        }
        return false;
    }

    /** Not a paradigm, a generic class or a kind noun with adjectives ("a new benchmark"). */
    private static boolean isLabel(List<String> phrase, String name) {
        if (TaskExtractor.isParadigm(name) || name.toLowerCase(Locale.ROOT).endsWith(" learning")) return false;
        for (String w : phrase) if (GENERIC_ACRONYMS.contains(w.toUpperCase(Locale.ROOT))) return false;
        // A label starts with its distinctive word: "benchmark for parsing" is a kind and its use.
        if (TypeCues.isCueWord(phrase.get(0)) || GENERIC_LABEL_WORDS.contains(phrase.get(0))) return false;
        int content = 0;
        for (String w : phrase) if (!TypeCues.isCueWord(w) && !GENERIC_LABEL_WORDS.contains(w)) content++;
        return content > 0;
    }

    /** Words that describe rather than name: a label made only of these and kind nouns is none. */
    private static final Set<String> GENERIC_LABEL_WORDS = Set.of("new", "novel", "simple", "efficient", "large",
            "language", "models", "model", "neural", "network", "networks", "deep", "learning", "data", "training",
            "approach", "analysis", "study", "theory", "theoretical", "empirical", "framework", "method", "methods",
            "based", "large-scale", "general", "unified", "task", "tasks", "benchmark", "dataset");

    /** "one classical regularization named Dropout": an existing thing, named for the reader. */
    private static final Pattern EXISTING = Pattern.compile(
            "(?i)\\b(?:classical|classic|existing|standard|well-known|popular|conventional|traditional|widely[- ]used|prior|previous)\\b");
    /** "a model-inherent signal termed angle concentration": what is named is a phenomenon, not an artifact. */
    private static final Pattern PHENOMENON_BEFORE = Pattern.compile(
            "(?i)\\b(?:signal|phenomenon|phenomena|effect|property|issue|problem|behaviou?r|pattern|bias|curse|trap"
                    + "|concept|notion|failure mode|mode)\\s+$");

    private static boolean existingBefore(String abs, int at, TextIndex text) {
        Span sentence = text.sentenceAt(TextField.ABSTRACT, at);
        int from = Math.max(sentence.start(), at - 40);
        return EXISTING.matcher(abs).region(from, at).find();
    }

    /**
     * "we develop an evaluation framework, DiffROAR", "discovers a simple and effective optimization
     * algorithm, Lion (...)": a name set off by a comma after a proposing verb and a described kind.
     */
    private static final Pattern VERB_KIND_NAME = Pattern.compile(
            "(?i)\\b(?:we|this (?:paper|work|study)|our (?:method|approach|work))\\s+(?:(?:also|further|then|first|therefore|thus|hence)\\s+)?"
                    + "(?:propose|introduce|present|develop|design|discover|construct|build|create|release|devise)(?:s|d|ed|es)?\\s+"
                    + "(?:a|an|the|our)\\s+((?:[\\w\\-]+\\s+){0,5}?[\\w\\-]+),\\s+"
                    + "(?-i:([\\p{L}\\p{N}][\\p{L}\\p{N}+.\\-]*[\\p{L}\\p{N}+]))(?=\\s*[,(]|\\s+(?:which|that|to|for)\\b)");
    private static final Cue VERB_KIND_NAME_CUE = Cue.atWordStart(VERB_KIND_NAME, "we", "this ", "our ");

    /**
     * "we propose a novel approach OGEN to address ...": a described kind, then a coined name with no
     * comma between (checked in code: the kind ends in a cue noun, the name is coined and unlisted).
     * The name must be followed by a clause word or punctuation, so "a model GPT-2 generates" is left.
     * Only "we" or "this" as written (lower case or capitalized) starts it.
     */
    private static final Pattern VERB_KIND_BARE = atEveryWordStart(
            "(?i)(?:(?-i:[Ww]e) \\s*|(?-i:[Tt]his) (?:paper|work|study)\\s+)(?:(?:also|further|then|first|therefore|thus|hence)\\s+)?"
                    + "(?:propose|introduce|present|develop|design|devise)(?:s|d|ed|es)?\\s+"
                    + "(?:a|an|the|our)\\s+((?:[\\w\\-]+\\s+){0,3}?(?-i:[a-z][a-z\\-]*))\\s+"
                    + "(?-i:([\\p{L}\\p{N}][\\p{L}\\p{N}+.\\-]*[\\p{L}\\p{N}+]))(?=\\s*[,(]|\\s+(?:which|that|to|for)\\b)");
    private static final Cue VERB_KIND_BARE_CUE = Cue.atWordStart(VERB_KIND_BARE, "we ", "this ");

    /**
     * {@code regex} at every word start (no letter or digit before it, as {@link Character#isLetterOrDigit}
     * says) where it matches, also one inside an earlier match: the pattern is a look-ahead, so each
     * match is empty and {@code find()}, which goes on one character after an empty match, reports
     * every such place in order. The rules that read these patterns judge each place on its own (the
     * described kind of "we propose a way to present our method: X" holds a second verb), so a match
     * must not hide the places it covers. The groups are those of {@code regex}.
     */
    private static Pattern atEveryWordStart(String regex) {
        return Pattern.compile("(?<![\\p{L}\\p{Nd}])(?=" + regex + ")");
    }

    /**
     * A field-wide acronym ("LLM") or a name the gazetteer lists ("GPT-4"): someone else's, so never
     * what a paper introduces, however coined it looks.
     */
    private boolean isKnownName(String name) {
        return GENERIC_ACRONYMS.contains(name) || gazetteer.lookup(name) != null;
    }

    private static Mention proposal(String abs, TextIndex text, String name, int start) {
        Span span = new Span(start, start + name.length());
        Span sentence = text.sentenceAt(TextField.ABSTRACT, start);
        String before = abs.substring(sentence.start(), start);
        String after = abs.substring(span.end(), Math.min(abs.length(), span.end() + 80));
        EntityType type = TypeCues.decide(null, before, after);
        return new Mention(MentionKind.PROPOSED, name, null, type, TextField.ABSTRACT, span, sentence,
                NAME + "/verb", 0.75);
    }

    private static boolean insideLongForm(List<Acronyms.Definition> definitions, int offset) {
        for (Acronyms.Definition d : definitions)
            if (d.longSpan().start() <= offset && offset < d.longSpan().end()) return true;
        return false;
    }

    /** True when the text after a name goes on with another capitalized word or a parenthesis: a longer name. */
    private static boolean continuesName(String text, int end) {
        int i = end;
        while (i < text.length() && text.charAt(i) == ' ') i++;
        return i > end && i < text.length() && (Character.isUpperCase(text.charAt(i)) || text.charAt(i) == '(');
    }

    /**
     * Title Case: every word of four letters or more starts with a capital ("Energy-Based Transformers").
     * Abstracts capitalize the names of new things and write generic concepts in lower case
     * ("continual learning (CL)").
     */
    static boolean isTitleCase(String phrase) {
        for (String w : phrase.split("[\\s]+")) {
            if (w.length() >= 4 && !Character.isUpperCase(w.charAt(0))) return false;
        }
        return true;
    }

    /** A coined name: a camel-case hump, two capitals in a row, or a digit. */
    static boolean looksCoined(String name) {
        for (int i = 1; i < name.length(); i++) {
            char prev = name.charAt(i - 1), c = name.charAt(i);
            if (Character.isUpperCase(c) && (Character.isLowerCase(prev) || Character.isUpperCase(prev))) return true;
        }
        for (int i = 0; i < name.length(); i++) if (Character.isDigit(name.charAt(i))) return true;
        return false;
    }

    private static boolean containsWord(String text, String word) {
        return indexOfWord(text, word) >= 0;
    }

    private static int indexOfWord(String text, String word) {
        int from = 0;
        while (true) {
            int i = text.indexOf(word, from);
            if (i < 0) return -1;
            boolean startOk = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            int e = i + word.length();
            boolean endOk = e >= text.length() || !Character.isLetterOrDigit(text.charAt(e));
            if (startOk && endOk) return i;
            from = i + 1;
        }
    }

    private static boolean startsWithWord(String title, String word) {
        return title.startsWith(word) && (title.length() == word.length() || !Character.isLetterOrDigit(title.charAt(word.length())));
    }
}
