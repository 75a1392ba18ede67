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

    public PairScorer(List<RecordProfile> profiles, MatchModel model, NameRarity rarity) {
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
        return MatchModel.fromLogOdds(model.logOdds(pattern) + rarity.weight(pattern, a, b)
                - namesakes.penalty(pattern, a, b));
    }
}
