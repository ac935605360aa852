package org.paperkg.extract;

import org.paperkg.model.PaperRecord;
import org.paperkg.model.Span;
import org.paperkg.model.TextField;

import java.util.List;

/**
 * The sentence structure of one paper's title and abstract, computed once and shared by all
 * extractors of that paper (splitting is the one step every extractor needs).
 */
public final class TextIndex {
    private final String title;
    private final String abstractText;
    private final List<Span> abstractSentences;

    public TextIndex(PaperRecord paper) {
        this.title = paper.title();
        this.abstractText = paper.abstractOrEmpty();
        this.abstractSentences = Sentences.split(abstractText);
    }

    public String text(TextField field) {
        return field == TextField.TITLE ? title : abstractText;
    }

    public List<Span> sentences(TextField field) {
        return field == TextField.TITLE ? List.of(new Span(0, title.length())) : abstractSentences;
    }

    /** The sentence containing {@code offset}, or the whole field when none does. */
    public Span sentenceAt(TextField field, int offset) {
        for (Span s : sentences(field)) if (s.start() <= offset && offset < s.end()) return s;
        String t = text(field);
        return new Span(0, t.length());
    }
}
