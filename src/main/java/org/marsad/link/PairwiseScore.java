package org.marsad.link;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairwise precision, recall and F1 of a linkage against the truth: every pair of records in one
 * predicted person is a predicted link, every pair in one true person a true link. Counted from cluster
 * sizes, so it needs no list of pairs.
 */
public record PairwiseScore(long truePairs, long predictedPairs, long correctPairs) {

    /** @param truth the true person of each record; @param predicted the linked person of each record */
    public static PairwiseScore of(List<String> truth, List<String> predicted) {
        if (truth.size() != predicted.size()) {
            throw new IllegalArgumentException("truth and prediction differ in length");
        }
        Map<String, Long> trueSizes = new HashMap<>();
        Map<String, Long> predictedSizes = new HashMap<>();
        Map<String, Long> both = new HashMap<>();
        for (int i = 0; i < truth.size(); i++) {
            trueSizes.merge(truth.get(i), 1L, Long::sum);
            predictedSizes.merge(predicted.get(i), 1L, Long::sum);
            both.merge(truth.get(i) + "\u0000" + predicted.get(i), 1L, Long::sum);
        }
        return new PairwiseScore(pairs(trueSizes), pairs(predictedSizes), pairs(both));
    }

    private static long pairs(Map<String, Long> sizes) {
        return sizes.values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
    }

    public double precision() {
        return predictedPairs == 0 ? 1.0 : (double) correctPairs / predictedPairs;
    }

    public double recall() {
        return truePairs == 0 ? 1.0 : (double) correctPairs / truePairs;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "precision %.4f, recall %.4f, F1 %.4f (%d true pairs, %d linked, %d right)",
                precision(), recall(), f1(), truePairs, predictedPairs, correctPairs);
    }
}
