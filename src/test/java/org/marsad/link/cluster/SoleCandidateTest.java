package org.marsad.link.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.link.Decisions;
import org.marsad.link.Sex;
import org.marsad.link.VictimRecord;
import org.marsad.link.block.PairList;
import org.marsad.link.block.ScoredPairs;
import org.marsad.link.name.NameLexicon;
import org.marsad.link.score.NameRarity;
import org.marsad.link.score.PairPattern;
import org.marsad.link.score.PairScorer;
import org.marsad.link.score.PriorWeights;
import org.marsad.link.score.RecordProfile;

/** A record left alone joins the one person it may be, and no one when it may be several. */
class SoleCandidateTest {

    private static final double DOUBTFUL = 0.3;

    private static int[] joined(String... namesAndLists) {
        List<VictimRecord> records = new java.util.ArrayList<>();
        for (int k = 0; k < namesAndLists.length; k += 2) {
            records.add(new VictimRecord("" + k, namesAndLists[k], namesAndLists[k + 1], Sex.FEMALE, 30,
                    java.time.LocalDate.of(2024, 1, 1), null, null));
        }
        NameLexicon lexicon = NameLexicon.of(records);
        List<RecordProfile> profiles = records.stream().map(r -> RecordProfile.of(r, lexicon)).toList();
        PairScorer scorer = new PairScorer(profiles, PriorWeights.MODEL, NameRarity.of(profiles));
        // the first record beside each other one, every pair doubtful; the model finds each plausible
        long[] pairs = new long[records.size() - 1];
        int[] patterns = new int[pairs.length];
        float[] probabilities = new float[pairs.length];
        for (int k = 0; k < pairs.length; k++) {
            pairs[k] = PairList.of(0, k + 1);
            patterns[k] = PairPattern.of(profiles.get(0), profiles.get(k + 1));
            probabilities[k] = (float) DOUBTFUL;
            assertThat(scorer.probability(patterns[k], 0, k + 1)).isGreaterThanOrEqualTo(SoleCandidate.PLAUSIBLE);
        }
        int[] person = new int[records.size()];
        for (int i = 0; i < person.length; i++) {
            person[i] = i;
        }
        SoleCandidate.join(profiles, new ScoredPairs(pairs, patterns, probabilities), scorer, Decisions.none(), person);
        return person;
    }

    @Test
    void aNameCutShortJoinsTheOnlyPersonItMayBe() {
        int[] person = joined("زينب الدحدوح", "a", "زينب علي محمد الدحدوح", "b");
        assertThat(person[1]).isEqualTo(person[0]);
    }

    @Test
    void aNameCutShortThatMayBeTwoPeopleJoinsNeither() {
        int[] person = joined("زينب الدحدوح", "a", "زينب علي محمد الدحدوح", "b", "زينب سامي خالد الدحدوح", "c");
        assertThat(person).containsExactly(0, 1, 2);
    }

    @Test
    void aListNamesAVictimOnce() {
        int[] person = joined("زينب الدحدوح", "a", "زينب علي محمد الدحدوح", "a");
        assertThat(person).containsExactly(0, 1);
    }
}
