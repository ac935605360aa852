package org.paperkg.generate;

import org.paperkg.gazetteer.Gazetteer;
import org.paperkg.gazetteer.GazetteerEntry;
import org.paperkg.model.EntityType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Composes a synthetic paper (title, abstract, authors, categories, links) from sentence templates
 * and gazetteer names. Each abstract has the parts a real one has, in order: background naming a
 * task and often an earlier method, what the paper proposes (a coined name, an acronym definition
 * or a new benchmark; two papers in five are empirical studies that propose nothing), how it works,
 * what it is evaluated on, sometimes a numeric result with metric and dataset, a code or project
 * link in about a third of the papers, and sentences of plain prose between them. Names are drawn
 * with a long-tailed frequency ({@link Zipf}); authors come from a pool of about 9,000 names, also
 * long-tailed, so that people and entities are shared between papers.
 *
 * <p>The density of names is set so that the listing format gives about as many quads per paper as
 * the real samples in {@code data/samples} do (65 there; see the README's "Performance").
 *
 * <p>Not thread-safe; one composer per generated file.
 */
final class AbstractComposer {
    /** Composed parts of one paper. */
    record Composed(String name, String title, String abstractText, List<String> authors, List<String> categories,
                    String githubRepo, String projectPage, List<String> keywords) {
    }

    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ra", "te", "zu", "vin", "dex", "nor", "pha", "qu",
            "sel", "bo", "ri", "sa", "tor", "ven", "li", "mar", "no", "pe", "sun", "ta", "xi", "ar", "del", "fo", "gan",
            "hel", "jo", "kor", "lum", "ne", "or", "pra", "sto", "tri", "ul", "vex", "zo"};
    /** Names must be unique for this many papers with four syllables; beyond, five are used. */
    private static final long FOUR_SYLLABLES = 40L * 40 * 40 * 40;
    private static final String[] ADJECTIVES = {"Sparse", "Adaptive", "Hierarchical", "Contrastive", "Efficient",
            "Robust", "Scalable", "Multimodal", "Causal", "Latent", "Recurrent", "Modular", "Progressive", "Unified",
            "Lightweight", "Calibrated", "Structured", "Federated", "Dynamic", "Generative"};
    private static final String[] NOUNS = {"Attention", "Transformer", "Network", "Retrieval", "Distillation",
            "Alignment", "Decoding", "Tokenizer", "Encoder", "Planner", "Memory", "Adapter", "Diffusion", "Routing",
            "Reasoner", "Policy", "Embedding", "Fusion", "Pruning", "Quantization"};
    private static final String[] KINDS = {"method", "model", "framework", "architecture", "training recipe"};
    private static final String[] MECHANISMS = {
            "routes each token to a small set of experts",
            "learns a compact latent plan before decoding",
            "replaces dense attention with a learned sparse pattern",
            "aligns intermediate representations across modalities",
            "distils a large teacher into a model a tenth of its size",
            "retrieves supporting passages and verifies them before answering",
            "reuses computation across denoising steps",
            "calibrates its confidence with a held-out critic",
            "trains on self-generated curricula of increasing difficulty",
            "compresses the key-value cache without retraining"};
    private static final String[] WEAKNESSES = {
            "remain expensive to train and brittle under distribution shift",
            "scale poorly with the length of the input",
            "depend on large amounts of labelled data",
            "are hard to reproduce and rarely release their code",
            "degrade sharply on low-resource languages",
            "trade accuracy for speed in ways that are poorly understood"};
    /** Sentences without names: real abstracts spend most of their words on these. */
    private static final String[] PROSE = {
            "The key difficulty is that errors made early compound over long horizons, and current training objectives do not penalise them.",
            "This makes it hard to compare systems fairly, since small differences in preprocessing can change the ranking of methods.",
            "Our approach is simple to implement, adds little overhead at inference time and can be combined with existing pipelines.",
            "We provide a theoretical analysis that explains when the approach helps and when it cannot, and we verify the predictions empirically.",
            "Human evaluation confirms that the outputs are preferred by annotators in most pairwise comparisons.",
            "In contrast to previous studies, we control for model size, data and compute, which isolates the effect of the design choice.",
            "We find that gains are largest in the low-data regime and shrink, but do not vanish, as more training data becomes available.",
            "The method needs neither extra annotations nor changes to the architecture, and it works with off-the-shelf checkpoints.",
            "Extensive ablations show that each component contributes, and that the improvements are stable across random seeds.",
            "These results suggest that careful data curation matters at least as much as architectural novelty.",
            "We further show that the approach is robust to label noise and scales to billions of parameters without changes to its schedule.",
            "An analysis of failure cases shows that the remaining errors concentrate on long and ambiguous inputs."};
    private static final String[] EVAL_TAILS = {".", " under both in-distribution and out-of-distribution settings.",
            ", following the standard protocol.", " with three random seeds each."};
    private static final String[] BENCHMARK_ITEMS = {"questions", "images", "dialogues", "programs", "documents",
            "video clips", "speech recordings", "tables"};
    private static final String[] CATEGORIES = {"cs.LG", "cs.CL", "cs.CV", "cs.AI", "stat.ML", "cs.IR", "cs.RO",
            "eess.AS", "cs.NE", "cs.SE", "cs.CR", "eess.IV", "cs.HC", "math.OC", "q-bio.QM"};
    private static final String[] ORGS = {"google-research", "facebookresearch", "microsoft", "openai", "allenai",
            "huggingface", "nvlabs", "deepmind", "salesforce", "thunlp", "stanford-crfm", "mit-han-lab", "baaivision",
            "alibaba", "tencent-ailab", "princeton-nlp", "uw-madison-lab", "epfml", "kaist-ai", "tsinghua-ml"};
    private static final String[] FIRST = {"Wei", "Ananya", "Lukas", "Sofia", "Mateo", "Hiroshi", "Chloé", "Tomasz",
            "Priya", "Jonas", "Elena", "Kwame", "Mei", "Rafael", "Ingrid", "Omar", "Yuki", "Fatima", "Diego", "Hannah",
            "Arjun", "Olga", "Chen", "Amara", "Lars", "Noor", "Kenji", "Lucía", "Samuel", "Yuxuan", "Aisha", "Pierre",
            "Minh", "Zeynep", "Daniel", "Ji-woo", "Marta", "Ibrahim", "Sara", "Ravi", "Emma", "Xin", "Tariq", "Ana",
            "Felix", "Leila", "Hyun", "Giulia", "Ahmed", "Nina", "Jun", "Carlos", "Irene", "Bo", "Vikram", "Maya",
            "Stefan", "Haruto", "Eva", "Kofi", "Ling", "Mohammed", "Clara", "Dmitri", "Asha", "Paolo", "Yan", "Rosa",
            "Tom", "Eun", "Nikolai", "Zara", "Ming", "Sven", "Lina", "Andrés", "Julia", "Kaito", "Beatriz", "Ole"};
    private static final String[] LAST = {"Zhang", "Chen", "Gupta", "Schmidt", "Rossi", "García", "Tanaka", "Dubois",
            "Kowalski", "Raman", "Becker", "Petrova", "Mensah", "Lin", "Silva", "Larsen", "Wang", "Li", "Liu", "Kim",
            "Park", "Nguyen", "Singh", "Kumar", "Müller", "Ivanov", "Smith", "Johnson", "Brown", "Sato", "Suzuki",
            "Yamamoto", "Martin", "Bernard", "Moreau", "Ferrari", "Romano", "López", "Hernández", "Novak", "Horvath",
            "Nowak", "Jensen", "Hansen", "Andersson", "Nielsen", "Okafor", "Adeyemi", "Haddad", "Khan", "Ali", "Shah",
            "Patel", "Das", "Iyer", "Reddy", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Hu", "Guo", "He",
            "Lee", "Choi", "Jung", "Kang", "Cohen", "Levi", "Mizrahi", "Costa", "Pereira", "Santos", "Oliveira",
            "Fischer", "Weber", "Wagner", "Meyer", "Schulz", "Hoffmann", "Koch", "Richter", "Klein", "Wolf", "Young",
            "Walker", "Hall", "Allen", "Wright", "King", "Scott", "Green", "Baker", "Adams", "Nelson", "Carter", "Volkov",
            "Popescu", "Demir", "Yilmaz", "Kaya", "Şahin", "Takahashi", "Watanabe", "Ito", "Nakamura", "Kobayashi"};

    private final Zipf<GazetteerEntry> methods;
    private final Zipf<GazetteerEntry> datasets;
    private final Zipf<GazetteerEntry> tasks;
    private final Zipf<GazetteerEntry> higherMetrics;
    private final Zipf<GazetteerEntry> lowerMetrics;
    private final Zipf<String> authors;
    private final Zipf<String> categories;
    private final Zipf<String> orgs;
    private final long permutation;

    AbstractComposer(Gazetteer g, Random setup) {
        methods = new Zipf<>(ofTypes(g, EntityType.METHOD, EntityType.MODEL), 1.05, setup);
        datasets = new Zipf<>(ofTypes(g, EntityType.DATASET, EntityType.BENCHMARK), 1.05, setup);
        tasks = new Zipf<>(ofTypes(g, EntityType.TASK), 1.0, setup);
        List<GazetteerEntry> higher = new ArrayList<>(), lower = new ArrayList<>();
        for (GazetteerEntry e : ofTypes(g, EntityType.METRIC)) (Boolean.FALSE.equals(e.higherIsBetter()) ? lower : higher).add(e);
        higherMetrics = new Zipf<>(higher, 1.1, setup);
        lowerMetrics = new Zipf<>(lower, 1.1, setup);
        List<String> people = new ArrayList<>(FIRST.length * LAST.length);
        for (String f : FIRST) for (String l : LAST) people.add(f + " " + l);
        authors = new Zipf<>(people, 0.8, setup);
        categories = new Zipf<>(List.of(CATEGORIES), 1.2, setup);
        orgs = new Zipf<>(List.of(ORGS), 0.9, setup);
        permutation = 1 + 2 * (long) setup.nextInt(1 << 20);
    }

    private static List<GazetteerEntry> ofTypes(Gazetteer g, EntityType... types) {
        List<GazetteerEntry> out = new ArrayList<>();
        for (GazetteerEntry e : g.entries()) for (EntityType t : types) if (e.type() == t) out.add(e);
        if (out.isEmpty()) // An empty gazetteer still gives a readable corpus.
            out.add(new GazetteerEntry(types[0] == EntityType.METRIC ? "accuracy" : "Transformer", types[0], List.of(), true,
                    types[0] == EntityType.METRIC ? Boolean.TRUE : null, "generator"));
        return out;
    }

    Composed compose(long number, Random r) {
        String coined = coin(number);
        String task = tasks.pick(r).name();
        List<GazetteerEntry> baselines = methods.pickDistinct(r, 2);
        List<GazetteerEntry> evals = datasets.pickDistinct(r, r.nextInt(20) < 17 ? 1 : 2);
        String m1 = baselines.get(0).name(), m2 = baselines.get(baselines.size() - 1).name();
        String kind = pick(KINDS, r);
        int style = r.nextInt(10);

        String name, title;
        StringBuilder a = new StringBuilder(1600);
        sentence(a, switch (r.nextInt(5)) {
            case 0, 1 -> capitalize(task) + " has attracted growing attention, yet approaches built on " + m1 + " "
                    + pick(WEAKNESSES, r) + ".";
            case 2 -> "Existing methods for " + task + " rely on " + m1 + ", and they " + pick(WEAKNESSES, r) + ".";
            case 3 -> "Recent progress in " + task + " has been driven by large pretrained models, but they "
                    + pick(WEAKNESSES, r) + ".";
            default -> "Recent progress has been driven by ever larger pretrained models, but they "
                    + pick(WEAKNESSES, r) + ".";
        });
        if (r.nextInt(10) < 7) sentence(a, prose(a, r));
        if (style < 3) { // A coined name, proposed in the title and the abstract.
            name = coined;
            title = coined + ": " + pick(ADJECTIVES, r) + " " + titleCase(kind) + "s "
                    + (r.nextBoolean() ? "for " + titleCase(task) : "at Scale");
            sentence(a, "We introduce " + name + ", a " + lower(pick(ADJECTIVES, r)) + " " + kind + " that "
                    + pick(MECHANISMS, r) + ".");
        } else if (style < 5) { // A long form with its acronym.
            String adjective = pick(ADJECTIVES, r), noun = pick(NOUNS, r);
            String longForm = coined + " " + adjective + " " + noun;
            name = acronym(coined, adjective, noun);
            title = longForm + " for " + titleCase(task);
            sentence(a, "In this paper, we propose " + longForm + " (" + name + "), a " + kind + " that "
                    + pick(MECHANISMS, r) + ".");
        } else if (style < 6) { // A new benchmark.
            name = coined + "Bench";
            title = name + ": A Benchmark for " + titleCase(task) + " at Scale";
            sentence(a, "We present " + name + ", a benchmark of " + (1 + r.nextInt(60)) + "," + (100 + r.nextInt(900))
                    + " " + pick(BENCHMARK_ITEMS, r) + " drawn from " + (3 + r.nextInt(20)) + " domains.");
        } else { // An empirical study: nothing proposed.
            name = coined;
            title = "How Far Can " + m1 + " Go? Lessons from " + coined;
            sentence(a, "We study how well current models transfer to this setting, following the controlled protocol of the "
                    + coined + " study.");
        }
        String subject = style < 5 ? name : "the strongest model";
        sentence(a, r.nextInt(10) < 2
                ? "Unlike prior work, " + subject + " is trained end to end with " + m2 + "."
                : prose(a, r));
        if (r.nextInt(10) < 7) {
            sentence(a, "We evaluate " + subject + " on " + list(evals) + pick(EVAL_TAILS, r));
            if (r.nextInt(5) < 2) sentence(a, result(subject, evals.get(0).name(), m1, r));
        } else {
            sentence(a, "Experiments in several settings show consistent improvements over strong baselines.");
        }
        sentence(a, prose(a, r));
        sentence(a, prose(a, r));
        if (r.nextBoolean()) sentence(a, prose(a, r));

        String repo = null, page = null;
        String slug = name.toLowerCase(Locale.ROOT);
        int link = r.nextInt(50);
        if (link < 15) {
            repo = "https://github.com/" + orgs.pick(r) + "/" + slug;
            sentence(a, (link % 2 == 0 ? "Code and models are available at " : "Our code is publicly released at ") + repo + ".");
        } else if (link < 18) {
            page = "https://" + slug + ".github.io/";
            sentence(a, "Project page: " + page);
        }

        int authorCount = 1 + (int) Math.min(14, Math.round(Math.abs(r.nextGaussian()) * 2 + r.nextInt(3)));
        List<String> byline = authors.pickDistinct(r, authorCount);
        List<String> cats = categories.pickDistinct(r, r.nextInt(10) < 6 ? 1 : 2);
        List<String> keywords = List.of(name, task);
        return new Composed(name, title, a.toString(), byline, cats, repo, page, keywords);
    }

    /** One result sentence: a metric value on a dataset, often against a baseline. */
    private String result(String subject, String dataset, String baseline, Random r) {
        boolean lowerIsBetter = r.nextInt(5) == 0;
        String metric = (lowerIsBetter ? lowerMetrics : higherMetrics).pick(r).name();
        double value = 20 + r.nextInt(760) / 10.0;
        double gain = 0.3 + r.nextInt(80) / 10.0;
        if (lowerIsBetter)
            return "On " + dataset + ", " + subject + " reduces " + metric + " from " + fmt(value + gain) + " to " + fmt(value)
                    + " compared with " + baseline + ".";
        return switch (r.nextInt(4)) {
            case 0 -> capitalize(subject) + " achieves " + fmt(value) + "% " + metric + " on " + dataset
                    + ", outperforming " + baseline + " by " + fmt(gain) + " points.";
            case 1 -> "On " + dataset + ", it improves " + metric + " from " + fmt(value - gain) + " to " + fmt(value) + ".";
            case 2 -> capitalize(subject) + " reaches " + fmt(value) + " " + metric + " on " + dataset
                    + ", a new state of the art.";
            default -> "Compared with " + baseline + ", " + subject + " improves " + metric + " by " + fmt(gain)
                    + "% on " + dataset + " while using " + (2 + r.nextInt(8)) + "x less compute.";
        };
    }

    /** A pronounceable name unique to {@code number}: its digits in base 40, one syllable each, scrambled. */
    String coin(long number) {
        int syllables = number < FOUR_SYLLABLES ? 4 : 5;
        long space = syllables == 4 ? FOUR_SYLLABLES : FOUR_SYLLABLES * 40;
        // An odd multiplier is a bijection modulo the (even) space: unique names in a non-sequential order.
        long x = Math.floorMod(number * permutation + 7919, space);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            b.append(SYLLABLES[(int) (x % 40)]);
            x /= 40;
        }
        b.setCharAt(0, Character.toUpperCase(b.charAt(0)));
        return b.toString();
    }

    private static String acronym(String... words) {
        StringBuilder b = new StringBuilder();
        for (String w : words) b.append(Character.toUpperCase(w.charAt(0)));
        return b.toString();
    }

    private static String list(List<GazetteerEntry> entries) {
        List<String> names = entries.stream().map(GazetteerEntry::name).toList();
        if (names.size() == 1) return names.get(0);
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private static void sentence(StringBuilder b, String s) {
        if (!b.isEmpty()) b.append(' ');
        b.append(s);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** A prose sentence the abstract does not have yet. */
    private static String prose(StringBuilder abstractSoFar, Random r) {
        String p = pick(PROSE, r);
        for (int tries = 0; tries < 8 && abstractSoFar.indexOf(p) >= 0; tries++) p = pick(PROSE, r);
        return p;
    }

    private static String pick(String[] options, Random r) {
        return options[r.nextInt(options.length)];
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String titleCase(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (String w : s.split(" ")) {
            if (!b.isEmpty()) b.append(' ');
            b.append(w.length() > 3 || b.isEmpty() ? capitalize(w) : w);
        }
        return b.toString();
    }
}
