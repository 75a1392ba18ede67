package org.marsad.link.name;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.link.VictimRecord;

/**
 * Arabic spellings that came back from Latin (Arabic → English → Arabic): the emphatic letters, ح and ع
 * lost, short vowels written as long letters or left out. They are the name they came from, not its
 * brother's name.
 */
class BackFromLatinTest {

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

    private static boolean same(NameLexicon names, String a, String b) {
        return BackFromLatin.sameName(names.part(a), names.part(b));
    }

    @Test
    void aSpellingBackFromLatinIsTheNameItCameFrom() {
        NameLexicon names = lexicon("محمد", 50, "موهاميد", 1, "مهمد", 1, "صالح", 20, "ساليه", 1, "نعيم", 10, "نايم", 1,
                "عمار", 8, "امار", 1, "طلال", 6, "تلال", 1);
        assertThat(same(names, "موهاميد", "محمد")).isTrue();   // Mohamed, every short vowel written
        assertThat(same(names, "مهمد", "محمد")).isTrue();      // Mhmd: ح lost
        assertThat(same(names, "ساليه", "صالح")).isTrue();     // Saleh
        assertThat(same(names, "نايم", "نعيم")).isTrue();      // Naim: ع lost
        assertThat(same(names, "امار", "عمار")).isTrue();      // Ammar
        assertThat(same(names, "تلال", "طلال")).isTrue();      // Talal
    }

    @Test
    void aSpellingBackFromLatinIsNotTheBrothersName() {
        NameLexicon names = lexicon("محمد", 50, "محمود", 30, "موهاميد", 1, "حسن", 40, "حسين", 20, "هاسان", 1);
        assertThat(same(names, "موهاميد", "محمود")).isFalse(); // محمود has a و where Mohamed has an a
        assertThat(same(names, "هاسان", "حسين")).isFalse();    // Hasan writes no ي
        assertThat(same(names, "هاسان", "حسن")).isTrue();
    }

    @Test
    void twoNamesPeopleBearStayTwoNames() {
        // هلا and حلا are sisters however alike Latin writes them; two spellings no list of names holds,
        // written as often, are two names too
        NameLexicon names = lexicon("هلا", 5, "حلا", 12, "حدقان", 4, "هدقان", 4);
        assertThat(same(names, "هلا", "حلا")).isFalse();
        assertThat(same(names, "هدقان", "حدقان")).isFalse();
    }

    @Test
    void readsArabicLettersAsTheLatinTheyCameFrom() {
        assertThat(BackFromLatin.latinReading("موهاميد")).isEqualTo("muhamid");
        assertThat(BackFromLatin.latinReading("يوسف")).isEqualTo("yusf");
        assertThat(BackFromLatin.latinReading("اسهم")).isEqualTo("as-hm");
    }
}
