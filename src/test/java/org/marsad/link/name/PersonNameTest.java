package org.marsad.link.name;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.marsad.link.VictimRecord;
import org.junit.jupiter.params.provider.CsvSource;

class PersonNameTest {

    @ParameterizedTest
    @CsvSource({
        "أحمد محمد علي, true",       // علي: a grandfather's given name, or a family
        "أحمد محمد الحسن, false",    // the article: a family name
        "أحمد محمد أبو شمالة, false", // أبو: a family name
        "أحمد محمد كشكو, false",     // no given name people bear
        "أحمد علي, false",           // two words: not read as a grandfather
        "Ahmad Mohammad Ali, true",   // Latin letters of a given name
        "Ahmad Mohammad Kashko, false",
        "أحمد محمد سامي الحسن, false", // four words: the last is the family
        "أحمد, false"})
    void readsWhetherALastWordMayBeAGivenNameRatherThanTheFamilys(String written, boolean mayBeGiven) {
        assertThat(PersonName.parse(written, NameLexicon.of(List.of())).lastMayBeGiven()).isEqualTo(mayBeGiven);
    }

    @org.junit.jupiter.api.Test
    void readsALastWordThatTheListsWriteWithTheArticleElsewhereAsTheFamily() {
        // حسن is a given name, but a list that writes الحسن has a family of that name, whose article the
        // other lists drop
        List<VictimRecord> records = List.of(new VictimRecord("1", "أحمد محمد الحسن", "a", null, null, null, null, null),
                new VictimRecord("2", "أحمد محمد حسن", "b", null, null, null, null, null));
        NameLexicon lexicon = NameLexicon.of(records);
        assertThat(PersonName.parse("أحمد محمد حسن", lexicon).lastMayBeGiven()).isFalse();
        assertThat(PersonName.parse("أحمد محمد علي", lexicon).lastMayBeGiven()).isTrue();
    }
}
