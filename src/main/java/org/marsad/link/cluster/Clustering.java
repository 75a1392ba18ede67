package org.marsad.link.cluster;

import java.util.ArrayList;
import java.util.List;
import org.marsad.link.Decisions;
import org.marsad.link.block.PairList;
import org.marsad.link.block.ScoredPairs;
import org.marsad.link.score.PairPattern;
import org.marsad.link.score.PairScorer;
import org.marsad.link.score.RecordProfile;

/**
 * Groups records into persons from scored pairs, strongest pair first; a pair starts a merge only when
 * each record is the other's strongest partner in its list ({@link BestPartners}). Two groups merge only when every
 * record of one is compatible with every record of the other and their pairs are on average a match
 * (average linkage) or none of them is against it, so one weak or wrong pair cannot chain two people
 * together. Records whose given
 * names or sex clearly differ are never one person: that keeps brothers and sisters killed together,
 * who share father, family, date and place, apart. Then single records move to the person they fit best
 * ({@link Reassignment}), and a record left alone joins the one person it may be ({@link SoleCandidate}).
 */
public final class Clustering {

    /**
     * Most records one person may gather: one or two from each of several dozen lists. Beyond it a
     * cluster is a chain of different people, and checking every pair of a merge would grow with its
     * square.
     */
    static final int LARGEST_PERSON = 64;

    /**
     * Two groups whose pairs are on average below the threshold still merge when none of their pairs is
     * below this: a name cut short ("زينب مهند محمد") matches its full form well and the Latin spelling
     * of it only fairly, which is no evidence of two people. Generated 10k F1 0.961 -> 0.962, 50k people
     * 0.922 -> 0.924 at 0.2 (0.1 let wrong merges through: precision 0.982 -> 0.979).
     */
    static final double NO_PAIR_AGAINST = 0.2;

    private final List<RecordProfile> profiles;
    private final PairScorer scorer;
    private final double threshold;
    private final int[] root;
    private final List<List<Integer>> members;
    private final Decisions decisions;

    private Clustering(List<RecordProfile> profiles, PairScorer scorer, double threshold, Decisions decisions) {
        this.profiles = profiles;
        this.scorer = scorer;
        this.threshold = threshold;
        this.decisions = decisions;
        this.root = new int[profiles.size()];
        this.members = new ArrayList<>(profiles.size());
        for (int i = 0; i < root.length; i++) {
            root[i] = i;
            members.add(null);
        }
    }

    /**
     * @return for every record, the smallest index of a record of the same person
     */
    public static int[] persons(List<RecordProfile> profiles, ScoredPairs pairs, PairScorer scorer, double threshold,
                         Decisions decisions) {
        Clustering clustering = new Clustering(profiles, scorer, threshold, decisions);
        // people's decisions first: a confirmed pair is one person whatever the model says
        for (long pair : decisions.samePairs()) {
            clustering.join(clustering.find(PairList.first(pair)), clustering.find(PairList.second(pair)));
        }
        int[] strongest = pairs.strongestFirst(threshold);
        BestPartners best = new BestPartners(profiles, pairs, strongest);
        for (int k : strongest) {
            int a = pairs.first(k);
            int b = pairs.second(k);
            if (best.startsMerge(a, b, pairs, threshold)) {
                clustering.mergeIfCompatible(a, b);
            }
        }
        int[] person = new int[profiles.size()];
        for (int i = 0; i < person.length; i++) {
            person[i] = clustering.find(i);
        }
        Reassignment.improve(profiles, pairs, scorer, threshold, decisions, person);
        SoleCandidate.join(profiles, pairs, scorer, threshold, decisions, person);
        return person;
    }

    private void mergeIfCompatible(int a, int b) {
        int x = find(a);
        int y = find(b);
        if (x == y) {
            return;
        }
        List<Integer> left = group(x);
        List<Integer> right = group(y);
        if (left.size() + right.size() > LARGEST_PERSON) {
            return;
        }
        double sum = 0;
        double min = 1;
        for (int i : left) {
            for (int j : right) {
                int pattern = PairPattern.of(profiles.get(i), profiles.get(j));
                if (scorer.neverOne(pattern, i, j) || decisions.areDifferent(i, j)) {
                    return;
                }
                double p = scorer.probability(pattern, i, j);
                sum += p;
                min = Math.min(min, p);
            }
        }
        if (sum / ((double) left.size() * right.size()) < threshold && min < NO_PAIR_AGAINST) {
            return;
        }
        join(x, y);
    }

    private void join(int x, int y) {
        if (x == y) {
            return;
        }
        List<Integer> left = group(x);
        List<Integer> right = group(y);
        int kept = Math.min(x, y);
        int joined = Math.max(x, y);
        root[joined] = kept;
        List<Integer> union = new ArrayList<>(left);
        union.addAll(right);
        members.set(kept, union);
        members.set(joined, null);
    }

    private List<Integer> group(int rootIndex) {
        List<Integer> group = members.get(rootIndex);
        return group == null ? List.of(rootIndex) : group;
    }

    private int find(int i) {
        int r = i;
        while (root[r] != r) {
            r = root[r];
        }
        while (root[i] != r) {
            int next = root[i];
            root[i] = r;
            i = next;
        }
        return r;
    }
}
