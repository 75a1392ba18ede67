package org.marsad.link.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.link.VictimRecord;
import org.marsad.link.name.NameLexicon;
import org.marsad.link.name.NameTokens;

/** Latin written by machine from unvocalized Arabic: no short vowels, long ones as letters. */
class VowellessLatinTest {

    /** The brothers' names of the tests, each established in the records: a Latin spelling reading as one is it. */
    private static final NameLexicon LEXICON = NameLexicon.of(java.util.stream.IntStream.range(0, 40)
            .mapToObj(i -> new VictimRecord("r" + i, List.of("حسن", "حسين", "محمد", "محمود").get(i % 4), "a", null, null,
                    null, null, null))
            .toList());

    private static int level(String latin, String arabic) {
        NameLexicon lexicon = LEXICON;
        return NameComparator.level(lexicon.part(NameTokens.of(latin).get(0)), lexicon.part(NameTokens.of(arabic).get(0)));
    }

    @Test
    void readsConsonantsWrittenSideBySide() {
        assertThat(level("Blal", "بلال")).isLessThan(NameComparator.DIFFERENT);
        assertThat(level("Hmsy", "حمصي")).isLessThan(NameComparator.DIFFERENT);
        assertThat(level("Khlyl", "خليل")).isLessThan(NameComparator.DIFFERENT);
        // d and h side by side are د and ح, not the digraph of ذ
        assertThat(level("Dhdwh", "دحدوح")).isEqualTo(NameComparator.SIMILAR);
        assertThat(level("Mdhwn", "مدهون")).isEqualTo(NameComparator.SIMILAR);
    }

    @Test
    void joinsTheSecondHalfOfATheophoricName() {
        assertThat(NameTokens.of("Nwr El-dyn Saq Al-lh")).containsExactly("nwraldin", "saqallah");
    }

    @Test
    void readsEzzAlDinWithoutItsAynAsANameNotAnArticle() {
        // عز الدين letter by letter without its ع: az- is the name, not the article before al-dyn
        assertThat(NameTokens.of("Hsny Az-al-dyn Drj")).containsExactly("hsny", "azaldin", "drj");
        assertThat(NameTokens.of("Ez Eddin Ahmad Saleh")).containsExactly("ezaldin", "ahmad", "saleh");
        assertThat(level("Az-al-dyn", "عز الدين")).isLessThan(NameComparator.DIFFERENT);
        assertThat(level("Ez Eddin", "عز الدين")).isLessThan(NameComparator.DIFFERENT);
        // the article before din itself stays the article, and "Ad Allah" (عبد الله without its b) is read as before
        assertThat(NameTokens.of("Yasir Salah Ad-Din Ali")).containsExactly("yasir", "salahaldin", "ali");
        assertThat(NameTokens.of("Nour Ed-Dine Hasan")).containsExactly("nouraldin", "hasan");
        assertThat(NameTokens.of("Mohamad Ad Allah Kurd")).containsExactly("mohamad", "allah", "kurd");
        // the article written twice
        assertThat(NameTokens.of("Tarek Ali El-Al-Attar")).containsExactly("tarek", "ali", "attar");
    }

    @Test
    void readsAlaaWhoseAlefLamWasTakenForTheArticle() {
        // الاء romanized letter by letter as "Al-A'" or "el-A'": no article stands before one letter
        assertThat(NameTokens.of("Al-A'' Fthy Tmws")).containsExactly("ala", "fthy", "tmws");
        assertThat(NameTokens.of("el-A' Abw'wda")).containsExactly("ala", "abwwda");
        assertThat(level("el-A'", "الاء")).isLessThan(NameComparator.DIFFERENT);
        // a lone article before a name of its own is still dropped
        assertThat(NameTokens.of("Alaa Al-Amsi")).containsExactly("alaa", "amsi");
    }

    @Test
    void aLongVowelNotWrittenIsNotThere() {
        // written without vowels, حسين is Hsyn: Hsn is his brother حسن
        assertThat(level("Hsn", "حسين")).isEqualTo(NameComparator.DIFFERENT);
        assertThat(level("Hsn", "حسن")).isLessThan(NameComparator.DIFFERENT);
        assertThat(level("Mhmd", "محمود")).isEqualTo(NameComparator.DIFFERENT);
    }
}
