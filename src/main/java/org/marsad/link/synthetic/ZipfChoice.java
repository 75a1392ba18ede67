package org.marsad.link.synthetic;

import java.util.Arrays;
import java.util.Random;

/** Draws ranks 0..n-1 with probability falling as 1/(rank+1)^0.9: a few names are very common, most are rare. */
final class ZipfChoice {

    private static final double EXPONENT = 0.9;

    private final double[] cumulative;
    private final Random random;

    ZipfChoice(int n, Random random) {
        this.random = random;
        cumulative = new double[n];
        double sum = 0;
        for (int rank = 0; rank < n; rank++) {
            sum += 1 / Math.pow(rank + 1, EXPONENT);
            cumulative[rank] = sum;
        }
        for (int rank = 0; rank < n; rank++) {
            cumulative[rank] /= sum;
        }
    }

    int next() {
        int found = Arrays.binarySearch(cumulative, random.nextDouble());
        return Math.min(cumulative.length - 1, found >= 0 ? found : -found - 1);
    }
}
