package org.paperkg.generate;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes synthetic paper sources for load tests: a Daily Papers listing, a Hugging Face papers
 * JSON array or arXiv metadata JSON Lines, {@code n} papers each. Deterministic: the same seed,
 * count and format always give the same bytes. Streams: one paper is in memory at a time, so
 * the size of the output is not limited by the heap.
 * <p>
 * Every title carries a coined name made unique by the paper's number, so {@code n} papers are
 * {@code n} distinct papers after title matching; every abstract proposes that name as a method,
 * model, dataset or benchmark, so the extractors find one proposed name per paper.
 *
 * <pre>
 * try (OutputStream out = Files.newOutputStream(Path.of("big.jsonl"))) {
 *     new PaperGenerator(42).write(1_000_000, PaperGenerator.Format.ARXIV_JSONL, out);
 * }
 * </pre>
 */
public final class PaperGenerator {
    /** The source formats paperkg reads. */
    public enum Format {
        LISTING("listing"), HF_JSON("hf-json"), ARXIV_JSONL("arxiv-jsonl");

        public final String cliName;

        Format(String cliName) {
            this.cliName = cliName;
        }
    }

    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ra", "te", "zu", "vin", "dex", "nor", "pha", "qu", "sel"};
    private static final String[] KINDS = {"method", "model", "dataset", "benchmark", "framework"};
    private static final String[] ADJECTIVES = {"Scalable", "Robust", "Efficient", "Sparse", "Calibrated", "Multilingual",
            "Self-Supervised", "Contrastive", "Hierarchical", "Adaptive"};
    private static final String[] TASKS = {"question answering", "image classification", "code generation",
            "speech recognition", "machine translation", "retrieval", "summarization", "mathematical reasoning",
            "object detection", "dialogue state tracking"};
    private static final String[] DATASETS = {"ImageNet", "GSM8K", "MMLU", "HumanEval", "LibriSpeech", "WMT14",
            "MS MARCO", "XSum", "COCO", "MultiWOZ"};
    private static final String[] FIRST = {"Wei", "Ananya", "Lukas", "Sofia", "Mateo", "Hiroshi", "Chloé", "Tomasz",
            "Priya", "Jonas", "Elena", "Kwame", "Mei", "Rafael", "Ingrid", "Omar"};
    private static final String[] LAST = {"Zhang", "Chen", "Gupta", "Schmidt", "Rossi", "García", "Tanaka", "Dubois",
            "Kowalski", "Raman", "Becker", "Petrova", "Mensah", "Lin", "Silva", "Larsen"};
    private static final String[] CATEGORIES = {"cs.LG", "cs.CL", "cs.CV", "cs.AI", "cs.IR", "stat.ML", "eess.AS"};
    private static final LocalDate START = LocalDate.of(2025, 1, 6);
    private static final DateTimeFormatter CARD_DATE = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.ofPattern("EEE, d MMM yyyy", Locale.ENGLISH);

    private final long seed;

    public PaperGenerator(long seed) {
        this.seed = seed;
    }

    /** Writes {@code papers} papers in {@code format} to {@code out} as UTF-8; does not close {@code out}. */
    public void write(long papers, Format format, OutputStream out) throws IOException {
        if (papers < 0) throw new IllegalArgumentException("papers must be >= 0: " + papers);
        Random random = new Random(seed);
        switch (format) {
            case LISTING -> writeListing(papers, random, out);
            case HF_JSON -> writeHf(papers, random, out);
            case ARXIV_JSONL -> writeArxiv(papers, random, out);
        }
    }

    /** One synthetic paper; {@code number} makes its name, title and id unique. */
    record Paper(long number, String name, String title, String abstractText, List<String> authors,
                 String category, LocalDate published, int upvotes) {
        String arxivId() {
            return String.format(Locale.ROOT, "%02d%02d.%05d", 25 + number / 1_200_000 % 75,
                    1 + number / 100_000 % 12, number % 100_000);
        }
    }

