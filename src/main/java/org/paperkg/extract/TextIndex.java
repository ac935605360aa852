package org.paperkg.extract;

import org.paperkg.model.PaperRecord;
import org.paperkg.model.Span;
import org.paperkg.model.TextField;

import org.paperkg.gazetteer.Gazetteer;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The sentence structure of one paper's title and abstract, computed once and shared by all
 * extractors of that paper (splitting is the one step every extractor needs), and the gazetteer
 * names found in each field, which the four gazetteer extractors would otherwise each look up again.
 * One per paper and thread: not thread-safe.
 */
public final class TextIndex {
    private final String title;
    private final String abstractText;
    private final List<Span> abstractSentences;
    private List<Acronyms.Definition> acronyms;
    private Gazetteer matchedWith;
    private final Map<TextField, List<Gazetteer.Match>> matches = new EnumMap<>(TextField.class);

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

    /** {@link Acronyms#find} on the abstract, computed once. */
    List<Acronyms.Definition> acronyms() {
        if (acronyms == null) acronyms = List.copyOf(Acronyms.find(abstractText));
        return acronyms;
    }

    /** {@code gazetteer.find} on the field's text, computed once per field and gazetteer. */
    List<Gazetteer.Match> gazetteerMatches(Gazetteer gazetteer, TextField field) {
        if (gazetteer != matchedWith) {
            matches.clear();
            matchedWith = gazetteer;
        }
        return matches.computeIfAbsent(field, f -> gazetteer.find(text(f)));
    }

    /** The sentence containing {@code offset}, or the whole field when none does. */
    public Span sentenceAt(TextField field, int offset) {
        for (Span s : sentences(field)) if (s.start() <= offset && offset < s.end()) return s;
        String t = text(field);
        return new Span(0, t.length());
    }
}
