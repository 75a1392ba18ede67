package org.marsad.extract.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A word for a kind of place heads a place, except before a part of the body and as "live" fire. */
class PlaceWordsTest {

    private static int indexOf(Document doc, String word) {
        for (int i = 0; i < doc.size(); i++) {
            if (doc.slice(i, i + 1).equals(word)) {
                return i;
            }
        }
        throw new AssertionError(word + " not in " + doc.text());
    }

    @ParameterizedTest(name = "{0}: {1} {2}")
    @CsvSource({
        "استشهد طفل في حي الشجاعية, حي, true",
        "قتل شاب في مدينة حلب, مدينة, true",
        "أصيب شاب برصاصة في منطقة البطن, منطقة, false",
        "قتل شاب بالرصاص الحي قرب الحاجز, الحي, false",
        "قتل شاب في الحي الشرقي, الحي, true",
    })
    void aPlaceWordHeadsAPlaceUnlessAWoundOrLiveFire(String text, String word, boolean heads) {
        Document doc = new Document(text);
        assertThat(PlaceWords.headsPlace(doc, indexOf(doc, word))).isEqualTo(heads);
    }

    @ParameterizedTest(name = "{0}: {1} {2}")
    @CsvSource({
        "أصيب بعيار في القدم, القدم, true",
        "قتل شاب في القدم بدمشق, شاب, false",
    })
    void partsOfTheBodyAreWounds(String text, String word, boolean wound) {
        Document doc = new Document(text);
        assertThat(PlaceWords.wound(doc, indexOf(doc, word))).isEqualTo(wound);
    }
}
