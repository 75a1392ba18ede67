package org.marsad.link.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.link.VictimRecord;
import org.marsad.link.name.NameLexicon;

/**
 * Names of brothers and sisters that a slip could also make: two names people bear, each written often,
 * are two names however much commoner one is (أحمد and حامد, محمد and حمد), and Latin's gh is غ, never ج
 * (Ghina is not جنى), though the consonant skeleton reads them alike.
 */
class BrothersNamesTest {

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

    private static int level(NameLexicon names, String a, String b) {
        return NameComparator.level(names.part(a), names.part(b));
    }

    @Test
    void twoEstablishedNamesAreTwoNamesThoughOneIsTwentyTimesCommoner() {
        // measured on SecondHandLists at 2,000 people: أحمد 441 times, حامد 21
        NameLexicon names = lexicon("احمد", 441, "حامد", 21, "محمد", 800, "محمود", 30);
        assertThat(level(names, "حامد", "احمد")).isEqualTo(NameComparator.DIFFERENT);
        assertThat(level(names, "محمود", "محمد")).isEqualTo(NameComparator.DIFFERENT);
    }

    @Test
    void aLatinSpellingOfAnEstablishedNameIsNotASlipOfItsBrothersName() {
        NameLexicon names = lexicon("احمد", 441, "حامد", 21, "Hamed", 3, "Ahmed", 50);
        assertThat(level(names, "hamed", "احمد")).isEqualTo(NameComparator.DIFFERENT);
        assertThat(level(names, "ahmed", "حامد")).isEqualTo(NameComparator.DIFFERENT);
        assertThat(level(names, "hamed", "حامد")).isNotEqualTo(NameComparator.DIFFERENT);
    }

    @Test
    void aSlipThatLeavesANameSeldomWrittenIsStillASlip() {
        // حمد beside محمد: three times, or a slip's share of a common name's records (about a hundredth)
        NameLexicon names = lexicon("محمد", 800, "حمد", 3);
        assertThat(level(names, "حمد", "محمد")).isEqualTo(NameComparator.SIMILAR);
        NameLexicon larger = lexicon("محمد", 3200, "حمد", 41);
        assertThat(level(larger, "حمد", "محمد")).isEqualTo(NameComparator.SIMILAR);
    }

    @Test
    void latinGhWritesGhaynAndNeverJim() {
        NameLexicon names = lexicon("جني", 36, "غني", 37, "Ghina", 8, "Jana", 3, "Ghna", 4, "غاده", 20, "Ghada", 5);
        assertThat(level(names, "ghina", "جني")).isEqualTo(NameComparator.DIFFERENT);
        assertThat(level(names, "ghna", "جني")).isEqualTo(NameComparator.DIFFERENT);
        assertThat(level(names, "jana", "غني")).isEqualTo(NameComparator.DIFFERENT);
        assertThat(level(names, "jana", "ghina")).isEqualTo(NameComparator.DIFFERENT);
        assertThat(level(names, "ghina", "غني")).isNotEqualTo(NameComparator.DIFFERENT);
        assertThat(level(names, "jana", "جني")).isNotEqualTo(NameComparator.DIFFERENT);
        assertThat(level(names, "ghada", "غاده")).isNotEqualTo(NameComparator.DIFFERENT);
    }

    @Test
    void egyptianGStillWritesJim() {
        NameLexicon names = lexicon("جمال", 20, "Gamal", 3, "Jamal", 5);
        assertThat(level(names, "gamal", "جمال")).isEqualTo(NameComparator.SAME_SKELETON);
        assertThat(level(names, "gamal", "jamal")).isEqualTo(NameComparator.SAME_SKELETON);
    }
}
