package org.paperkg.resolve;

import org.paperkg.InputException;
import org.paperkg.model.EntityType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A person's corrections to the resolver, read from a tab-separated file
 * ({@code data/resolution-overrides.tsv}): force two names into one entity, or keep them apart.
 *
 * <pre>
 * # action  type    name    other                                        note
 * merge     method  RLHF    Reinforcement Learning with Human Feedback   from/with spelling
 * split     method  CL      Continual Learning                           CL also abbreviates contrastive learning
 * </pre>
 * '#' lines and blank lines are ignored; a header line starting with {@code action} is optional.
 * {@code type} is an entity type (method, model, framework, tool, dataset, benchmark, task, metric);
 * names are compared by {@link NameKey#key}, so any spelling of a name applies. For {@code merge}
 * the entity of {@code name} absorbs {@code other}: it keeps its IRI and preferred name. For
 * {@code split}, {@code other} never joins an entity that holds {@code name}.
 */
public final class Overrides {
    public enum Action { MERGE, SPLIT }

    /** One override line. */
    public record Rule(Action action, Group group, String name, String other, String note, long line) {
    }

    private final List<Rule> rules;
    private final String source;

    private Overrides(List<Rule> rules, String source) {
        this.rules = List.copyOf(rules);
        this.source = source;
    }

    public static Overrides none() {
        return new Overrides(List.of(), "none");
    }

    /** Reads an overrides file; a missing file is an error (callers check for the default file first). */
    public static Overrides load(Path file) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(r, file);
        } catch (IOException e) {
            throw new InputException(file, 0, "cannot read the resolution overrides: " + e.getMessage()
                    + "; check the file or give another with --overrides");
        }
    }

    public static Overrides parse(String text) {
        try {
            return parse(new StringReader(text), Path.of("overrides"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Overrides parse(Reader reader, Path where) throws IOException {
        BufferedReader in = new BufferedReader(reader);
        List<Rule> out = new ArrayList<>();
        String line;
        long n = 0;
        while ((line = in.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] cells = line.split("\t", -1);
            String action = cells[0].trim().toLowerCase(Locale.ROOT);
            if (action.equals("action")) continue;
            if (cells.length < 4)
                throw new InputException(where, n, "an override needs 4 tab-separated columns (action, type, name, other), found "
                        + cells.length + "; see the file's header comment");
            Action a = switch (action) {
                case "merge" -> Action.MERGE;
                case "split" -> Action.SPLIT;
                default -> throw new InputException(where, n, "unknown override action '" + cells[0].trim() + "'; use merge or split");
            };
            EntityType type;
            try {
                type = EntityType.fromJsonName(cells[1]);
            } catch (IllegalArgumentException e) {
                throw new InputException(where, n, "unknown entity type '" + cells[1].trim()
                        + "'; use method, model, framework, tool, dataset, benchmark, task or metric");
            }
            String name = cells[2].trim(), other = cells[3].trim();
            if (name.isEmpty() || other.isEmpty() || NameKey.key(name).isEmpty() || NameKey.key(other).isEmpty())
                throw new InputException(where, n, "an override needs two names with a letter or digit");
            if (NameKey.key(name).equals(NameKey.key(other)) && a == Action.MERGE)
                continue; // already one entity by normalization
            out.add(new Rule(a, Group.of(type), name, other, cells.length > 4 ? cells[4].trim() : "", n));
        }
        return new Overrides(out, where.toString());
    }

    public List<Rule> rules() {
        return rules;
    }

    public String source() {
        return source;
    }
}
