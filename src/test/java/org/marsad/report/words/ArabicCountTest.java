package org.marsad.report.words;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.marsad.report.words.Case.NOMINATIVE;
import static org.marsad.report.words.Case.OBLIQUE;
import static org.marsad.report.words.Noun.CHILD;
import static org.marsad.report.words.Noun.CIVILIAN;
import static org.marsad.report.words.Noun.FIGHTER;
import static org.marsad.report.words.Noun.KILLED;
import static org.marsad.report.words.Noun.LADY;
import static org.marsad.report.words.Noun.MAN;
import static org.marsad.report.words.Noun.PERSON;
import static org.marsad.report.words.Noun.VICTIM;
import static org.marsad.report.words.Noun.WOMAN;
import static org.marsad.report.words.Noun.WOMAN_CITIZEN;
import static org.marsad.report.words.Noun.WOUNDED;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.marsad.report.Digits;

/**
 * The agreement table. Every expected phrase was written from the grammars, not from the code:
 * Karin C. Ryding, "A Reference Grammar of Modern Standard Arabic" (Cambridge, 2005), ch. 15
 * (cardinal numerals: 1 and 2 as adjective and dual; 3–10 with gender polarity and the genitive
 * plural; 11–99 with the accusative singular; 100 and 1000 with the genitive singular; the dual
 * مئتان/ألفان losing its nūn in construct), and W. Wright, "A Grammar of the Arabic Language",
 * 3rd ed., the numerals (vol. I) and their syntax (vol. II) (the noun after a compound follows its last part;
 * ألف ليلة وليلة for a compound ending in one). Columns: count, noun, case, digits, words.
 */
class ArabicCountTest {

    static Stream<Arguments> oneAndTwo() {
        return Stream.of(
                arguments(1, CIVILIAN, NOMINATIVE, "مدني واحد", "مدني واحد"),
                arguments(1, WOMAN, NOMINATIVE, "امرأة واحدة", "امرأة واحدة"),
                arguments(1, VICTIM, OBLIQUE, "ضحية واحدة", "ضحية واحدة"),
                arguments(2, CIVILIAN, NOMINATIVE, "مدنيان", "مدنيان"),
                arguments(2, CIVILIAN, OBLIQUE, "مدنيين", "مدنيين"),
                arguments(2, CHILD, NOMINATIVE, "طفلان", "طفلان"),
                arguments(2, CHILD, OBLIQUE, "طفلين", "طفلين"),
                arguments(2, LADY, NOMINATIVE, "سيدتان", "سيدتان"),
                arguments(2, LADY, OBLIQUE, "سيدتين", "سيدتين"),
                arguments(2, WOMAN, NOMINATIVE, "امرأتان", "امرأتان"));
    }

    static Stream<Arguments> threeToTen() {
        return Stream.of(
                arguments(3, CHILD, NOMINATIVE, "3 أطفال", "ثلاثة أطفال"),
                arguments(3, WOMAN, NOMINATIVE, "3 نساء", "ثلاث نساء"),
                arguments(5, CIVILIAN, OBLIQUE, "5 مدنيين", "خمسة مدنيين"),
                arguments(8, WOMAN, NOMINATIVE, "8 نساء", "ثماني نساء"),
                arguments(8, MAN, NOMINATIVE, "8 رجال", "ثمانية رجال"),
                arguments(10, VICTIM, NOMINATIVE, "10 ضحايا", "عشر ضحايا"),
                arguments(10, FIGHTER, OBLIQUE, "10 مقاتلين", "عشرة مقاتلين"));
    }

