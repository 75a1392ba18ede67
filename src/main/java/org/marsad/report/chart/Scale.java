package org.marsad.report.chart;

/** A count axis from zero to a round top, with round steps (1, 2 or 5 times a power of ten). */
record Scale(long top, long step) {
    private static final int TARGET_STEPS = 5;

    static Scale upTo(long max) {
        long raw = Math.max(1, (max + TARGET_STEPS - 1) / TARGET_STEPS);
        long power = 1;
        while (power * 10 <= raw) {
            power *= 10;
        }
        long step = raw <= power ? power : raw <= 2 * power ? 2 * power : raw <= 5 * power ? 5 * power : 10 * power;
        long top = Math.max(step, (max + step - 1) / step * step);
        return new Scale(top, step);
    }

    /** Where a count falls between {@code from} (zero) and {@code to} (the top) in pixels. */
    double position(long count, double from, double to) {
        return from + (to - from) * count / top;
    }
}
