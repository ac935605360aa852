package org.paperkg.model;

/** The part of a paper record a mention was found in; spans are offsets into that field. */
public enum TextField {
    TITLE, ABSTRACT;

    public String of(PaperRecord paper) {
        return this == TITLE ? paper.title() : paper.abstractOrEmpty();
    }
}
