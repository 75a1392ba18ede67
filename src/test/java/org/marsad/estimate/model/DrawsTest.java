package org.marsad.estimate.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each sampler's draws against its exact distribution by a chi-squared goodness of fit at the 0.1% level. */
class DrawsTest {
    private static final int DRAWS = 200_000;

    @ParameterizedTest(name = "binomial({0}, {1})")
    @CsvSource({"40, 0.2", "1000, 0.3", "1000, 0.93", "100000, 0.01", "7, 0.5"})
    void binomialDrawsFollowTheBinomial(int n, double p) {
        Draws d = new Draws(11);
        BinomialDistribution exact = new BinomialDistribution(null, n, p);
        long[] seen = new long[n + 1];
        for (int i = 0; i < DRAWS; i++) {
            seen[(int) d.binomial(n, p)]++;
        }
        assertFits(seen, exact::probability);
    }

    @ParameterizedTest(name = "poisson({0})")
    @CsvSource({"3.5", "40", "2000"})
    void poissonDrawsFollowThePoisson(double mean) {
        Draws d = new Draws(12);
        PoissonDistribution exact = new PoissonDistribution(null, mean, 1e-12, 10_000);
        long[] seen = new long[(int) (mean * 3 + 50)];
        for (int i = 0; i < DRAWS; i++) {
            seen[(int) d.poisson(mean)]++;
        }
        assertFits(seen, exact::probability);
    }

    @Test
    void gammaAndBetaDrawsHaveTheirMeansAndVariances() {
        Draws d = new Draws(13);
        for (double shape : new double[] {0.25, 1, 9.5}) {
            double sum = 0;
            double squares = 0;
            for (int i = 0; i < DRAWS; i++) {
                double x = d.gamma(shape);
                sum += x;
                squares += x * x;
            }
            double mean = sum / DRAWS;
            assertThat(mean).isCloseTo(shape, org.assertj.core.data.Offset.offset(4 * Math.sqrt(shape / DRAWS)));
            assertThat(squares / DRAWS - mean * mean).isCloseTo(shape, org.assertj.core.data.Percentage.withPercentage(5));
        }
        double sum = 0;
        for (int i = 0; i < DRAWS; i++) {
            sum += d.beta(2, 6);
        }
        assertThat(sum / DRAWS).isCloseTo(0.25, org.assertj.core.data.Offset.offset(0.002));
    }

    @Test
    void multinomialSplitsAllAndKeepsZeroWeightsEmpty() {
        Draws d = new Draws(14);
        long[] out = new long[4];
        d.multinomial(1000, new double[] {0.5, 0, 2, 1.5}, 4, out);
        assertThat(out[0] + out[1] + out[2] + out[3]).isEqualTo(1000);
        assertThat(out[1]).isZero();
        assertThat(out[2]).isBetween(400L, 600L);
    }

    @Test
    void logFactorialIsExactPastTheTable() {
        for (long k : new long[] {1023, 1024, 5000, 1_000_000}) {
            assertThat(Draws.logFactorial(k))
                    .isCloseTo(org.apache.commons.math3.special.Gamma.logGamma(k + 1.0), org.assertj.core.data.Percentage.withPercentage(1e-12));
        }
    }

    /** Pools cells expected under 5 into their neighbours, then compares with the chi-squared's 99.9% quantile. */
    private static void assertFits(long[] seen, java.util.function.IntToDoubleFunction probability) {
        double chi = 0;
        int cells = 0;
        double expected = 0;
        long observed = 0;
        for (int k = 0; k < seen.length; k++) {
            expected += DRAWS * probability.applyAsDouble(k);
            observed += seen[k];
            if (expected >= 5) {
                chi += (observed - expected) * (observed - expected) / expected;
                cells++;
                expected = 0;
                observed = 0;
            }
        }
        assertThat(cells).isGreaterThan(2);
        assertThat(chi).isLessThan(new ChiSquaredDistribution(cells - 1).inverseCumulativeProbability(0.999));
    }
}
