package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

/**
 * The claims of a sentence as a documenter checks them: "outcome count group within", in any order, where
 * {@code within} is the count of the figure the claim is part of, or "-". Shared by the phenomena tests that
 * check parts and totals.
 */
final class ClaimsWithin {
    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();

    private ClaimsWithin() {
    }

    /** Asserts that {@code text} gives exactly the claims {@code expected} lists, separated by ";". */
    static void assertClaims(String text, String expected) {
        List<Claim> claims = EXTRACTOR.extract(text).claims();
        List<String> got = claims.stream()
                .map(c -> c.outcome().code() + " " + c.count() + " " + c.group().code() + " "
                        + (c.within() == null ? "-" : String.valueOf(claims.get(c.within()).count())))
                .sorted().toList();
        List<String> want = expected == null || expected.isBlank() ? List.of()
                : Arrays.stream(expected.split(";")).map(String::strip).sorted().toList();
        assertThat(got).as(text).isEqualTo(want);
    }
}
