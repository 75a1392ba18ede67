package org.marsad.link.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.marsad.link.VictimRecord;
import org.marsad.link.name.NameLexicon;
import org.marsad.link.name.NameTokens;

/** How a Latin spelling meets an Arabic one. */
class LatinBesideArabicTest {

    /** Names borne by brothers and sisters, each written often enough to be established in the records. */
    private static final List<String> NAMES = List.of("حسن", "حسين", "الحسن", "الهيثم", "كمال", "كامل", "صلاح", "صالح",
            "يمان", "يامن", "عمر", "عامر", "عمار", "عقل", "عقيل", "قاسم", "جمال", "عبدالرحمن", "الاء", "نورالدين", "خالد",
            // and the Latin spellings, written as often in a Latin list
            "Hassan", "Hussein", "Haitham", "Kamal", "Kamel", "Salah", "Saleh", "Yaman", "Yamen", "Omar", "Amer", "Agel",
            "Gasem", "Ghasem", "Gamal", "Abdulrahman", "Alaa", "Khaled");

    private static final NameLexicon LEXICON = NameLexicon.of(IntStream.range(0, NAMES.size() * 12)
            .mapToObj(i -> new VictimRecord("r" + i, NAMES.get(i % NAMES.size()), "a", null, null, null, null, null))
            .toList());

    private static int level(String latin, String arabic) {
        return NameComparator.level(LEXICON.part(NameTokens.of(latin).get(0)), LEXICON.part(NameTokens.of(arabic).get(0)));
    }

    @Test
    void aGivenNameWithTheArticleMeetsItsLatinWithoutIt() {
        // Latin lists write Al-Hassan or Hassan; the Latin article is dropped, the Arabic one kept
        assertThat(level("Hassan", "الحسن")).isEqualTo(NameComparator.SAME_SKELETON);
        assertThat(level("Al-Hassan", "الحسن")).isEqualTo(NameComparator.SAME_SKELETON);
        assertThat(level("Haitham", "الهيثم")).isLessThan(NameComparator.DIFFERENT);
        // the article goes, the name stays: Hussein is حسين, a brother, with or without al-
        assertThat(level("Hussein", "الحسن")).isEqualTo(NameComparator.DIFFERENT);
        // ال opening a short name is no article: Alaa is الاء, and not اء
        assertThat(level("Alaa", "الاء")).isLessThan(NameComparator.DIFFERENT);
    }


    @Test
    void qafWrittenAsG() {
        // southern Palestinian and Bedouin speech says ق as g, and Gaza's lists write it so
        assertThat(level("Agel", "عقل")).isEqualTo(NameComparator.SIMILAR);
        assertThat(level("Gasem", "قاسم")).isEqualTo(NameComparator.SIMILAR);
        // g is still ج (Egyptian spelling), and a ق read as g is still a letter: Agel is not علي
        assertThat(level("Gamal", "جمال")).isLessThan(NameComparator.DIFFERENT);
        assertThat(level("Agel", "علي")).isEqualTo(NameComparator.DIFFERENT);
    }

    @Test
    void aTaMarbutaBeforeAllahIsWrittenAsAVowel() {
        // منة الله, هبة الله: Latin writes the ة as a (Menna Allah), the skeleton had read the folded ه as a letter
        assertThat(level("Menna Allah", "منة الله")).isLessThan(NameComparator.DIFFERENT);
        assertThat(level("Hiba Allah", "هبة الله")).isLessThan(NameComparator.DIFFERENT);
        assertThat(level("Abdullah", "عبد الله")).isLessThan(NameComparator.DIFFERENT);
        assertThat(level("Abdullah", "منة الله")).isEqualTo(NameComparator.DIFFERENT);
    }
}
