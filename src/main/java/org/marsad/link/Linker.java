package org.marsad.link;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.marsad.link.block.Blocking;
import org.marsad.link.block.MemoryOrder;
import org.marsad.link.block.PairList;
import org.marsad.link.block.ScoredPairs;
import org.marsad.link.cluster.Clustering;
import org.marsad.link.cluster.Households;
import org.marsad.link.cluster.LoneGivenNames;
import org.marsad.link.name.NameLexicon;
import org.marsad.link.name.NameTokens;
import org.marsad.link.score.ExpectationMaximization;
import org.marsad.link.score.MatchModel;
import org.marsad.link.score.NameRarity;
import org.marsad.link.score.NeverOne;
import org.marsad.link.score.PairPattern;
import org.marsad.link.score.PairScorer;
import org.marsad.link.score.RecordProfile;

/**
 * Links victim records into persons: prepare every record, block into candidate pairs, compare, learn
 * the Fellegi–Sunter model from the pairs by EM, score, and cluster. Needs no labelled data and no
 * database.
 */
public final class Linker {

    /**
     * Pairs at or above this probability are linked, if the clustering finds them compatible. Measured
     * on 2026-12-03 at 0.45 / 0.5 / 0.55 / 0.6 / 0.65: our generator (10k people) F1 0.9714 / 0.9706 /
     * 0.9700 / 0.9695 / 0.9690; the independent generator (peers/, seeds 1 and 2) 0.9720 / 0.9734 /
     * 0.9745 / 0.9757 / 0.9757 and 0.9684 / 0.9713 / 0.9724 / 0.9721 / 0.9719; real names 0.9337 /
     * 0.9332 / 0.9364 / 0.9359 / 0.9341. 0.55 is best on average and on the worst of them; our own
     * generator, the one the linker was tuned on, alone prefers lower.
     */
    static final double MATCH = 0.55;

    private Linker() {
    }

    public static Linkage link(List<VictimRecord> records) {
        return link(records, Decisions.none());
    }

    /** The records' profiles in memory order, and the order. */
    private record Prepared(List<RecordProfile> profiles, MemoryOrder order) {
    }

    /**
     * Profiles the records. In a method of its own so that what only this step needs (the tokens, the
     * lexicon's indexes, the profiles in input order) is garbage once it returns, not held through the
     * whole linkage by the caller's local variables.
     */
    private static Prepared prepare(List<VictimRecord> records) {
        // each name is split into tokens once, for counting its spellings and for its profile
        List<List<String>> tokens = records.parallelStream()
                .map(r -> NameTokens.of(r.name())).toList();
        NameLexicon lexicon = NameLexicon.ofTokens(tokens, records.stream().map(VictimRecord::source).toList());
        List<RecordProfile> parsed = IntStream.range(0, records.size()).parallel()
                .mapToObj(i -> RecordProfile.of(records.get(i), tokens.get(i), lexicon)).toList();
        MemoryOrder order = MemoryOrder.of(parsed);
        return new Prepared(order.arrange(parsed), order);
    }

    /** Links the records, obeying what people decided about some of their pairs. */
    public static Linkage link(List<VictimRecord> records, Decisions decisions) {
        Stopwatch clock = new Stopwatch();
        Prepared prepared = prepare(records);
        MemoryOrder order = prepared.order();
        List<RecordProfile> profiles = prepared.profiles();
        Decisions decided = decisions.inMemory(order);
        clock.lap("names");
        Blocking.Candidates blocked = Blocking.candidatePairs(profiles);
        long[] candidates = blocked.pairs();
        clock.lap("blocking");
        int[] patterns = IntStream.range(0, candidates.length).parallel()
                .map(k -> PairPattern.of(profiles.get(PairList.first(candidates[k])),
                        profiles.get(PairList.second(candidates[k]))))
                .toArray();
        clock.lap("comparing");
        MatchModel model = ExpectationMaximization.fit(counts(patterns, blocked.teaching()));
        PairScorer modelled = new PairScorer(profiles, model, NameRarity.of(profiles));
        clock.lap("EM");
        float[] probabilities = new float[patterns.length];
        IntStream.range(0, patterns.length).parallel().forEach(k -> probabilities[k] = (float) modelled.probability(
                patterns[k], PairList.first(candidates[k]), PairList.second(candidates[k])));
        ScoredPairs scored = new ScoredPairs(candidates, patterns, probabilities);
        clock.lap("scoring");
        PairScorer byFamilies = withSupport(scored, modelled, Households.supported(profiles, scored, MATCH), Households.SUPPORT);
        PairScorer scorer = withSupport(scored, byFamilies, LoneGivenNames.supported(profiles, scored), LoneGivenNames.SUPPORT);
        clock.lap("families");
        int[] person = Clustering.persons(profiles, scored, scorer, MATCH, decided);
        clock.lap("clustering");
        return new Linkage(records, order.personsInInput(person), model, scored, order, clock.toString());
    }

    /**
     * The scorer that weighs the supported pairs (packed, sorted) higher by {@code support} log odds
     * (matched families: {@link Households}; given names alone: {@link LoneGivenNames}), and those pairs'
     * probabilities scored again with it, in place.
     */
    private static PairScorer withSupport(ScoredPairs scored, PairScorer scorer, long[] supported, double support) {
        if (supported.length == 0) {
            return scorer;
        }
        PairScorer supporting = scorer.withSupport(supported, support);
        for (long pair : supported) {
            int k = scored.indexOf(pair);
            scored.rescore(k, supporting.probability(scored.pattern(k), PairList.first(pair), PairList.second(pair)));
        }
        return supporting;
    }

    /**
     * How many teaching candidate pairs ({@link Blocking.Candidates}) have each pattern, leaving out
     * pairs that can never be one person ({@link NeverOne#conflict}): brothers killed together would
     * otherwise teach EM that "same father, family, date and place" is what a match looks like.
     */
    private static Map<Integer, Long> counts(int[] patterns, java.util.BitSet teaching) {
        // sorted, equal patterns lie together: counting runs costs far less than a map entry per pair
        int[] sorted = new int[teaching.cardinality()];
        int n = 0;
        for (int k = teaching.nextSetBit(0); k >= 0; k = teaching.nextSetBit(k + 1)) {
            sorted[n++] = patterns[k];
        }
        java.util.Arrays.parallelSort(sorted);
        Map<Integer, Long> counts = new HashMap<>();
        int start = 0;
        for (int end = 1; end <= sorted.length; end++) {
            if (end == sorted.length || sorted[end] != sorted[start]) {
                if (!NeverOne.conflict(sorted[start])) {
                    counts.put(sorted[start], (long) (end - start));
                }
                start = end;
            }
        }
        return counts;
    }
}
