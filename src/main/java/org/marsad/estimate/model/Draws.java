package org.marsad.estimate.model;

import java.util.SplittableRandom;
import org.apache.commons.math3.special.Gamma;

/**
 * The random variates the latent-class sampler draws, from one seeded generator so that a run repeats
 * exactly. Written here rather than taken from Commons Math's distributions because those build a
 * distribution object per draw and sample the binomial by inverting its CDF, O(n) per draw; the sampler
 * makes tens of millions of draws and a binomial of a million persons must cost what one of ten does.
 */
public final class Draws {
    /** Below this mean a binomial or Poisson is drawn by walking its CDF; above, by splitting or rejection. */
    private static final double SMALL_MEAN = 16;

    private final SplittableRandom random;

    public Draws(long seed) {
        random = new SplittableRandom(seed);
    }

    public double uniform() {
        return random.nextDouble();
    }

    /** Gamma(shape, 1): Marsaglia and Tsang (2000), with the boost U^(1/shape) for shape below 1. */
    double gamma(double shape) {
        if (shape < 1) {
            double u = random.nextDouble();
            return gamma(shape + 1) * Math.pow(u == 0 ? Double.MIN_VALUE : u, 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x;
            double v;
            do {
                x = random.nextGaussian();
                v = 1 + c * x;
            } while (v <= 0);
            v = v * v * v;
            double u = random.nextDouble();
            if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
                return d * v;
            }
        }
    }

    double beta(double a, double b) {
        double x = gamma(a);
        double y = gamma(b);
        return x / (x + y);
    }

    /** Binomial(n, p), exact: the CDF walk for a small mean, Hörmann's BTRS (1993) otherwise. */
    long binomial(long n, double p) {
        if (n <= 0 || p <= 0) {
            return 0;
        }
        if (p >= 1) {
            return n;
        }
        if (p > 0.5) {
            return n - binomial(n, 1 - p);
        }
        return n * p < SMALL_MEAN ? binomialByInversion(n, p) : binomialByRejection(n, p);
    }

    /**
     * BTRS: transformed rejection with squeeze (Hörmann, "The generation of binomial random
     * variates", J. Statist. Comput. Simul. 46, 1993), for p at most 1/2 and np at least 10.
     */
    private long binomialByRejection(long n, double p) {
        double q = 1 - p;
        double spq = Math.sqrt(n * p * q);
        double b = 1.15 + 2.53 * spq;
        double a = -0.0873 + 0.0248 * b + 0.01 * p;
        double c = n * p + 0.5;
        double vr = 0.92 - 4.2 / b;
        double alpha = (2.83 + 5.1 / b) * spq;
        // the mode's terms are needed only when the squeeze fails, about one draw in seven
        long m = -1;
        double lpq = 0;
        double h = 0;
        while (true) {
            double u = random.nextDouble() - 0.5;
            double v = random.nextDouble();
            double us = 0.5 - Math.abs(u);
            long k = (long) Math.floor((2 * a / us + b) * u + c);
            if (k < 0 || k > n) {
                continue;
            }
            if (us >= 0.07 && v <= vr) {
                return k;
            }
            v = Math.log(v * alpha / (a / (us * us) + b));
            if (m < 0) {
                m = (long) Math.floor((n + 1) * p);
                lpq = Math.log(p / q);
                h = logFactorial(m) + logFactorial(n - m);
            }
            if (v <= h - logFactorial(k) - logFactorial(n - k) + (k - m) * lpq) {
                return k;
            }
        }
    }

    /** log k! from a table below {@link #TABLED}, else Stirling's series, exact to double precision there. */
    static double logFactorial(long k) {
        if (k < TABLED) {
            return LOG_FACTORIAL[(int) k];
        }
        double x = k + 1.0;
        double x2 = x * x;
        return (x - 0.5) * Math.log(x) - x + HALF_LOG_TWO_PI + (1.0 / 12 - (1.0 / 360 - 1.0 / (1260 * x2)) / x2) / x;
    }

    private static final int TABLED = 1024;
    private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);
    private static final double[] LOG_FACTORIAL = new double[TABLED];

    static {
        for (int k = 0; k < TABLED; k++) {
            LOG_FACTORIAL[k] = Gamma.logGamma(k + 1.0);
        }
    }

    private long binomialByInversion(long n, double p) {
        if (n == 0 || p <= 0) {
            return 0;
        }
        double q = 1 - p;
        double s = p / q;
        double a = (n + 1) * s;
        double r = Math.pow(q, n);
        double u = random.nextDouble();
        long x = 0;
        while (u > r && x < n) {
            u -= r;
            x++;
            r *= a / x - s;
        }
        return x;
    }

    /** Poisson(mean): the multiplication method for a small mean, Hörmann's PTRS (1993) otherwise. */
    long poisson(double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean < SMALL_MEAN) {
            double limit = Math.exp(-mean);
            double prod = random.nextDouble();
            long k = 0;
            while (prod > limit) {
                prod *= random.nextDouble();
                k++;
            }
            return k;
        }
        double slam = Math.sqrt(mean);
        double loglam = Math.log(mean);
        double b = 0.931 + 2.53 * slam;
        double a = -0.059 + 0.02483 * b;
        double invalpha = 1.1239 + 1.1328 / (b - 3.4);
        double vr = 0.9277 - 3.6224 / (b - 2);
        while (true) {
            double u = random.nextDouble() - 0.5;
            double v = random.nextDouble();
            double us = 0.5 - Math.abs(u);
            long k = (long) Math.floor((2 * a / us + b) * u + mean + 0.43);
            if (us >= 0.07 && v <= vr) {
                return k;
            }
            if (k < 0 || us < 0.013 && v > us) {
                continue;
            }
            if (Math.log(v) + Math.log(invalpha) - Math.log(a / (us * us) + b)
                    <= -mean + k * loglam - logFactorial(k)) {
                return k;
            }
        }
    }

    /**
     * Failures before {@code successes} successes of probability {@code p}: a Poisson whose mean is a gamma
     * draw, the mixture that defines the negative binomial.
     */
    long negativeBinomial(long successes, double p) {
        if (p >= 1) {
            return 0;
        }
        return poisson(Math.min(gamma(successes) * (1 - p) / Math.max(p, Double.MIN_NORMAL), LARGEST_MEAN));
    }

    /** Where a Poisson mean is capped so that its draw stays a count: far beyond any population of the dead. */
    private static final double LARGEST_MEAN = 1e15;

    /** Splits {@code n} among categories in proportion to {@code weights} (unnormalised), into {@code out}. */
    void multinomial(long n, double[] weights, int size, long[] out) {
        double rest = 0;
        for (int k = 0; k < size; k++) {
            rest += weights[k];
        }
        for (int k = 0; k < size; k++) {
            if (n == 0 || rest <= 0) {
                out[k] = 0;
                continue;
            }
            long x = k == size - 1 ? n : binomial(n, Math.min(1, weights[k] / rest));
            out[k] = x;
            n -= x;
            rest -= weights[k];
        }
    }
}
