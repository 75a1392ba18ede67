package org.marsad.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How Arabic reports not written for us tell the parts of a figure (wire items relaying an observatory,
 * health ministries' family items), one sentence each, written for this test: "outcome count group within",
 * in any order, nothing else. {@code within} is the count of the figure the claim is part of, or "-".
 */
class ArabicPartsTest {

    private static void assertClaims(String text, String expected) {
        ClaimsWithin.assertClaims(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // "one family" is no count of one, and the بينهم after it lists the parts of the figure before it
        "استشهد 8 مواطنين من عائلة واحدة بينهم 3 أطفال في قصف على المخيم. | killed 8 civilian -; killed 3 child 8",
        "وذكر المسعفون أن 9 أشخاص من أسرة واحدة قتلوا في الغارة. | killed 9 person -",
        "قتلت غارة واحدة 4 مدنيين في البلدة. | killed 4 civilian -",
        "وقتل طفل واحد في القصف. | killed 1 child -"
    })
    void oneFamilyIsNoCountOfOne(String text, String expected) {
        assertClaims(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // a nationality counted in the dual is two persons, as مدنيان and شابان are
        "كما استشهد فلسطينيان في قصف على منزل شرق المدينة. | killed 2 person -",
        "وأصيب لبنانيان بجروح في الغارة. | injured 2 person -",
        "وقتلت سوريتان في انفجار لغم قرب الحدود. | killed 2 person -"
    })
    void aNationalityInTheDualIsTwo(String text, String expected) {
        assertClaims(text, expected);
    }

    @org.junit.jupiter.api.Test
    void thePartsOfATotalOnTheNextLine() {
        // wires and observatories put each sentence on a line of its own
        assertClaims("قتل 27 مدنياً في القصف على البلدة اليوم، وفق حصيلة جديدة.\nوأفاد المرصد أن بين القتلى خمسة أطفال.",
                "killed 27 civilian -; killed 5 child 27");
        assertClaims("قتل 27 مدنياً على الأقل في القصف على المخيم.\n\nوقال الأطباء إن من بين القتلى 6 أطفال وامرأة.",
                "killed 27 civilian -; killed 6 child 27; killed 1 woman 27");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // "and three others, among them two children": another toll beside the first, not a part of it
        "وأشار إلى مقتل ستة مدنيين بينهم طفلان في بلدة الشيخ وأربعة آخرين بينهم طفل في القرية المجاورة. "
                + "| killed 6 civilian -; killed 2 child 6; killed 4 civilian -; killed 1 child 4",
        // tolls by village that add up to the day's toll are its breakdown; the next village's toll, joined by و
        // to the first with its own بينهم, is no part of the first even when the later ones add up to it
        "قتل 17 مدنياً اليوم في غارات على الريف. وقتل تسعة مدنيين بينهم طفلان في قرية الشيخ وأربعة مدنيين بينهم "
                + "طفل في قرية التل. وقتل خمسة مدنيين في البلدة. | killed 17 civilian -; killed 9 civilian -; "
                + "killed 2 child 9; killed 4 civilian -; killed 1 child 4; killed 5 civilian -"
    })
    void tollsBesideEachOtherAndTheirBreakdown(String text, String expected) {
        assertClaims(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // a mother "with" her children is counted as "and"; a lone noun right after هم is the first item
        "قتل 9 مدنيين بينهم أم مع أطفالها الخمسة في القصف. | killed 9 civilian -; killed 1 woman 9; killed 5 child 9",
        "قتل ستة مدنيين هم امرأة وخمسة من أطفالها. | killed 6 civilian -; killed 1 woman 6; killed 5 child 6",
        "وقتل 4 مدنيين وهم رجل وثلاثة أطفال. | killed 4 civilian -; killed 1 man 4; killed 3 child 4",
        "وخرجت أم مع جارتها من الحي قبل القصف. | ''",
        // a family spelled out after "of one family": the father, the mother and their children
        "استشهد خمسة مواطنين من عائلة واحدة هم الأب والأم وأولادهما الثلاثة في قصف على المنزل. "
                + "| killed 5 civilian -; killed 1 man 5; killed 1 woman 5; killed 3 person 5",
        "وقالت الأم إن ابنها خرج إلى السوق صباحاً. | ''"
    })
    void aMotherWithHerChildrenAndTheFirstItemAfterHum(String text, String expected) {
        assertClaims(text, expected);
    }
}
