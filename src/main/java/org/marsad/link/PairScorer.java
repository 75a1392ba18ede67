package org.marsad.link;

import java.util.List;

/**
 * The probability that two records are one person: the learned model's weight for their agreement
 * pattern plus the rarity of the name parts they agree on. Pairs that can never be one person
 * ({@link Clustering#neverOne}) get 0.
 */
final class PairScorer {

    private final List<RecordProfile> profiles;
    private final MatchModel model;
    private final NameRarity rarity;

    PairScorer(List<RecordProfile> profiles, MatchModel model, NameRarity rarity) {
        this.profiles = profiles;
        this.model = model;
        this.rarity = rarity;
    }

    double probability(int pattern, int a, int b) {
        if (Clustering.neverOne(profiles.get(a), profiles.get(b), pattern)) {
            return 0;
        }
        return MatchModel.fromLogOdds(model.logOdds(pattern) + rarity.weight(pattern, a, b));
    }
}