    static Stream<Arguments> elevenToNinetyNine() {
        return Stream.of(
                arguments(11, CHILD, NOMINATIVE, "11 طفلاً", "أحد عشر طفلاً"),
                arguments(11, WOMAN, NOMINATIVE, "11 امرأة", "إحدى عشرة امرأة"),
                arguments(12, MAN, NOMINATIVE, "12 رجلاً", "اثنا عشر رجلاً"),
                arguments(12, MAN, OBLIQUE, "12 رجلاً", "اثني عشر رجلاً"),
                arguments(12, LADY, NOMINATIVE, "12 سيدة", "اثنتا عشرة سيدة"),
                arguments(12, LADY, OBLIQUE, "12 سيدة", "اثنتي عشرة سيدة"),
                arguments(13, CIVILIAN, NOMINATIVE, "13 مدنياً", "ثلاثة عشر مدنياً"),
                arguments(15, WOMAN, NOMINATIVE, "15 امرأة", "خمس عشرة امرأة"),
                arguments(16, CIVILIAN, NOMINATIVE, "16 مدنياً", "ستة عشر مدنياً"),
                arguments(18, WOMAN_CITIZEN, NOMINATIVE, "18 مواطنة", "ثماني عشرة مواطنة"),
                arguments(19, PERSON, OBLIQUE, "19 شخصاً", "تسعة عشر شخصاً"),
                arguments(20, CIVILIAN, NOMINATIVE, "20 مدنياً", "عشرون مدنياً"),
                arguments(20, CIVILIAN, OBLIQUE, "20 مدنياً", "عشرين مدنياً"),
                arguments(21, MAN, NOMINATIVE, "21 رجلاً", "واحد وعشرون رجلاً"),
                arguments(21, WOMAN, NOMINATIVE, "21 امرأة", "إحدى وعشرون امرأة"),
                arguments(22, CHILD, NOMINATIVE, "22 طفلاً", "اثنان وعشرون طفلاً"),
                arguments(22, CHILD, OBLIQUE, "22 طفلاً", "اثنين وعشرين طفلاً"),
                arguments(25, CIVILIAN, NOMINATIVE, "25 مدنياً", "خمسة وعشرون مدنياً"),
                arguments(38, WOMAN, OBLIQUE, "38 امرأة", "ثماني وثلاثين امرأة"),
                arguments(99, WOMAN, NOMINATIVE, "99 امرأة", "تسع وتسعون امرأة"),
                arguments(99, KILLED, NOMINATIVE, "99 قتيلاً", "تسعة وتسعون قتيلاً"));
    }

    static Stream<Arguments> hundreds() {
        return Stream.of(
                arguments(100, CIVILIAN, NOMINATIVE, "100 مدني", "مئة مدني"),
                arguments(101, CIVILIAN, NOMINATIVE, "101 مدني", "مئة مدني ومدني"),
                arguments(102, CHILD, NOMINATIVE, "102 طفل", "مئة طفل وطفلان"),
                arguments(103, CHILD, NOMINATIVE, "103 أطفال", "مئة وثلاثة أطفال"),
                arguments(110, WOMAN, NOMINATIVE, "110 نساء", "مئة وعشر نساء"),
                arguments(111, CHILD, NOMINATIVE, "111 طفلاً", "مئة وأحد عشر طفلاً"),
                arguments(150, WOUNDED, NOMINATIVE, "150 جريحاً", "مئة وخمسون جريحاً"),
                arguments(199, CIVILIAN, NOMINATIVE, "199 مدنياً", "مئة وتسعة وتسعون مدنياً"),
                arguments(200, CIVILIAN, NOMINATIVE, "200 مدني", "مئتا مدني"),
                arguments(200, CIVILIAN, OBLIQUE, "200 مدني", "مئتي مدني"),
                arguments(270, CHILD, NOMINATIVE, "270 طفلاً", "مئتان وسبعون طفلاً"),
                arguments(300, PERSON, NOMINATIVE, "300 شخص", "ثلاثمئة شخص"),
                arguments(800, VICTIM, NOMINATIVE, "800 ضحية", "ثمانمئة ضحية"));
    }

