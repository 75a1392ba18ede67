package org.marsad.web.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.extract.Claim;
import org.marsad.extract.Group;
import org.marsad.extract.Outcome;
import org.marsad.extract.Qualifier;
import org.marsad.extract.Span;
import org.marsad.store.ReviewStatus;
import org.marsad.store.report.StoredClaim;
import org.marsad.web.report.ReportText.Piece;

class ReportTextTest {
    @Test
    void cutsTheTextAtEachFigureInTheOrderOfTheText() {
        String body = "قتل 5 مدنيين بينهم طفلان.";
        assertThat(ReportText.pieces(body, List.of(claim(1, 19, 24), claim(0, 4, 12)))).containsExactly(
                new Piece("قتل ", null), new Piece("5 مدنيين", 1), new Piece(" بينهم ", null),
                new Piece("طفلان", 2), new Piece(".", null));
    }

    @Test
    void overlappingOrEmptySpansAreLeftUnmarkedAndSpansPastTheEndAreCut() {
        String body = "twelve civilians";
        assertThat(ReportText.pieces(body, List.of(claim(0, 0, 16), claim(1, 7, 16), claim(2, 3, 3))))
                .containsExactly(new Piece("twelve civilians", 1));
        assertThat(ReportText.pieces(body, List.of(claim(0, 7, 99))))
                .containsExactly(new Piece("twelve ", null), new Piece("civilians", 1));
    }

    @Test
    void namedVictimsAreMarkedBesideTheFiguresAndAFigureWinsWhereTheyOverlap() {
        String body = "قتل 3 مدنيين بينهم سامر العلي وهدى.";
        assertThat(ReportText.pieces(body, List.of(claim(0, 4, 12)), List.of(new Span(19, 29), new Span(31, 34),
                new Span(4, 5)))).containsExactly(new Piece("قتل ", null), new Piece("3 مدنيين", 1),
                new Piece(" بينهم ", null), new Piece("سامر العلي", null, 1), new Piece(" و", null),
                new Piece("هدى", null, 2), new Piece(".", null));
    }

    private static StoredClaim claim(int ordinal, int start, int end) {
        return new StoredClaim(ordinal + 1L, 1, ordinal, new Claim(Outcome.KILLED, 1, Qualifier.EXACT, Group.CIVILIAN,
                null, null, null, null, null, null, new Span(start, end)), ReviewStatus.EXTRACTED, null, 0);
    }
}
