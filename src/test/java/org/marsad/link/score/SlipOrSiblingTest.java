package org.marsad.link.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.link.VictimRecord;
import org.marsad.link.name.NameLexicon;

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

    @Test
    void aSpellingThatIsNoNameOneLetterFromANameIsASlipEvenOnASmallList() {
        // فاد, عار, خال are no names (KnownNames); on a list this small no count can say it
        NameLexicon names = lexicon("فادي", 2, "فاد", 1, "عمار", 1, "عار", 1, "خالد", 3, "خال", 1);
        assertThat(NameComparator.level(names.part("فاد"), names.part("فادي"))).isEqualTo(NameComparator.SIMILAR);
        assertThat(NameComparator.level(names.part("عار"), names.part("عمار"))).isEqualTo(NameComparator.SIMILAR);
        assertThat(NameComparator.level(names.part("خال"), names.part("خالد"))).isEqualTo(NameComparator.SIMILAR);
    }

    @Test
    void aLetterWrittenTwiceIsASlipOfTheSpellingWithItOnce() {
        // تتسنيم and هيثثم: Arabic writes a doubled consonant once; زززز is no name, and neither is زز
        NameLexicon names = lexicon("تسنيم", 2, "تتسنيم", 1, "قحطوم", 1, "قحططوم", 1);
        assertThat(NameComparator.level(names.part("تتسنيم"), names.part("تسنيم"))).isEqualTo(NameComparator.SIMILAR);
        assertThat(NameComparator.level(names.part("قحططوم"), names.part("قحطوم"))).isEqualTo(NameComparator.SIMILAR);
    }

    @Test
    void twoSlipsOfOneNameAreSimilarThoughTwoLettersApart() {
        NameLexicon names = lexicon("فاطمه", 5, "خاطمه", 1, "فاطه", 1, "ضياء", 4, "ضخاء", 1, "ضاء", 1);
        assertThat(NameComparator.level(names.part("خاطمه"), names.part("فاطه"))).isEqualTo(NameComparator.SIMILAR);
        assertThat(NameComparator.level(names.part("ضخاء"), names.part("ضاء"))).isEqualTo(NameComparator.SIMILAR);
    }

    @Test
    void aNameNoListHoldsWrittenAsOftenAsItsNeighbourIsAName() {
        // صلاخ is no known name, but written as often as صلاح it is one (as فلاح is); سعيدد, written 12
        // times, would have to be three times rarer than سعيد to be a slip of it
        NameLexicon names = lexicon("صلاح", 30, "صلاخ", 30, "سعيد", 30, "سعيدد", 12);
        assertThat(NameComparator.level(names.part("صلاح"), names.part("صلاخ"))).isEqualTo(NameComparator.DIFFERENT);
        assertThat(NameComparator.level(names.part("سعيد"), names.part("سعيدد"))).isEqualTo(NameComparator.DIFFERENT);
    }

    @Test
    void twoNamesBothKnownStayTwoNamesHoweverRare() {
        NameLexicon names = lexicon("ريم", 1, "مريم", 1, "سعد", 1, "سعيد", 2);
        assertThat(NameComparator.level(names.part("ريم"), names.part("مريم"))).isEqualTo(NameComparator.DIFFERENT);
        assertThat(NameComparator.level(names.part("سعد"), names.part("سعيد"))).isEqualTo(NameComparator.DIFFERENT);
    }

    @Test
    void aRareSpellingOneLetterFromANameNoListHoldsIsASlipOfIt() {
        // طدقان and ملطان are no names the linker knows (a fifth of a real list's are not); their slips are
        // rarer still, and no longer a veto on their own records
        NameLexicon names = lexicon("طدقان", 2, "طدقن", 1, "ملطان", 2, "ملان", 1, "خامكه", 2, "خامك", 1);
        assertThat(NameComparator.level(names.part("طدقن"), names.part("طدقان"))).isEqualTo(NameComparator.SIMILAR);
        assertThat(NameComparator.level(names.part("ملان"), names.part("ملطان"))).isEqualTo(NameComparator.SIMILAR);
        assertThat(NameComparator.level(names.part("خامك"), names.part("خامكه"))).isEqualTo(NameComparator.SIMILAR);
    }

    @Test
    void findsTheNameASlipIsOfWhenCommonerSpellingsShareTheEdit() {
        // without its second letter مطال is مال, as جمال and امال are: the slip is still read as one of مشال
        NameLexicon names = lexicon("مشال", 4, "مطال", 1, "جمال", 40, "امال", 12, "منال", 9, "كمال", 8, "مال", 3);
        assertThat(NameComparator.level(names.part("مطال"), names.part("مشال"))).isEqualTo(NameComparator.SIMILAR);
    }

    @Test
    void aSpellingWrittenMoreOftenThanItsNeighbourIsNoSlipOfIt() {
        // ملطان written 12 times is a name however rare ملطن is beside it; and of two unknown spellings
        // the commoner is no slip of the rarer
        NameLexicon names = lexicon("ملطان", 12, "ملطن", 40, "طدقان", 3, "طدقن", 1);
        assertThat(names.part("ملطان").slipOf()).doesNotContain("ملطن");
        assertThat(names.part("طدقان").slipOf()).isEmpty();
        assertThat(names.part("طدقن").slipOf()).containsExactly("طدقان");
    }

    @Test
    void brothersBearingKnownNamesStayApartWhateverTheirCounts() {
        // حسين once beside حسن once: both are names people bear, so neither is a slip of the other
        NameLexicon names = lexicon("حسن", 1, "حسين", 1, "سعد", 1, "سعيد", 1, "نور", 2, "نوري", 1);
        assertThat(NameComparator.level(names.part("حسين"), names.part("حسن"))).isEqualTo(NameComparator.DIFFERENT);
        assertThat(NameComparator.level(names.part("سعد"), names.part("سعيد"))).isEqualTo(NameComparator.DIFFERENT);
    }

    @Test
    void anArabicSlipIsSimilarToTheLatinSpellingOfItsName() {
        NameLexicon names = lexicon("مصطفى", 3, "مصطى", 1, "Mustafa", 2, "Hussein", 3, "حسن", 4);
        assertThat(NameComparator.level(names.part("مصطي"), names.part("mustafa"))).isEqualTo(NameComparator.SIMILAR);
        // Hussein writes حسين, a name people bear: beside حسن it is a brother, not a slip
        assertThat(NameComparator.level(names.part("حسن"), names.part("hussein"))).isEqualTo(NameComparator.DIFFERENT);
    }

    @Test
    void aLatinSpellingOfNoNameOneLetterFromAnArabicSkeletonIsASlip() {
        // Jzsrh (machine romanization of a slipped جاسره) writes no name of the records nor any name people
        // bear; Hsyn writes حسين, which people bear, and stays apart from حسن
        NameLexicon names = lexicon("جاسرة", 3, "Jzsrh", 1, "حسن", 4, "Hsyn", 1, "مصطفى", 3, "Mtfa", 1);
        assertThat(NameComparator.level(names.part("جاسره"), names.part("jzsrh"))).isEqualTo(NameComparator.SIMILAR);
        assertThat(NameComparator.level(names.part("مصطفي"), names.part("mtfa"))).isEqualTo(NameComparator.SIMILAR);
        assertThat(NameComparator.level(names.part("حسن"), names.part("hsyn"))).isEqualTo(NameComparator.DIFFERENT);
    }
}
