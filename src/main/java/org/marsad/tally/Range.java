package org.marsad.tally;

/**
 * A count as a range, low ≤ best ≤ high, with how many of the low figure are named persons.
 * Sums of ranges are ranges; the low sum is the figure a headline may quote ("at least").
 */
public record Range(long low, long best, long high, long named) {
    public static final Range ZERO = new Range(0, 0, 0, 0);

    public Range {
        if (low < 0 || low > best || best > high || named < 0 || named > low) {
            throw new IllegalArgumentException("not a count range: " + low + "/" + best + "/" + high + " named " + named);
        }
    }

    static Range exactly(long n, long named) {
        return new Range(n, n, n, Math.min(named, n));
    }

    Range plus(Range o) {
        return new Range(low + o.low, best + o.best, high + o.high, named + o.named);
    }

    /** The larger of two accounts of the same deaths, bound by bound: never their sum. */
    Range atLeast(Range o) {
        long l = Math.max(low, o.low);
        long b = Math.max(Math.max(best, o.best), l);
        long h = Math.max(Math.max(high, o.high), b);
        return new Range(l, b, h, Math.min(Math.max(named, o.named), l));
    }
}
