package org.paperkg.gazetteer;

import org.paperkg.model.EntityType;

import java.util.List;
import java.util.Objects;

/**
 * One row of a gazetteer file: a canonical name, its type and the other ways papers write it.
 *
 * @param name           the canonical name; the graph labels the entity with it
 * @param type           the entity type
 * @param aliases        other spellings, each matched like the name
 * @param exactCase      true when only the written case matches ("SQuAD"), false for any case ("accuracy")
 * @param higherIsBetter for metrics: true when a higher value is better, false when lower is; null when unknown
 * @param source         where the row came from, as the file says
 */
public record GazetteerEntry(String name, EntityType type, List<String> aliases, boolean exactCase,
                             Boolean higherIsBetter, String source) {
    public GazetteerEntry {
        Objects.requireNonNull(type, "type");
        if (name == null || name.isBlank()) throw new IllegalArgumentException("gazetteer name is empty");
        aliases = List.copyOf(aliases);
    }
}
