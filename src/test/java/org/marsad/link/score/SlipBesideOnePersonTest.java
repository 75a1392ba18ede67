package org.marsad.link.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.link.VictimRecord;
import org.marsad.link.name.NameLexicon;

/**
 * A given name with a slip that the lists' counts cannot call one (the slip is written once, but so is
 * its name: "Rkb" beside رجب) does not veto a pair whose age, father and family agree; brothers, who
 * share father, family and day but not age, and a slip that leaves a name people bear, stay apart.
 */
class SlipBesideOnePersonTest {

    private static final LocalDate DAY = LocalDate.of(2023, 10, 15);

    private static int given(String first, Integer firstAge, String second, Integer secondAge) {
        List<VictimRecord> records = new ArrayList<>();
        records.add(new VictimRecord("a", first, "ministry", null, firstAge, DAY, null, null));
        records.add(new VictimRecord("b", second, "english", null, secondAge, DAY, null, null));
        // the names of the lists around them: on large lists nearly every short Latin skeleton writes some
        // name of the records (Rkb writes ركاب), so the spelling alone no longer says slip
        for (int i = 0; i < 84; i++) {
            records.add(new VictimRecord("r" + i, List.of("رجب", "نضال", "ركاب", "حسن", "حسين", "احمد", "حمد").get(i % 7)
                    + " عادل العمرين", "families", null, null, null, null, null));
        }
        NameLexicon lexicon = NameLexicon.of(records);
        RecordProfile a = RecordProfile.of(records.get(0), lexicon);
        RecordProfile b = RecordProfile.of(records.get(1), lexicon);
        int level = NameComparator.givens(a, b);
        assertThat(PairPattern.level(PairPattern.of(a, b), PairPattern.GIVEN)).isEqualTo(level);
        return level;
    }

    @Test
    void aSlipInTheGivenNameDoesNotOutvoteAgeFatherAndFamily() {
        // ج written k (Latin letter by letter), ض written د
        assertThat(given("رجب عادل حسن أبو العمرين", 3, "Rkb Aadl Hsn Abw-al-amryn", 3)).isEqualTo(NameComparator.SIMILAR);
        assertThat(given("نضال رامي الاسطل", 15, "ندال رامي الاسطل", 15)).isEqualTo(NameComparator.SIMILAR);
        assertThat(NeverOne.conflict(PairPattern.GIVEN)).isFalse();
    }

    @Test
    void brothersAndTwinsStayTwo() {
        // the same slip with ages apart: brothers killed together share all but the given name and age
        assertThat(given("رجب عادل حسن أبو العمرين", 3, "Rkb Aadl Hsn Abw-al-amryn", 9)).isEqualTo(NameComparator.DIFFERENT);
        // no age on one side: nothing tells a slip from a brother
        assertThat(given("رجب عادل حسن أبو العمرين", 3, "Rkb Aadl Hsn Abw-al-amryn", null)).isEqualTo(NameComparator.DIFFERENT);
        // twins of one age named حسن and حسين: two names people bear
        assertThat(given("حسن عادل العمرين", 7, "حسين عادل العمرين", 7)).isEqualTo(NameComparator.DIFFERENT);
        // a Latin slip that writes a name of the lists that people bear (Hamd, حمد) is as likely a brother
        assertThat(given("احمد عادل العمرين", 7, "Hamd Adel Al-Omrain", 7)).isEqualTo(NameComparator.DIFFERENT);
    }

    @Test
    void anotherFamilyOrFatherIsAnotherPerson() {
        assertThat(given("رجب عادل حسن أبو العمرين", 3, "Rkb Aadl Hsn Al-Masry", 3)).isEqualTo(NameComparator.DIFFERENT);
        assertThat(given("رجب عادل أبو العمرين", 3, "Rkb Khaled Abw-al-amryn", 3)).isEqualTo(NameComparator.DIFFERENT);
    }
}
