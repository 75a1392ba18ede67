package org.marsad.place;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            إدلب          | ادلب
            حماة          | حماه
            نوى           | نوي
            السويداء      | السويدا
            الرقــة       | الرقه
            دِيرُ الزَّوْر | دير الزور
            بئر الحلو     | بير الحلو
            کۆبانی        | كوباني
            Raqqa's       | raqqa
            Dar'a         | dara
            """)
    void foldsPlaceNamesWordByWord(String written, String expected) {
        assertThat(String.join(" ", Token.split(written).stream().map(Token::folded).toList())).isEqualTo(expected);
    }
}
