package org.marsad.link;

import java.util.Locale;

/** Wall time of the steps of a linkage, for the benchmark to print. */
final class Stopwatch {

    private final StringBuilder laps = new StringBuilder();
    private long last = System.nanoTime();

    void lap(String step) {
        long now = System.nanoTime();
        if (!laps.isEmpty()) {
            laps.append(", ");
        }
        laps.append(String.format(Locale.ROOT, "%s %.1f s", step, (now - last) / 1e9));
        last = now;
    }

    @Override
    public String toString() {
        return laps.toString();
    }
}
