package org.paperkg.extract;

import org.paperkg.model.PaperRecord;
import org.paperkg.model.Span;
import org.paperkg.model.TextField;

import java.util.List;

/**
 * The sentence structure of one paper's title and abstract, computed once and shared by all
 * extractors of that paper (splitting is the one step every extractor needs), with the abstract's
 * acronym definitions, which several extractors read. One instance serves one paper on one thread.
 */
public final class TextIndex {
    private final String title;
    private final String abstractText;
    private final List<Span> abstractSentences;
    private List<Acronyms.Definition> acronyms;
    private Cue.Text titleCues, abstractCues;
    private org.paperkg.gazetteer.Gazetteer matchedWith;
    private List<org.paperkg.gazetteer.Gazetteer.Match> titleMatches, abstractMatches;

    public TextIndex(PaperRecord paper) {
        this.title = paper.title();
        this.abstractText = paper.abstractOrEmpty();
        this.abstractSentences = Sentences.split(abstractText);
    }

    /**
     * Every gazetteer name in a field ({@link org.paperkg.gazetteer.Gazetteer#find}), found once per
     * paper and gazetteer: the method, dataset, task and metric extractors all read the same matches.
     */
    public List<org.paperkg.gazetteer.Gazetteer.Match> gazetteerMatches(org.paperkg.gazetteer.Gazetteer g, TextField field) {
        if (matchedWith != g) {
            matchedWith = g;
            titleMatches = null;
            abstractMatches = null;
        }
        if (field == TextField.TITLE) {
            if (titleMatches == null) titleMatches = g.find(title);
            return titleMatches;
        }
        if (abstractMatches == null) abstractMatches = g.find(abstractText);
        return abstractMatches;
    }

    /**
     * The acronym definitions of the abstract ({@link Acronyms#find}), found once per paper. A
     * definition lies in one sentence: one whose long form starts in an earlier sentence than its
     * "(SF)" ends (words picked up across a paragraph break) is dropped, so every rule can read the
     * sentence around a definition without checking.
     */
    public List<Acronyms.Definition> acronyms() {
        if (acronyms == null) {
            acronyms = Acronyms.find(abstractText).stream()
                    .filter(d -> sentenceAt(TextField.ABSTRACT, d.longSpan().start()).contains(d.shortSpan()))
                    .toList();
        }
        return acronyms;
    }

    /** The field's text as {@link Cue}s read it (folded, its word starts found once), made once per paper. */
    Cue.Text cueText(TextField field) {
        if (field == TextField.TITLE) {
            if (titleCues == null) titleCues = new Cue.Text(title);
            return titleCues;
        }
        if (abstractCues == null) abstractCues = new Cue.Text(abstractText);
        return abstractCues;
    }

    public String text(TextField field) {
        return field == TextField.TITLE ? title : abstractText;
    }

    public List<Span> sentences(TextField field) {
        return field == TextField.TITLE ? List.of(new Span(0, title.length())) : abstractSentences;
    }

    /** The sentence containing {@code offset}, or the whole field when none does. */
    public Span sentenceAt(TextField field, int offset) {
        List<Span> sentences = sentences(field);
        int lo = 0, hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span s = sentences.get(mid);
            if (offset < s.start()) hi = mid - 1;
            else if (offset >= s.end()) lo = mid + 1;
            else return s;
        }
        String t = text(field);
        return new Span(0, t.length());
    }
}
