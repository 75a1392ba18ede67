package org.marsad.link.cluster;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.marsad.link.Decisions;
import org.marsad.link.block.PairList;
import org.marsad.link.block.ScoredPairs;
import org.marsad.link.score.PairPattern;
import org.marsad.link.score.PairScorer;
import org.marsad.link.score.RecordProfile;

/**
 * Moves single records to the person they fit best once clustering has merged: a record joined early to
 * the wrong person (a name cut short, "عمر محمد", taken for a namesake's) keeps its own person's other
 * records out of that person, and merges cannot undo it. A record moves when the log odds of its pairs
 * with the records of another person sum higher than with those of its own (the objective of correlation
 * clustering), and it may be one person with all of them. Records that people joined stay where they are.
 */
final class Reassignment {

    /** Passes over the records; moves settle within two or three. */
    private static final int PASSES = 3;
    /** Probabilities are clipped so that one pair weighs at most about nine nats either way. */
    private static final double CLIP = 1e-4;

    private final List<RecordProfile> profiles;
    private final PairScorer scorer;
    private final Decisions decisions;
    private final int[] person;
    /** The records of each person by the person's name, or null for one that holds only that record. */
    private final List<List<Integer>> members;

    private Reassignment(List<RecordProfile> profiles, PairScorer scorer, Decisions decisions, int[] person) {
        this.profiles = profiles;
        this.scorer = scorer;
        this.decisions = decisions;
        this.person = person;
        this.members = new ArrayList<>(java.util.Collections.nCopies(person.length, null));
        for (int i = 0; i < person.length; i++) {
            if (person[i] != i) {
                group(person[i]).add(i);
            }
        }
    }

    /**
     * Improves {@code person} in place (each record's person, named by a record of it) and names each
     * person again by its smallest record index.
     */
    static void improve(List<RecordProfile> profiles, ScoredPairs pairs, PairScorer scorer, double threshold,
                        Decisions decisions, int[] person) {
        Reassignment reassignment = new Reassignment(profiles, scorer, decisions, person);
        // each record's strong pairs with records of other persons, as arrays (compressed rows): at a
        // million records there are millions of them, too many for maps of boxed integers
        int[] degree = new int[person.length + 1];
        for (int k = 0; k < pairs.size(); k++) {
            if (pairs.probability(k) >= threshold && person[pairs.first(k)] != person[pairs.second(k)]) {
                degree[pairs.first(k)]++;
                degree[pairs.second(k)]++;
            }
        }
        int[] start = new int[person.length + 1];
        for (int i = 0; i < person.length; i++) {
            start[i + 1] = start[i] + degree[i];
        }
        int[] neighbours = new int[start[person.length]];
        int[] filled = java.util.Arrays.copyOf(start, person.length);
        for (int k = 0; k < pairs.size(); k++) {
            if (pairs.probability(k) >= threshold && person[pairs.first(k)] != person[pairs.second(k)]) {
                neighbours[filled[pairs.first(k)]++] = pairs.second(k);
                neighbours[filled[pairs.second(k)]++] = pairs.first(k);
            }
        }
        Set<Integer> pinned = new HashSet<>();
        for (long pair : decisions.samePairs()) {
            pinned.add(PairList.first(pair));
            pinned.add(PairList.second(pair));
        }
        int[] movable = java.util.stream.IntStream.range(0, person.length)
                .filter(r -> start[r + 1] > start[r] && !pinned.contains(r)).toArray();
        // after the first pass only records near a move are looked at again: their own person or one of
        // their neighbours' persons changed
        boolean[] changed = null;
        for (int pass = 0; pass < PASSES; pass++) {
            boolean[] changedNow = new boolean[person.length];
            int moves = 0;
            for (int record : movable) {
                if (changed != null && !near(record, changed, person, neighbours, start)) {
                    continue;
                }
                int own = person[record];
                if (reassignment.moveIfBetter(record, neighbours, start[record], start[record + 1])) {
                    changedNow[own] = true;
                    changedNow[person[record]] = true;
                    moves++;
                }
            }
            if (moves == 0) {
                break;
            }
            changed = changedNow;
        }
        reassignment.renameBySmallestRecord();
    }

    private static boolean near(int record, boolean[] changed, int[] person, int[] neighbours, int[] start) {
        if (changed[person[record]]) {
            return true;
        }
        for (int n = start[record]; n < start[record + 1]; n++) {
            if (changed[person[neighbours[n]]]) {
                return true;
            }
        }
        return false;
    }

    private boolean moveIfBetter(int record, int[] neighbours, int from, int to) {
        int own = person[record];
        double stay = fit(record, group(own));
        int best = own;
        double bestFit = stay;
        Set<Integer> tried = new HashSet<>();
        for (int n = from; n < to; n++) {
            int other = person[neighbours[n]];
            if (other == own || !tried.add(other)) {
                continue;
            }
            List<Integer> group = group(other);
            if (group.size() >= Clustering.LARGEST_PERSON) {
                continue;
            }
            double fit = fit(record, group);
            if (fit > bestFit) {
                best = other;
                bestFit = fit;
            }
        }
        if (best == own) {
            return false;
        }
        group(own).remove(Integer.valueOf(record));
        group(best).add(record);
        person[record] = best;
        return true;
    }

    /**
     * The sum of the log odds that the record is one person with each record of the group (itself left
     * out); minus infinity when it can never be one person with one of them.
     */
    private double fit(int record, List<Integer> group) {
        double sum = 0;
        for (int other : group) {
            if (other == record) {
                continue;
            }
            int pattern = PairPattern.of(profiles.get(record), profiles.get(other));
            if (scorer.neverOne(pattern, record, other)
                    || decisions.areDifferent(record, other)) {
                return Double.NEGATIVE_INFINITY;
            }
            double p = Math.min(1 - CLIP, Math.max(CLIP, scorer.probability(pattern, record, other)));
            sum += Math.log(p / (1 - p));
        }
        return sum;
    }

    /** The records of a person, made a list of its own the first time it is asked for. */
    private List<Integer> group(int name) {
        List<Integer> group = members.get(name);
        if (group == null) {
            group = new ArrayList<>(2);
            group.add(name);
            members.set(name, group);
        }
        return group;
    }

    private void renameBySmallestRecord() {
        for (List<Integer> group : members) {
            if (group == null || group.isEmpty()) {
                continue;
            }
            int name = group.stream().mapToInt(Integer::intValue).min().getAsInt();
            for (int record : group) {
                person[record] = name;
            }
        }
    }
}
