package org.paperkg.resolve;

import org.paperkg.model.EntityType;

/**
 * The resolver's partition of entity types: names are only ever matched within one group, so a
 * dataset and a metric never merge, while a name typed model in one paper and method in another
 * can. Each group is one IRI namespace ({@code method/}, {@code dataset/}, {@code task/}, {@code metric/}).
 */
public enum Group {
    METHOD("method", EntityType.METHOD),
    DATASET("dataset", EntityType.DATASET),
    TASK("task", EntityType.TASK),
    METRIC("metric", EntityType.METRIC);

    private final String path;
    private final EntityType broadest;

    Group(String path, EntityType broadest) {
        this.path = path;
        this.broadest = broadest;
    }

    public static Group of(EntityType type) {
        return switch (type) {
            case METHOD, MODEL, FRAMEWORK, TOOL -> METHOD;
            case DATASET, BENCHMARK -> DATASET;
            case TASK -> TASK;
            case METRIC -> METRIC;
        };
    }

    /** The IRI path segment of the group's entities. */
    public String path() {
        return path;
    }

    /** The type every member of the group has: chosen when the evidence for narrower types is split. */
    public EntityType broadest() {
        return broadest;
    }

    /** The group whose namespace an entity IRI is in, or null. */
    public static Group ofIri(String base, String iri) {
        if (!iri.startsWith(base)) return null;
        String rest = iri.substring(base.length());
        for (Group g : values()) if (rest.startsWith(g.path + "/")) return g;
        return null;
    }
}
