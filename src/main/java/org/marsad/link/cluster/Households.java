package org.marsad.link.cluster;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.marsad.link.block.PairList;
import org.marsad.link.block.ScoredPairs;
import org.marsad.link.name.NamePart;
import org.marsad.link.score.RecordProfile;

/**
 * Weighs a pair by the family killed with it. Families die together: a list names the children of one
 * father on one day one after another, and another list names them again. When a record's brother or
 * sister in its list is, by a strong pair, the brother or sister of the other record in the other list,
 * the two families are one, and so, most likely, are the two records: namesakes of two families rarely
 * share father, family name and day, and brothers' names too. On large lists a short common name
 * ("فاطمة محمد الحسن") meets many namesakes that died near the day, and the family is often the only
 * thing that tells its own record from theirs.
 *
 * <p>A family is the records of one list that write the same father's and family name (by skeleton)
 * and the same day of death; a record without one of them has none. A pair is supported when another
 * pair, one record from each family, is a match; its log odds then rise by {@link #SUPPORT}
 * ({@link org.marsad.link.score.PairScorer#withSupport}), in scoring and in every step of clustering.
 * The support is not learned by EM: it is read from the scores EM's model gives, after them.
 */
public final class Households {

    /**
     * Log odds (natural log) a pair gains from a matched pair of its families. Measured with `bench link`
     * (seed 2026, 2026-12-06), F1 without / 2 / 4: our generator 50,000 people 0.9476 / 0.9478 / 0.9476,
     * harsh lists 50,000 people 0.8929 / 0.8929 / 0.8929, our generator 200,000 people 0.9043 / 0.9051 / —.
     */
    public static final double SUPPORT = 2;
    /** Pairs weaker than this are not weighed: no family makes them a match. */
    static final double FLOOR = 0.01;
    /** Pairs this strong or stronger need no support. */
    static final double SURE = 0.99;
    /** A family larger than this is a common name on a busy day, not one family. */
    static final int LARGEST = 12;

    private Households() {
    }

    /** The candidate pairs (packed, sorted) whose families are matched by another pair. */
    public static long[] supported(List<RecordProfile> profiles, ScoredPairs pairs, double threshold) {
        int[][] family = families(profiles);
        int[] start = family[0];
        int[] member = family[1];
        int[] of = family[2];
        // one plain pass over all pairs (tens of millions at a million records) keeps the strong ones,
        // sorted as the candidate pairs are, and those that may be weighed; only these few are then read
        long[] strong = new long[1024];
        int strongCount = 0;
        int[] weighed = new int[1024];
        int weighedCount = 0;
        for (int k = 0; k < pairs.size(); k++) {
            double p = pairs.probability(k);
            if (p < FLOOR) {
                continue;
            }
            if (p >= threshold) {
                if (strongCount == strong.length) {
                    strong = Arrays.copyOf(strong, strongCount * 2);
                }
                strong[strongCount++] = PairList.of(pairs.first(k), pairs.second(k));
            }
            if (p < SURE && of[pairs.first(k)] >= 0 && of[pairs.second(k)] >= 0) {
                if (weighedCount == weighed.length) {
                    weighed = Arrays.copyOf(weighed, weighedCount * 2);
                }
                weighed[weighedCount++] = k;
            }
        }
        long[] strongPairs = Arrays.copyOf(strong, strongCount);
        return Arrays.stream(weighed, 0, weighedCount).parallel().filter(k -> {
            int a = pairs.first(k);
            int b = pairs.second(k);
            return of[a] != of[b] && supported(a, b, of, start, member, strongPairs)
                    && alone(a, b, of, start, member, pairs) && alone(b, a, of, start, member, pairs);
        }).mapToLong(k -> PairList.of(pairs.first(k), pairs.second(k))).toArray();
    }

    /**
     * Whether {@code record} is the only one of its family that may be {@code other}: when a brother
     * matches it too (two sons written alike in Latin, محمد and محمود both "Mohamed"), the families'
     * match says nothing about which of them it is (real names: five pairs joined wrongly without this).
     */
    private static boolean alone(int record, int other, int[] of, int[] start, int[] member, ScoredPairs pairs) {
        for (int x = start[of[record]]; x < start[of[record] + 1]; x++) {
            int sibling = member[x];
            if (sibling != record && pairs.probabilityOf(sibling, other) >= FLOOR) {
                return false;
            }
        }
        return true;
    }

    private static boolean supported(int a, int b, int[] of, int[] start, int[] member, long[] strong) {
        for (int x = start[of[a]]; x < start[of[a] + 1]; x++) {
            int sibling = member[x];
            if (sibling == a || sibling == b) {
                continue;
            }
            for (int y = start[of[b]]; y < start[of[b] + 1]; y++) {
                int other = member[y];
                if (other != b && other != a && other != sibling
                        && Arrays.binarySearch(strong, PairList.of(sibling, other)) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The families of the records as compressed rows: {start, member, family of each record (-1 for
     * none)}. Families of one record are none.
     */
    private static int[][] families(List<RecordProfile> profiles) {
        int n = profiles.size();
        Map<String, Integer> lists = new HashMap<>();
        long[] keyed = new long[n];
        int bits = 64 - Long.numberOfLeadingZeros(Math.max(1, n));
        int m = 0;
        for (int i = 0; i < n; i++) {
            RecordProfile r = profiles.get(i);
            NamePart father = r.name().father();
            NamePart surname = r.name().family();
            if (father == null || surname == null || r.epochDay() == RecordProfile.UNKNOWN || r.name().kinship()) {
                continue;
            }
            int list = r.list() == null ? -1 - i : lists.computeIfAbsent(r.list(), l -> lists.size());
            long h = 1469598103934665603L;
            h = mix(h, father.skeleton());
            h = mix(h, surname.skeleton());
            h = (h ^ r.epochDay()) * 1099511628211L;
            h = (h ^ list) * 1099511628211L;
            keyed[m++] = (h << bits) | i;
        }
        long[] sorted = Arrays.copyOf(keyed, m);
        Arrays.parallelSort(sorted);
        long mask = (1L << bits) - 1;
        int[] of = new int[n];
        Arrays.fill(of, -1);
        int[] start = new int[m + 1];
        int[] member = new int[m];
        int families = 0;
        int filled = 0;
        int from = 0;
        for (int j = 1; j <= m; j++) {
            if (j == m || sorted[j] >>> bits != sorted[from] >>> bits) {
                int size = j - from;
                if (size >= 2 && size <= LARGEST) {
                    start[families] = filled;
                    for (int x = from; x < j; x++) {
                        int record = (int) (sorted[x] & mask);
                        member[filled++] = record;
                        of[record] = families;
                    }
                    families++;
                }
                from = j;
            }
        }
        start[families] = filled;
        return new int[][] {Arrays.copyOf(start, families + 1), Arrays.copyOf(member, filled), of};
    }

    private static long mix(long h, String s) {
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 1099511628211L;
        }
        return (h ^ '|') * 1099511628211L;
    }
}
