package org.marsad.web.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.marsad.extract.Span;
import org.marsad.store.report.StoredClaim;

/**
 * A report's text cut into pieces at its figures' spans and its named victims' names, so that a page can
 * mark each where the report states it. The pieces are plain text: the template escapes each one, then
 * joins them.
 */
final class ReportText {
    /**
     * A piece of the text; {@code figure} is the number of the figure it states, {@code name} the number of
     * the named victim it names, both null for the text between.
     */
    record Piece(String text, Integer figure, Integer name) {
        Piece(String text, Integer figure) {
            this(text, figure, null);
        }
    }

    private record Mark(Span span, Integer figure, Integer name) {
    }

    private ReportText() {
    }

    static List<Piece> pieces(String body, List<StoredClaim> claims) {
        return pieces(body, claims, List.of());
    }

    /**
     * {@code names} are the spans of the named victims, in their order (numbered from 1). Overlapping spans
     * keep the first (a figure before a name at the same place); spans past the end of the text are cut at
     * its end.
     */
    static List<Piece> pieces(String body, List<StoredClaim> claims, List<Span> names) {
        List<Mark> marks = new ArrayList<>();
        claims.forEach(c -> marks.add(new Mark(c.claim().span(), c.ordinal() + 1, null)));
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i) != null) {
                marks.add(new Mark(names.get(i), null, i + 1));
            }
        }
        marks.sort(Comparator.comparingInt((Mark m) -> m.span().start()));
        List<Piece> pieces = new ArrayList<>();
        int at = 0;
        for (Mark m : marks) {
            int start = Math.min(m.span().start(), body.length());
            int end = Math.min(m.span().end(), body.length());
            if (start < at || start == end) {
                continue;
            }
            if (start > at) {
                pieces.add(new Piece(body.substring(at, start), null));
            }
            pieces.add(new Piece(body.substring(start, end), m.figure(), m.name()));
            at = end;
        }
        if (at < body.length()) {
            pieces.add(new Piece(body.substring(at), null));
        }
        return pieces;
    }
}
