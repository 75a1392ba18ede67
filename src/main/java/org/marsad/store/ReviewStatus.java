package org.marsad.store;

/** Where a claim stands in human review: found by the extractor, then confirmed, corrected or rejected. */
public enum ReviewStatus {
    EXTRACTED, CONFIRMED, EDITED, REJECTED;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static ReviewStatus ofCode(String code) {
        return valueOf(code.toUpperCase(java.util.Locale.ROOT));
    }
}
