package org.paperkg.model;

/** What role a mention plays for its paper; decides the property the mapper links it with. */
public enum MentionKind {
    /** Something the paper itself introduces (its method, model, dataset, benchmark ...). */
    PROPOSED,
    /** An existing method, model or algorithm the paper uses or compares with. */
    METHOD_USED,
    DATASET,
    TASK,
    METRIC,
    CODE_REPOSITORY,
    PROJECT_PAGE
}
