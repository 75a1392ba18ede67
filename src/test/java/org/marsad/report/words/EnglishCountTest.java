package org.marsad.report.words;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnglishCountTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1    | CHILD    | 1 child
            2    | CHILD    | 2 children
            0    | CHILD    | 0 children
            1    | WOMAN    | 1 woman
            198  | WOMAN    | 198 women
            1130 | CIVILIAN | 1,130 civilians
            16   | PERSON   | 16 people
            """)
    void oneIsSingularAndEveryOtherCountPluralWithThousandsSeparated(long n, String noun, String expected) {
        assertThat(EnglishCount.phrase(n, nounNamed(noun))).isEqualTo(expected);
    }

    private static Noun nounNamed(String name) {
        return switch (name) {
            case "CHILD" -> Noun.CHILD;
            case "WOMAN" -> Noun.WOMAN;
            case "CIVILIAN" -> Noun.CIVILIAN;
            default -> Noun.PERSON;
        };
    }
}
