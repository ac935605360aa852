package org.paperkg.gazetteer;

import org.paperkg.InputException;
import org.paperkg.model.EntityType;
import org.paperkg.model.Span;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Known names of datasets, methods, tasks and metrics, read from tab-separated files and compiled
 * once into a token trie that finds them in text (whole tokens only, longest match first).
 *
 * <p>File format ({@code data/gazetteers/*.tsv}): '#' comment lines, then a header line naming
 * the columns {@code name, type, aliases, case, direction, source} (any order; only {@code name}
 * is required), then one entry per line. {@code aliases} is '|'-separated; {@code case} is
 * {@code exact} or {@code any} (default exact); {@code direction} is {@code higher} or
 * {@code lower} for metrics. A missing or unknown {@code type} takes the file's default
 * (datasets.tsv: dataset, methods.tsv: method, tasks.tsv: task, metrics.tsv: metric).
 *
 * <pre>
 * Gazetteer g = Gazetteer.standard();          // data/gazetteers under paperkg.home, else the packaged copy
 * for (Gazetteer.Match m : g.find("We fine-tune BERT on SQuAD.")) ...
 * </pre>
 */
public final class Gazetteer {
    /** The files read, in order, with the type each defaults to. */
    public static final List<String> FILES = List.of("datasets.tsv", "methods.tsv", "tasks.tsv", "metrics.tsv");
    /** Where the jar carries its copy of data/gazetteers (see pom.xml). */
    static final String CLASSPATH_DIR = "/paperkg/gazetteers/";

    /**
     * One name found in a text. {@code variant} is true when the text is a size, version or tier
     * of the entry's model ("Llama-3 8B" for Llama 3) or a spelling that only matched with its
     * separators removed ("GPT4V"); a variant names a model of its own.
     */
    public record Match(Span span, String text, GazetteerEntry entry, boolean variant) {
        public Match(Span span, String text, GazetteerEntry entry) {
            this(span, text, entry, false);
        }
    }

    private final List<GazetteerEntry> entries;
    private final TokenTrie trie = new TokenTrie();
    private final Map<String, GazetteerEntry> byName = new HashMap<>();
    /** Model names with a digit, keyed without separators or case ("gpt4v" for GPT-4V): see {@link #find}. */
    private final Map<String, GazetteerEntry> bySquashedModelName = new HashMap<>();

    public Gazetteer(List<GazetteerEntry> entries) {
        this.entries = List.copyOf(entries);
        for (GazetteerEntry e : this.entries) {
            List<String> surfaces = new ArrayList<>();
            surfaces.add(e.name());
            surfaces.addAll(e.aliases());
            for (String a : surfaces) {
                trie.add(a, e);
                byName.putIfAbsent(a.toLowerCase(Locale.ROOT), e);
            }
            if (e.type() == EntityType.METHOD || e.type() == EntityType.MODEL || e.type() == EntityType.METRIC)
                for (String a : surfaces) {
                    String plural = plural(a);
                    if (plural != null) trie.add(plural, e);
                }
            if (e.type() == EntityType.MODEL)
                for (String a : surfaces)
                    if (a.chars().anyMatch(Character::isDigit) && squash(a).length() >= 4) bySquashedModelName.putIfAbsent(squash(a), e);
        }
    }

    /**
     * The plural a paper writes for a method, model or metric name ("Transformers", "LSTMs", "GANs",
     * "decision trees", "Neural Turing Machines", "speedups", "abstention rates"), or null when the
     * name does not end in a word that takes one (a digit, a symbol, a word already ending in s).
     */
    public static String plural(String name) {
        int n = name.length();
        if (n < 2 || !Character.isLetter(name.charAt(n - 1))) return null;
        int w = n;
        while (w > 0 && Character.isLetter(name.charAt(w - 1))) w--;
        if (n - w < 2) return null;
        char last = name.charAt(n - 1);
        if (last == 's' || last == 'S') return null;
        boolean upper = Character.isUpperCase(last);
        String lastWord = name.substring(w).toLowerCase(Locale.ROOT);
        if (!upper && lastWord.endsWith("y") && lastWord.length() > 2 && "aeiou".indexOf(lastWord.charAt(lastWord.length() - 2)) < 0)
            return name.substring(0, n - 1) + "ies";
        if (!upper && (lastWord.endsWith("ch") || lastWord.endsWith("sh") || lastWord.endsWith("x")))
            return name + "es";
        return name + "s";
    }

    /** Lower case without spaces, hyphens, dots or underscores: "Llama 3" and "LLaMA3" both give "llama3". */
    static String squash(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != '-' && c != '.' && c != '_') b.append(Character.toLowerCase(c));
        }
        return b.toString();
    }

    public static Gazetteer empty() {
        return new Gazetteer(List.of());
    }

    /**
     * The gazetteer a build uses: {@code data/gazetteers/} under the paperkg home (system property
     * {@code paperkg.home}, else the working directory) when that folder exists, else the copy
     * packaged in the jar, else an empty gazetteer.
     */
    public static Gazetteer standard() {
        return Standard.INSTANCE;
    }

    private static final class Standard {
        static final Gazetteer INSTANCE = loadStandard();
    }

    private static Gazetteer loadStandard() {
        String home = System.getProperty("paperkg.home");
        Path dir = Path.of(home == null || home.isBlank() ? "." : home, "data", "gazetteers");
        if (Files.isDirectory(dir)) return load(dir);
        List<GazetteerEntry> all = new ArrayList<>();
        for (String f : FILES) {
            try (InputStream in = Gazetteer.class.getResourceAsStream(CLASSPATH_DIR + f)) {
                if (in == null) continue;
                all.addAll(parse(new InputStreamReader(in, StandardCharsets.UTF_8), "classpath:" + CLASSPATH_DIR + f, defaultType(f)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read packaged gazetteer " + f, e);
            }
        }
        return new Gazetteer(all);
    }

    /** Reads every file of {@link #FILES} that exists in {@code dir}. */
    public static Gazetteer load(Path dir) {
        List<GazetteerEntry> all = new ArrayList<>();
        for (String f : FILES) {
            Path p = dir.resolve(f);
            if (!Files.exists(p)) continue;
            try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
                all.addAll(parse(r, p.toString(), defaultType(f)));
            } catch (IOException e) {
                throw new InputException(p, 0, "cannot read gazetteer: " + e.getMessage());
            }
        }
        return new Gazetteer(all);
    }

    static EntityType defaultType(String fileName) {
        return switch (fileName) {
            case "datasets.tsv" -> EntityType.DATASET;
            case "tasks.tsv" -> EntityType.TASK;
            case "metrics.tsv" -> EntityType.METRIC;
            default -> EntityType.METHOD;
        };
    }

    /** Parses one gazetteer file; {@code where} names it in error messages. */
    public static List<GazetteerEntry> parse(Reader reader, String where, EntityType defaultType) throws IOException {
        BufferedReader in = new BufferedReader(reader);
        List<GazetteerEntry> out = new ArrayList<>();
        Map<String, Integer> column = null;
        String line;
        int lineNo = 0;
        while ((line = in.readLine()) != null) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] cells = line.split("\t", -1);
            if (column == null) {
                column = new HashMap<>();
                for (int i = 0; i < cells.length; i++) column.put(cells[i].trim().toLowerCase(Locale.ROOT), i);
                if (!column.containsKey("name"))
                    throw new InputException(Path.of(where), lineNo, "gazetteer header has no 'name' column: " + line);
                continue;
            }
            String name = cell(cells, column, "name");
            if (name.isEmpty()) continue;
            EntityType type = type(cell(cells, column, "type"), defaultType);
            List<String> aliases = Arrays.stream(cell(cells, column, "aliases").split("\\|"))
                    .map(String::trim).filter(a -> !a.isEmpty() && !a.equals(name)).toList();
            boolean exact = !"any".equalsIgnoreCase(cell(cells, column, "case"));
            String direction = cell(cells, column, "direction").toLowerCase(Locale.ROOT);
            Boolean higher = direction.startsWith("higher") ? Boolean.TRUE : direction.startsWith("lower") ? Boolean.FALSE : null;
            out.add(new GazetteerEntry(name, type, aliases, exact, higher, cell(cells, column, "source")));
        }
        return out;
    }

    private static String cell(String[] cells, Map<String, Integer> column, String name) {
        Integer i = column.get(name);
        return i == null || i >= cells.length ? "" : cells[i].trim();
    }

    private static EntityType type(String written, EntityType fallback) {
        if (written.isEmpty()) return fallback;
        try {
            return EntityType.fromJsonName(written);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    public List<GazetteerEntry> entries() {
        return entries;
    }

    /** The entry named or aliased {@code name} (any case), or null. */
    public GazetteerEntry lookup(String name) {
        return byName.get(name.toLowerCase(Locale.ROOT));
    }

    /**
     * Every name in {@code text}: leftmost-longest, whole tokens, in text order, never overlapping.
     * A word with letters and a digit that no name matches is also looked up without separators
     * and case among the model names ("GPT4V" is GPT-4V, "LLaMA3" is Llama 3, "GPT4-o" is GPT-4o),
     * alone or with the capitalized word after it ("Claude-3.5 Sonnet" is Claude 3.5 Sonnet);
     * such a match is reported as a variant spelling.
     */
    public List<Match> find(String text) {
        List<Match> out = new ArrayList<>();
        for (TokenTrie.Hit h : trie.find(text)) out.add(new Match(h.span(), h.span().coveredText(text), h.entry(), h.variant()));
        if (bySquashedModelName.isEmpty()) return out;
        List<Match> squashed = null;
        Matcher w = MODEL_WORD.matcher(text).useTransparentBounds(true);
        int next = 0;
        // Only a word with a digit is looked up, and no word crosses white space: the pattern runs only
        // on the runs without white space that hold a digit, which find the same words in far less text.
        for (int run = 0, length = text.length(); run < length; ) {
            int digit = run;
            while (digit < length && !Character.isDigit(text.charAt(digit))) digit++;
            if (digit == length) break;
            int runStart = digit, runEnd = digit;
            while (runStart > run && !Character.isWhitespace(text.charAt(runStart - 1))) runStart--;
            while (runEnd < length && !Character.isWhitespace(text.charAt(runEnd))) runEnd++;
            run = runEnd;
            w.region(runStart, runEnd);
            while (w.find()) {
                int s = w.start(), e = w.end();
                while (next < out.size() && out.get(next).span().end() <= s) next++;
                if (next < out.size() && out.get(next).span().start() < e) continue;
                String word = w.group();
                if (word.chars().noneMatch(Character::isDigit) || word.chars().noneMatch(Character::isLetter)) continue;
                GazetteerEntry entry = bySquashedModelName.get(squash(word));
                if (entry == null) {
                    // "Claude-3.5 Sonnet": a model name whose tier is the next, capitalized word.
                    int n = e;
                    while (n < text.length() && text.charAt(n) == ' ') n++;
                    int ne = n;
                    while (ne < text.length() && Character.isLetter(text.charAt(ne))) ne++;
                    if (n > e && ne > n && Character.isUpperCase(text.charAt(n))) {
                        entry = bySquashedModelName.get(squash(word + text.substring(n, ne)));
                        if (entry != null) {
                            e = ne;
                            word = text.substring(s, e);
                        }
                    }
                    if (entry == null) continue;
                }
                if (squashed == null) squashed = new ArrayList<>();
                squashed.add(new Match(new Span(s, e), word, entry, true));
            }
        }
        if (squashed == null) return out;
        out.addAll(squashed);
        out.sort(java.util.Comparator.comparingInt(m -> m.span().start()));
        return out;
    }

    /** A word that may be a model name: letters and digits, joined by single hyphens or dots. */
    // At most 16 parts: Java matches each repetition of a group one stack frame deeper, so an unbounded
    // "a-a-a-..." overflowed the stack; a longer chain is no model name and does not match at all.
    private static final Pattern MODEL_WORD = Pattern.compile(
            "(?<![\\p{L}\\p{N}.\\-])[\\p{L}\\p{N}]+(?:[.\\-][\\p{L}\\p{N}]+){0,15}(?![.\\-][\\p{L}\\p{N}])");
}
