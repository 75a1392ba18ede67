package org.marsad.link.cluster;

import java.util.List;
import org.marsad.link.Decisions;
import org.marsad.link.block.ScoredPairs;
import org.marsad.link.score.PairPattern;
import org.marsad.link.score.PairScorer;
import org.marsad.link.score.RecordProfile;

/**
 * Joins a record left alone to the one person it may be, when no other person may be it. A list names
 * each victim once, so a record of one list that is alone after clustering, whose only plausible
 * partner is a person not yet named by that list, is most often that person: a name cut to given and
 * family name ("زينب الدحدوح" beside "زينب علي محمد الدحدوح") is too common to pass the threshold on its
 * own, but when the lists hold one such person and no other, there is no one else it can be. It joins
 * when every pair with the person is plausible, or when one of them is a match and none is vetoed.
 */
final class SoleCandidate {

    /**
     * A partner is plausible from this probability on. Measured on 2026-12-06 at 0.08 / 0.15 / 0.3 (F1,
     * mvn -o -B test -Dtest='org.marsad.link.*Test'): real names 0.9438 / 0.9432 / 0.9405, independent
     * generator 0.9815 / 0.9810 / 0.9808, harsh 2k 0.9572 / 0.9579 / 0.9588, harsh 10k 0.9257 / 0.9257 /
     * 0.9251; without this step 0.9372, 0.9803, 0.9574, 0.9247. Precision falls as it is lowered.
     */
    static final double PLAUSIBLE = 0.15;

    private SoleCandidate() {
    }

    static void join(List<RecordProfile> profiles, ScoredPairs pairs, PairScorer scorer, double threshold,
                     Decisions decisions, int[] person) {
        int n = person.length;
        int[] size = new int[n];
        for (int i = 0; i < n; i++) {
            size[person[i]]++;
        }
        // for each lone record: the one person of its plausible partners, -1 for none yet, -2 for several
        int[] sole = new int[n];
        java.util.Arrays.fill(sole, -1);
        for (int k = 0; k < pairs.size(); k++) {
            if (pairs.probability(k) < PLAUSIBLE) {
                continue;
            }
            int a = pairs.first(k);
            int b = pairs.second(k);
            note(sole, size, person, a, b);
            note(sole, size, person, b, a);
        }
        // a person two lone records both point to takes neither
        int[] claims = new int[n];
        for (int r = 0; r < n; r++) {
            if (sole[r] >= 0) {
                claims[sole[r]]++;
            }
        }
        // persons as union-find over their names (each the smallest index of its records), so that two
        // lone records may become one person, and a person joined by one may be joined by another
        int[] root = new int[n];
        java.util.Map<Integer, List<Integer>> members = new java.util.HashMap<>();
        for (int i = 0; i < n; i++) {
            root[i] = i;
            members.computeIfAbsent(person[i], p -> new java.util.ArrayList<>(1)).add(i);
        }
        for (int r = 0; r < n; r++) {
            int target = sole[r];
            if (target < 0 || claims[target] != 1) {
                continue;
            }
            int x = find(root, person[r]);
            int y = find(root, target);
            List<Integer> left = members.get(x);
            List<Integer> right = members.get(y);
            if (x == y || left.size() + right.size() > Clustering.LARGEST_PERSON
                    || !fit(profiles, scorer, threshold, decisions, left, right)) {
                continue;
            }
            int kept = Math.min(x, y);
            int joined = Math.max(x, y);
            root[joined] = kept;
            List<Integer> union = new java.util.ArrayList<>(left);
            union.addAll(right);
            members.put(kept, union);
            members.remove(joined);
        }
        for (int i = 0; i < n; i++) {
            person[i] = find(root, person[i]);
        }
    }

    private static int find(int[] root, int i) {
        while (root[i] != i) {
            root[i] = root[root[i]];
            i = root[i];
        }
        return i;
    }

    private static void note(int[] sole, int[] size, int[] person, int lone, int other) {
        if (size[person[lone]] != 1 || person[lone] == person[other]) {
            return;
        }
        int target = person[other];
        if (sole[lone] == -1) {
            sole[lone] = target;
        } else if (sole[lone] != target) {
            sole[lone] = -2;
        }
    }

    /**
     * Whether every record of one group may be one person with every record of the other, each list once:
     * no pair vetoed or called different, and either every pair plausible or one of them a match. A
     * person's records each keep part of the name (a Latin "Isa Abdullah Al Hilu" beside "عيسى أحمد
     * عبد الله الحلو" and "عيسى أحمد الحلو"), so a lone record may match one of them well and another
     * poorly; it was left alone because the sum over all of them fell below nothing, though it has no
     * one else to be (measured at 50,000 people, `bench link --diagnose`: 784 true pairs scored a match
     * were kept apart this way; 333 after).
     */
    private static boolean fit(List<RecordProfile> profiles, PairScorer scorer, double threshold, Decisions decisions,
                               List<Integer> left, List<Integer> right) {
        double best = 0;
        boolean all = true;
        for (int a : left) {
            String list = profiles.get(a).list();
            for (int b : right) {
                if (list != null && list.equals(profiles.get(b).list())) {
                    return false;
                }
                int pattern = PairPattern.of(profiles.get(a), profiles.get(b));
                if (scorer.neverOne(pattern, a, b) || decisions.areDifferent(a, b)) {
                    return false;
                }
                double p = scorer.probability(pattern, a, b);
                best = Math.max(best, p);
                all &= p >= PLAUSIBLE;
            }
        }
        return all || best >= threshold;
    }
}
