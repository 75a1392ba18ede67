package org.marsad.link.name;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.link.LabelledVictim;
import org.marsad.link.VictimRecord;
import org.marsad.link.synthetic.HarshLists;
import org.marsad.link.synthetic.RetypedLists;
import org.marsad.link.synthetic.SyntheticLists;

class BackFromLatinListsTest {

    @Test
    void aListThatWritesNoEmphaticLetterBesideListsThatDoIsBackFromLatin() {
        List<List<String>> names = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        // written in Arabic: a name in three holds ص ض ط or ظ
        add(names, sources, "ministry", "فاطمة صالح المصري", 40);
        add(names, sources, "ministry", "ابراهيم خالد حسن", 80);
        // the same dead retyped from an English list: Fatima Saleh al-Masri
        add(names, sources, "english", "فتمه ساليه المسري", 40);
        add(names, sources, "english", "ابرهم خالد هاسان", 80);
        var retyped = BackFromLatinLists.spellingsOnlyThere(names, sources);
        assertThat(retyped).contains("فتمه", "ساليه", "المسري", "مسري", "ابرهم", "هاسان")
                // written in both lists: no spelling of the retyped list alone
                .doesNotContain("خالد", "ابراهيم");
        NameLexicon lexicon = NameLexicon.ofTokens(names, sources);
        assertThat(lexicon.part("خالد").retyped()).isEqualTo(Retyping.NONE);
        // هاسان and فتمه have the letters of حسن and فاطمة, which the ministry writes; ابرهم those of no name
        // written there: it left out a long vowel of ابراهيم
        assertThat(lexicon.part("هاسان").retyped()).isEqualTo(Retyping.BACK);
        assertThat(lexicon.part("فتمه").retyped()).isEqualTo(Retyping.BACK);
        assertThat(lexicon.part("ابرهم").retyped()).isEqualTo(Retyping.BACK_WITHOUT_LONG_VOWELS);
        assertThat(BackFromLatin.sameName(lexicon.part("ابرهم"), lexicon.part("ابراهيم"))).isTrue();
        assertThat(BackFromLatin.sameName(lexicon.part("فتمه"), lexicon.part("فاطمه"))).isTrue();
        assertThat(BackFromLatin.sameName(lexicon.part("هاسان"), lexicon.part("حسن"))).isTrue();
    }

    @Test
    void aSpellingBackFromLatinWithTheLettersOfANameIsThatNameNotALongerOne() {
        List<List<String>> names = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        add(names, sources, "ministry", "حسن صالح المصري", 40);
        add(names, sources, "ministry", "حسين خالد الطويل", 40);
        add(names, sources, "english", "هسن ساليه المسري", 40);
        add(names, sources, "english", "هسين خالد التويل", 40);
        NameLexicon lexicon = NameLexicon.ofTokens(names, sources);
        assertThat(BackFromLatin.sameName(lexicon.part("هسن"), lexicon.part("حسن"))).isTrue();
        // حسين with its ي left out is written as حسن is: brothers' names stay two
        assertThat(BackFromLatin.sameName(lexicon.part("هسن"), lexicon.part("حسين"))).isFalse();
        assertThat(BackFromLatin.leavesOutLongVowels("hsn", "hsyn")).isTrue();
        assertThat(BackFromLatin.leavesOutLongVowels("hsyn", "hsn")).isFalse();
        assertThat(BackFromLatin.leavesOutLongVowels("abrhm", "abrhym")).isTrue();
        assertThat(BackFromLatin.leavesOutLongVowels("brhm", "abrhym")).isFalse();
        assertThat(BackFromLatin.leavesOutLongVowels("abrhm", "abrkym")).isFalse();
    }

    @Test
    void aShortSpellingBackFromLatinMeetsOnlyTheNameWithItsVeryLetters() {
        List<List<String>> names = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        add(names, sources, "ministry", "ضياء صالح المصري", 40);
        add(names, sources, "ministry", "دعاء خالد الطويل", 40);
        add(names, sources, "english", "ديه ساليه المسري", 40);
        add(names, sources, "english", "دوه خالد التويل", 40);
        NameLexicon lexicon = NameLexicon.ofTokens(names, sources);
        // Diya written back: the letters of ضياء (one consonant and a glide)
        assertThat(BackFromLatin.sameName(lexicon.part("ديه"), lexicon.part("ضيا"))).isTrue();
        assertThat(BackFromLatin.sameName(lexicon.part("دوه"), lexicon.part("ضيا"))).isFalse();
        // in lists written in Arabic, so short a skeleton says too little
        NameLexicon arabicOnly = NameLexicon.ofTokens(names, Collections.nCopies(names.size(), "ministry"));
        assertThat(BackFromLatin.sameName(arabicOnly.part("ديه"), arabicOnly.part("ضيا"))).isFalse();
    }

    @Test
    void noListIsBackFromLatinWhenEveryListWritesEmphaticLettersOrTooFewWords() {
        List<List<String>> names = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        add(names, sources, "ministry", "فاطمة صالح المصري", 40);
        add(names, sources, "hospital", "فاطمة صالح المصري", 10);
        add(names, sources, "hospital", "مهمد خالد هاسان", 30);
        assertThat(BackFromLatinLists.spellingsOnlyThere(names, sources)).isEmpty();
        // a short list says too little
        List<List<String>> few = new ArrayList<>(names);
        List<String> fewSources = new ArrayList<>(sources);
        add(few, fewSources, "english", "مهمد خالد هاسان", 20);
        assertThat(BackFromLatinLists.spellingsOnlyThere(few, fewSources)).isEmpty();
    }

    @Test
    void findsTheRetypedListOfTheGeneratorsAndNoneOfTheOthers() {
        assertThat(retyped(RetypedLists.generate(2_000, 3))).isNotEmpty()
                .allMatch(spelling -> !BackFromLatinLists.emphatic(spelling));
        assertThat(retyped(HarshLists.generate(2_000, 4, 3))).isEmpty();
        assertThat(retyped(SyntheticLists.generate(2_000, 4, 3))).isEmpty();
    }

    private static java.util.Set<String> retyped(List<LabelledVictim> lists) {
        List<VictimRecord> records = lists.stream().map(LabelledVictim::record).toList();
        return BackFromLatinLists.spellingsOnlyThere(records.stream().map(r -> NameTokens.of(r.name())).toList(),
                records.stream().map(VictimRecord::source).toList());
    }

    private static void add(List<List<String>> names, List<String> sources, String source, String name, int times) {
        names.addAll(Collections.nCopies(times, NameTokens.of(name)));
        sources.addAll(Collections.nCopies(times, source));
    }
}
