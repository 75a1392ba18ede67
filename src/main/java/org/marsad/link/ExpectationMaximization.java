package org.marsad.link;

import java.util.List;
import java.util.Map;

/**
 * Learns a {@link MatchModel} from unlabelled candidate pairs by expectation–maximization, as fastLink
 * and Splink do: each pair is a mixture of "same person" and "different people", and m, u and the prior
 * are re-estimated from the expected memberships until they settle. Works on pattern counts, so its
 * cost does not depend on the number of pairs.
 */
final class ExpectationMaximization {

    private static final int MAX_ITERATIONS = 200;
    private static final double CONVERGED = 1e-7;
    /** Keeps every level possible in both classes, so one unseen level cannot veto a pair. */
    private static final double PSEUDO_COUNT = 0.5;

    private ExpectationMaximization() {
    }

    /**
     * @param patterns  number of candidate pairs with each agreement pattern
     * @param uStart    u estimated from random pairs, the starting point of the "different" class
     */
    static MatchModel fit(Map<Integer, Long> patterns, double[][] uStart) {
        List<FieldComparator> fields = PairPattern.FIELDS;
        double[][] m = new double[fields.size()][];
        double[][] u = new double[fields.size()][];
        for (int field = 0; field < fields.size(); field++) {
            m[field] = startingM(fields.get(field).levels().size());
            u[field] = uStart[field].clone();
        }
        MatchModel model = new MatchModel(0.1, m, u);
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            MatchModel next = maximize(patterns, model, fields);
            boolean settled = Math.abs(next.prior() - model.prior()) < CONVERGED;
            model = next;
            if (settled && iteration > 10) {
                break;
            }
        }
        return model;
    }

    /** Same person: the best level is likely, each worse level half as likely as the one before. */
    private static double[] startingM(int levels) {
        double[] m = new double[levels];
        double share = 0.9;
        double rest = 1.0;
        for (int level = 0; level < levels - 1; level++) {
            m[level] = rest * share;
            rest -= m[level];
            share = 0.5;
        }
        m[levels - 1] = rest;
        return m;
    }

    private static MatchModel maximize(Map<Integer, Long> patterns, MatchModel model, List<FieldComparator> fields) {
        double[][] matched = new double[fields.size()][];
        double[][] unmatched = new double[fields.size()][];
        for (int field = 0; field < fields.size(); field++) {
            matched[field] = filled(fields.get(field).levels().size(), PSEUDO_COUNT);
            unmatched[field] = filled(fields.get(field).levels().size(), PSEUDO_COUNT);
        }
        double matches = 0;
        double total = 0;
        for (Map.Entry<Integer, Long> entry : patterns.entrySet()) {
            int pattern = entry.getKey();
            double count = entry.getValue();
            double expectedMatches = count * model.probability(pattern);
            matches += expectedMatches;
            total += count;
            for (int field = 0; field < fields.size(); field++) {
                int level = PairPattern.level(pattern, field);
                if (level != FieldComparator.MISSING) {
                    matched[field][level] += expectedMatches;
                    unmatched[field][level] += count - expectedMatches;
                }
            }
        }
        for (int field = 0; field < fields.size(); field++) {
            normalize(matched[field]);
            normalize(unmatched[field]);
        }
        double prior = Math.min(0.999, Math.max(1e-6, matches / Math.max(1, total)));
        return new MatchModel(prior, matched, unmatched);
    }

    private static double[] filled(int size, double value) {
        double[] values = new double[size];
        java.util.Arrays.fill(values, value);
        return values;
    }

    private static void normalize(double[] counts) {
        double sum = 0;
        for (double count : counts) {
            sum += count;
        }
        for (int i = 0; i < counts.length; i++) {
            counts[i] /= sum;
        }
    }
}
