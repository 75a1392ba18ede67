package org.marsad.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marsad.tally.LinkDoubt;

/** The sentence that states a count's doubt from uncertain links, its numbers agreeing with their noun. */
class HeadlineDoubtTest {

    @ParameterizedTest(name = "-{0}/+{1}")
    @CsvSource(delimiter = '|', value = {
            "40.2 | 5   | قد ينقص بمقدار 40 شخصاً إذا | وقد يزيد بمقدار 5 أشخاص إذا",
            "1.4  | 2.1 | قد ينقص بمقدار شخص واحد إذا | وقد يزيد بمقدار شخصين إذا",
            "12   | 0.2 | قد ينقص بمقدار 12 شخصاً إذا | ",
    })
    void arabicCountsAgreeWithPersonAfterBiMiqdar(double unlinked, double merged, String fall, String rise) {
        String s = Headline.doubt(new LinkDoubt(unlinked, merged), Lang.AR, Digits.WESTERN);
        assertThat(s).startsWith(" وبحسب نموذج ربط السجلات، هذا العدد ").contains(fall).endsWith(".");
        if (rise == null) {
            assertThat(s).doesNotContain("يزيد");
        } else {
            assertThat(s).contains(rise);
        }
    }

    @ParameterizedTest(name = "-{0}/+{1}")
    @CsvSource(delimiter = '|', value = {
            "40.2 | 5   | fall by about 40 people, | rise by about 5 people,",
            "0.6  | 1.2 | fall by about 1 person,   | rise by about 1 person,",
    })
    void englishCountsPersonAndPeople(double unlinked, double merged, String fall, String rise) {
        assertThat(Headline.doubt(new LinkDoubt(unlinked, merged), Lang.EN, Digits.WESTERN))
                .startsWith(" By the record linkage model, this count may ").contains(fall, rise);
    }

    @ParameterizedTest
    @CsvSource({"0.4, 0.49", "0, 0"})
    void saysNothingWhenTheDoubtIsUnderHalfAPerson(double unlinked, double merged) {
        assertThat(Headline.doubt(new LinkDoubt(unlinked, merged), Lang.AR, Digits.WESTERN)).isEmpty();
        assertThat(Headline.doubt(new LinkDoubt(unlinked, merged), Lang.EN, Digits.WESTERN)).isEmpty();
    }
}
