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
        NameLexicon names = lexicon("لينا", 12, "لين", 1, "قاسم", 10, "قسم", 3);
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

    @Test
    void onAListTooSmallToKnowWhichNameIsEstablishedOneLetterApartIsTwoPeople() {
        // a new observatory's first list: three brothers' records and one of a sister-in-law's; nothing is
        // written often enough to tell a slip from a second name, so the rare-spelling rule does not apply
        NameLexicon names = lexicon("حسن", 3, "حسين", 1, "هلا", 2, "حلا", 1);
        assertThat(NameComparator.level(names.part("حسين"), names.part("حسن"))).isEqualTo(NameComparator.DIFFERENT);
        assertThat(NameComparator.level(names.part("حلا"), names.part("هلا"))).isEqualTo(NameComparator.DIFFERENT);
    }
}
