package org.paperkg.model;

import java.util.Locale;

/** The type of a named entity; the JSON view writes it in lower case. */
public enum EntityType {
    METHOD, MODEL, DATASET, BENCHMARK, METRIC, FRAMEWORK, TOOL, TASK;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EntityType fromJsonName(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }

    /** Datasets and benchmarks are both evaluated on; everything else is a method-like artefact. */
    public boolean isDatasetLike() {
        return this == DATASET || this == BENCHMARK;
    }
}
