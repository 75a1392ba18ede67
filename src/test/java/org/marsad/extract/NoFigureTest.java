package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NoFigureTest {

    private final ClaimExtractor extractor = new ClaimExtractor();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "نفذت الطائرات 12 غارة على البلدة ونزح 300 مواطن.                | NO_CASUALTY_WORDS",
        "The strike destroyed three houses and 5 vehicles.                 | NO_CASUALTY_WORDS",
        "أصيب عشرات المدنيين بجراح جراء القصف على البلدة.                  | VAGUE_AMOUNTS_ONLY",
        "استشهد مئات من المواطنين خلال الحصار.                              | VAGUE_AMOUNTS_ONLY",
        "Dozens of civilians were killed in the strikes.                   | VAGUE_AMOUNTS_ONLY",
        "قتل مدنيون في قصف شنته عشرات الطائرات على البلدة.                 | NO_COUNT",
        "قتل وأصيب 18 مدنياً في القصف.                                     | NO_COUNT",
        "Civilians were killed when the market was shelled.                | NO_COUNT"})
    void saysWhyAReportGaveNoFigure(String text, NoFigure reason) {
        Extraction e = extractor.extract(text);
        assertThat(e.claims()).isEmpty();
        assertThat(e.noFigure()).isEqualTo(reason);
    }

    @Test
    void aReportWithAFigureHasNoReasonForNone() {
        assertThat(extractor.extract("استشهد 5 مدنيين بينهم عشرات الأطفال.").noFigure()).isNull();
    }

    @Test
    void everyReasonIsWrittenInArabicAndEnglish() {
        for (NoFigure reason : NoFigure.values()) {
            assertThat(reason.message("en")).isEqualTo(reason.english()).startsWith("No casualty figure found");
            assertThat(reason.message("ar")).isEqualTo(reason.arabic()).startsWith("لم يُعثر على أي رقم للضحايا")
                    .isNotEqualTo(reason.english());
        }
    }
}
