package org.marsad.link.block;

import java.util.Arrays;
import java.util.stream.IntStream;

/** The candidate pairs with their agreement patterns and match probabilities. */
public final class ScoredPairs {

    private final long[] pairs;
    private final int[] patterns;
    private final float[] probabilities;

    public ScoredPairs(long[] pairs, int[] patterns, float[] probabilities) {
        this.pairs = pairs;
        this.patterns = patterns;
        this.probabilities = probabilities;
    }

    public int size() {
        return pairs.length;
    }

    public int first(int k) {
        return PairList.first(pairs[k]);
    }

    public int second(int k) {
        return PairList.second(pairs[k]);
    }

    public boolean contains(int a, int b) {
        return Arrays.binarySearch(pairs, PairList.of(a, b)) >= 0;
    }

    /** The probability of a pair, or 0 when it is no candidate. */
    public double probabilityOf(int a, int b) {
        int k = Arrays.binarySearch(pairs, PairList.of(a, b));
        return k >= 0 ? probabilities[k] : 0;
    }

    public int pattern(int k) {
        return patterns[k];
    }

    /** The index of a pair (packed by {@link PairList#of}), or a negative number when it is no candidate. */
    public int indexOf(long pair) {
        return Arrays.binarySearch(pairs, pair);
    }

    /** Sets the probability of pair {@code k}: scored again with what only the scores of all pairs tell. */
    public void rescore(int k, double probability) {
        probabilities[k] = (float) probability;
    }

    public double probability(int k) {
        return probabilities[k];
    }

    /** Indices of the pairs at or above a probability, the most probable first. */
    public int[] strongestFirst(double threshold) {
        int[] kept = IntStream.range(0, pairs.length).filter(k -> probabilities[k] >= threshold).toArray();
        // the bits of a non-negative float grow with its value, so MAX - bits sorts the most probable first
        long[] keyed = new long[kept.length];
        for (int n = 0; n < kept.length; n++) {
            int descending = Integer.MAX_VALUE - Float.floatToIntBits(probabilities[kept[n]]);
            keyed[n] = ((long) descending << 32) | kept[n];
        }
        Arrays.parallelSort(keyed);
        int[] order = new int[kept.length];
        for (int n = 0; n < kept.length; n++) {
            order[n] = (int) keyed[n];
        }
        return order;
    }
}
