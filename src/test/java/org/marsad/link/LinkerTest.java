package org.marsad.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LinkerTest {

    @ParameterizedTest
    @CsvSource({"أحمد,احمد", "إبراهيم,ابراهيم", "آمال,امال", "فاطمة,فاطمه", "مصطفى,مصطفي", "سؤال,سوال", "عائشة,عايشة", "مـحمد,محمد", "مُحَمَّد,محمد"})
    void foldsArabicSpellingVariants(String written, String folded) {
        assertThat(ArabicNameFolding.fold(written)).isEqualTo(ArabicNameFolding.fold(folded));
    }

    @ParameterizedTest
    @CsvSource({"محمد,Mohammad", "محمد,Muhammad", "محمد,Mohamed", "محمود,Mahmoud", "يوسف,Yousef"})
    void givesArabicAndLatinSpellingsOneSkeleton(String arabic, String latin) {
        assertThat(Skeleton.of(NameTokens.of(arabic).get(0))).isEqualTo(Skeleton.of(NameTokens.of(latin).get(0)));
    }

    @Test
    void keepsBrothersKilledTogetherApart() {
        LocalDate day = LocalDate.of(2023, 10, 17);
        List<VictimRecord> records = List.of(
                new VictimRecord("1", "أحمد خالد محمد الحسن", "a", Sex.MALE, 12, day, "جباليا", null),
                new VictimRecord("2", "محمود خالد محمد الحسن", "a", Sex.MALE, 9, day, "جباليا", null),
                new VictimRecord("3", "احمد خالد محمد الحسن", "b", Sex.MALE, 12, day, "جباليا", null));
        Linkage linkage = Linker.link(records);
        assertThat(linkage.personOf(1)).isNotEqualTo(linkage.personOf(0));
        assertThat(linkage.personOf(1)).isNotEqualTo(linkage.personOf(2));
    }
}
