package org.marsad.link;

import java.util.Arrays;

/** A growable list of record pairs, each packed in a long as (smaller index << 32 | larger index). */
final class PairList {

    private long[] pairs = new long[1024];
    private int size;

    void add(int a, int b) {
        if (size == pairs.length) {
            pairs = Arrays.copyOf(pairs, pairs.length * 2);
        }
        pairs[size++] = of(a, b);
    }

    /** A pair packed as the list keeps it: the smaller index first. */
    static long of(int a, int b) {
        return a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
    }

    int size() {
        return size;
    }

    /** The pairs sorted, each once. */
    long[] distinct() {
        long[] sorted = Arrays.copyOf(pairs, size);
        Arrays.parallelSort(sorted);
        int kept = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[kept++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, kept);
    }

    static int first(long pair) {
        return (int) (pair >>> 32);
    }

    static int second(long pair) {
        return (int) pair;
    }
}
