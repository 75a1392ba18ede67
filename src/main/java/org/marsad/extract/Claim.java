package org.marsad.extract;

/**
 * One casualty figure of a report: "at least 156 civilians killed by mines in Raqqa city between …".
 * The fields follow the Claim JSON contract in DESIGN.md. {@code within} is the index, in the
 * report's list of claims, of the figure this one is part of (بينهم, "including"), else null.
 * {@code cause} and {@code perpetrator} are codes of the extractor's vocabulary, or null.
 */
public record Claim(
        Outcome outcome,
        long count,
        Qualifier qualifier,
        Group group,
        Integer within,
        String affiliation,
        String cause,
        String perpetrator,
        PlaceMention place,
        Period period,
        Span span) {

    public Claim {
        if (count < 0) {
            throw new IllegalArgumentException("a casualty figure cannot be negative: " + count);
        }
    }
}
