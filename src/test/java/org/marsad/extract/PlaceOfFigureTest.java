package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.marsad.place.Candidate;
import org.marsad.place.Gazetteer;
import org.marsad.place.PlaceResolver;
import org.junit.jupiter.api.Test;

/** A figure's place as the commands resolve it: with the shipped gazetteer, so loose spellings are in play. */
class PlaceOfFigureTest {
    private final PlaceResolver places = new PlaceResolver(Gazetteer.shipped());
    private final ClaimExtractor extractor = new ClaimExtractor(text -> places.best(text).map(Candidate::pcode));

    @Test
    void aLowerCaseEnglishWordAfterInIsNoPlaceEvenWhenItLooksLikeAVillagesName() {
        Extraction e = extractor.extract("Three civilians were killed in the rubble of their home after an air strike.");
        assertThat(e.claims()).hasSize(1);
        Claim claim = e.claims().get(0);
        assertThat(claim.count()).isEqualTo(3);
        assertThat(claim.place() == null || claim.place().pcode() == null)
                .as("place of %s", claim.place()).isTrue();
    }

    @Test
    void aCapitalizedEnglishPlaceNameStillResolves() {
        Extraction e = extractor.extract("Three civilians were killed in Ariha after an air strike.");
        assertThat(e.claims()).hasSize(1);
        assertThat(e.claims().get(0).place()).isNotNull();
        assertThat(e.claims().get(0).place().pcode()).isNotNull();
    }

    @Test
    void anArabicPlaceAfterItsPrepositionStillResolves() {
        Extraction e = extractor.extract("قتل ثلاثة مدنيين في أريحا جراء غارة جوية.");
        assertThat(e.claims()).hasSize(1);
        assertThat(e.claims().get(0).place().pcode()).isNotNull();
    }

    @Test
    void anAirstrikeAfterInIsNoPlaceThoughAVillageIsNamedSo() {
        // غارة (an airstrike) is also a village's name: "في غارة" is the event, and the place may follow it
        Extraction e = extractor.extract("قتل خمسة مدنيين في غارة جوية استهدفت سوقاً شعبية.");
        assertThat(e.claims()).hasSize(1);
        assertThat(e.claims().get(0).place()).isNull();
        Extraction after = extractor.extract("قتل خمسة مدنيين في غارة جوية على بلدة كفرنبل.");
        assertThat(after.claims().get(0).place().text()).contains("كفرنبل");
        assertThat(after.claims().get(0).place().pcode()).isNotNull();
    }

    @Test
    void aPlaceWrittenBeforeItsFigureIsItsPlace() {
        // tolls by governorate: the place opens the clause, and the place after is the next figure's
        Extraction e = extractor.extract("قتل في حمص 12 شخصاً، وفي إدلب ثمانية أشخاص، وفي حماة، لقي 5 أشخاص مصرعهم.");
        assertThat(e.claims()).extracting(c -> c.place() == null ? null : c.place().pcode())
                .containsExactly("SY04", "SY07", "SY05");
        // "في" right after a figure's words is that figure's place, never the next one's
        Extraction after = extractor.extract("قتل 12 شخصاً في حمص و8 في إدلب.");
        assertThat(after.claims()).extracting(c -> c.place() == null ? null : c.place().pcode())
                .containsExactly("SY04", "SY07");
    }

    @Test
    void aPlaceHeadingItsLineBeforeAColonIsItsFiguresPlace() {
        // a toll by region, one line each: "جنوب سوريا: 7 قتلى" names the place before a colon
        Extraction e = extractor.extract("وجاءت حصيلة الغارات أمس كما يلي:\n- شمال سوريا: 7 قتلى و20 جريحاً.\n"
                + "- إدلب: 4 قتلى.\n");
        assertThat(e.claims()).extracting(c -> c.place() == null ? null : c.place().text())
                .containsExactly("شمال سوريا", "شمال سوريا", "إدلب");
        assertThat(e.claims().get(2).place().pcode()).isEqualTo("SY07");
        // guard: a toll word before the colon is no place
        Extraction toll = extractor.extract("الحصيلة النهائية: 9 قتلى.");
        assertThat(toll.claims()).hasSize(1);
        assertThat(toll.claims().get(0).place()).isNull();
    }
}
