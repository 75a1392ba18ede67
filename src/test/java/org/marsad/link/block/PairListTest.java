package org.marsad.link.block;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PairListTest {

    @ParameterizedTest(name = "{0} pairs")
    @ValueSource(ints = {0, 1, 100, 5_000, 200_000})
    void sortsPairsAsArraysSortDoes(int size) {
        Random random = new Random(size);
        long[] pairs = new long[size + 3]; // the tail beyond size is left alone
        for (int i = 0; i < size; i++) {
            int a = random.nextInt(1 << 24);
            int b = random.nextInt(i % 7 == 0 ? 50 : 1 << 24); // repeats and small indices too
            pairs[i] = PairList.of(a, b);
        }
        pairs[size] = 7;
        pairs[size + 1] = 3;
        pairs[size + 2] = 5;
        long[] expected = pairs.clone();
        Arrays.sort(expected, 0, size);
        PairList.sortPairs(pairs, size);
        assertThat(pairs).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0} pairs sharing their first record")
    @ValueSource(ints = {10_000})
    void sortsPairsThatShareBytes(int size) {
        long[] pairs = new long[size];
        for (int i = 0; i < size; i++) {
            pairs[i] = PairList.of(42, size - i + 100);
        }
        long[] expected = pairs.clone();
        Arrays.sort(expected);
        PairList.sortPairs(pairs, size);
        assertThat(pairs).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0} lists")
    @ValueSource(ints = {0, 1, 2, 7})
    void joinsListsIntoTheirSortedDistinctPairs(int count) {
        Random random = new Random(count);
        int records = 3_000; // twelve buckets
        java.util.List<long[][]> lists = new java.util.ArrayList<>();
        java.util.TreeSet<Long> expected = new java.util.TreeSet<>();
        for (int l = 0; l < count; l++) {
            PairList list = new PairList(records);
            int size = l == 1 ? 0 : random.nextInt(5_000); // an empty list among them
            int added = 0;
            for (int i = 0; i < size; i++) {
                // pairs among few records, so that lists share pairs and a list repeats its own, and
                // pairs of any two records, so that every bucket holds some
                int a = random.nextInt(i % 2 == 0 ? 300 : records);
                int b = random.nextInt(i % 2 == 0 ? 300 : records);
                if (a != b) {
                    list.add(a, b);
                    added++;
                    expected.add(PairList.of(a, b));
                }
            }
            assertThat(list.size()).isEqualTo(added);
            lists.add(list.sortedBuckets());
            assertThat(list.size()).isZero();
        }
        long[][] buckets = PairList.distinct(lists, PairList.bucketCount(records));
        long[] joined = Arrays.stream(buckets).flatMapToLong(Arrays::stream).toArray();
        assertThat(joined).containsExactly(expected.stream().mapToLong(Long::longValue).toArray());
        assertThat(lists).allSatisfy(list -> assertThat(Arrays.asList(list)).containsOnlyNulls());
    }

    @org.junit.jupiter.api.Test
    void keepsPairsOfManyRecordsInOrderAcrossBuckets() {
        int records = 1 << 20;
        PairList list = new PairList(records);
        Random random = new Random(5);
        java.util.TreeSet<Long> expected = new java.util.TreeSet<>();
        for (int i = 0; i < 300_000; i++) {
            int a = random.nextInt(records);
            int b = i % 3 == 0 ? a + 1 + random.nextInt(10) : random.nextInt(records); // near and far pairs
            if (a != b && b < records) {
                list.add(b, a);
                expected.add(PairList.of(a, b));
            }
        }
        long[][] buckets = list.sortedBuckets();
        assertThat(buckets.length).isEqualTo(PairList.bucketCount(records));
        assertThat(Arrays.stream(buckets).flatMapToLong(Arrays::stream).toArray())
                .containsExactly(expected.stream().mapToLong(Long::longValue).toArray());
    }
}
