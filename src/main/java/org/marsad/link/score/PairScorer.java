package org.marsad.link.score;

import java.util.List;

/**
 * The probability that two records are one person: the learned model's weight for their agreement
 * pattern plus the rarity of the name parts they agree on, less the namesakes who would agree as well
 * ({@link Namesakes}). Pairs that can never be one person
 * ({@link NeverOne#neverOne}) get 0.
 */
public final class PairScorer {

    private final MatchModel model;
    private final NameRarity rarity;
    private final Namesakes namesakes;
    /**
     * Each record's {@link NeverOne#naming}, in an array: read for every pair, and at a million records
     * following record, name and name part for it took more than half the time of scoring.
     */
    private final byte[] naming;
    /**
     * Pairs (packed, sorted) supported by what the model does not weigh, one array a kind (matched
     * families: cluster.Households; given names alone: cluster.LoneGivenNames), and the log odds each kind gains.
     */
    private final long[][] supported;
    private final double[] support;

    private PairScorer(PairScorer scorer, long[] supported, double support) {
        this.model = scorer.model;
        this.rarity = scorer.rarity;
        this.namesakes = scorer.namesakes;
        this.naming = scorer.naming;
        int kinds = scorer.supported.length;
        this.supported = java.util.Arrays.copyOf(scorer.supported, kinds + 1);
        this.supported[kinds] = supported;
        this.support = java.util.Arrays.copyOf(scorer.support, kinds + 1);
        this.support[kinds] = support;
    }

    /**
     * This scorer, with {@code support} log odds more for each of the {@code supported} pairs (packed,
     * sorted), beside the support it already gives.
     */
    public PairScorer withSupport(long[] supported, double support) {
        return new PairScorer(this, supported, support);
    }

    public PairScorer(List<RecordProfile> profiles, MatchModel model, NameRarity rarity) {
        this.supported = new long[0][];
        this.support = new double[0];
        this.model = model;
        this.rarity = rarity;
        this.namesakes = Namesakes.of(profiles);
        this.naming = new byte[profiles.size()];
        for (int i = 0; i < naming.length; i++) {
            naming[i] = NeverOne.naming(profiles.get(i));
        }
    }

    /** Whether records {@code a} and {@code b}, whose pair has this pattern, can never be one person. */
    public boolean neverOne(int pattern, int a, int b) {
        return NeverOne.neverOne(pattern, naming[a], naming[b]);
    }

    public double probability(int pattern, int a, int b) {
        if (neverOne(pattern, a, b)) {
            return 0;
        }
        double logOdds = model.logOdds(pattern) + rarity.weight(pattern, a, b) - namesakes.penalty(pattern, a, b);
        for (int kind = 0; kind < supported.length; kind++) {
            if (java.util.Arrays.binarySearch(supported[kind], a < b ? ((long) a << 32) | b : ((long) b << 32) | a) >= 0) {
                logOdds += support[kind];
            }
        }
        return MatchModel.fromLogOdds(logOdds);
    }
}
