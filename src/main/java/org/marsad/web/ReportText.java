package org.marsad.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.marsad.store.StoredClaim;

/**
 * A report's text cut into pieces at its figures' spans, so that a page can mark each figure where the
 * report states it. The pieces are plain text: the template escapes each one, then joins them.
 */
final class ReportText {
    /** A piece of the text; {@code figure} is the number of the figure it states, or null for the text between. */
    record Piece(String text, Integer figure) {
    }

    private ReportText() {
    }

    /** Overlapping spans keep the first; spans past the end of the text are cut at its end. */
    static List<Piece> pieces(String body, List<StoredClaim> claims) {
        List<StoredClaim> bySpan = claims.stream()
                .sorted(Comparator.comparingInt((StoredClaim c) -> c.claim().span().start())).toList();
        List<Piece> pieces = new ArrayList<>();
        int at = 0;
        for (StoredClaim c : bySpan) {
            int start = Math.min(c.claim().span().start(), body.length());
            int end = Math.min(c.claim().span().end(), body.length());
            if (start < at || start == end) {
                continue;
            }
            if (start > at) {
                pieces.add(new Piece(body.substring(at, start), null));
            }
            pieces.add(new Piece(body.substring(start, end), c.ordinal() + 1));
            at = end;
        }
        if (at < body.length()) {
            pieces.add(new Piece(body.substring(at), null));
        }
        return pieces;
    }
}
