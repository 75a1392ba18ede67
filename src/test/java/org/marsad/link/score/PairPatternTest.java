package org.marsad.link.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marsad.link.LabelledVictim;
import org.marsad.link.VictimRecord;
import org.marsad.link.name.NameLexicon;
import org.marsad.link.synthetic.SyntheticLists;

class PairPatternTest {

    @Test
    void spelledOutPatternIsTheComparatorsPattern() {
        List<VictimRecord> records = SyntheticLists.generate(2_000, 4, 7).stream().map(LabelledVictim::record).toList();
        NameLexicon lexicon = NameLexicon.of(records);
        List<RecordProfile> profiles = records.stream().map(r -> RecordProfile.of(r, lexicon)).toList();
        Random random = new Random(1);
        int disagreeing = 0;
        for (int draw = 0; draw < 20_000; draw++) {
            RecordProfile a = profiles.get(random.nextInt(profiles.size()));
            // half the pairs are neighbours in the generated order, which share more fields
            int k = random.nextBoolean() ? random.nextInt(profiles.size()) : Math.min(profiles.size() - 1, draw % profiles.size() + 1);
            RecordProfile b = profiles.get(k);
            int pattern = PairPattern.of(a, b);
            assertThat(pattern).isEqualTo(PairPattern.viaFields(a, b));
            if (PairPattern.level(pattern, PairPattern.FATHER) == NameComparator.DIFFERENT
                    || PairPattern.level(pattern, PairPattern.GIVEN) == NameComparator.DIFFERENT) {
                disagreeing++;
            }
        }
        // the draws cover agreeing and disagreeing fields, not only missing ones
        assertThat(disagreeing).isGreaterThan(1_000);
    }
}
