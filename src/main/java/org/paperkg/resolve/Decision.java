package org.paperkg.resolve;

/**
 * One resolution decision, as recorded in the resolution graph: a form merged into an entity
 * (with the rule or score that matched it), or two close forms kept apart (with why).
 *
 * @param kind    merged or kept apart
 * @param group   the entity group, or null for papers
 * @param entity  the IRI of the entity (or paper) the form was merged into; for kept apart, the first entity
 * @param form    the form merged in (kept apart: the form of the new or second entity)
 * @param matched the form it matched (kept apart: the first entity's form)
 * @param rule    the rule, such as {@code normalized-key}, {@code acronym-definition}, {@code fuzzy}, {@code version-differs}
 * @param score   the similarity score for fuzzy decisions (Jaro-Winkler of the keys), else null
 * @param other   for kept apart: the IRI of the second entity; else null
 */
public record Decision(Kind kind, Group group, String entity, String form, String matched, String rule, Double score, String other) {
    public enum Kind { MERGED, KEPT_APART }

    public static Decision merged(Group g, String entity, String form, String matched, String rule, Double score) {
        return new Decision(Kind.MERGED, g, entity, form, matched, rule, score, null);
    }

    public static Decision keptApart(Group g, String entity, String matched, String other, String form, String rule, Double score) {
        return new Decision(Kind.KEPT_APART, g, entity, form, matched, rule, score, other);
    }
}
