package org.marsad.link;

import org.marsad.store.person.LinkDecision.Placement;

/**
 * The chance that a doubtful pair is one person, read from the model's probability and from what
 * linking did with the pair. The model's probability alone cannot be read as a chance: it scores a pair
 * before clustering, and clustering weighs evidence the pair's own fields do not hold (the records each
 * matches better, the given names or sexes that keep two persons apart). Measured with
 * {@code ./marsad bench review} on 2026-12-05 (the share of pairs truly one person, by band, pooled
 * over our generator, 3,000 people, 6,471 records, and the independent generator, 3,000 people seed 1,
 * 7,367 records; pairs per band in brackets):
 * <ul>
 * <li>left apart: p in [0.1, 0.3) 0.046 and 0.023 (483, 730); [0.3, 0.55) 0.079, 0.078 (190, 243);
 *     [0.55, 0.75) 0.126, 0.074 (103, 135); [0.75, 0.9) 0.258, 0.034 (62, 147): a pair the linker
 *     left apart is rarely one person, however probable the model found it;</li>
 * <li>linked (tie or within): [0, 0.3) 0.83, 0.62 (48, 25); [0.3, 0.55) 0.83, 0.97 (46, 38);
 *     [0.55, 0.75) 0.82, 0.84 (79, 95); [0.75, 0.9) 0.88, 0.91 (152, 151): a pair the linker joined is
 *     one person about nine times in ten, however improbable alone.</li>
 * </ul>
 * Below 0.1 apart pairs are one person once in a thousand or less, and most of the true pairs linking
 * misses lie there, out of the review band: the doubt a tally states covers only the review band.
 */
final class MatchChance {
    private MatchChance() {
    }

    /** The chance that a pair of this model probability, which linking left as {@code linked}, is one person. */
    static double of(double probability, Placement linked) {
        if (linked == Placement.APART) {
            return probability < 0.3 ? 0.03 : 0.09;
        }
        return probability < 0.3 ? 0.75 : probability < 0.75 ? 0.85 : 0.9;
    }
}
