package org.marsad.link.score;

import java.util.List;
import java.util.Locale;

/**
 * A Fellegi–Sunter model: for every field and level, m = P(level | same person) and
 * u = P(level | different people), and the share of candidate pairs that are the same person. A pair's
 * match weight is the sum of log2(m/u) over its fields; a missing field weighs nothing.
 */
public final class MatchModel {

    private final double prior;
    private final double[][] m;
    private final double[][] u;
    /** log(m/u) of each field and level, and the prior's log odds: scoring sums, never takes a log. */
    private final double[][] weight;
    private final double priorWeight;

    public MatchModel(double prior, double[][] m, double[][] u) {
        this.prior = prior;
        this.m = m;
        this.u = u;
        this.weight = new double[m.length][];
        for (int field = 0; field < m.length; field++) {
            weight[field] = new double[m[field].length];
            for (int level = 0; level < m[field].length; level++) {
                weight[field][level] = Math.log(m[field][level] / u[field][level]);
            }
        }
        this.priorWeight = Math.log(prior / (1 - prior));
    }

    public double prior() {
        return prior;
    }

    double m(int field, int level) {
        return m[field][level];
    }

    double u(int field, int level) {
        return u[field][level];
    }

    /** Probability that a pair with this agreement pattern is one person. */
    double probability(int pattern) {
        return fromLogOdds(logOdds(pattern));
    }

    /** A probability from log odds (natural log). */
    static double fromLogOdds(double logOdds) {
        return 1 / (1 + Math.exp(-logOdds));
    }

    /** The log odds (natural log) that a pair with this pattern is one person: prior plus field weights. */
    double logOdds(int pattern) {
        double sum = priorWeight;
        for (int field = 0; field < weight.length; field++) {
            int level = PairPattern.level(pattern, field);
            if (level != FieldComparator.MISSING) {
                sum += weight[field][level];
            }
        }
        return sum;
    }

    /** The learned weights, one line per field level, for a documenter to see why records match. */
    public String explain() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "prior share of candidate pairs that are one person: %.4f (weight %+.2f)%n",
                prior, log2(prior / (1 - prior))));
        out.append(String.format(Locale.ROOT, "%-20s %-20s %8s %8s %8s%n", "field", "level", "m", "u", "weight"));
        List<FieldComparator> fields = PairPattern.FIELDS;
        for (int field = 0; field < fields.size(); field++) {
            List<String> levels = fields.get(field).levels();
            for (int level = 0; level < levels.size(); level++) {
                out.append(String.format(Locale.ROOT, "%-20s %-20s %8.4f %8.4f %+8.2f%n", fields.get(field).field(),
                        levels.get(level), m[field][level], u[field][level], log2(m[field][level] / u[field][level])));
            }
        }
        out.append("weight = log2(m/u); a missing field weighs 0; probability = 1 / (1 + 2^-(prior weight + sum))")
                .append(System.lineSeparator());
        return out.toString();
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
