package org.marsad.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.link.name.NameTokens;

class VowellessKunyaTest {

    @Test
    void joinsAbwToTheWordAfterItAsTheArabicFamilyNameIsOnePart() {
        assertThat(NameTokens.of("Ywsf Sbry Abw-dlal"))
                .containsExactly("ywsf", "sbry", "abwdlal");
        assertThat(NameTokens.of("Mha S'dy Abw-al-jbyn"))
                .containsExactly("mha", "sdy", "abwjbyn");
        assertThat(NameTokens.of("Mha S'dy Abw-al-jbyn"))
                .hasSameSizeAs(NameTokens.of("مها سعدي أبو الجبين"));
    }

    @Test
    void leavesNamesWithoutAbwAsTheyAre() {
        assertThat(NameTokens.of("Yahya Abu Shuqair")).containsExactly("yahya", "abushuqair");
        assertThat(NameTokens.of("Ahmd Abw")).containsExactly("ahmd", "abw");
    }

    @Test
    void linksVowellessLatinFamilyNamesWithAbuToTheirArabicButNotToAnotherFamily() {
        LocalDate day = LocalDate.of(2023, 10, 22);
        List<VictimRecord> records = List.of(
                new VictimRecord("1", "يوسف صبري محمد ابو دلال", "a", Sex.MALE, 12, day, null, null),
                new VictimRecord("2", "مريم صبري محمد ابو دلال", "a", Sex.FEMALE, 9, day, null, null),
                new VictimRecord("3", "Ywsf Abw-dlal", "b", null, null, day, null, null),
                new VictimRecord("4", "Mrym Sbry Abw-dlal", "b", Sex.FEMALE, null, null, null, null),
                new VictimRecord("5", "يوسف صبري محمد ابو شقير", "a", Sex.MALE, 30, day, null, null),
                new VictimRecord("6", "هديل زياد علي ابو البيض", "a", Sex.FEMALE, 20, day.minusDays(3), null, null),
                new VictimRecord("7", "Hdyl Abw-al-byd", "b", Sex.FEMALE, null, day.minusDays(3), null, null));
        Linkage linkage = Linker.link(records);
        assertThat(linkage.samePerson(0, 2)).isTrue();
        assertThat(linkage.samePerson(1, 3)).isTrue();
        assertThat(linkage.samePerson(5, 6)).isTrue();
        assertThat(linkage.samePerson(4, 2)).isFalse();
    }
}
