package org.marsad.link.block;

import java.util.Arrays;
import java.util.List;

/** A growable list of record pairs, each packed in a long as (smaller index << 32 | larger index). */
public final class PairList {

    private long[] pairs = new long[1024];
    private int size;

    void add(int a, int b) {
        if (size == pairs.length) {
            pairs = Arrays.copyOf(pairs, pairs.length * 2);
        }
        pairs[size++] = of(a, b);
    }

    /** A pair packed as the list keeps it: the smaller index first. */
    public static long of(int a, int b) {
        return a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
    }

    int size() {
        return size;
    }

    /** Sorts the list and keeps each pair once, to take less room. */
    void removeRepeats() {
        sortPairs(pairs, size);
        size = keepEachOnce(pairs, size);
        pairs = Arrays.copyOf(pairs, Math.max(size, 1));
    }

    /**
     * Sorts the first {@code size} packed pairs by a radix sort on the six bytes that hold the two
     * indices (each below 2^24): at a million records a rule makes tens of millions of pairs, and
     * sorting them was a third of blocking's time with {@link Arrays#sort}.
     */
    static void sortPairs(long[] pairs, int size) {
        if (size < 1 << 12) {
            Arrays.sort(pairs, 0, size);
            return;
        }
        long[] from = pairs;
        long[] to = new long[size];
        int[] count = new int[256];
        for (int shift : new int[] {0, 8, 16, 32, 40, 48}) {
            Arrays.fill(count, 0);
            for (int i = 0; i < size; i++) {
                count[(int) (from[i] >>> shift) & 0xFF]++;
            }
            if (count[(int) (from[0] >>> shift) & 0xFF] == size) {
                continue; // every pair has the same byte here
            }
            for (int d = 0, at = 0; d < 256; d++) {
                int c = count[d];
                count[d] = at;
                at += c;
            }
            for (int i = 0; i < size; i++) {
                long pair = from[i];
                to[count[(int) (pair >>> shift) & 0xFF]++] = pair;
            }
            long[] swap = from;
            from = to;
            to = swap;
        }
        if (from != pairs) {
            System.arraycopy(from, 0, pairs, 0, size);
        }
    }

    /** The pairs of several lists, sorted, each once; the lists are emptied as they are read. */
    static long[] distinct(List<PairList> lists) {
        long total = lists.stream().mapToLong(PairList::size).sum();
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("too many candidate pairs: " + total);
        }
        long[] all = new long[(int) total];
        int at = 0;
        for (PairList list : lists) {
            System.arraycopy(list.pairs, 0, all, at, list.size);
            at += list.size;
            list.pairs = null; // at a million records each list holds hundreds of megabytes
            list.size = 0;
        }
        Arrays.parallelSort(all);
        return Arrays.copyOf(all, keepEachOnce(all, all.length));
    }

    /** Moves each value of a sorted array's first {@code size} values once to its front; returns how many. */
    private static int keepEachOnce(long[] sorted, int size) {
        int kept = 0;
        for (int i = 0; i < size; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[kept++] = sorted[i];
            }
        }
        return kept;
    }

    public static int first(long pair) {
        return (int) (pair >>> 32);
    }

    public static int second(long pair) {
        return (int) pair;
    }
}
