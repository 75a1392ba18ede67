package org.marsad.link.cluster;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.link.block.ScoredPairs;
import org.marsad.link.score.RecordProfile;

/**
 * Each record's strongest partner in each other list. A list names each victim once (or, rarely, twice),
 * so when a record matches two records of one list, at most one of them is its person; on large lists a
 * short or common name ("فاطمة حسن", 6, a day in February) matches several namesakes of another list,
 * and joining it to the second one too makes one person of two. Only a pair that is each record's
 * strongest in the other's list starts a merge (or one whose stronger rivals are, by a strong pair, the
 * same person: the list named the victim twice); the others may still join through clustering's later
 * steps, which weigh whole persons.
 */
final class BestPartners {

    private final int[] listOf;
    /** Each record's strong partners, strongest first: those of record i at {@code partner[start[i] .. start[i + 1])}. */
    private final int[] start;
    private final int[] partner;

    /** The partners of the strong pairs {@code strongest} (indices into {@code pairs}, strongest first). */
    BestPartners(List<RecordProfile> profiles, ScoredPairs pairs, int[] strongest) {
        int n = profiles.size();
        listOf = new int[n];
        Map<String, Integer> lists = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String list = profiles.get(i).list();
            listOf[i] = list == null ? -1 - i : lists.computeIfAbsent(list, l -> lists.size());
        }
        start = new int[n + 1];
        for (int k : strongest) {
            start[pairs.first(k) + 1]++;
            start[pairs.second(k) + 1]++;
        }
        for (int i = 0; i < n; i++) {
            start[i + 1] += start[i];
        }
        partner = new int[start[n]];
        int[] filled = new int[n];
        for (int k : strongest) {
            int a = pairs.first(k);
            int b = pairs.second(k);
            partner[start[a] + filled[a]++] = b;
            partner[start[b] + filled[b]++] = a;
        }
    }

    /**
     * Whether a strong pair may start a merge: each record is the other's strongest partner in its list,
     * or the stronger ones are, by a strong pair of their own, the same person as the partner here.
     */
    boolean startsMerge(int a, int b, ScoredPairs pairs, double threshold) {
        if (listOf[a] == listOf[b]) {
            return true;
        }
        return agrees(best(a, listOf[b]), b, pairs, threshold) && agrees(best(b, listOf[a]), a, pairs, threshold);
    }

    private int best(int record, int list) {
        for (int k = start[record]; k < start[record + 1]; k++) {
            if (listOf[partner[k]] == list) {
                return partner[k];
            }
        }
        throw new IllegalStateException("record " + record + " has no strong partner in list " + list);
    }

    private static boolean agrees(int x, int y, ScoredPairs pairs, double threshold) {
        return x == y || pairs.probabilityOf(x, y) >= threshold;
    }
}
