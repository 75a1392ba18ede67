package org.marsad.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Wordings of Arabic tolls met in wire, ministry and observatory items not written for us (the seventh
 * reading), one sentence each, written for this test: "outcome count group within", in any order, nothing
 * else; {@code within} is the count of the figure the claim is part of, or "-".
 */
class ArabicTollWordingsTest {

    private static void assertClaims(String text, String expected) {
        ClaimsWithin.assertClaims(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // massacres are events counted apart from their dead
        "وبذلك ترتفع حصيلة المجازر منذ مطلع العام إلى 14 مجزرة. | ''",
        "وقالت الوزارة إن القوات ارتكبت 4 مجازر خلال يوم واحد، وصل منها إلى المستشفيات 38 قتيلاً و90 جريحاً. "
                + "| killed 38 person -; injured 90 person -",
        // "whose victims were": the massacre's dead
        "ووثقت الشبكة 9 مجازر في الشهر الماضي راح ضحيتها 40 مدنياً بينهم 12 طفلاً. | killed 40 civilian -; killed 12 child 40",
        "وقعت مجزرة في القرية ذهب ضحيتها 7 أشخاص. | killed 7 person -"
    })
    void massacresAreNoCountOfPeople(String text, String expected) {
        assertClaims(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // a thousand in words and the rest in digits is no year; the hundreds may follow the thousands without و
        "وارتفع عدد قتلى طالبي المساعدات إلى ألف و932، والجرحى إلى 12 ألفًا و407. | killed 1932 person -; injured 12407 person -",
        "وبلغ عدد الجرحى منذ بدء الهجوم 27 ألفًا 615 جريحًا. | injured 27615 person -",
        // injuries counted as cases share the verb of the toll before them, as "والجرحى إلى" does
        "وارتفع عدد شهداء المساعدات إلى 850، والإصابات إلى 5 آلاف و210. | killed 850 person -; injured 5210 person -",
        "وفي عام 1996 قتل 12 مدنياً في القصف. | killed 12 civilian -",
        // half or a quarter of a million
        "وتخطت حصيلة القتلى نصف مليون شخص منذ بداية النزاع. | killed 500000 person -",
        "وقال إن حصيلة الضحايا المدنيين تجاوزت حاجز الربع مليون قتيل. | killed 250000 civilian -",
        // each part of the toll in brackets, split by the thousands: "(52) ألفًا و(417)" is 52,417
        "وصلت حصيلة القتلى في القطاع إلى (52) ألفًا و(417) قتيلًا، و(118) ألفًا و(96) مصابًا. "
                + "| killed 52417 person -; injured 118096 person -",
        // guard: a number in brackets alone stays what it is
        "وأعلنت الوزارة مقتل (37) شخصًا و(140) جريحًا في الغارات. | killed 37 person -; injured 140 person -"
    })
    void readsLargeTollsAsTheWiresWriteThem(String text, String expected) {
        assertClaims(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // "fell, between dead and wounded": both outcomes together, no claim, whatever verb comes between
        "وأفاد مصدر طبي بأن 9 أشخاص سقطوا بين قتيل وجريح في الانفجار. | ''",
        "وسقط 9 أشخاص بين قتيل وجريح في الانفجار. | ''"
    })
    void theDeadAndWoundedTogetherAfterAVerb(String text, String expected) {
        assertClaims(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // a family "made up of a father, a mother and …": the parents count, within the family's toll
        "قتل 6 مدنيين من أسرة واحدة، مؤلفة من أب وأم وأربعة أطفال، بقصف على منزلهم. "
                + "| killed 6 civilian -; killed 1 man 6; killed 1 woman 6; killed 4 child 6",
        "وقضت أسرة مكونة من أب وأم وطفلين تحت أنقاض منزلها بعد الغارة. | killed 1 man -; killed 1 woman -; killed 2 child -",
        // أسرة (family) spelled with its hamza opens the list as عائلة does
        "استشهد 5 مواطنين من أسرة واحدة، هم أب وأم وثلاثة أطفال. "
                + "| killed 5 civilian -; killed 1 man 5; killed 1 woman 5; killed 3 child 5",
        "وتوفي الأب متأثراً بجراحه في المستشفى. | killed 1 man -",
        // the same family listed again in a quote is counted once
        "قتل 4 مدنيين من أسرة واحدة، مكونة من أب وأم وطفلتين، في قصف على القرية. وقالت القناة إن أسرة مكونة من "
                + "أب وأم وطفلتين استشهدوا في القصف. | killed 4 civilian -; killed 1 man 4; killed 1 woman 4; killed 2 child 4"
    })
    void aFamilyMadeUpOfItsMembers(String text, String expected) {
        assertClaims(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // parts told by what killed them: "16 by an airstrike" counts people, not strikes
        "قتل 19 مدنياً في الريف الشرقي، منهم 12 بغارة على السوق و7 بقذائف المدفعية. "
                + "| killed 19 civilian -; killed 12 civilian 19; killed 7 civilian 19",
        "وقتل 15 شخصاً في المدينة أمس، منهم 9 بغارات جوية. | killed 15 person -; killed 9 person 15",
        "وشنت الطائرات 16 غارة على البلدة وقتل 3 مدنيين. | killed 3 civilian -"
    })
    void aPartToldByItsCause(String text, String expected) {
        assertClaims(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // an armed opponent is a fighter; an opponent with no arms named is no count
        "وقتل 4 مدنيين ومعارضاً مسلحاً في الاشتباكات. | killed 4 civilian -; killed 1 fighter -",
        "وأفاد المرصد بمقتل معارض مسلح برصاص مجهولين في ريف درعا. | killed 1 fighter -",
        "وقال معارض بارز إن القصف مستمر منذ الصباح. | ''"
    })
    void anArmedOpponentIsAFighter(String text, String expected) {
        assertClaims(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // the object of a verb of killing, its subject an armed body between them
        "وقتلت الميليشيا مدنياً واحداً في البلدة. | killed 1 civilian -",
        "وقتلت الفصائل المسلحة المعارضة مدنياً واحداً خلال الشهر. | killed 1 civilian -",
        "وأشارت الشبكة إلى مقتل مدني على يد قوات قسد، وقتلت هيئة تحرير الشام مدنياً. | killed 1 civilian -; killed 1 civilian -",
        "قتلت ميليشيات الحوثي، امرأة بشظايا صاروخ في المدينة. | killed 1 woman -",
        "وقصفت قوات النظام منزلاً في البلدة. | ''"
    })
    void theOneAVerbOfKillingTakesAfterItsSubject(String text, String expected) {
        assertClaims(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // a sentence opened by the governorate alone restates a toll told in a village of it; another
        // governorate, or a village named in each, keeps two tolls
        "قتل 4 مدنيين في قرية الحراك بريف درعا اليوم جراء القصف. وفي درعا، قتل 4 مدنيين بقصف مدفعي على البلدات. "
                + "| killed 4 civilian -",
        "قتل 4 مدنيين في قرية الحراك بريف درعا اليوم. وفي حمص، قتل 4 مدنيين بقصف مدفعي. "
                + "| killed 4 civilian -; killed 4 civilian -",
        "قتل 4 مدنيين في قرية الحراك بريف درعا اليوم. وفي درعا، قتل 4 مدنيين في بلدة الجيزة. "
                + "| killed 4 civilian -; killed 4 civilian -"
    })
    void aGovernorateOpeningASentenceHoldsItsVillage(String text, String expected) {
        assertClaims(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // a lead that tells the part a wire leads with, then the whole in the body: one figure, the part
        "قتل 17 طفلاً على الأقل في غارات على ريف حلب أمس. وقال المرصد إنه وثق مقتل 39 مدنياً بينهم 17 طفلاً "
                + "و3 نساء في الغارات. | killed 39 civilian -; killed 17 child 39; killed 3 woman 39",
        // not past the lead, nor on another day
        "وقتل 12 مدنياً في القصف على البلدة. وقتل 5 أطفال في قصف آخر على المخيم. وفي المدينة قتل 9 مدنيين بينهم "
                + "5 أطفال. | killed 12 civilian -; killed 5 child -; killed 9 civilian -; killed 5 child 9",
        "قتل 5 أطفال في قصف على دوما يوم الاثنين. وقتل 12 مدنياً بينهم 5 أطفال يوم الأربعاء. "
                + "| killed 5 child -; killed 12 civilian -; killed 5 child 12"
    })
    void aLeadTellingThePartOfATollInTheBody(String text, String expected) {
        assertClaims(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // "the two victims", "the two dead": the two persons told one by one before, not two more
        "قتلت امرأة وطفلها اليوم إثر سقوط قذيفة على منزلهم، ما تسبب في مصرع الضحيتين على الفور. "
                + "| killed 1 woman -; killed 1 child -",
        "قتل رجل في القصف على السوق. وقتل آخر في الحي. وقال الأهالي إن القتيلين من عائلة واحدة. "
                + "| killed 1 man -; killed 1 person -",
        "قتل رجل في القصف على السوق. وقتل آخر في الحي. وأصيب شخصان في القصف على المدرسة. "
                + "| killed 1 man -; killed 1 person -; injured 2 person -",
        "قُتل الطفلان أحمد وعلي في الغارة على المنزل. | killed 2 child -"
    })
    void theTwoVictimsToldOneByOneBefore(String text, String expected) {
        assertClaims(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // "included": the parts of the toll before it, as بينهم and منهم list them
        "وأدى القصف إلى مقتل 52 شخصاً تضمنت 20 طفلاً و9 نساء. | killed 52 person -; killed 20 child 52; killed 9 woman 52",
        "قتل 64 مدنياً في الغارات، وتضمّن الحصيلة 21 طفلاً. | killed 64 civilian -; killed 21 child 64",
        // the injured named after the parts hold the منهم after them: their parts are not the women's
        "وأدى القصف إلى مقتل 52 شخصاً تضمنت 20 طفلاً و9 نساء وأعداد كبيرة من الجرحى من ضمنهم 40 بينهم 8 أطفال. "
                + "| killed 52 person -; killed 20 child 52; killed 9 woman 52",
        // a report that includes chapters is no toll
        "وتضمن التقرير 5 فصول عن الانتهاكات. | ''"
    })
    void includedListsTheParts(String text, String expected) {
        assertClaims(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // "went as victims of these massacres": ضحية bare, in construct with the event, marks the dead
        "وذهب ضحية هذه المجازر 218 مدنياً بينهم 70 طفلاً. | killed 218 civilian -; killed 70 child 218",
        "وراح ضحية القصف 12 شخصاً. | killed 12 person -",
        // the massacres themselves stay no count
        "وارتكبت القوات 6 مجازر في الشهر الماضي. | ''"
    })
    void aVictimOfTheEventMarksTheDead(String text, String expected) {
        assertClaims(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // "about 200 dead a day has become": an average the clause goes on after, no claim
        "ويقول ناشطون إن سقوط نحو 150 قتيلاً في اليوم أصبح أمراً مألوفاً. | ''",
        // a day the words name is one day's count
        "وقتل 150 شخصاً في اليوم الأول من الهجوم. | killed 150 person -",
        "وقتل 30 مدنياً في اليوم نفسه. | killed 30 civilian -"
    })
    void aDailyAverageIsNoClaim(String text, String expected) {
        assertClaims(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // a list of the dead given after the toll, "among them" the same parts: counted once
        "قتل 21 شخصاً من عائلة واحدة بينهم ستة أطفال وأربع نساء في غارة على منزلهم. وقدم المسعف قائمة بأسماء "
                + "القتلى، بينهم ستة أطفال وأربع نساء. | killed 21 person -; killed 6 child 21; killed 4 woman 21",
        // parts of another count are more of the dead told apart
        "قتل 21 شخصاً بينهم ستة أطفال في غارة على منزلهم. وقدم المسعف قائمة بأسماء القتلى، بينهم ثلاث نساء. "
                + "| killed 21 person -; killed 6 child 21; killed 3 woman -"
    })
    void aListOfTheDeadToldAgainWithItsParts(String text, String expected) {
        assertClaims(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // siblings counted "among the children killed" are children (held within the toll, not yet within
        // the children's figure, which would be the nearer whole)
        "وقتل 25 مدنياً بينهم 11 طفلاً في الغارات. ومن بين الأطفال القتلى 6 أشقاء من عائلة واحدة. "
                + "| killed 25 civilian -; killed 11 child 25; killed 6 child 25",
        "وقتل 25 مدنياً في الغارات. ومن بين القتلى 6 أشقاء. | killed 25 civilian -; killed 6 person 25"
    })
    void siblingsAmongTheChildrenAreChildren(String text, String expected) {
        assertClaims(text, expected);
    }

