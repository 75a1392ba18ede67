package org.marsad.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.link.name.NameTokens;

class LinkerTest {
    @Test
    void neverLinksAWifeRecordedByHerHusbandsNameToHim() {
        LocalDate day = LocalDate.of(2023, 10, 17);
        List<VictimRecord> records = List.of(
                new VictimRecord("1", "محمد أحمد خالد الحسن", "a", null, null, day, "جباليا", null),
                new VictimRecord("2", "زوجة محمد أحمد خالد الحسن", "a", null, null, day, "جباليا", null),
                new VictimRecord("3", "Wife of Mohammad Ahmad Khaled al-Hasan", "b", null, null, day, "Jabalia", null),
                new VictimRecord("4", "محمد احمد خالد الحسن", "b", null, null, day, "جباليا", null));
        Linkage linkage = Linker.link(records);
        assertThat(linkage.samePerson(0, 3)).isTrue();
        assertThat(linkage.samePerson(1, 2)).isTrue();
        assertThat(linkage.samePerson(0, 1)).isFalse();
        assertThat(linkage.samePerson(2, 3)).isFalse();
    }
    @Test
    void neverLinksRecordsThatNameNobody() {
        LocalDate day = LocalDate.of(2023, 10, 13);
        List<VictimRecord> records = List.of(
                new VictimRecord("1", "Unidentified man", "a", Sex.MALE, 30, day, "Gaza", null),
                new VictimRecord("2", "Unidentified man", "b", Sex.MALE, 30, day, "Gaza", null),
                new VictimRecord("3", "رجل مجهول الهوية", "c", Sex.MALE, 30, day, "غزة", null),
                new VictimRecord("4", "رجل مجهول الهوية", "d", Sex.MALE, 30, day, "غزة", null));
        assertThat(NameTokens.of("رجل مجهول الهوية")).containsExactly("xunknown");
        assertThat(NameTokens.of("Unidentified")).containsExactly("xunknown");
        assertThat(NameTokens.of("طفل")).containsExactly("xchild");
        Linkage linkage = Linker.link(records);
        assertThat(linkage.personCount()).isEqualTo(4);
    }
    @Test
    void keepsTwoUnnamedChildrenOfOneFatherInOneListApart() {
        LocalDate day = LocalDate.of(2023, 10, 13);
        List<VictimRecord> records = List.of(
                new VictimRecord("1", "ابن محمود نصر نوفل", "a", Sex.MALE, null, day, null, null),
                new VictimRecord("2", "ابن محمود نصر نوفل", "a", Sex.MALE, null, day, null, null),
                new VictimRecord("3", "Son of Mahmoud Nasr Nofal", "b", Sex.MALE, null, day, null, null));
        Linkage linkage = Linker.link(records);
        assertThat(linkage.samePerson(0, 1)).isFalse();
        assertThat(linkage.samePerson(0, 2) || linkage.samePerson(1, 2)).isTrue();
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
    @Test
    void linksAKinshipReadAlikeInBothScriptsOnlyToTheSameKinshipOfTheSameRelative() {
        LocalDate day = LocalDate.of(2023, 11, 2);
        List<VictimRecord> records = List.of(
                new VictimRecord("1", "خليل يوسف النجار", "a", Sex.MALE, 40, day, null, null),
                new VictimRecord("2", "زوجة خليل يوسف النجار", "a", Sex.FEMALE, null, day, null, null),
                new VictimRecord("3", "ابنة خليل يوسف النجار", "a", Sex.FEMALE, null, day, null, null),
                new VictimRecord("4", "Khalil Yusuf Al-Najjar", "b", Sex.MALE, 40, day, null, null),
                new VictimRecord("5", "Wife of Dr. Khalil Yusuf Al-Najjar `Abu Samir`", "b", Sex.FEMALE, null, day, null, null),
                new VictimRecord("6", "زوجته سلمى رامي حداد", "a", Sex.FEMALE, 35, day, null, null),
                new VictimRecord("7", "Salma Rami Haddad", "b", Sex.FEMALE, 35, day, null, null));
        Linkage linkage = Linker.link(records);
        assertThat(linkage.samePerson(0, 3)).isTrue();
        assertThat(linkage.samePerson(1, 4)).isTrue();
        assertThat(linkage.samePerson(5, 6)).isTrue();
        // never the wife to her husband, nor the daughter to the wife
        assertThat(linkage.samePerson(1, 3)).isFalse();
        assertThat(linkage.samePerson(0, 4)).isFalse();
        assertThat(linkage.samePerson(2, 4)).isFalse();
    }
}
