package org.marsad.estimate.model;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.special.Gamma;

/**
 * The classical log-linear capture–recapture model (Fienberg 1972): the counts of the observed patterns
 * are Poisson with log means linear in the lists' main effects (and, for {@link Terms#TWO_WAY}, each pair's
 * interaction); the undocumented are the fitted count of pattern 0, exp(intercept). The interval is the
 * profile likelihood of the total (Cormack 1992), as Rcapture gives it: the complete table, pattern 0
 * included at each candidate count, refitted, and the totals whose deviance from the best stays within the
 * chi-squared quantile kept.
 */
public final class LogLinearModel {
    public enum Terms { MAIN, TWO_WAY }

    /** Where the profile stops looking for the upper bound, in multiples of the documented. */
    private static final double FARTHEST = 1000;
    private static final int BISECTIONS = 60;

    private final CaptureHistories histories;
    private final Terms terms;

    public LogLinearModel(CaptureHistories histories, Terms terms) {
        this.histories = histories;
        this.terms = terms;
    }

    /** The fitted number of persons no list holds; empty when the model has no finite fit. */
    OptionalDouble undocumented() {
        int cells = histories.patternCount() - 1;
        double[][] design = new double[cells][];
        double[] y = new double[cells];
        for (int s = 1; s <= cells; s++) {
            design[s - 1] = row(s);
            y[s - 1] = histories.count(s);
        }
        double[] beta = PoissonFit.fit(design, y);
        if (beta == null || !Double.isFinite(Math.exp(beta[0]))) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Math.exp(beta[0]));
    }

    /** The total estimated: documented plus {@link #undocumented()}. */
    public OptionalDouble total() {
        OptionalDouble m = undocumented();
        return m.isPresent() ? OptionalDouble.of(histories.documented() + m.getAsDouble()) : m;
    }

    /** The profile-likelihood interval of the total at {@code level}; a bound is infinite where none is found. */
    public double[] interval(double level, double around) {
        double n = histories.documented();
        double limit = new ChiSquaredDistribution(1).inverseCumulativeProbability(level) / 2;
        double best = maximum(around - n);
        double top = profile(best);
        double low = 0;
        if (top - profile(0) > limit) {
            low = bisect(0, best, top - limit);
        }
        double far = FARTHEST * Math.max(n, 1);
        double high = top - profile(far) > limit ? bisect(best, far, top - limit) : Double.POSITIVE_INFINITY;
        return new double[] {n + low, n + high};
    }

    /** The undocumented count at which the profile peaks, by golden-section search near the fitted value. */
    private double maximum(double start) {
        double a = 0;
        double b = Math.max(4 * start, 10);
        double g = (Math.sqrt(5) - 1) / 2;
        for (int i = 0; i < 80; i++) {
            double c = b - g * (b - a);
            double d = a + g * (b - a);
            if (profile(c) > profile(d)) {
                b = d;
            } else {
                a = c;
            }
        }
        return (a + b) / 2;
    }

    /** Where the profile, rising on the left of the peak or falling on its right, crosses {@code target}. */
    private double bisect(double from, double to, double target) {
        boolean rising = profile(from) < profile(to);
        for (int i = 0; i < BISECTIONS; i++) {
            double mid = (from + to) / 2;
            if (profile(mid) < target == rising) {
                from = mid;
            } else {
                to = mid;
            }
        }
        return (from + to) / 2;
    }

    /** The multinomial log-likelihood of the total n + m, maximised over the model's other parameters. */
    private double profile(double m) {
        int cells = histories.patternCount();
        double[][] design = new double[cells][];
        double[] y = new double[cells];
        for (int s = 0; s < cells; s++) {
            design[s] = row(s);
            y[s] = s == 0 ? m : histories.count(s);
        }
        double[] beta = PoissonFit.fit(design, y);
        if (beta == null) {
            return Double.NEGATIVE_INFINITY;
        }
        double[] mu = PoissonFit.means(design, beta);
        double total = histories.documented() + m;
        double l = Gamma.logGamma(total + 1) - Gamma.logGamma(m + 1);
        for (int s = 0; s < cells; s++) {
            if (y[s] > 0) {
                l += y[s] * Math.log(mu[s] / total);
            }
        }
        return l;
    }

    private double[] row(int pattern) {
        int k = histories.listCount();
        List<Double> x = new ArrayList<>();
        x.add(1.0);
        for (int j = 0; j < k; j++) {
            x.add((double) (pattern >> j & 1));
        }
        if (terms == Terms.TWO_WAY) {
            for (int a = 0; a < k; a++) {
                for (int b = a + 1; b < k; b++) {
                    x.add((double) (pattern >> a & pattern >> b & 1));
                }
            }
        }
        return x.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
