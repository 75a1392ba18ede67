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
        SoleCandidate.join(profiles, new ScoredPairs(pairs, patterns, probabilities), scorer, 0.55, Decisions.none(), person);
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

    /**
     * A record that dropped the father ("عيسى خالد الحلو") matches the full name of its person well and the
     * short copy that kept the father ("عيسى أحمد الحلو") poorly; it has no one else to be, and joins.
     * A record its person can never be (another sex) keeps it out.
     */
    @Test
    void aLoneRecordJoinsThePersonOneOfWhoseRecordsItMatchesWhenNoneIsAgainstIt() {
        int[] joined = lonePlusPerson(Sex.MALE);
        assertThat(joined[0]).isEqualTo(joined[1]);
        int[] kept = lonePlusPerson(Sex.FEMALE);
        assertThat(kept[0]).isNotEqualTo(kept[1]);
    }

    private static int[] lonePlusPerson(Sex ofShortCopy) {
        java.time.LocalDate day = java.time.LocalDate.of(2024, 11, 24);
        List<VictimRecord> records = List.of(
                new VictimRecord("0", "عيسى خالد الحلو", "a", Sex.MALE, 14, day, "جباليا", null),
                new VictimRecord("1", "عيسى أحمد خالد الحلو", "b", null, 14, day, "جباليا", null),
                new VictimRecord("2", "عيسى أحمد الحلو", "c", ofShortCopy, null, null, null, null));
        NameLexicon lexicon = NameLexicon.of(records);
        List<RecordProfile> profiles = records.stream().map(r -> RecordProfile.of(r, lexicon)).toList();
        PairScorer scorer = new PairScorer(profiles, PriorWeights.MODEL, NameRarity.of(profiles));
        long[] pairs = {PairList.of(0, 1), PairList.of(0, 2), PairList.of(1, 2)};
        int[] patterns = new int[pairs.length];
        float[] probabilities = new float[pairs.length];
        for (int k = 0; k < pairs.length; k++) {
            int a = PairList.first(pairs[k]);
            int b = PairList.second(pairs[k]);
            patterns[k] = PairPattern.of(profiles.get(a), profiles.get(b));
            probabilities[k] = (float) scorer.probability(patterns[k], a, b);
        }
        assertThat(probabilities[0]).as("the full name").isGreaterThanOrEqualTo(0.55f);
        if (ofShortCopy == Sex.MALE) {
            assertThat(probabilities[1]).as("the copy with the father").isLessThan((float) SoleCandidate.PLAUSIBLE);
        }
        int[] person = {0, 1, 1};
        SoleCandidate.join(profiles, new ScoredPairs(pairs, patterns, probabilities), scorer, 0.55, Decisions.none(), person);
        return person;
    }
}