    // The eighth reading (tolls of observatories, ministries and wires in Syria, Gaza, Lebanon, Yemen, Iraq,
    // Libya and Sudan): each row a sentence of our own in the shape met there.

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // ألفا right before its noun is the dual in construct: two thousand, as ألفي is
        "وقال ناشطون إن المعارك أوقعت ألفا قتيل في المدينة منذ بداية الشهر. | killed 2000 person -",
        // the accusative ألفاً (a thousand) before من or و stays a thousand
        "وقتل ألفاً من المدنيين خلال عام. | killed 1000 civilian -",
        "وتجاوزت الحصيلة ألفاً و300 قتيل. | killed 1300 person -"
    })
    void theDualOfThousandsBeforeItsNoun(String text, String expected) {
        assertClaims(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // a figure the clause calls an average ("المعدل اليومي", "متوسط") counts no one day
        "وأوضح المدير أن المعدل اليومي للقتلى منذ مطلع الشهر بلغ 40 قتيلاً. | ''",
        "وبلغ متوسط عدد القتلى في الشهر 50 قتيلاً، فيما قتل 20 شخصاً أمس. | killed 20 person -",
        // the toll before "بمعدل" is a count; only the figure after it is the average
        "وقتل 300 شخص خلال الشهر، بمعدل 10 أشخاص يومياً. | killed 300 person -"
    })
    void aFigureCalledAnAverageIsNoClaim(String text, String expected) {
        assertClaims(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // the wounded told after the dead's parts, in the same list, are no part of the dead
        "وارتفع عدد الشهداء منذ بدء العدوان إلى 420 بينهم 75 طفلاً و1300 جريح. "
                + "| killed 420 person -; killed 75 child 420; injured 1300 person -",
        "وأعلن الوزير ارتفاع شهداء الغارات منذ مطلع الشهر إلى 420 بينهم 75 طفلاً و1300 جريح. "
                + "| killed 420 person -; killed 75 child 420; injured 1300 person -",
        // the wounded's own parts stay theirs
        "وبلغ عدد الجرحى 500 بينهم 60 طفلاً و40 امرأة. | injured 500 person -; injured 60 child 500; injured 40 woman 500"
    })
    void theWoundedAfterTheDeadsPartsAreNoPartOfTheDead(String text, String expected) {
        assertClaims(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // a brigade, division or battalion named by its number: the number counts no one
        "وأكد المستشفى سقوط 12 قتيلًا وإصابة 30 آخرين على الأقل، في حصيلة أولية للمواجهات بين اللواء 166 "
                + "وقوة الأمن المركزي. | killed 12 person -; injured 30 person -",
        "وقتل 9 أشخاص في اشتباكات بين الفرقة 25 والكتيبة 101 قرب المطار. | killed 9 person -",
        // guard: people counted right after the formation are counted
        "وقتل من الفرقة 14 عنصرًا في الكمين. | killed 14 fighter -"
    })
    void aFormationNamedByItsNumberCountsNoOne(String text, String expected) {
        assertClaims(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // the detained counted after the dead: no claim (GOLD.md records killed and injured only)
        "ووثقت المنظمة مقتل 85 طفلاً على الأقل خلال الحصار، في حين بلغ عدد الأطفال المعتقلين 420 طفلاً. "
                + "| killed 85 child -",
        "وقتل 30 مدنياً في القصف، وبلغ عدد المحتجزين لدى الفصائل 210 أشخاص. | killed 30 civilian -",
        // guard: the children killed counted after a toll word stay a claim
        "وبلغ عدد الأطفال القتلى 60 طفلاً. | killed 60 child -",
        // guard: المعتقلات are also the detention centres where the dead counted after them died
        "وقتل 6 مواطنين تحت التعذيب في المعتقلات الأمنية، و25 بينهم 8 أطفال في القصف. "
                + "| killed 6 civilian -; killed 25 civilian -; killed 8 child 25"
    })
    void theDetainedAreNotTheDead(String text, String expected) {
        assertClaims(text, expected);
    }
}
