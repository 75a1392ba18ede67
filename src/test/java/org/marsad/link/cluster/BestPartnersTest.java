package org.marsad.link.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.link.VictimRecord;
import org.marsad.link.block.PairList;
import org.marsad.link.block.ScoredPairs;
import org.marsad.link.name.NameLexicon;
import org.marsad.link.score.RecordProfile;

class BestPartnersTest {

    @Test
    void letsARecordStartAMergeOnlyWithItsStrongestPartnerInAListUnlessTheListNamedThatPersonTwice() {
        List<VictimRecord> records = List.of(record("0", "a"), record("1", "b"), record("2", "b"), record("3", "b"));
        NameLexicon lexicon = NameLexicon.of(records);
        List<RecordProfile> profiles = records.stream().map(r -> RecordProfile.of(r, lexicon)).toList();
        // 0 of list a matches three records of list b; 1 and 3 are one person named twice by b, 2 a namesake
        ScoredPairs pairs = new ScoredPairs(
                new long[] {PairList.of(0, 1), PairList.of(0, 2), PairList.of(0, 3), PairList.of(1, 2), PairList.of(1, 3)},
                new int[5], new float[] {0.9f, 0.7f, 0.8f, 0.1f, 0.95f});
        BestPartners best = new BestPartners(profiles, pairs, pairs.strongestFirst(0.5));
        assertThat(best.startsMerge(0, 1, pairs, 0.5)).isTrue();
        assertThat(best.startsMerge(0, 2, pairs, 0.5)).isFalse();
        assertThat(best.startsMerge(0, 3, pairs, 0.5)).isTrue();
        assertThat(best.startsMerge(1, 3, pairs, 0.5)).isTrue();
    }

    private static VictimRecord record(String id, String list) {
        return new VictimRecord(id, "فاطمة حسن", list, null, null, null, null, null);
    }
}
