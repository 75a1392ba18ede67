package org.marsad.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A given name with a letter dropped, doubled or replaced is a slip when it is rare beside the name it
 * is one letter from; two names one letter apart that are both established are two people (brothers
 * حسن and حسين).
 */
class SlipOrSiblingTest {

    private static NameLexicon lexicon(Object... spellingsAndTimes) {
        List<VictimRecord> records = new ArrayList<>();
        for (int k = 0; k < spellingsAndTimes.length; k += 2) {
            for (int time = 0; time < (Integer) spellingsAndTimes[k + 1]; time++) {
                records.add(new VictimRecord(k + "-" + time, (String) spellingsAndTimes[k], "a", null, null, null,
                        null, null));
            }
        }
        return NameLexicon.of(records);
    }

    @Test
    void aRareSpellingOneLetterFromANameIsASlipOfIt() {
        NameLexicon names = lexicon("لينا", 12, "لين", 1, "قاسم", 6, "قسم", 2);
        assertThat(NameComparator.level(names.part("لين"), names.part("لينا"))).isEqualTo(NameComparator.SIMILAR);
        assertThat(NameComparator.level(names.part("قسم"), names.part("قاسم"))).isEqualTo(NameComparator.SIMILAR);
    }

    @Test
    void twoEstablishedNamesOneLetterApartAreTwoPeople() {
        NameLexicon names = lexicon("حسن", 40, "حسين", 12, "محمد", 90, "محمود", 25, "هلا", 5, "حلا", 4);
        assertThat(NameComparator.level(names.part("حسن"), names.part("حسين"))).isEqualTo(NameComparator.DIFFERENT);
        assertThat(NameComparator.level(names.part("محمد"), names.part("محمود"))).isEqualTo(NameComparator.DIFFERENT);
        assertThat(NameComparator.level(names.part("هلا"), names.part("حلا"))).isEqualTo(NameComparator.DIFFERENT);
    }
}
