package org.marsad.link.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.link.Sex;
import org.marsad.link.VictimRecord;
import org.marsad.link.block.PairList;
import org.marsad.link.block.ScoredPairs;
import org.marsad.link.name.NameLexicon;
import org.marsad.link.score.PairPattern;
import org.marsad.link.score.RecordProfile;

/** Two records named by a given name alone are supported only when nothing else that day may be either. */
class LoneGivenNamesTest {

    private static final LocalDate DAY = LocalDate.of(2023, 11, 2);

    @Test
    void supportsAGivenNameAloneWhenEachListHoldsNoOtherThatDay() {
        List<VictimRecord> records = List.of(
                record("a0", "أحمد", "a", Sex.MALE, null, DAY), record("b1", "Ahmed", "b", Sex.MALE, null, DAY),
                // another day, another age, another list's second lone Salma
                record("b2", "Ahmed", "b", Sex.MALE, null, DAY.plusDays(3)),
                record("a3", "سلمى", "a", Sex.FEMALE, 4, DAY), record("b4", "Salma", "b", Sex.FEMALE, 9, DAY),
                record("a5", "رامي", "a", Sex.MALE, null, DAY), record("b6", "Rami", "b", Sex.MALE, null, DAY),
                record("a7", "رامي", "a", Sex.MALE, null, DAY));
        assertThat(supported(records, new int[][] {{0, 1}, {0, 2}, {3, 4}, {5, 6}, {6, 7}}))
                .containsExactly(PairList.of(0, 1));
    }

    @Test
    void supportsNoGivenNameAloneBesideANamesakeNamedInFullThatDay() {
        List<VictimRecord> records = List.of(
                record("a0", "أحمد", "a", Sex.MALE, null, DAY), record("b1", "Ahmed", "b", Sex.MALE, null, DAY),
                record("a2", "أحمد مازن الخطيب", "a", Sex.MALE, null, DAY),
                record("b3", "Ahmed Mazen Al-Khatib", "b", Sex.MALE, null, DAY));
        assertThat(supported(records, new int[][] {{0, 1}, {2, 3}})).isEmpty();
        // nor a kinship or a name of two parts
        List<VictimRecord> named = List.of(
                record("a0", "زوجته", "a", Sex.FEMALE, null, DAY), record("b1", "His wife", "b", Sex.FEMALE, null, DAY),
                record("a2", "أحمد الخطيب", "a", Sex.MALE, null, DAY), record("b3", "Ahmed", "b", Sex.MALE, null, DAY));
        assertThat(supported(named, new int[][] {{0, 1}, {2, 3}})).isEmpty();
    }

    private static long[] supported(List<VictimRecord> records, int[][] candidates) {
        NameLexicon lexicon = NameLexicon.of(records);
        List<RecordProfile> profiles = records.stream().map(r -> RecordProfile.of(r, lexicon)).toList();
        long[] pairs = new long[candidates.length];
        int[] patterns = new int[candidates.length];
        for (int k = 0; k < candidates.length; k++) {
            pairs[k] = PairList.of(candidates[k][0], candidates[k][1]);
            patterns[k] = PairPattern.of(profiles.get(candidates[k][0]), profiles.get(candidates[k][1]));
        }
        return LoneGivenNames.supported(profiles, new ScoredPairs(pairs, patterns, new float[candidates.length]));
    }

    private static VictimRecord record(String id, String name, String list, Sex sex, Integer age, LocalDate day) {
        return new VictimRecord(id, name, list, sex, age, day, null, null);
    }
}
