package org.marsad.tally;

import java.util.Locale;

/**
 * How far a count may move once people have reviewed the links the linker doubts: {@code unlinked}, the
 * expected number of the dead counted twice because their records are still apart (the count would
 * fall by it), and {@code merged}, the expected number hidden because two people's records were linked as
 * one (the count would rise by it). Expected values of the linkage model's probabilities
 * ({@link LinkDoubts}), not bounds.
 */
public record LinkDoubt(double unlinked, double merged) {
    public static final LinkDoubt NONE = new LinkDoubt(0, 0);

    LinkDoubt plus(LinkDoubt o) {
        return new LinkDoubt(unlinked + o.unlinked, merged + o.merged);
    }

    /** Each expectation rounded to the nearest whole person, as a report states it. */
    public long unlinkedPersons() {
        return Math.round(unlinked);
    }

    public long mergedPersons() {
        return Math.round(merged);
    }

    /** Whether either expectation reaches half a person, so that a count should state it. */
    public boolean any() {
        return unlinkedPersons() > 0 || mergedPersons() > 0;
    }

    /** An expectation to one decimal, as JSON and CSV carry it. */
    static double tenths(double x) {
        return Math.round(x * 10) / 10.0;
    }

    /** "−12/+3", the table's short form. */
    String brief() {
        return String.format(Locale.ROOT, "-%d/+%d", unlinkedPersons(), mergedPersons());
    }
}
