package org.marsad.link.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.link.VictimRecord;
import org.marsad.link.block.PairList;
import org.marsad.link.block.ScoredPairs;
import org.marsad.link.name.NameLexicon;
import org.marsad.link.score.RecordProfile;

/** A pair whose two families are matched by another pair is supported; a namesake of another family is not. */
class HouseholdsTest {

    private static final LocalDate DAY = LocalDate.of(2024, 2, 10);

    @Test
    void aPairIsSupportedWhenABrotherInEachListIsOnePerson() {
        List<VictimRecord> records = List.of(
                record("a0", "فاطمة محمد الحسن", "a", DAY), record("a1", "أحمد محمد الحسن", "a", DAY),
                record("b2", "فاطمة محمد الحسن", "b", DAY), record("b3", "أحمد محمد الحسن", "b", DAY),
                // a namesake of another family, alone in list b on the next day
                record("b4", "فاطمة محمد الحسن", "b", DAY.plusDays(1)),
                record("c5", "فاطمة محمد الحسن", "c", DAY), record("c6", "يوسف محمد الحسن", "c", DAY));
        NameLexicon lexicon = NameLexicon.of(records);
        List<RecordProfile> profiles = records.stream().map(r -> RecordProfile.of(r, lexicon)).toList();
        long[] pairs = {PairList.of(0, 2), PairList.of(0, 4), PairList.of(0, 5), PairList.of(1, 3), PairList.of(2, 5)};
        ScoredPairs scored = new ScoredPairs(pairs, new int[pairs.length], new float[] {0.4f, 0.4f, 0.4f, 0.9f, 0.4f});
        // the brothers a1 and b3 are one person: their sisters a0 and b2 are supported; the family of list c
        // has no one matched in another list, and b4 has no family
        assertThat(Households.supported(profiles, scored, 0.55)).containsExactly(PairList.of(0, 2));
        // without the brothers' match nothing is supported
        ScoredPairs weak = new ScoredPairs(pairs, new int[pairs.length], new float[] {0.4f, 0.4f, 0.4f, 0.5f, 0.4f});
        assertThat(Households.supported(profiles, weak, 0.55)).isEmpty();
    }

    private static VictimRecord record(String id, String name, String list, LocalDate day) {
        return new VictimRecord(id, name, list, null, null, day, "غزة", null);
    }
}
