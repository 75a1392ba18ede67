package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The ways real reports write their figures, one small sentence each (written for this test), with
 * the claims a documenter records from it: "outcome count group", in any order, nothing else.
 */
class PhenomenaTest {

    private final ClaimExtractor extractor = new ClaimExtractor();

    private void assertClaims(String text, String expected) {
        List<String> got = extractor.extract(text).claims().stream()
                .map(c -> c.outcome().code() + " " + c.count() + " " + c.group().code()).sorted().toList();
        List<String> want = expected.isBlank() ? List.of()
                : Arrays.stream(expected.split(";")).map(String::strip).sorted().toList();
        assertThat(got).as(text).isEqualTo(want);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "بلغت حصيلة الحرب 27 ألفاً و512 قتيلاً. | killed 27512 person",
        "قتل أكثر من 12 ألف شخص منذ بدء الهجوم. | killed 12000 person",
        "وثق المركز مقتل 5 آلاف و208 مدنيين خلال العام. | killed 5208 civilian",
        "وقالت الوزارة إن ستة آلاف و[311] شخصاً قتلوا منذ الشتاء. | killed 6311 person",
        "أسفر القصف عن مقتل أكثر من ألفي مقاتل. | killed 2000 fighter"
    })
    void readsThousandsWrittenWithDigitsAndWords(String text, String expected) {
        assertClaims(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "ارتفع عدد القتلى إلى (41)، من بينهم (9) أطفال و(3) سيدات. | killed 41 person; killed 9 child; killed 3 woman",
        "وبلغ عدد الجرحى [76] بينهم [20] طفلاً. | injured 76 person; injured 20 child"
    })
    void readsFiguresInBrackets(String text, String expected) {
        assertClaims(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "وقال المكتب إن بين كل 10 قتلى هناك 4 أطفال. | ''",
        "وأوضح أن 2 إلى 6 جثث من كل 10 جثث كانت مشوهة. | ''",
        "Two in every five people killed were children. | ''"
    })
    void readsNoClaimFromRates(String text, String expected) {
        assertClaims(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "وأوضح أن من بين القتلى 83 مدنياً و12 مقاتلاً. | killed 83 civilian; killed 12 fighter",
        "وكان بين الجرحى 15 طفلاً. | injured 15 child",
        "وارتفعت الحصيلة إلى 38 شخصاً في المدينة. | killed 38 person",
        "وبلغت حصيلة القتلى والجرحى 40 شخصاً. | ''"
    })
    void readsTheOutcomeNamedBeforeTheCount(String text, String expected) {
        assertClaims(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "قتل 17 مدنياً بينهم 4 أطفال في قصف على السوق. وأكد الدفاع المدني أن 17 مدنياً بينهم 4 أطفال قتلوا. "
                + "| killed 17 civilian; killed 4 child",
        "قتل 9 أشخاص في القصف. وكان بين القتلى التسعة مدنيون. وأحصى الفريق مقتل 9 مدنيين. | killed 9 civilian",
        "At least 23 people were killed on Monday. Medics said 23 civilians died in the raid. | killed 23 civilian",
        "قتل 6 أطفال في إدلب وقتل 6 أطفال في حماة. | killed 6 child; killed 6 child"
    })
    void recordsARepeatedFigureOnce(String text, String expected) {
        assertClaims(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "وأصيب 40 شخصاً بينهم 15 رجلاً 9 نساء 16 طفلاً. | injured 40 person; injured 15 man; injured 9 woman; injured 16 child",
        "وأصيب 11 شخصاً بينهم 6 رجال، 5 أطفال. | injured 11 person; injured 6 man; injured 5 child"
    })
    void readsListsWithoutAnd(String text, String expected) {
        assertClaims(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "قضى أربعة أطفال وأصيب عشرة آخرون بقصف على القرية. | killed 4 child; injured 10 person",
        "قتل خمسة مدنيين وأصيب سبعة آخرون. | killed 5 civilian; injured 7 civilian"
    })
    void givesOthersAWideGroupOnly(String text, String expected) {
        assertClaims(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "أدى القصف إلى مقتل زوجته وابنته وإصابة والده. | killed 1 woman; killed 1 person; injured 1 man",
        "قتلت زوجته في الغارة. وأكد الجيران مقتل زوجته. | killed 1 woman",
        "قتل 7 أشخاص بينهم زوجته في الغارة. | killed 7 person",
        "أصيبت والدتهما. وبلغ عدد الجرحى في البلدة 9 أشخاص. | injured 9 person",
        "قال والده إن القصف لم يتوقف. | ''",
        "The strike killed his wife and injured his father. | killed 1 woman; injured 1 man"
    })
    void countsUnnamedRelativesNoFigureHolds(String text, String expected) {
        assertClaims(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "قتل رجل وأصيب آخر برصاص مجهولين. | killed 1 man; injured 1 man",
        "قتل شخص في الساحة وآخر قرب الجسر. | killed 1 person; killed 1 person",
        "قتل ستة متظاهرين في المدينة، فيما قتل السابع في القرية. | killed 6 person; killed 1 person",
        "ونشر الموقع آخر حصيلة للقصف. | ''",
        "A soldier was killed and another soldier wounded. | killed 1 fighter; injured 1 fighter"
    })
    void countsAnotherAndOrdinalsAsOneMore(String text, String expected) {
        assertClaims(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "وقتلت أم وأطفالها الخمسة في القصف. | killed 1 woman; killed 5 child",
        "A family of five was killed in the strike. | killed 5 person",
        "Nine of its workers were killed. | killed 9 person",
        "وسجل المستشفى 14 إصابة بجروح متوسطة. | injured 14 person",
        "ووثق المكتب 23 حالة قتل خارج القانون. | killed 23 person",
        "وقع 8 قتلى في صفوف قوات النظام و3 قتلى في صفوف المدنيين. | killed 8 fighter; killed 3 civilian"
    })
    void readsCountsWrittenAroundTheirNoun(String text, String expected) {
        assertClaims(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "قتل 30 مدنياً، 12 منهم في درعا و10 في حماة وأربعة في كل من اللاذقية وطرطوس، وأصيب 20 آخرون. "
                + "| killed 30 civilian; killed 12 civilian; killed 10 civilian; killed 4 civilian; killed 4 civilian; "
                + "injured 20 civilian",
        "Six people were killed in each of Aleppo, Idlib and Hama. | killed 6 person; killed 6 person; killed 6 person",
        "وثق الفريق مقتل مدنيين اثنين على يد قوات النظام وواحد على يد فصائل المعارضة. "
                + "| killed 2 civilian; killed 1 civilian",
        "استشهد 11 مواطناً هم 3 مواطنات وخمسة أطفال. | killed 11 civilian; killed 3 woman; killed 5 child"
    })
    void readsPerPlaceAndPerPerpetratorEnumerations(String text, String expected) {
        assertClaims(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "قتل 40 مدنياً بينهم ثلاثة من العاملين في الإغاثة. | killed 40 civilian; killed 3 civilian",
        "سقط 22 مدنياً في القصف. | killed 22 civilian",
        "قتل 3 من عمال الإغاثة، قتل أحدهم برصاص قناص فيما قتل الآخران بغارة. "
                + "| killed 3 civilian; killed 1 civilian; killed 2 civilian",
        "قتل 12 مدنياً بينهم 9 أطفالاً وسيدة. | killed 12 civilian; killed 9 child; killed 1 woman",
        "قتل ألف و200 طفلاً وطفلة منذ بداية العام. | killed 1200 child",
        "قتل 6 من أفراد قوات الأمن في الهجوم. | killed 6 fighter",
        "Nine people were killed and 14 others were injured. | killed 9 person; injured 14 person",
        "Three hospital staff were killed. | killed 3 person",
        "قتل 80 مدنياً، سقط 50 مدنياً منهم على يد قوات النظام بينهم 20 طفلاً. "
                + "| killed 80 civilian; killed 50 civilian; killed 20 child"
    })
    void readsListsOfStatisticalReports(String text, String expected) {
        assertClaims(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Israeli strikes have killed more than 60 Hezbollah fighters. | killed 60 fighter",
        "Nearly two dozen civilians were killed in the raids. | killed 24 civilian"
    })
    void readsEnglishCountsOfArmedBodiesAndDozens(String text, String expected) {
        assertClaims(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Between five and nine civilians were killed in the shelling. | killed 5 civilian",
        "قتل ما بين 5 و9 مدنيين في القصف. | killed 5 civilian",
        "قتل بين خمسة وتسعة أطفال في الغارة. | killed 5 child"
    })
    void readsTheLowCountOfARange(String text, String expected) {
        assertClaims(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The death toll surpassed 200 on Sunday. | killed 200 person",
        "The death toll rose to over 200 on Sunday. | killed 200 person"
    })
    void readsATollThatCrossedANumber(String text, String expected) {
        assertClaims(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "قتل الطفلان بقذيفة سقطت قرب المدرسة. | killed 2 child",
        "قتل 4 مدنيين بينهم طفلان في غارة على البلدة، والطفلان هما سامر ومنى. | killed 4 civilian; killed 2 child",
        "وكانت الغارة قد أدت إلى إصابة طفلين استشهدا لاحقاً في المستشفى. | injured 2 child",
        "خلف الانفجار 30 قتيلاً و75 جريحاً بينهم 9 أطفال. | killed 30 person; injured 75 person",
        "وتحول المسعف إلى ضحية حين عاودت الطائرة القصف. | ''",
        "وارتفع عدد الضحايا إلى مئتي مدني بين قتيل وجريح. | ''"
    })
    void readsDefiniteDualsAndTheCueBeforeFirst(String text, String expected) {
        assertClaims(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The shelling on March 14 reportedly killed 9 villagers. | killed 9 civilian",
        "Twelve people were injured, including 4 who lost a leg. | injured 12 person; injured 4 person",
        "Two soldiers lost their lives in the ambush. | killed 2 fighter",
        "Eight people were taken to hospital after the blast. | injured 8 person",
        "The drone strike killed one ISIS member near the bridge. | killed 1 fighter"
    })
    void readsEnglishDatesLossesAndHospitalAdmissions(String text, String expected) {
        assertClaims(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Three civilians, a woman and her two sons, were killed and a man, who witnesses said was a guard, was hurt. "
                + "| killed 3 civilian; killed 1 woman; killed 2 person; injured 1 man",
        "A family of five - father, mother and three children - were among the 23 people killed in the raid. "
                + "| killed 23 person; killed 5 person; killed 1 man; killed 1 woman; killed 3 child",
        "The shell also wounded their grandmother, who was taken to a clinic. | injured 1 woman",
        "A farmer was killed in the raid. The wounded farmer later told reporters he saw the plane. | killed 1 civilian",
        "A shepherd was injured, and the army said he was a smuggler or a spy. | injured 1 civilian"
    })
    void readsEnglishAppositionsRelativeClausesAndReferences(String text, String expected) {
        assertClaims(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "At least 40 people died in the bombing. Most were fighters, but 11 were civilians. "
                + "| killed 40 person; killed 11 civilian",
        "Nine aid workers were killed at the crossing; three were local drivers and one was a doctor. "
                + "| killed 9 person; killed 3 person; killed 1 person",
        "Relief groups said six medics died on Sunday. One of the six was a nurse. "
                + "| killed 6 person; killed 1 person",
        "Up to 30 civilians, including 8 nurses and up to 12 children, were killed and up to 60 others were hurt. "
                + "| killed 30 civilian; killed 8 person; killed 12 child; injured 60 civilian"
    })
    void readsEnglishPartsNamedByBeingAndByTheirWhole(String text, String expected) {
        assertClaims(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "قتل 7 مدنيين، وهم 4 بينهم سيدة وطفل جراء غارة على السوق، ورجل جراء قصف مدفعي على الحي. "
                + "| killed 7 civilian; killed 4 civilian; killed 1 woman; killed 1 child; killed 1 man",
        "ومسن فارق الحياة متأثراً بجراحه في المستشفى. | killed 1 man",
        "قتل 4 عناصر هم ثلاثة من قوات النظام وواحد من المليشيات الموالية. "
                + "| killed 4 fighter; killed 3 fighter; killed 1 fighter"
    })
    void readsArabicListsSpelledOutAfterTheirTotal(String text, String expected) {
        assertClaims(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "By Friday the toll had climbed to 210. | killed 210 person",
        "The shelling caused the deaths of the imam of the old mosque in the northern quarter of the town and four "
                + "of his grandchildren. | killed 4 person",
        "A family of nine was wiped out when the house collapsed. | killed 9 person",
        "Four people died in the collapse, and rescuers pulled one girl alive from the rubble. | killed 4 person",
        "وتمكنت فرق الدفاع المدني من إخراج طفل حياً من تحت الأنقاض. | ''"
    })
    void readsEnglishTollsFarListItemsAndSurvivors(String text, String expected) {
        assertClaims(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "وقالت المصادر إن رضيعين كانا من بين القتلى في الغارة. | killed 2 child",
        "Two reporters and a driver were among the wounded, the agency said. | injured 2 civilian; injured 1 person",
        "وقتل 9 أشخاص بينهم ثلاثة مسعفين من فرق الإسعاف. | killed 9 person; killed 3 person"
    })
    void readsFiguresAmongTheDeadAndMedicsAsPersons(String text, String expected) {
        assertClaims(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "وأسفرت المعارك عن مقتل 56 “مقاتلاً” من الطرفين؛ بينهم قائدان، و30 من قوات النظام. "
                + "| killed 56 fighter; killed 2 fighter; killed 30 fighter",
        "وارتفع عدد الأشخاص الذين قضوا في السجون إلى 64 شخصاً. | killed 64 person",
        "The number of people who were killed in the camp rose to 31. | killed 31 person",
        "وقتل 6 مدنيين بينهم معلمتان وطالبة في قصف على المدرسة. | killed 6 civilian; killed 2 person; killed 1 person"
    })
    void readsQuotedNounsTollsNamedByAClauseAndClausesJoinedBySemicolons(String text, String expected) {
        assertClaims(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "وبلغ عدد القتلى في المواجهات بين الطرفين في ريف المدينة الشمالي، منذ مطلع شباط الماضي، مئتين وواحداً وأربعين "
                + "شخصاً بينهم سبعة مدنيين. | killed 241 person; killed 7 civilian",
        "وارتفعت أعداد القتلى من الفصائل المسلحة إلى 77 منذ بدء الهجوم. | killed 77 fighter",
        "وارتفعت حصيلة الضحايا منذ أحد عشر شهراً إلى 90 قتيلاً. | killed 90 person",
        "ووثق المرصد مقتل 12 شخصاً، وبحسب الوزارة فإن من بين الضحايا اثنين من الكوادر الطبية. | killed 12 person; killed 2 person"
    })
    void readsFarTollsNumberWordsAndPartsOfTheDead(String text, String expected) {
        assertClaims(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "وأوضحت الوزارة أن 3 آلاف و112 من الشهداء هم أطفال، إضافة إلى ألف و40 شهيدة من النساء. "
                + "| killed 3112 child; killed 1040 woman",
        "وأحصت الشبكة مقتل 210 عناصر من قوات النظام مقابل 185 مقاتلاً من الفصائل. | killed 210 fighter; killed 185 fighter",
        "وأسفر القصف عن مقتل 47 طفلاً، إضافة إلى 31 امرأة. | killed 47 child; killed 31 woman",
        "Eleven soldiers were killed in the ambush, in addition to 4 policemen. | killed 11 fighter; killed 4 fighter"
    })
    void readsGroupsNamedAfterTheCountAndTheOtherSide(String text, String expected) {
        assertClaims(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "وقالت الوزارة إن 48 مواطناً توزعوا على 20 شهيداً و28 جريحاً. | killed 20 civilian; injured 28 civilian",
        "قتل 30 مدنياً توزعوا على 18 في حلب و12 في إدلب. | killed 30 civilian; killed 18 civilian; killed 12 civilian",
        "وذكر المرصد أن 9 مدنيين بينهم 4 أطفال وأصيب 15 آخرون في القصف. "
                + "| killed 9 civilian; killed 4 child; injured 15 civilian",
        "وتكبدت قوات النظام والميليشيات الموالية لها 64 قتيلاً خلال المعارك. | killed 64 fighter",
        "وتكبد التنظيم 12 قتيلاً و20 جريحاً. | killed 12 fighter; injured 20 fighter"
    })
    void readsSplitsByOutcomeElidedVerbsAndLossesOfForces(String text, String expected) {
        assertClaims(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "وقال رئيس جمعية أسر الضحايا إن 40 مدنياً قتلوا في الهجوم. | killed 40 civilian",
        "وبلغ عدد الأطفال من مجمل الضحايا 12. | killed 12 child",
        "وبلغ العدد الإجمالي لقتلى القوات الحكومية منذ بدء المعركة في الربيع 350 قتيلاً. | killed 350 fighter",
        "وكان المعدل 90 قتيلاً في كل شهر. | ''",
        "وقتل خمسة على الأقل من عناصر الشرطة. | killed 5 fighter"
    })
    void readsFamiliesOfVictimsTotalsAveragesAndHedgesBeforeTheNoun(String text, String expected) {
        assertClaims(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "قتل 6 مدنيين بينهم طفلان. وقالت مصادر أخرى إن 6 أشخاص قتلوا بينهم 4 أطفال. "
                + "| killed 6 civilian; killed 2 child; killed 6 person; killed 4 child",
        "قتل 9 أشخاص في القصف. وقالت مصادر طبية إن 9 أطفال قتلوا في مدينة أخرى. | killed 9 person; killed 9 child",
        "قتل 12 شخصاً بينهم 3 أطفال. وأوضح المرصد أن 12 مدنياً قتلوا بينهم 3 أطفال. | killed 12 civilian; killed 3 child"
    })
    void tellsTwoTollsOfOneCountFromOneTollSaidTwice(String text, String expected) {
        assertClaims(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "More than 40 people were killed in the shelling. Of the more than 40 civilian casualties, 12 were children. "
                + "| killed 40 civilian; killed 12 child",
        "The strike caused 25 casualties in the market. | ''",
        "At least 300 people were wounded; officials said the number had passed 400. "
                + "| injured 300 person; injured 400 person",
        "قتل 5 مدنيين بينهم طفلان في الغارة، وقتل الطفلان أمام منزلهما. | killed 5 civilian; killed 2 child",
        "قتل 7 مدنيين بينهم 3 أطفال، وقتل الأطفال الثلاثة في المدرسة. | killed 7 civilian; killed 3 child"
    })
    void readsDefiniteFiguresAsFiguresSaidBefore(String text, String expected) {
        assertClaims(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "وأكد المرصد أن قيادياً في الفصائل، و5 عناصر، قتلوا في الكمين. | killed 1 fighter; killed 5 fighter",
        "قتل خمسة أطفال من أسرة واحدة ضحايا غارة على البلدة. | killed 5 child",
        "ونعت البلدة أحد أبنائها الذي قضى في المعتقل. | killed 1 person",
        "وقال الدفاع المدني إن بين كل 5 قتلى هناك 2 من الأطفال. | ''",
        "وقتل اثنين من مسلحي المعارضة في الاشتباكات. | killed 2 fighter",
        "وأفاد المرصد أن قيادياً في فصائل «الجيش الوطني» (الموالي لأنقرة)، و4 عناصر، قتلوا في القصف. "
                + "| killed 1 fighter; killed 4 fighter",
        "وقتل 6 أشخاص من العائلة في الغارة، من أصل 9 وفق الحصيلة النهائية. | killed 6 person; killed 9 person"
    })
    void readsFirstItemsBeforeTheirVerbOneFamilySharesAndArmedMen(String text, String expected) {
        assertClaims(text, expected);
    }

    @org.junit.jupiter.api.Test
    void readsSentencesOfATextWrappedAtAFixedWidth() {
        String wrapped = String.join("\n", "قتل", "12 شخصاً في المدينة يوم الاثنين بعد", "أن قصفت الطائرات الحي الشرقي",
                "وفق ما ذكرت مصادر محلية قالت إن بين", "القتلى خمسة أطفال سقطوا في السوق", "حيث كان الناس يتسوقون قبل",
                "العيد بساعات قليلة.");
        assertClaims(wrapped, "killed 12 person; killed 5 child");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The envoy said 31 Palestinian and three Israeli children had been killed that week. | killed 31 child; killed 3 child",
        "Officials said 12 Syrian and four Turkish soldiers were killed in the clashes. | killed 12 fighter; killed 4 fighter",
        "Between 20 and 25 civilians were killed. | killed 20 civilian"
    })
    void sharesTheNounOfTwoNumbersWithTheirOwnAdjectives(String text, String expected) {
        assertClaims(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "ليرتفع إلى 52 عدد المواطنين السوريين المدنيين الذين وثقنا استشهادهم منذ الأحد. | killed 52 civilian",
        "وارتفع إلى 9 تعداد المدنيين الذين قضوا في القصف. | killed 9 civilian",
        "ارتفع إلى 11 بينهم 3 أطفال تعداد الذين قتلوا بالغارات. | killed 11 person; killed 3 child"
    })
    void readsTheTollWrittenAfterItsNumber(String text, String expected) {
        assertClaims(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "وكان من بين القتلى 6 أطفال وفتيان اثنان و9 مواطنات. | killed 6 child; killed 2 child; killed 9 woman",
        "قتل 7 مدنيين ومقاتلان اثنان في الاشتباكات. | killed 7 civilian; killed 2 fighter",
        "أدى القصف إلى مقتل سيدة وإصابة طفلتها. | killed 1 woman; injured 1 child",
        "قتل رجل وطفلهما جراء القصف. | killed 1 man; killed 1 child"
    })
    void readsListItemsCountedAfterTheirNounAndChildrenOfAFamily(String text, String expected) {
        assertClaims(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Idlib province: rose to 21 the number of civilians who were killed by the shelling. | killed 21 civilian",
        "وكان هناك 16 امرأة ضمن القتلى. | killed 16 woman",
        "قتل 40 مدنياً بينهم 12 قاصراً. | killed 40 civilian; killed 12 child",
        "Her brother was wounded in the blast. | injured 1 person"
    })
    void readsTollsAndPartsWrittenTheWayObservatoriesWriteThem(String text, String expected) {
        assertClaims(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // a list after هم spells an earlier total out by place: its numbers are its parts when they sum to it
        "وثق المكتب مقتل 23 مدنياً خلال الأسبوع. وقال إن القتلى هم 12 في حمص و6 في حماة، إلى جانب 4 في درعا وقتيل واحد في السويداء."
            + " | killed 23 civilian; killed 12 civilian; killed 6 civilian; killed 4 civilian; killed 1 person",
        // numbers that do not sum to any total say nothing of what they count
        "وثق المكتب مقتل 23 مدنياً خلال الأسبوع. وقال إن القتلى هم 12 في حمص و6 في حماة. | killed 23 civilian",
        // the next village's toll, joined by و with parts of its own, is a sibling of the first, not its part
        "قتل 7 مدنيين بينهم طفلان في قرية الفوعة وخمسة مدنيين بينهم امرأة في قرية تفتناز."
            + " | killed 7 civilian; killed 2 child; killed 5 civilian; killed 1 woman",
        // منها, ضمنها: the parts of a feminine noun (إصابة, an injury)
        "ووصل إلى المستشفيات 70 شهيداً و180 إصابة (منها 41 طفلاً و25 امرأة)."
            + " | killed 70 person; injured 180 person; injured 41 child; injured 25 woman",
        "وتوفي 9 أشخاص بسبب الجوع، من ضمنها 5 أطفال. | killed 9 person; killed 5 child",
        // a figure of killed or injured together is no claim (GOLD.md), whether joined by و or by أو
        "وقتل أو جرح أكثر من 300 شخص منذ بداية العام. | ''",
        // مودية ب (taking the lives of), the preposition joined to the number word
        "وقصفت الطائرات البلدة مودية بخمسة مدنيين بينهم ثلاثة أطفال. | killed 5 civilian; killed 3 child",
        // a list by place that shares the first item's verb: "and in Idlib eight"
        "قتل في حماة 14 شخصاً، وفي إدلب ستة أشخاص، وفي ريف دمشق 3 مدنيين. | killed 14 person; killed 6 person; killed 3 civilian",
        // the elderly, of both sexes, are persons
        "وقالت الوزارة إن من بين الشهداء 210 أطفال و45 مسناً. | killed 210 child; killed 45 person"
    })
    void readsListsThatSpellOutATotal(String text, String expected) {
        assertClaims(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // typed on a Persian keyboard: Farsi yeh (ی), heh (ھ) and keheh (ک) for the Arabic letters
        "وثقت الشبكة مقتل 40 مدنیاً، بینھم 10 أطفال و3 سیدات. | killed 40 civilian; killed 10 child; killed 3 woman",
        // the negation joined to its verb: ما لایقل عن
        "قضى ما لایقل عن 12 شخصاً تحت التعذیب. | killed 12 person"
    })
    void readsArabicTypedOnAPersianKeyboard(String text, String expected) {
        assertClaims(text, expected);
    }

    @org.junit.jupiter.api.Test
    void readsTheNegationJoinedToItsVerbAsAtLeast() {
        assertThat(extractor.extract("قضى ما لایقل عن 12 شخصاً تحت التعذيب.").claims().get(0).qualifier())
                .isEqualTo(Qualifier.AT_LEAST);
    }

    @org.junit.jupiter.api.Test
    void countsAmongTheDeadArePartsOfTheTotalBefore() {
        List<Claim> claims = extractor.extract("ارتفع عدد الشهداء إلى 3180 شهيداً. وأوضحت الوزارة أن من بين الشهداء"
                + " 1200 طفل و640 سيدة.").claims();
        assertThat(claims).extracting(Claim::count).containsExactly(3180L, 1200L, 640L);
        assertThat(claims).extracting(Claim::within).containsExactly(null, 0, 0);
    }

    @org.junit.jupiter.api.Test
    void theDeadOfTheWholeReportAreNoStatedFigure() {
        List<Claim> claims = extractor.extract("وفي حماة قتلت أسرة من أب وأم وخمسة أطفال، ومن بين القتلى ثلاثة أطفال.")
                .claims();
        assertThat(claims).filteredOn(c -> c.count() == 3).extracting(Claim::within).containsOnlyNulls();
    }

    @org.junit.jupiter.api.Test
    void aHeadlinesPartsFollowTheBodysRestatedTotal() {
        List<Claim> claims = extractor.extract("أدت غارة اليوم إلى مقتل 12 مدنيا بينهم سبعة أطفال بعد أن دمرت منزلا.\n"
                + "وأفاد مسؤول طبي بمقتل 12 مدنياً، وإصابة ثلاثة آخرين في القصف.").claims();
        assertThat(claims).extracting(Claim::count).startsWith(12L, 7L);
        assertThat(claims.get(1).within()).isEqualTo(0);
    }

    @org.junit.jupiter.api.Test
    void aTotalRestatedAfterTheArticleTakesItsParts() {
        for (String restated : new String[] {"القتلى الـ 267", "الـ 267 قتيلاً"}) {
            List<Claim> claims = extractor.extract("وثقت الشبكة مقتل 267 مدنياً خلال الشهر. وأوضح التقرير أن "
                    + restated + " بينهم 72 طفلاً و21 سيدة.").claims();
            assertThat(claims).as(restated).extracting(Claim::count).containsExactly(267L, 72L, 21L);
            assertThat(claims).as(restated).extracting(Claim::within).containsExactly(null, 0, 0);
        }
        // elsewhere the article before a number is a date or a span: "الـ 5 من حزيران"، "الـ24 ساعة"
        assertThat(extractor.extract("قتل 4 مدنيين في الـ 5 من حزيران خلال الـ24 ساعة الماضية.").claims())
                .extracting(Claim::count).containsExactly(4L);
    }

    @org.junit.jupiter.api.Test
    void aMonthlyTotalSplitSeveralTimesOverHoldsEachSplit() {
        List<Claim> claims = extractor.extract("سجل المركز سقوط 900 قتيل خلال الشهر. وبلغ عدد القتلى المدنيين (700)"
                + " مدنياً، فيما بلغ عدد القتلى من غير المدنيين (200) مقاتلاً. وقضى (500) قتيل بالقصف الجوي، و(400)"
                + " شخص بإطلاق النار.").claims();
        assertThat(claims).extracting(Claim::count).containsExactly(900L, 700L, 200L, 500L, 400L);
        assertThat(claims).extracting(Claim::within).containsExactly(null, 0, 0, 0, 0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "وقتل مدنيَّيْن آخرين في قصف على القرية. | killed 2 civilian",
        "وقتل مواطنيْن في القرية. | killed 2 civilian",
        "وقتل مدنيِّين في القصف دون أن يحدد عددهم. | ''",
        "وقتل مدنيين في القصف. | ''"
    })
    void readsADualByItsVowels(String text, String expected) {
        assertClaims(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "سجلت الوزارة 4100 حالة وفاة مدنية منذ بدء الحرب. | killed 4100 civilian",
        "وسقطت 73 ضحية مدنية في الغارات. | killed 73 civilian",
        "أصيب 40 شخصاً في منطقة مدنية. | injured 40 person"
    })
    void readsTheFeminineCivilianAdjective(String text, String expected) {
        assertClaims(text, expected);
    }

    @org.junit.jupiter.api.Test
    void aFamilyCountedByItsMembersIsAnItemOfTheList() {
        List<Claim> claims = extractor.extract("ووثق المركز مقتل 31 مدنياً، بينهم عائلة مكونة من سبعة مدنيين، و9 أطفال.")
                .claims();
        assertThat(claims).extracting(Claim::count).containsExactly(31L, 7L, 9L);
        assertThat(claims).extracting(Claim::within).containsExactly(null, 0, 0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "خلفت الحرب آلاف الضحايا وأكثر من ثلاثة ملايين نازح. | ''",
        "ومن بين القتلى 6 نازحين. | killed 6 civilian",
        "قتل 4 نازحين في قصف على المخيم. | killed 4 civilian"
    })
    void theDisplacedBesideTheDeadAreAlive(String text, String expected) {
        assertClaims(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "أعلن الجيش سقوط 8 قتلى و23 مصاباً من المدنيين في القصف. | killed 8 civilian; injured 23 civilian",
        "سقط 6 قتلى و11 جريحاً في صفوف قوات النظام. | killed 6 fighter; injured 11 fighter",
        "قتل 3 أطفال و9 مصابين من المدنيين. | killed 3 child; injured 9 civilian",
        "سقط 8 قتلى و23 جريحاً في القصف. | killed 8 person; injured 23 person"
    })
    void theRanksAfterThePairCountBoth(String text, String expected) {
        assertClaims(text, expected);
    }

    @org.junit.jupiter.api.Test
    void theDeadCountedAmongPastTheInjured() {
        List<Claim> claims = extractor.extract("قتل ما لا يقل عن 41 شخصاً في قصف على مأوى للنازحين. وأسفر القصف عن إصابة"
                + " 18 آخرين؛ وكان من بين القتلى 11 طفلاً و9 نساء.").claims();
        assertThat(claims).extracting(Claim::count).containsExactly(41L, 18L, 11L, 9L);
        assertThat(claims).extracting(Claim::within).containsExactly(null, null, 0, 0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "استشهد 7 فلسطينيين في غارة على المخيم. | killed 7 person",
        "قتل 14 عراقياً في تفجير. | killed 14 person",
        "أصيب 9 جرحى هم 6 لبنانيين وثلاثة سوريين. | injured 9 person; injured 6 person; injured 3 person",
        "وقال المرصد السوري إن الجيش السوري قصف البلدة. | ''",
        "وقال ناشطان من البلدة إن مسلحين قتلوا 11 رجلاً. | killed 11 man",
        "وأفاد ثلاثة مسعفين بأن القصف قتل 4 مدنيين. | killed 4 civilian"
    })
    void countsPeopleNamedByNationality(String text, String expected) {
        assertClaims(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "وكانت الحصيلة يوم أمس شهيد وجريح في البلدة، وأربعة شهداء في القرية. | killed 1 person; injured 1 person; killed 4 person",
        "سقط شهيد وجريحان في القصف. | killed 1 person; injured 2 person",
        "سقط 30 مدنياً بين قتيل وجريح. | ''",
        "وسقط عدد من المدنيين ما بين قتيل وجريح. | ''"
    })
    void aDeadAndAnInjuredAreOneEachUnlessBetween(String text, String expected) {
        assertClaims(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "وارتفع عدد القتلى إلى 40 والجرحى إلى 112. | killed 40 person; injured 112 person",
        "وترتفع الحصيلة الإجمالية للشهداء منذ بدء الهجوم إلى 2210، والجرحى إلى 9705. | killed 2210 person; injured 9705 person",
        "ما رفع الحصيلة الإجمالية لعدد الشهداء والجرحى إلى 2946 شهيداً و12870 جريحاً. | killed 2946 person; injured 12870 person",
        "ارتفعت حصيلة القتلى والجرحى إلى 45. | ''"
    })
    void tollsOfTheDeadAndTheInjuredEachWithItsNumber(String text, String expected) {
        assertClaims(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "بلغت الحصيلة 2946 شهيداً و12.870 جريحاً. | killed 2946 person; injured 12870 person",
        "قتل 2.5 مليون شخص في الحرب. | killed 2500000 person",
        "نزح 1.500 مليون شخص. | ''",
        "ألقيت 2.5 طن من المتفجرات. | ''"
    })
    void readsDotsAsThousandsAndDecimalsWithTheirScale(String text, String expected) {
        assertClaims(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "ولفظ أحد الأطفال أنفاسه الأخيرة إثر جراحه التي أصيب بها. | killed 1 child",
        "ولفظت طفلة أنفاسها الأخيرة في المستشفى. | killed 1 child"
    })
    void breathingOnesLastIsDying(String text, String expected) {
        assertClaims(text, expected);
    }

    @org.junit.jupiter.api.Test
    void anArabicTotalSplitOverSentencesHoldsItsParts() {
        // digits open both languages' figures: the rule that keeps English statements apart must not read
        // an Arabic figure as Latin by its first character
        List<Claim> claims = extractor.extract("وثق المركز مقتل 940 شخصاً خلال الشهر. وتمكن المركز من معرفة هوية 900"
                + " قتيل. ولم يتمكن من معرفة هوية 40 قتيلاً.").claims();
        assertThat(claims).extracting(Claim::count).containsExactly(940L, 900L, 40L);
        assertThat(claims).extracting(Claim::within).containsExactly(null, 0, 0);
    }

    @org.junit.jupiter.api.Test
    void aFigureThatRefersBackToRescuedPeopleIsNoDeath() {
        // the total nearest to "ومن بين العدد الكلي" counts the rescued: the dead of the sentence before are not its whole
        assertClaims("قتل 40 شخصاً في القصف، ومن بين العدد الكلي للضحايا 12 قتلوا في السوق.\n"
                + "وأنقذ الدفاع المدني 300 شخص، ومن بين العدد الكلي أنقذ أكثر من 50 من تحت الأنقاض.",
                "killed 40 person; killed 12 person");
    }

    @org.junit.jupiter.api.Test
    void theHeadlinesQualifierStaysWithTheBodysFigure() {
        // the title says "at least", the body gives the same number bare: one figure, at least that many
        List<Claim> claims = extractor.extract("مقتل ما لا يقل عن 18 طفلاً في قصف على قرية\n\n"
                + "وقالت المنظمة إن القصف أدى لمقتل 18 طفلاً وإصابة آخرين.").claims();
        assertThat(claims).extracting(Claim::count).containsExactly(18L);
        assertThat(claims).extracting(Claim::qualifier).containsExactly(org.marsad.extract.Qualifier.AT_LEAST);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // one of the injured died: a death, not an injury; "أحد الجرحى" alone stays injured
        "أصيب خمسة مدنيين في القصف، ثم توفي أحد الجرحى في المستشفى. | injured 5 civilian; killed 1 person",
        "وقال المصدر إن أحد الجرحى نقل إلى مستشفى المدينة. | injured 1 person",
        // a mother with her children joined by و counts; أم before a place name counts no one
        "استشهدت أم وأطفالها الأربعة في غارة على المنزل. | killed 1 woman; killed 4 child",
        "قتل رجل في بلدة أم تليل بقصف مدفعي. | killed 1 man",
        // a trade in construct counts one person
        "قتل سائق السيارة في غارة جوية على الطريق. | killed 1 person"
    })
    void readsTheInjuredWhoDiedAMotherAndHerChildrenAndATrade(String text, String expected) {
        assertClaims(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // the dead named without the article are definite by the noun after them: their toll after إلى
        "أعلنت النقابة ارتفاع قتلى الطواقم الإسعافية منذ بدء الحرب إلى 87. | killed 87 person",
        // the missing are counted apart from the dead and the wounded
        "وبلغ عدد القتلى 40 شخصاً وأكثر من 12 مفقوداً. | killed 40 person",
        // the parts of a figure of the dead and the wounded together are of either
        "استشهاد وجرح خمسة مواطنين بينهم امرأة وطفلان في غارة على المنزل. | ''",
        "مقتل وإصابة 9 أشخاص بينهم طفلة في قصف على السوق. | ''"
    })
    void tollsTheMissingAndMixedFigures(String text, String expected) {
        assertClaims(text, expected);
    }

    @org.junit.jupiter.api.Test
    void aVerbOfExceedingBeforeATollIsMoreThanAndItsMinhumIsItsOwn() {
        // "the wounded among them passed 300": more than 300 wounded, not a part of the dead before
        List<Claim> claims = extractor.extract("ارتفع عدد القتلى من المسعفين إلى 75 فيما تجاوز عدد الجرحى منهم 300.").claims();
        assertThat(claims).extracting(c -> c.outcome().code() + " " + c.count() + " " + c.qualifier().code()
                + " " + c.within()).containsExactly("killed 75 exact null", "injured 300 more_than null");
    }

    @org.junit.jupiter.api.Test
    void aSentenceThatRestatesAnotherRestatesItsSinglePersons() {
        // one girl killed and two wounded, told twice; a single person of an unrelated sentence stays
        assertClaims("استشهدت طفلة وأصيب ثلاثة آخرون جراء الغارة على القرية. وأفاد مصدر محلي بأن الغارة أدت إلى"
                + " استشهاد طفلة وإصابة ثلاثة آخرين.", "killed 1 child; injured 3 person");
        assertClaims("استشهدت طفلة في الغارة الأولى. وفي المساء استشهدت طفلة في غارة على قرية أخرى.",
                "killed 1 child; killed 1 child");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // Arabic puts the verb first and its subject after the adverbs
        "استشهد، خلال أقل من 48 ساعة، ومنذ فجر يوم الأحد وحتى مساء اليوم، سبعة مواطنين في المحافظة. | killed 7 civilian",
        // a martyr in the accusative after a verb of dying says how the one told of died, not one more
        "وكان الشاب قد أصيب برصاصة في الرأس، ثم ارتقى شهيداً في المستشفى. | ''",
        "سقط شهيد وجريحان في القصف. | killed 1 person; injured 2 person"
    })
    void verbsFarFromTheirSubjectAndMartyrsInTheAccusative(String text, String expected) {
        assertClaims(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "أعلنت الوزارة عن شهيد وإصابتين بحالة خطيرة في المخيم. | killed 1 person; injured 2 person",
        "وأعلنت الوزارة استشهاد فلسطيني برصاص الجنود، وإصابة لبناني ثالث. | killed 1 person; injured 1 person",
        // the bare singular is an adjective of armies and observatories
        "قتل الجيش السوري 5 مسلحين في الهجوم. | killed 5 fighter"
    })
    void aDualOfInjuriesAndOneNamedByNationality(String text, String expected) {
        assertClaims(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // survivors are counted apart: "ونجاة خمسة أشخاص" (and five people survived)
        "أسفرت الهجمات عن مقتل 30 شخصاً، وإصابة 17 آخرين، ونجاة خمسة أشخاص. | killed 30 person; injured 17 person",
        // the other one lived; the first did not
        "قتل شاب ونجا آخر من محاولة الاغتيال. | killed 1 man"
    })
    void theSurvivorsAreNoCasualties(String text, String expected) {
        assertClaims(text, expected);
    }

    @org.junit.jupiter.api.Test
    void aFirstParagraphOfSeveralSentencesIsNoTitle() {
        // the first line holds two sentences: it is the body, and its figure stays its own, not handed to a
        // later figure of the same count and outcome
        List<Claim> claims = extractor.extract("وقال المرصد إن مواطنين اثنين قتلا في حي البياضة. وأصيب سبعة بجروح.\n"
                + "وفي ريف المحافظة قتل شخصان خلال مداهمات.").claims();
        assertThat(claims).extracting(Claim::count).startsWith(2L);
        assertThat(claims.get(0).group()).isEqualTo(org.marsad.extract.Group.CIVILIAN);
        assertThat(claims.get(0).span().start()).isLessThan(40);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // one count in two places is two figures; the same count said again of one place is one
        "استشهد مواطنان في حي الوعر. وفي ريف المحافظة، استشهد مواطنان في مدينة تلبيسة. | killed 2 civilian; killed 2 civilian",
        "استشهد مواطنان في حي الوعر. وأكدت مصادر أهلية استشهاد مواطنين اثنين في حي الوعر. | killed 2 civilian"
    })
    void oneCountInTwoPlacesIsTwoFigures(String text, String expected) {
        assertClaims(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // a toll quoted again from its source in the same sentence is one; without a speaker, or "others", two
        "قتل 12 شخصاً وأصيب 30 في قصف على السوق، فيما قال مسعف إن عدد القتلى بلغ 12 إلى جانب 30 جريحاً. | killed 12 person; injured 30 person",
        "قتل 4 مدنيين في القرية، وأفاد ناشطون بأن 4 آخرين قتلوا في البلدة المجاورة. | killed 4 civilian; killed 4 civilian",
        "قتل 3 أشخاص في الحي الشرقي و3 في الحي الغربي. | killed 3 person; killed 3 person"
    })
    void aTollQuotedAgainInItsSentenceIsOne(String text, String expected) {
        assertClaims(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // an observatory's running toll: its breakdowns, what it leaves out, and numbers written its way
        "وثق المركز مقتل ألفين و315 شخصاً منذ بداية العام. | killed 2315 person",
        "ولا تشمل الحصيلة أكثر من 4 آلاف معتقل ما زال مصيرهم مجهولاً. | ''",
        "ولا تشمل الحصيلة 20 عنصراً قتلوا في الكمائن. | killed 20 fighter",
        "قتل 840 شخصاً في المحافظة خلال الشهر، هم 600 مدني و240 مقاتلاً. | killed 840 person; killed 600 civilian; killed 240 fighter",
        "ومن بين قتلى الشهر 75 شخصاً من المدنيين. | killed 75 civilian",
        "وأفاد المركز بأن 64 سورياً قضوا في البحر. | killed 64 person",
        "وكان بين القتلى 410 أطفال، 1250 من مقاتلي الفصائل. | killed 410 child; killed 1250 fighter",
        "وقتل 900 عنصر من القوات الحكومية. وأوضح أن هؤلاء يتوزعون بين 500 جندي و400 عنصر من الميليشيات. | killed 900 fighter; killed 500 fighter; killed 400 fighter",
        "وبلغ عدد الضحايا منذ سقوط أول قتيل 3200 شخص. | killed 3200 person",
        "وبين القتلى 310 أطفال و145 أنثى فوق الثامنة عشرة. | killed 310 child; killed 145 woman",
        "وبلغ عدد القتلى 5200، يضاف إليهم أكثر من 900 من الشبيحة. | killed 5200 person; killed 900 fighter",
        "وقال إن عدد المدنيين الذين قتلوا تجاوز الـ 18 الف. | killed 18000 civilian",
        "وقتل 3000 شخص بمعدل 40 قتيلاً يومياً. | killed 3000 person",
        "وبلغ عدد القتلى 700، كان 420 منهم من عسكريي الجيش و35 منشقاً. | killed 700 person; killed 420 fighter; killed 35 fighter"
    })
    void anObservatorysRunningToll(String text, String expected) {
        assertClaims(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // a mission's monthly count: civilians "including" a civil body, victims split into dead and injured
        "وبلغ عدد القتلى المدنيين 412 شخصاً (بما في ذلك (37) من قوات الشرطة المدنية). | killed 412 civilian; killed 37 civilian",
        "وقتل 9 من عناصر الدفاع المدني وأصيب 4 من قوات الشرطة المدنية. | killed 9 civilian; injured 4 civilian",
        "وبلغ مجموع الضحايا المدنيين في المحافظة 640 شخصاً (210 قتلى و430 جريحاً). | killed 210 civilian; injured 430 civilian",
        "وأضاف أن عدد المدنيين الذين قتلوا في آذار (لا يشمل الشرطة) بلغ 85 مدنياً. | killed 85 civilian",
        "وأشار إلى أن عدد الذين استشهدو منذ الصباح بلغ 23 شخصاً. | killed 23 person",
        "في ظل مقتل مالا يقل عن 3000 مدني منذ بداية العام. | killed 3000 civilian",
        "وقالت البعثة إن 380 مدنياً من أصل 720 شخصاً لقوا حتفهم خلال الشهر. | killed 380 civilian; killed 720 person"
    })
    void aMissionsMonthlyCount(String text, String expected) {
        assertClaims(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // "one" that agrees with a family is no count; a verb after the source's name reaches "with eight"
        "أعلن المسعفون استشهاد 12 شخصاً من أسرة فلسطينية واحدة في قصف على المخيم فجر اليوم، بينهم 5 أطفال وامرأتان. | killed 12 person; killed 5 child; killed 2 woman",
        "قتل مدني واحد وأصيب اثنان. | killed 1 civilian; injured 2 civilian"
    })
    void oneThatAgreesWithAFamilyAndAVerbAfterItsSource(String text, String expected) {
        assertClaims(text, expected);
    }

    @org.junit.jupiter.api.Test
    void aVerbAfterItsSourceOnANewLineReachesWithEight() {
        assertClaims("غارة على المخيم.\nوبحسب مصادر محلية، استشهد رجل في الستين من عمره من سكان الحي القديم قرب السوق الشعبي، مع سبعة من"
                + " أبنائه وأحفاده.", "killed 1 man; killed 7 person");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "وذكرت الوزارة أن المستشفى استقبل (3) وفاة و(14) إصابة. | killed 3 person; injured 14 person",
        "وسجل المركز 6 وفيات و20 إصابة جراء القذائف. | killed 6 person; injured 20 person",
        "وبلغت الحصيلة 4 حالات وفاة و9 حالات إصابة. | killed 4 person; injured 9 person",
        "ونعت الأسرة وفاة الطبيب بعد مرض طويل. | ''"
    })
    void deathsCountedAsCasesAfterTheirNumber(String text, String expected) {
        assertClaims(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "وسقط مساء أمس شهيد يبلغ من العمر ستة عشر عاماً في القصف. | killed 1 child",
        "واستشهد شاب يبلغ من العمر 17 عاماً برصاص القناصة. | killed 1 child",
        "وأصيب مواطن (15 عاماً) بشظايا في ساقه. | injured 1 child",
        "وتوفي مواطن يبلغ من العمر سبعين عاماً متأثراً بجروحه. | killed 1 civilian",
        "واستشهد شاب يبلغ من العمر 19 عاماً برصاص القناصة. | killed 1 man",
        "وأصيب شاب في السابعة عشرة من عمره برصاص قناص. | injured 1 child",
        "وقتل رجل في الأربعين من عمره بقذيفة هاون. | killed 1 man"
    })
    void oneWhoseStatedAgeIsUnderEighteenIsAChild(String text, String expected) {
        assertClaims(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "أصيب شاب وزوجته بالقصف. | injured 1 man; injured 1 woman",
        "أصيب آخر وزوجته برصاص القناصة. | injured 1 person; injured 1 woman"
    })
    void aRelativeCountedAgainAsAnotherIsOne(String text, String expected) {
        assertClaims(text, expected);
    }

    @org.junit.jupiter.api.Test
    void aRelativeToldAgainAsAnotherInTheNextSentenceIsOne() {
        assertClaims("قتل طفل وأصيب شقيقه بشظايا قذيفة صباح الأحد في السوق .\nوقال مسعفون إن القذيفة سقطت قرب المدرسة وأدت لمقتل طفل وإصابة آخر بجروح.\n"
                + "وأفاد المستشفى بإصابة شقيقه كريم علي حسن البالغ من العمر 11 عاماً.",
                "killed 1 child; injured 1 child");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // the adverb written with hamza and tanwin, as reports type it, and bare
        "قتل 20 شخصاً في القصف. ولا تشمل الحصيلة أيضاً 15 مقاتلاً من الفصائل. | killed 20 person",
        "قتل 20 شخصاً في القصف. ولا تشمل الحصيلة ايضا 15 مقاتلاً من الفصائل. | killed 20 person"
    })
    void aFigureTheTollAlsoLeavesOutIsNoClaim(String text, String expected) {
        assertClaims(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "وقتل في المعارك بمعدل ثلاثين قتيلاً يومياً. | ''",
        "وشهدت المدينة سقوط نحو 150 قتيلاً في اليوم خلال الحصار. | ''",
        "وقتل 70 شخصاً كل يوم خلال الشهر الأول. | ''",
        "وسقط 300 قتيل شهرياً في المحافظة. | ''",
        // a day named after "في اليوم" is that day's count
        "قتل 70 شخصاً في اليوم الأول للهجوم. | killed 70 person",
        "قتل ثلاثون شخصاً وطفل. | killed 30 person; killed 1 child"
    })
    void anArabicAverageOverAPeriodIsNoFigure(String text, String expected) {
        assertClaims(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "قتل 4 مدنيين في قصف على البلدة يوم الاثنين. وقتل 4 مدنيين آخرين يوم الخميس في قصف جديد. | killed 4 civilian; killed 4 civilian",
        "قتل 4 مدنيين في قصف على مدينة حلب. وفي حمص، قتل 4 مدنيين في غارة. | killed 4 civilian; killed 4 civilian",
        "Four civilians were killed on Monday. On Wednesday, four civilians were killed in a strike. | killed 4 civilian; killed 4 civilian",
        // the same day, or a time and no place before it, says the count again
        "قتل 4 مدنيين في قصف يوم الاثنين. وأكد المرصد أن 4 مدنيين قتلوا يوم الاثنين. | killed 4 civilian",
        "قتل 4 مدنيين في قصف على مدينة حلب. وفي اليوم التالي، قال المرصد إن 4 مدنيين قتلوا. | killed 4 civilian"
    })
    void aCountOnAnotherDayOrInAPlaceNamedBeforeItIsAnotherToll(String text, String expected) {
        assertClaims(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "أصيب 120 من المدنيين، 30 قتيلاً و90 جريحاً. | killed 30 civilian; injured 90 civilian",
        "سقط 64 ضحية في الغارات، 14 شهيداً و50 مصاباً. | killed 14 person; injured 50 person",
        // parts of one outcome leave the total standing
        "أصيب 120 مدنياً بينهم 30 طفلاً و90 امرأة. | injured 120 civilian; injured 30 child; injured 90 woman"
    })
    void aTotalOfCasualtiesSplitIntoDeadAndInjuredIsNoClaimOfItsVerb(String text, String expected) {
        assertClaims(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "وقتل 3 صف ضابط في الهجوم على الحاجز. | killed 3 fighter",
        "وقتل جهادي ماليزي في الغارة. | killed 1 fighter"
    })
    void ranksAndFightersNamedByTheirCause(String text, String expected) {
        assertClaims(text, expected);
    }

    @org.junit.jupiter.api.Test
    void theSideOfTheDeadIsNoPerpetratorOfTheFiguresBesideThem() {
        List<String> got = extractor.extract("وثقت الشبكة مقتل 500 مدني و200 من عناصر قوات النظام و40 جندياً منشقاً.")
                .claims().stream().map(c -> c.count() + " " + c.perpetrator()).toList();
        assertThat(got).containsExactly("500 null", "200 null", "40 null");
    }
}
