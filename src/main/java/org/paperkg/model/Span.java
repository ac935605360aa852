package org.paperkg.model;

/** Half-open character range [start, end) into the text it was taken from. */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start)
            throw new IllegalArgumentException("bad span [" + start + ".." + end + ")");
    }

    public String coveredText(CharSequence text) {
        return text.subSequence(start, end).toString();
    }

    public int length() {
        return end - start;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }
}
