package org.marsad.extract;

/** A stretch of a report's text: [start, end) in UTF-16 code units, as Java {@code String} indices. */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }
}
