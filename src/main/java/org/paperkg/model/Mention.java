package org.paperkg.model;

import java.util.Objects;

/**
 * One extracted fact about a paper: a name (or URL) found at a span of the title or abstract.
 *
 * @param kind       the role for the paper
 * @param text       the name as written, or the normalized URL for links
 * @param longForm   the expansion when the text defines an acronym, else null
 * @param type       the entity type, or null for links
 * @param field      the field the span points into
 * @param span       where the evidence is in that field
 * @param sentence   the sentence around the span, in the same field
 * @param extractor  the stable name of the extractor that found it
 * @param confidence in (0, 1]: how sure the rule is
 * @param canonical  the gazetteer name the text is a spelling of (names the entity), or null
 * @param higherIsBetter for gazetteer metrics: whether a higher value is better; else null
 */
public record Mention(MentionKind kind, String text, String longForm, EntityType type,
                      TextField field, Span span, Span sentence, String extractor, double confidence,
                      String canonical, Boolean higherIsBetter) {
    public Mention {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(extractor, "extractor");
        if (text == null || text.isBlank()) throw new IllegalArgumentException("mention text is empty");
        if (!(confidence > 0 && confidence <= 1)) throw new IllegalArgumentException("confidence out of (0,1]: " + confidence);
    }

    /** A mention that no gazetteer knows. */
    public Mention(MentionKind kind, String text, String longForm, EntityType type,
                   TextField field, Span span, Span sentence, String extractor, double confidence) {
        this(kind, text, longForm, type, field, span, sentence, extractor, confidence, null, null);
    }

    /** The name that identifies the entity: the gazetteer's canonical name, else the text as written. */
    public String entityName() {
        return canonical != null ? canonical : text;
    }
}