    static Stream<Arguments> thousandsAndMillions() {
        return Stream.of(
                arguments(1000, CIVILIAN, NOMINATIVE, "1,000 مدني", "ألف مدني"),
                arguments(1001, CIVILIAN, NOMINATIVE, "1,001 مدني", "ألف مدني ومدني"),
                arguments(1100, CIVILIAN, NOMINATIVE, "1,100 مدني", "ألف ومئة مدني"),
                arguments(1130, CIVILIAN, NOMINATIVE, "1,130 مدنياً", "ألف ومئة وثلاثون مدنياً"),
                arguments(1130, CIVILIAN, OBLIQUE, "1,130 مدنياً", "ألف ومئة وثلاثين مدنياً"),
                arguments(2000, CIVILIAN, NOMINATIVE, "2,000 مدني", "ألفا مدني"),
                arguments(2000, CIVILIAN, OBLIQUE, "2,000 مدني", "ألفي مدني"),
                arguments(2500, CIVILIAN, OBLIQUE, "2,500 مدني", "ألفين وخمسمئة مدني"),
                arguments(3000, CIVILIAN, NOMINATIVE, "3,000 مدني", "ثلاثة آلاف مدني"),
                arguments(10000, WOMAN, NOMINATIVE, "10,000 امرأة", "عشرة آلاف امرأة"),
                arguments(11000, CIVILIAN, NOMINATIVE, "11,000 مدني", "أحد عشر ألف مدني"),
                arguments(13245, PERSON, NOMINATIVE, "13,245 شخصاً", "ثلاثة عشر ألفاً ومئتان وخمسة وأربعون شخصاً"),
                arguments(30000, CIVILIAN, NOMINATIVE, "30,000 مدني", "ثلاثون ألف مدني"),
                arguments(100000, CIVILIAN, NOMINATIVE, "100,000 مدني", "مئة ألف مدني"),
                arguments(200000, CIVILIAN, NOMINATIVE, "200,000 مدني", "مئتا ألف مدني"),
                arguments(1000000, CIVILIAN, NOMINATIVE, "1,000,000 مدني", "مليون مدني"),
                arguments(3500000, PERSON, NOMINATIVE, "3,500,000 شخص", "ثلاثة ملايين وخمسمئة ألف شخص"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("oneAndTwo")
    void oneIsTheNounWithWahidAndTwoIsTheDual(long n, Noun noun, Case c, String digits, String words) {
        assertAgrees(n, noun, c, digits, words);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("threeToTen")
    void threeToTenTakeTheGenitivePluralWithReversedGender(long n, Noun noun, Case c, String digits, String words) {
        assertAgrees(n, noun, c, digits, words);
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("elevenToNinetyNine")
    void elevenToNinetyNineTakeTheAccusativeSingularInEveryCase(long n, Noun noun, Case c, String digits, String words) {
        assertAgrees(n, noun, c, digits, words);
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("hundreds")
    void theNounFollowsTheLastTwoDigitsOfAHundred(long n, Noun noun, Case c, String digits, String words) {
        assertAgrees(n, noun, c, digits, words);
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("thousandsAndMillions")
    void thousandsAreThemselvesCountedAndGovernTheGenitiveSingular(
            long n, Noun noun, Case c, String digits, String words) {
        assertAgrees(n, noun, c, digits, words);
    }

    @Test
    void arabicIndicDigitsWriteTheSameAgreement() {
        assertThat(ArabicCount.phrase(1130, CIVILIAN, Digits.ARABIC_INDIC, NOMINATIVE)).isEqualTo("١٬١٣٠ مدنياً");
        assertThat(ArabicCount.phrase(270, CHILD, Digits.ARABIC_INDIC, OBLIQUE)).isEqualTo("٢٧٠ طفلاً");
        assertThat(ArabicCount.phrase(2, CHILD, Digits.ARABIC_INDIC, OBLIQUE)).isEqualTo("طفلين");
    }

    @Test
    void aCountBelowOneIsRefused() {
        assertThatThrownBy(() -> ArabicCount.phrase(0, CHILD, Digits.WESTERN, NOMINATIVE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1");
    }

    @Test
    void aNounWhoseDualIsNotRegularIsRefused() {
        assertThatThrownBy(() -> new Noun("فتى", "فتيان", Noun.Gender.MASCULINE, "youth", "youths"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("فتى");
    }

    @Test
    void aThousandMillionAndAboveIsWrittenInDigitsOnly() {
        assertThat(ArabicCount.phrase(1_000_000_000L, PERSON, Digits.WESTERN, NOMINATIVE)).isEqualTo("1,000,000,000 شخص");
        assertThatThrownBy(() -> ArabicCount.words(1_000_000_000L, PERSON, NOMINATIVE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertAgrees(long n, Noun noun, Case c, String digits, String words) {
        assertThat(ArabicCount.phrase(n, noun, Digits.WESTERN, c)).isEqualTo(digits);
        assertThat(ArabicCount.words(n, noun, c)).isEqualTo(words);
    }
}