    Paper paper(long number, Random r) {
        String name = coin(number, r);
        String kind = pick(KINDS, r);
        String task = pick(TASKS, r);
        String adjective = pick(ADJECTIVES, r);
        String title = name + ": " + adjective + " " + capitalize(kind) + "s for " + capitalize(task);
        String abstractText = "Recent work on " + task + " depends on resources that are costly to build and hard to reuse. "
                + "We introduce " + name + ", a new " + kind + " for " + task + ". "
                + "Experiments on " + pick(DATASETS, r) + " show that " + name + " matches strong baselines at a "
                + "fraction of their cost, and an ablation study explains where the gains come from.";
        int count = 1 + r.nextInt(6);
        List<String> authors = new ArrayList<>(count);
        for (int i = 0; i < count; i++) authors.add(pick(FIRST, r) + " " + pick(LAST, r));
        return new Paper(number, name, title, abstractText, authors, pick(CATEGORIES, r),
                START.plusDays(number % 3650), r.nextInt(300));
    }

    private void writeListing(long papers, Random r, OutputStream os) throws IOException {
        Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
        w.write("Daily Papers\n\nbyAK and the research community\n\n");
        for (long i = 1; i <= papers; i++) {
            Paper p = paper(i, r);
            w.write(p.title() + "\n\n" + p.abstractText() + "\n\n");
            w.write("• " + p.authors().size() + " author" + (p.authors().size() == 1 ? "" : "s") + "\n·\n");
            w.write(CARD_DATE.format(p.published()) + " " + p.upvotes() + "\n\n");
        }
        w.flush();
    }

    private void writeHf(long papers, Random r, OutputStream os) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(os, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(new MinimalPrettyPrinter("\n"));
            g.writeStartArray();
            for (long i = 1; i <= papers; i++) {
                Paper p = paper(i, r);
                g.writeStartObject();
                g.writeObjectFieldStart("paper");
                g.writeStringField("id", p.arxivId());
                g.writeArrayFieldStart("authors");
                for (String a : p.authors()) {
                    g.writeStartObject();
                    g.writeStringField("name", a);
                    g.writeBooleanField("hidden", false);
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeStringField("publishedAt", p.published() + "T12:00:00.000Z");
                g.writeStringField("title", p.title());
                g.writeStringField("summary", p.abstractText());
                g.writeNumberField("upvotes", p.upvotes());
                if (i % 2 == 0) g.writeStringField("githubRepo", "https://github.com/gen-lab/" + p.name().toLowerCase(Locale.ROOT));
                g.writeArrayFieldStart("ai_keywords");
                g.writeString(p.name());
                g.writeEndArray();
                g.writeEndObject();
                g.writeStringField("publishedAt", p.published().plusDays(1) + "T08:00:00.000Z");
                g.writeStringField("title", p.title());
                g.writeNumberField("numComments", 0);
                g.writeEndObject();
                g.writeRaw('\n');
            }
            g.writeEndArray();
        }
        os.write('\n');
    }

    private void writeArxiv(long papers, Random r, OutputStream os) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(os, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(new MinimalPrettyPrinter("\n"));
            for (long i = 1; i <= papers; i++) {
                Paper p = paper(i, r);
                g.writeStartObject();
                g.writeStringField("id", p.arxivId());
                g.writeStringField("submitter", p.authors().get(0));
                g.writeStringField("authors", String.join(", ", p.authors()));
                g.writeStringField("title", p.title());
                g.writeStringField("categories", p.category());
                g.writeStringField("license", "http://creativecommons.org/licenses/by/4.0/");
                g.writeStringField("abstract", "  " + p.abstractText() + "\n");
                g.writeArrayFieldStart("versions");
                g.writeStartObject();
                g.writeStringField("version", "v1");
                g.writeStringField("created", RFC_1123.format(p.published()) + " 10:00:00 GMT");
                g.writeEndObject();
                g.writeEndArray();
                g.writeStringField("update_date", p.published().toString());
                g.writeArrayFieldStart("authors_parsed");
                for (String a : p.authors()) {
                    int space = a.lastIndexOf(' ');
                    g.writeStartArray();
                    g.writeString(a.substring(space + 1));
                    g.writeString(a.substring(0, space));
                    g.writeString("");
                    g.writeEndArray();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
        }
        os.write('\n');
    }

    /** A pronounceable name, unique per number: random syllables, then the number in base 36. */
    private static String coin(long number, Random r) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 2; i++) b.append(pick(SYLLABLES, r));
        b.setCharAt(0, Character.toUpperCase(b.charAt(0)));
        return b + Long.toString(number, 36).toUpperCase(Locale.ROOT);
    }

    private static String pick(String[] options, Random r) {
        return options[r.nextInt(options.length)];
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
