package org.marsad.store;

import java.util.List;

/**
 * Where a claim or a named victim stands in human review: found by the extractor, then confirmed,
 * corrected or rejected.
 */
public enum ReviewStatus {
    EXTRACTED, CONFIRMED, EDITED, REJECTED;

    /**
     * The statuses that count: what a person confirmed or corrected. An extracted claim or victim waits for
     * review and is not counted, a rejected one never is.
     */
    public static final List<ReviewStatus> COUNTED = List.of(CONFIRMED, EDITED);

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static ReviewStatus ofCode(String code) {
        return valueOf(code.toUpperCase(java.util.Locale.ROOT));
    }

    /** The codes of {@link #COUNTED}, to bind as a list in SQL. */
    public static List<String> countedCodes() {
        return COUNTED.stream().map(ReviewStatus::code).toList();
    }
}
