package org.marsad.link.block;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A growable list of record pairs, each packed in a long as (smaller index << 32 | larger index), kept in
 * buckets by the smaller index, each bucket in small chunks. At a million records a rule makes tens of
 * millions of pairs: one array grown by doubling, then sorted through a buffer of its size, held three
 * copies of them at once in arrays of hundreds of megabytes, and under -Xmx3g the heap had room for none
 * of them in one piece (OutOfMemoryError with 1.7 GB live). Buckets in order are the pairs in order, so
 * each is sorted on its own and the whole list never lies in one array.
 */
public final class PairList {

    /** Longs per chunk: small enough that an unfilled chunk of each bucket costs little. */
    private static final int CHUNK_BITS = 10;
    private static final int CHUNK = 1 << CHUNK_BITS;
    /** Records per bucket, as a shift: 256 records, so a million records make about 4,000 buckets. */
    private static final int RECORDS_PER_BUCKET_BITS = 8;

    private final long[][][] chunks;
    private final int[] sizes;

    /** A list of pairs of records whose indices are below {@code records}. */
    PairList(int records) {
        int buckets = bucketCount(records);
        chunks = new long[buckets][][];
        sizes = new int[buckets];
    }

    static int bucketCount(int records) {
        return Math.max(1, (records + (1 << RECORDS_PER_BUCKET_BITS) - 1) >>> RECORDS_PER_BUCKET_BITS);
    }

    private static int bucketOf(long pair) {
        return first(pair) >>> RECORDS_PER_BUCKET_BITS;
    }

    void add(int a, int b) {
        long pair = of(a, b);
        int bucket = bucketOf(pair);
        int size = sizes[bucket];
        long[][] list = chunks[bucket];
        int chunk = size >>> CHUNK_BITS;
        if (list == null) {
            chunks[bucket] = list = new long[4][];
        } else if (chunk == list.length) {
            chunks[bucket] = list = Arrays.copyOf(list, chunk * 2);
        }
        if (list[chunk] == null) {
            list[chunk] = new long[CHUNK];
        }
        list[chunk][size & (CHUNK - 1)] = pair;
        sizes[bucket] = size + 1;
    }

    /** A pair packed as the list keeps it: the smaller index first. */
    public static long of(int a, int b) {
        return a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
    }

    long size() {
        long total = 0;
        for (int size : sizes) {
            total += size;
        }
        return total;
    }

    /**
     * The list's pairs by bucket, each bucket sorted and each pair once; the list is emptied as it is
     * read, bucket by bucket, so its chunks and the sorted buckets never all lie in memory at once.
     */
    long[][] sortedBuckets() {
        long[][] sorted = new long[sizes.length][];
        for (int bucket = 0; bucket < sizes.length; bucket++) {
            int size = sizes[bucket];
            long[] pairs = new long[size];
            long[][] list = chunks[bucket];
            for (int at = 0, c = 0; at < size; at += CHUNK, c++) {
                System.arraycopy(list[c], 0, pairs, at, Math.min(CHUNK, size - at));
            }
            chunks[bucket] = null;
            sizes[bucket] = 0;
            sorted[bucket] = distinct(pairs, size);
        }
        return sorted;
    }

    /** The first {@code size} pairs of an array, sorted and each once, in the array itself when none repeats. */
    private static long[] distinct(long[] pairs, int size) {
        sortPairs(pairs, size);
        int kept = keepEachOnce(pairs, size);
        return kept == pairs.length ? pairs : Arrays.copyOf(pairs, kept);
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

    /**
     * The pairs of several lists' sorted buckets ({@link #sortedBuckets}, all of as many records), by
     * bucket, sorted, each once; the lists' buckets are let go as they are read.
     */
    static long[][] distinct(List<long[][]> lists, int buckets) {
        long[][] joined = new long[buckets][];
        IntStream.range(0, buckets).parallel().forEach(bucket -> {
            int size = 0;
            for (long[][] list : lists) {
                size += list[bucket].length;
            }
            long[] pairs = new long[size];
            int at = 0;
            for (long[][] list : lists) {
                System.arraycopy(list[bucket], 0, pairs, at, list[bucket].length);
                at += list[bucket].length;
                list[bucket] = null;
            }
            joined[bucket] = lists.size() == 1 ? pairs : distinct(pairs, size);
        });
        return joined;
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
