package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class SpellingFoldingTest {

    @ParameterizedTest(name = "{2}: U+{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0623 | 0627 | أ alif with hamza above → ا
            0625 | 0627 | إ alif with hamza below → ا
            0622 | 0627 | آ alif with madda → ا
            0671 | 0627 | ٱ alif wasla → ا
            0629 | 0647 | ة taa marbuta → ه
            0649 | 064A | ى alif maqsura → ي
            0624 | 0648 | ؤ waw with hamza → و
            0626 | 064A | ئ yaa with hamza → ي
            06A9 | 0643 | ک keheh → ك
            06CC | 064A | ی farsi yeh → ي
            06CE | 064A | ێ yeh with v → ي
            06D5 | 0647 | ە ae → ه
            06C6 | 0648 | ۆ oe → و
            """)
    void foldsLetterToItsPlainForm(String from, String to, String rule) {
        assertThat(SpellingFolding.fold((char) Integer.parseInt(from, 16)))
                .isEqualTo(String.valueOf((char) Integer.parseInt(to, 16)));
    }

    @ParameterizedTest(name = "{1}: U+{0} dropped")
    @CsvSource(delimiter = '|', textBlock = """
            0621 | ء hamza on the line
            064B | fathatan
            064C | dammatan
            064D | kasratan
            064E | fatha
            064F | damma
            0650 | kasra
            0651 | shadda
            0652 | sukun
            0653 | maddah above
            0654 | hamza above
            0655 | hamza below
            0670 | dagger alif
            0640 | tatweel
            """)
    void dropsMarksAndStretching(String code, String rule) {
        assertThat(SpellingFolding.fold((char) Integer.parseInt(code, 16))).isEmpty();
    }

    @ParameterizedTest(name = "{0} is left alone")
    @CsvSource({"ا", "ه", "ي", "و", "ك", "ر", "ق", "ز", "ل"})
    void leavesPlainLettersAlone(char letter) {
        assertThat(SpellingFolding.fold(letter)).isNull();
    }

    static List<SpellingFolding.Rule> rules() {
        return SpellingFolding.RULES;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void eachRuleFoldsItsOwnExample(SpellingFolding.Rule rule) {
        String[] example = rule.example().split(" → ");
        assertThat(folded(example[0])).isEqualTo(example[1]);
        assertThat(example[0].chars().anyMatch(c -> rule.from().indexOf(c) >= 0)).isTrue();
    }

    private static String folded(String text) {
        return SpellingFolding.fold(text);
    }
}
