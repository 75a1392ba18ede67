package org.marsad.place.name;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.place.Gazetteer;
import org.marsad.place.Place;
import org.marsad.place.index.NameIndex;
import org.marsad.place.mention.Token;

/**
 * {@link NameKeys#looseReach} only cuts runs of words that can be no loosely spelled name: every name of the
 * gazetteer that a loose look finds, written in a mention before other words, is still reached, and words
 * that begin no name are cut short.
 */
class LooseReachTest {
    private static final NameIndex NAMES = Gazetteer.shipped().names();

    @Test
    void everyNameALooseLookFindsIsReachedWithWordsAfterIt() {
        int checked = 0;
        List<String> cut = new ArrayList<>();
        for (Place place : Gazetteer.shipped().places()) {
            List<String> spellings = new ArrayList<>(List.of(place.nameAr(), place.nameEn()));
            spellings.addAll(place.aliases());
            for (String spelling : spellings) {
                List<String> words = Token.foldedWords(spelling);
                if (words.isEmpty() || NAMES.approximate(words).places().isEmpty()) {
                    continue;
                }
                List<String> run = new ArrayList<>(words);
                run.add(words.get(0).charAt(0) < 0x250 ? "province" : "الجنوبي");
                run.add("x");
                checked++;
                if (NameKeys.looseReach(run, NAMES.loosePrefixes()) < words.size()) {
                    cut.add(spelling);
                }
            }
        }
        assertThat(checked).isGreaterThan(10_000);
        assertThat(cut).isEmpty();
    }

    @Test
    void wordsThatBeginNoNameAreCutShort() {
        List<String> run = List.of("qzxv", "wqpz", "zzkq", "xqvb");
        assertThat(NameKeys.looseReach(run, NAMES.loosePrefixes())).isEqualTo(1);
        List<String> arabic = Token.foldedWords("ظغظغ غظغظ ظغظغ");
        assertThat(NameKeys.looseReach(arabic, NAMES.loosePrefixes())).isEqualTo(1);
    }
}
