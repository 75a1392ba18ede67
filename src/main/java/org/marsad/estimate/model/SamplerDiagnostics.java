package org.marsad.estimate.model;

import java.util.Arrays;

/**
 * How far a chain of draws can be trusted: its effective size (Geyer's initial positive sequence of
 * autocorrelations, 1992) and the medians of its two halves, which should agree within the Monte Carlo
 * error when the chain has forgotten its start.
 */
public record SamplerDiagnostics(double effectiveDraws, long firstHalfMedian, long secondHalfMedian) {

    public static SamplerDiagnostics of(long[] draws) {
        int n = draws.length;
        long[] first = Arrays.copyOfRange(draws, 0, n / 2);
        long[] second = Arrays.copyOfRange(draws, n / 2, n);
        return new SamplerDiagnostics(effective(draws), quantile(first, 0.5), quantile(second, 0.5));
    }

    /** The q-quantile by R's type 7 (linear between order statistics), rounded to a whole person. */
    public static long quantile(long[] draws, double q) {
        long[] s = draws.clone();
        Arrays.sort(s);
        double h = (s.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, s.length - 1);
        return Math.round(s[lo] + (h - lo) * (s[hi] - s[lo]));
    }

    private static double effective(long[] x) {
        int n = x.length;
        double mean = 0;
        for (long v : x) {
            mean += v;
        }
        mean /= n;
        double var = 0;
        for (long v : x) {
            var += (v - mean) * (v - mean);
        }
        if (var == 0) {
            return n;
        }
        double sum = 0;
        for (int lag = 0; lag + 1 < n; lag += 2) {
            double pair = autocorrelation(x, mean, var, lag) + autocorrelation(x, mean, var, lag + 1);
            if (pair <= 0) {
                break;
            }
            sum += pair;
        }
        return n / Math.max(2 * sum - 1, 1e-9);
    }

    private static double autocorrelation(long[] x, double mean, double var, int lag) {
        double c = 0;
        for (int i = 0; i + lag < x.length; i++) {
            c += (x[i] - mean) * (x[i + lag] - mean);
        }
        return c / var;
    }
}
