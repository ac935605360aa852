package org.paperkg.generate;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import org.paperkg.gazetteer.Gazetteer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes synthetic paper sources for load tests and the benchmark: a Daily Papers listing, a
 * Hugging Face papers JSON array or arXiv metadata JSON Lines, {@code n} papers each.
 * Deterministic: the same seed, count, format and gazetteer files always give the same bytes.
 * Streams: one paper is in memory at a time, so the output size is not limited by the heap.
 *
 * <p>Abstracts are composed by {@link AbstractComposer} from sentence templates filled with
 * names from the gazetteers (methods, datasets, tasks, metrics) picked with a long-tailed
 * frequency, so that extraction does the work it does on real abstracts: acronym definitions,
 * datasets, metrics, numeric results, code links. Every title carries a coined name unique to the
 * paper, so {@code n} papers are {@code n} distinct papers after title matching.
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

    private static final LocalDate START = LocalDate.of(2025, 1, 6);
    private static final DateTimeFormatter CARD_DATE = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.ofPattern("EEE, d MMM yyyy", Locale.ENGLISH);

    private final long seed;
    private final Gazetteer gazetteer;

    public PaperGenerator(long seed) {
        this(seed, Gazetteer.standard());
    }

    public PaperGenerator(long seed, Gazetteer gazetteer) {
        this.seed = seed;
        this.gazetteer = gazetteer;
    }

    /** Writes {@code papers} papers in {@code format} to {@code out} as UTF-8; does not close {@code out}. */
    public void write(long papers, Format format, OutputStream out) throws IOException {
        if (papers < 0) throw new IllegalArgumentException("papers must be >= 0: " + papers);
        Random random = new Random(seed);
        AbstractComposer composer = new AbstractComposer(gazetteer, new Random(seed ^ 0x5DEECE66DL));
        switch (format) {
            case LISTING -> writeListing(papers, composer, random, out);
            case HF_JSON -> writeHf(papers, composer, random, out);
            case ARXIV_JSONL -> writeArxiv(papers, composer, random, out);
        }
    }

    /** One synthetic paper; {@code number} makes its name, title and id unique. */
    record Paper(long number, String name, String title, String abstractText, List<String> authors,
                 List<String> categories, LocalDate published, int upvotes, String githubRepo, String projectPage,
                 List<String> keywords) {
        String arxivId() {
            return String.format(Locale.ROOT, "%02d%02d.%05d", 25 + number / 1_200_000 % 75,
                    1 + number / 100_000 % 12, number % 100_000);
        }
    }

    private static Paper paper(long number, AbstractComposer composer, Random r) {
        AbstractComposer.Composed c = composer.compose(number, r);
        // Upvotes are long-tailed too: most papers get a handful, a few get hundreds.
        int upvotes = (int) Math.min(2000, Math.floor(Math.exp(r.nextDouble() * 5.5)) - 1);
        return new Paper(number, c.name(), c.title(), c.abstractText(), c.authors(), c.categories(),
                START.plusDays(number % 3650), upvotes, c.githubRepo(), c.projectPage(), c.keywords());
    }

    private static void writeListing(long papers, AbstractComposer composer, Random r, OutputStream os) throws IOException {
        Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
        w.write("Daily Papers\n\nbyAK and the research community\n\n");
        for (long i = 1; i <= papers; i++) {
            Paper p = paper(i, composer, r);
            w.write(p.title() + "\n\n" + p.abstractText() + "\n\n");
            w.write("• " + p.authors().size() + " author" + (p.authors().size() == 1 ? "" : "s") + "\n·\n");
            w.write(CARD_DATE.format(p.published()) + " " + p.upvotes() + "\n\n");
        }
        w.flush();
    }

    private static void writeHf(long papers, AbstractComposer composer, Random r, OutputStream os) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(os, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(new MinimalPrettyPrinter("\n"));
            g.writeStartArray();
            for (long i = 1; i <= papers; i++) {
                Paper p = paper(i, composer, r);
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
                if (p.githubRepo() != null) g.writeStringField("githubRepo", p.githubRepo());
                if (p.projectPage() != null) g.writeStringField("projectPage", p.projectPage());
                g.writeArrayFieldStart("ai_keywords");
                for (String k : p.keywords()) g.writeString(k);
                g.writeEndArray();
                g.writeEndObject();
                g.writeStringField("publishedAt", p.published().plusDays(1) + "T08:00:00.000Z");
                g.writeStringField("title", p.title());
                g.writeNumberField("numComments", p.upvotes() / 7);
                g.writeEndObject();
                g.writeRaw('\n');
            }
            g.writeEndArray();
        }
        os.write('\n');
    }

    private static void writeArxiv(long papers, AbstractComposer composer, Random r, OutputStream os) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(os, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(new MinimalPrettyPrinter("\n"));
            for (long i = 1; i <= papers; i++) {
                Paper p = paper(i, composer, r);
                g.writeStartObject();
                g.writeStringField("id", p.arxivId());
                g.writeStringField("submitter", p.authors().get(0));
                g.writeStringField("authors", String.join(", ", p.authors()));
                g.writeStringField("title", p.title());
                if (i % 5 == 0) g.writeStringField("comments", (8 + i % 9) + " pages, " + (2 + i % 7) + " figures");
                g.writeStringField("categories", String.join(" ", p.categories()));
                g.writeStringField("license", "http://creativecommons.org/licenses/by/4.0/");
                // arXiv abstracts are hard-wrapped with a leading space; the reader joins the lines.
                g.writeStringField("abstract", "  " + wrap(p.abstractText(), 78) + "\n");
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

    /** Breaks {@code text} into lines of at most {@code width} characters at spaces. */
    static String wrap(String text, int width) {
        StringBuilder b = new StringBuilder(text.length() + text.length() / width + 1);
        int lineStart = 0;
        for (String word : text.split(" ")) {
            if (b.length() > lineStart && b.length() - lineStart + 1 + word.length() > width) {
                b.append('\n');
                lineStart = b.length();
            } else if (b.length() > lineStart) {
                b.append(' ');
            }
            b.append(word);
        }
        return b.toString();
    }
}
