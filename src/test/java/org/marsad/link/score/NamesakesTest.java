package org.marsad.link.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.link.Sex;
import org.marsad.link.VictimRecord;
import org.marsad.link.name.NameLexicon;

/** Agreeing on a name counts for less the more records of the lists bear it. */
class NamesakesTest {

    private static final LocalDate DAY = LocalDate.of(2024, 2, 10);
    // none is محمد: b1's father, whose full name no namesake shares
    private static final String[] FATHERS = {"أحمد", "علي", "خالد", "سامي", "يوسف", "عمر", "إبراهيم", "محمود",
        "حسين", "ماجد", "نبيل", "رائد", "وليد", "زياد", "طارق", "باسم", "جمال", "كمال", "هاني"};
    private static final String[] PLACES = {"غزة", "رفح", "خان يونس", "جباليا", "دير البلح", "بيت لاهيا"};

    /** The short name of list a, its full form in list b, and {@code namesakes} Fatimas Hasan more in list b. */
    private static List<VictimRecord> lists(int namesakes) {
        List<VictimRecord> records = new ArrayList<>();
        records.add(new VictimRecord("a1", "فاطمة حسن", "a", Sex.FEMALE, null, DAY, "غزة", null));
        records.add(new VictimRecord("b1", "فاطمة محمد علي حسن", "b", Sex.FEMALE, null, DAY, "غزة", null));
        // others of the lists, with names of their own
        records.add(new VictimRecord("a2", "سلمى يوسف الكرد", "a", Sex.FEMALE, 40, DAY.plusDays(30), "رفح", null));
        records.add(new VictimRecord("b2", "ريم خالد النجار", "b", Sex.FEMALE, 12, DAY.plusDays(60), "جباليا", null));
        for (int k = 0; k < namesakes; k++) {
            // namesakes of one family name die where and when the family lives: a third near the day, in Gaza
            LocalDate day = k % 3 == 0 ? DAY.plusDays(k % 5) : DAY.plusDays(20 + k % 200);
            String place = k % 3 == 0 ? "غزة" : PLACES[k % PLACES.length];
            records.add(new VictimRecord("n" + k, "فاطمة " + FATHERS[k % FATHERS.length] + " " + FATHERS[(k / 7) % FATHERS.length]
                    + " حسن", "b", Sex.FEMALE, 5 + k % 60, day, place, null));
        }
        return records;
    }

    private static double[] rivalsAndPenalty(int namesakes) {
        List<VictimRecord> records = lists(namesakes);
        NameLexicon lexicon = NameLexicon.of(records);
        List<RecordProfile> profiles = records.stream().map(r -> RecordProfile.of(r, lexicon)).toList();
        Namesakes counted = Namesakes.of(profiles);
        int pattern = PairPattern.of(profiles.get(0), profiles.get(1));
        return new double[] {counted.rivals(pattern, 0, 1), counted.penalty(pattern, 0, 1)};
    }

    @Test
    void aPairWithNoNamesakesKeepsItsOdds() {
        assertThat(rivalsAndPenalty(0)).containsExactly(0.0, 0.0);
    }

    @Test
    void theMoreNamesakesAListHoldsTheLessAgreeingOnTheNameSays() {
        double[] few = rivalsAndPenalty(10);
        double[] many = rivalsAndPenalty(300);
        assertThat(few[0]).isGreaterThan(0);
        assertThat(many[0]).isGreaterThan(few[0]);
        assertThat(many[1]).isGreaterThan(few[1]);
        // hundreds of Fatimas Hasan, a third of them about that day in Gaza: the pair is one of several
        assertThat(many[0]).isGreaterThan(1);
    }

    @Test
    void aFullNameSharedByNoOneElseMeetsNoRivals() {
        List<VictimRecord> records = lists(300);
        // the full name of b1 is the only one of its kind in list b: no namesake's father is محمد
        records.set(0, new VictimRecord("a1", "فاطمة محمد علي حسن", "a", Sex.FEMALE, null, DAY, "غزة", null));
        NameLexicon lexicon = NameLexicon.of(records);
        List<RecordProfile> profiles = records.stream().map(r -> RecordProfile.of(r, lexicon)).toList();
        Namesakes counted = Namesakes.of(profiles);
        int pattern = PairPattern.of(profiles.get(0), profiles.get(1));
        assertThat(counted.rivals(pattern, 0, 1)).isZero();
    }
}
