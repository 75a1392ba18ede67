package org.marsad.link;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Links victim records into persons: prepare every record, block into candidate pairs, compare, learn
 * the Fellegi–Sunter model from the pairs by EM, score, and cluster. Needs no labelled data and no
 * database.
 */
public final class Linker {

    /** Pairs at or above this probability are linked, if the clustering finds them compatible. */
    static final double MATCH = 0.3;

    /** Random pairs drawn to estimate u, what agreement by chance looks like. */
    private static final int RANDOM_PAIRS = 100_000;

    private Linker() {
    }

    public static Linkage link(List<VictimRecord> records) {
        NameLexicon lexicon = NameLexicon.of(records);
        List<RecordProfile> profiles = records.parallelStream().map(r -> RecordProfile.of(r, lexicon)).toList();
        long[] candidates = Blocking.candidatePairs(profiles);
        int[] patterns = IntStream.range(0, candidates.length).parallel()
                .map(k -> PairPattern.of(profiles.get(PairList.first(candidates[k])),
                        profiles.get(PairList.second(candidates[k]))))
                .toArray();
        MatchModel model = ExpectationMaximization.fit(counts(patterns), chanceAgreement(profiles));
        Map<Integer, Float> byPattern = new HashMap<>();
        float[] probabilities = new float[patterns.length];
        for (int k = 0; k < patterns.length; k++) {
            probabilities[k] = byPattern.computeIfAbsent(patterns[k],
                    p -> Clustering.conflict(p) ? 0f : (float) model.probability(p));
        }
        ScoredPairs scored = new ScoredPairs(candidates, patterns, probabilities);
        int[] person = Clustering.persons(profiles, scored, model, MATCH);
        return new Linkage(records, person, model, scored);
    }

    /**
     * How many candidate pairs have each pattern, leaving out pairs that can never be one person
     * ({@link Clustering#conflict}): brothers killed together would otherwise teach EM that "same father,
     * family, date and place" is what a match looks like.
     */
    private static Map<Integer, Long> counts(int[] patterns) {
        Map<Integer, Long> counts = new HashMap<>();
        for (int pattern : patterns) {
            if (!Clustering.conflict(pattern)) {
                counts.merge(pattern, 1L, Long::sum);
            }
        }
        return counts;
    }

    /** u per field and level from random pairs, almost all of which are different people. */
    private static double[][] chanceAgreement(List<RecordProfile> profiles) {
        List<FieldComparator> fields = PairPattern.FIELDS;
        double[][] u = new double[fields.size()][];
        for (int field = 0; field < fields.size(); field++) {
            u[field] = new double[fields.get(field).levels().size()];
            java.util.Arrays.fill(u[field], 1.0);
        }
        Random random = new Random(42);
        int n = profiles.size();
        for (int draw = 0; n > 1 && draw < RANDOM_PAIRS; draw++) {
            int pattern = PairPattern.of(profiles.get(random.nextInt(n)), profiles.get(random.nextInt(n)));
            for (int field = 0; field < fields.size(); field++) {
                int level = PairPattern.level(pattern, field);
                if (level != FieldComparator.MISSING) {
                    u[field][level]++;
                }
            }
        }
        for (double[] levels : u) {
            double sum = java.util.Arrays.stream(levels).sum();
            for (int level = 0; level < levels.length; level++) {
                levels[level] /= sum;
            }
        }
        return u;
    }
}
