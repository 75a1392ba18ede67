package org.marsad.link.blind;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Values drawn as often as they were counted: a real name part comes up as often as people bear it. */
final class Weighted<T> {
    private final List<T> values = new ArrayList<>();
    private final double[] cumulative;

    Weighted(Map<T, ? extends Number> counts) {
        if (counts.isEmpty()) {
            throw new IllegalArgumentException("nothing to draw from");
        }
        cumulative = new double[counts.size()];
        double sum = 0;
        for (Map.Entry<T, ? extends Number> e : counts.entrySet()) {
            sum += e.getValue().doubleValue();
            cumulative[values.size()] = sum;
            values.add(e.getKey());
        }
    }

    T draw(SplittableRandom random) {
        double x = random.nextDouble() * cumulative[cumulative.length - 1];
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return values.get(lo);
    }

    int size() {
        return values.size();
    }
}
