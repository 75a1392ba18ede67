package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberWordsTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "واحد, 1", "واحدة, 1", "إحدى, 1", "اثنان, 2", "اثنين, 2", "اثنتان, 2", "اثنتين, 2",
        "ثلاث, 3", "ثلاثة, 3", "أربعة, 4", "خمس, 5", "خمسة, 5", "ستة, 6", "سبع, 7", "ثماني, 8", "ثمانية, 8",
        "تسعة, 9", "عشر, 10", "عشرة, 10",
        "أحد عشر, 11", "إحدى عشرة, 11", "اثنا عشر, 12", "اثنتي عشرة, 12", "ثلاثة عشر, 13", "خمسة عشر, 15",
        "تسع عشرة, 19",
        "عشرون, 20", "عشرين, 20", "ثلاثين, 30", "أربعون, 40", "تسعين, 90",
        "خمسة وعشرون, 25", "واحد وعشرين, 21", "إحدى وثلاثين, 31", "ثمانية وتسعون, 98",
        "مئة, 100", "مائة, 100", "مئتان, 200", "مئتين, 200", "مائتين, 200", "ثلاثمئة, 300", "ثلاثمائة, 300",
        "ثلاث مئة, 300", "خمسمائة, 500", "ثمانمئة, 800", "تسعمائة, 900",
        "مئة وخمسة, 105", "مئة وخمسة وعشرين, 125", "مائتان وخمسون, 250", "ثلاثمئة وسبعة عشر, 317",
        "ألف, 1000", "ألفاً, 1000", "ألفان, 2000", "ألفين, 2000", "ثلاثة آلاف, 3000", "عشرة آلاف, 10000",
        "أحد عشر ألفاً, 11000", "مئة ألف, 100000", "ألف وخمسمائة, 1500", "ألفين ومئتين, 2200",
        "ثلاثة آلاف ومئتان وخمسون, 3250", "ألف ومئة وثلاثون, 1130",
        "مليون, 1000000", "مليونين, 2000000", "ألفين و760, 2760", "ألفين و(57), 2057", "مليونين و300, 2000300",
        "خَمْسَةٌ, 5", "عِشْرِينَ, 20"
    })
    void readsArabicNumberWords(String phrase, long value) {
        assertThat(NumberWords.parse(phrase)).hasValue(value);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "one | 1", "five | 5", "twelve | 12", "nineteen | 19", "twenty | 20", "twenty-three | 23",
        "twenty three | 23", "ninety-nine | 99", "a hundred | -1", "one hundred | 100",
        "one hundred and twenty | 120", "two hundred and fifty-six | 256", "three thousand | 3000",
        "two thousand five hundred | 2500", "one million | 1000000", "Five | 5"
    })
    void readsEnglishNumberWords(String phrase, long value) {
        if (value < 0) {
            assertThat(NumberWords.parse(phrase)).isEmpty();
        } else {
            assertThat(NumberWords.parse(phrase)).hasValue(value);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"عشرات", "مئات", "آلاف", "الآلاف", "dozens", "hundreds", "طفل"})
    void doesNotReadVagueAmountsAsNumbers(String phrase) {
        assertThat(NumberWords.parse(phrase)).isEmpty();
    }

    @Test
    void readsConjoinedNumberAndStopsBeforeItsNoun() {
        List<Token> tokens = Tokenizer.tokenize("وخمسة وعشرون طفلاً");
        NumberWords.Match m = NumberWords.read(tokens, 0);
        assertThat(m.value()).isEqualTo(25);
        assertThat(m.conjoined()).isTrue();
        assertThat(m.end()).isEqualTo(2);
    }

    @Test
    void doesNotJoinTwoListedNumbers() {
        List<Token> tokens = Tokenizer.tokenize("ثلاثة أطفال وخمسة رجال");
        assertThat(NumberWords.read(tokens, 0).value()).isEqualTo(3);
        assertThat(NumberWords.read(tokens, 0).end()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "27 ألفاً و512 | 27512 | 4", "5 آلاف و208 | 5208 | 4", "12 ألف | 12000 | 2", "3 ملايين | 3000000 | 2",
        "2 million | 2000000 | 2", "9 آلاف وسبعة | 9007 | 3", "4 آلاف و(318) | 4318 | 6"
    })
    void readsDigitsWithAScaleWord(String phrase, long value, int end) {
        NumberWords.Match m = NumberWords.scaled(Tokenizer.tokenize(phrase), 0);
        assertThat(m.value()).isEqualTo(value);
        assertThat(m.end()).isEqualTo(end);
    }

    @Test
    void leavesDigitsWithoutAScaleWordToTheCaller() {
        assertThat(NumberWords.scaled(Tokenizer.tokenize("27 طفلاً"), 0)).isNull();
        assertThat(NumberWords.scaled(Tokenizer.tokenize("4 آلاف و5000"), 0).value()).isEqualTo(4000);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {"ستة آلاف و[311] | 6311", "ألف و244 | 1244", "ألفي | 2000"})
    void readsWordsWithDigitsAfterTheirScale(String phrase, long value) {
        assertThat(NumberWords.parse(phrase)).hasValue(value);
    }

    @Test
    void doesNotJoinUnitsThatCannotFollowEachOther() {
        List<Token> tokens = Tokenizer.tokenize("خمسة وستة");
        assertThat(NumberWords.read(tokens, 0).value()).isEqualTo(5);
    }

    @Test
    void readsANumberWordJoinedToThePrepositionLam() {
        assertThat(NumberWords.read(Tokenizer.tokenize("لثلاثة وهم"), 0).value()).isEqualTo(3);
        assertThat(NumberWords.read(Tokenizer.tokenize("لخمسة وعشرين شهيداً"), 0).value()).isEqualTo(25);
        // "لست" (am not) and "لسبع" stay words: the prefix is read only before words of four letters or more
        assertThat(NumberWords.read(Tokenizer.tokenize("لست أدري"), 0)).isNull();
        assertThat(NumberWords.read(Tokenizer.tokenize("لسبع"), 0)).isNull();
    }
}
