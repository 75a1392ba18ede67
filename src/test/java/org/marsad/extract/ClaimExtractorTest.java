package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.marsad.InputError;

class ClaimExtractorTest {

    private final ClaimExtractor extractor = new ClaimExtractor();

    @ParameterizedTest
    @ValueSource(strings = {
        "استمرت المعارك 10 أيام على مساحة 120 كلم مربع.",
        "دمر القصف أكثر من 80 % من المدينة في العام 2017.",
        "أصيب عشرات المدنيين ونزح آلاف المواطنين.",
        "اعتقلت قوات النظام 25 شاباً من البلدة.",
        "نفذت الطائرات 12 غارة وألقت 16 برميلاً.",
        "The strike destroyed three houses and 5 vehicles over ten days."
    })
    void readsNoClaimFromDistractors(String text) {
        assertThat(extractor.extract(text).claims()).isEmpty();
    }

    @Test
    void readsDualsListsAndPartsWithinTheirWhole() {
        Extraction e = extractor.extract("استشهد 5 مواطنين بينهم طفلان وسيدة جراء غارات.");
        assertThat(e.claims()).extracting(Claim::count, Claim::group, Claim::within)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(5L, Group.CIVILIAN, null),
                        org.assertj.core.groups.Tuple.tuple(2L, Group.CHILD, 0),
                        org.assertj.core.groups.Tuple.tuple(1L, Group.WOMAN, 0));
        assertThat(e.claims()).allSatisfy(c -> assertThat(c.outcome()).isEqualTo(Outcome.KILLED));
        assertThat(e.claims().get(0).cause()).isEqualTo("airstrike");
    }

    @Test
    void readsAnAgeAsNoCount() {
        Extraction e = extractor.extract("استشهد طفل يبلغ من العمر 12 عاماً برصاص قناص.");
        assertThat(e.claims()).singleElement().satisfies(c -> {
            assertThat(c.count()).isEqualTo(1);
            assertThat(c.group()).isEqualTo(Group.CHILD);
            assertThat(c.cause()).isEqualTo("sniper");
        });
    }

    @Test
    void readsEnglishIncludingAsAPart() {
        Extraction e = extractor.extract("At least 12 civilians, including five children, were killed.");
        assertThat(e.lang()).isEqualTo("en");
        assertThat(e.claims()).extracting(Claim::count).containsExactly(12L, 5L);
        assertThat(e.claims().get(0).qualifier()).isEqualTo(Qualifier.AT_LEAST);
        assertThat(e.claims().get(1).within()).isEqualTo(0);
    }

    @Test
    void flagsAPartLargerThanItsWhole() {
        Extraction e = extractor.extract("استشهد 5 مواطنين بينهم 7 أطفال جراء القصف.");
        assertThat(e.checks()).anySatisfy(c -> {
            assertThat(c.kind()).isEqualTo("part_exceeds_whole");
            assertThat(c.ok()).isFalse();
        });
    }

    @Test
    void comparesATotalWithTheSeparateFiguresOfItsOwnReportOnlyInALongDocument() {
        String report = "وبلغت الحصيلة نحو 60 قتيلاً خلال يومين في ريف حلب.\n"
                + "قتل 20 مدنياً في قصف على بلدة كفرنبل.\n"
                + "وقتل 30 مقاتلاً من الفصائل في اشتباكات قرب اللطامنة.\n";
        String noFigures = "وتواصلت الاشتباكات على محاور عدة في المنطقة وسط قصف متبادل.\n".repeat(2500);
        Extraction alone = extractor.extract(report);
        String another = "قتل 25 مدنياً في قصف على بلدة سرمدا.\nوقتل 15 مقاتلاً من الفصائل في اشتباكات قرب أريحا.\n";
        Extraction compiled = extractor.extract(report + noFigures + another);
        assertThat(compiled.claims()).hasSize(5);
        assertThat(alone.checks()).singleElement().satisfies(c -> assertThat(c.claims()).containsExactly(0, 1, 2));
        assertThat(compiled.checks()).singleElement().satisfies(c -> {
            assertThat(c.claims()).containsExactly(0, 1, 2);
            assertThat(c.message()).contains("add up to 50");
        });
    }

    @Test
    void refusesInvalidUtf8BinaryAndEmptyInput() {
        assertThatThrownBy(() -> ReportText.decode("r.txt", new byte[] {'a', (byte) 0xC3, '(', 'b'}))
                .isInstanceOf(InputError.class).hasMessageContaining("not UTF-8");
        assertThatThrownBy(() -> ReportText.decode("r.txt", new byte[] {'a', 0, 'b'}))
                .isInstanceOf(InputError.class).hasMessageContaining("binary");
        assertThatThrownBy(() -> ReportText.decode("r.txt", "  \n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InputError.class).hasMessageContaining("empty");
    }
}
