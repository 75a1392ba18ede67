package org.marsad.extract.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marsad.text.ArabicNormalizer;

/** The forms derived from one entry per nationality, as the figure and victim readers look them up. */
class NationalityTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "فلسطينياً, true",
        "عراقياً, true",
        "باكستانياً, true",
        // spelled as the country once the tanwin is dropped: Syria, Turkey, Libya, Ukraine
        "سورياً, false",
        "تركياً, false",
        "ليبياً, false",
        "أوكرانياً, false",
    })
    void anAccusativeSpelledAsItsCountryIsNoPerson(String form, boolean person) {
        assertThat(Nationality.accusatives().contains(ArabicNormalizer.normalize(form))).isEqualTo(person);
    }

    @Test
    void pluralsAreTheRegularAndTheBrokenOnes() {
        assertThat(Nationality.plurals()).contains(ArabicNormalizer.normalize("فلسطينيين"),
                ArabicNormalizer.normalize("يمنيون"), ArabicNormalizer.normalize("أتراك"),
                ArabicNormalizer.normalize("أكراد")).doesNotContain(ArabicNormalizer.normalize("فلسطيني"));
    }

    @Test
    void theArticleFormsAreMasculineAndFeminine() {
        assertThat(Nationality.withArticle()).contains(ArabicNormalizer.normalize("الفلسطيني"),
                ArabicNormalizer.normalize("الفلسطينية"), ArabicNormalizer.normalize("الأفغانية"));
    }

    @Test
    void nisbasThatAreNamesDoNotEndAName() {
        assertThat(Nationality.bareAdjectives()).contains(ArabicNormalizer.normalize("فلسطينية"),
                ArabicNormalizer.normalize("سوري")).doesNotContain(ArabicNormalizer.normalize("مصري"),
                ArabicNormalizer.normalize("تركي"), ArabicNormalizer.normalize("كردي"));
    }
}
