package org.marsad.place.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Deir ez-Zor           | deir ez zor
            Dar'a                 | dara
            ‘Ayn al ‘Arab         | ayn al arab
            Nāḩiyat Dimashq       | nahiyat dimashq
            Kobanê                | kobane
            Raqqa's countryside   | raqqa countryside
            ريف الرقة، الشرقي     | ريف الرقه الشرقي
            AL-HASAKAH            | al hasakah
            إدلب                  | ادلب
            حماة                  | حماه
            نوى                   | نوي
            السويداء              | السويدا
            الرقــة               | الرقه
            دِيرُ الزَّوْر          | دير الزور
            بئر الحلو             | بير الحلو
            کۆبانی                | كوباني
            """)
    void foldsLatinAndSplitsAtHyphensAndPunctuation(String written, String folded) {
        assertThat(String.join(" ", Token.split(written).stream().map(Token::folded).toList())).isEqualTo(folded);
    }

    @Test
    void keepsEachWordAsWritten() {
        assertThat(Token.split("مدينة الرقة")).extracting(Token::raw).containsExactly("مدينة", "الرقة");
    }

    @ParameterizedTest(name = "{0} reads also as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            بالرقة  | الرقه
            للرقة   | الرقه
            والرقة  | الرقه
            وبريف   | ريف
            فريف    | ريف
            كحلب    | حلب
            """)
    void readsArabicWordsWithoutTheirProclitics(String written, String reading) {
        assertThat(Token.split(written).get(0).readings()).contains(reading);
    }

    @Test
    void readsTheWordAsWrittenFirst() {
        assertThat(Token.split("بنش").get(0).readings()).first().isEqualTo("بنش");
        assertThat(Token.split("Binnish").get(0).readings()).containsExactly("binnish");
    }

    @Test
    void leavesShortWordsWhole() {
        assertThat(Token.split("بل").get(0).readings()).isEqualTo(List.of("بل"));
    }

    @Test
    void foldsALetterThatDecomposesIntoTwoAndReadsAWordAlikeEachTime() {
        // a Hangul syllable decomposes into two letters, both kept
        assertThat(Token.split("A\uAC00b").get(0).folded()).isEqualTo("a\u1100\u1161b");
        for (int i = 0; i < 3; i++) {
            Token word = Token.split("وبريف ادلب").get(0);
            assertThat(word.raw()).isEqualTo("وبريف");
            assertThat(word.folded()).isEqualTo("وبريف");
            assertThat(word.readings()).containsExactly("وبريف", "بريف", "ريف");
        }
    }
}
