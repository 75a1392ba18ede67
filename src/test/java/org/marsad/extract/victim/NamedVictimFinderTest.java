package org.marsad.extract.victim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.extract.Group;

/** Sentences written for these tests, one phenomenon each. */
class NamedVictimFinderTest {

    private static List<String> names(String text) {
        return NamedVictimFinder.find(text).stream().map(v -> v.outcome().code() + ":" + v.name()).toList();
    }

    @Test
    void listAfterWahum() {
        assertEquals(List.of("killed:سامر خالد العلي", "killed:منى حسن", "killed:يوسف عبد الله القاسم"),
                names("قُتل ثلاثة مدنيين بقصف على البلدة، وهم: سامر خالد العلي (12 عاماً)، ومنى حسن، ويوسف عبد الله القاسم."));
    }

    @Test
    void aNameShapedLikeAVerbalNounIsStillAName() {
        assertEquals(List.of("killed:جابر سعيد", "killed:تحسين يوسف", "killed:تيسير أحمد"),
                names("وعرف من القتلى: جابر سعيد (20 عاماً)، وتحسين يوسف (19 عاماً)، و\"تيسير أحمد\"."));
    }

    @Test
    void numberedLinesTakeTheHeadingsOutcome() {
        String text = "أسماء الشهداء:\n1- الشهيد ماهر سعيد النمر\n2- الطفلة ريم ماهر النمر 6 أعوام\nأسماء الجرحى\n"
                + "1- إصابة/ كمال يوسف الحلبي\n2- سعاد كمال الحلبي";
        assertEquals(List.of("killed:ماهر سعيد النمر", "killed:ريم ماهر النمر", "injured:كمال يوسف الحلبي",
                "injured:سعاد كمال الحلبي"), names(text));
    }

    @Test
    void titleIsStrippedAndGivesSexGroupAndAge() {
        NamedVictim v = NamedVictimFinder.find("أسفر القصف عن استشهاد الطفلة هبة سليم الأحمد (سبعة أعوام) في الحي.").get(0);
        assertEquals("هبة سليم الأحمد", v.name());
        assertEquals("F", v.sex());
        assertEquals(7, v.age());
        assertEquals(Group.CHILD, v.group());
    }

    @Test
    void kinshipNounOfAVictimNamesAnotherVictim() {
        assertEquals(List.of("killed:جميل منصور", "injured:لينا"),
                names("استشهد الشاب جميل منصور، وأصيبت شقيقته لينا بجروح."));
    }

    @Test
    void sharedFamilyNameAfterADualTitle() {
        assertEquals(List.of("killed:عمر نادر الصالح", "killed:زيد نادر الصالح"),
                names("قُتل الطفلان عمر وزيد نادر الصالح بانفجار لغم."));
    }

    @Test
    void kunyaAfterTheFamilyNameIsAnAlias() {
        assertEquals(List.of("killed:رامي الحمصي"), names("استشهد الشاب رامي الحمصي أبو جابر تحت التعذيب."));
        assertEquals(List.of("killed:باسل أبو زيد"), names("استشهد الشاب باسل أبو زيد برصاص قناص."));
    }

    @Test
    void spokesmanAndOfficialAreNotVictims() {
        assertEquals(List.of("killed:نادر سمير"),
                names("وقال المتحدث باسم الدفاع المدني خالد يوسف إن الشاب نادر سمير قتل في الغارة."));
    }

    @Test
    void whoBidsFarewellToTheDeadIsAlive() {
        assertEquals(List.of("killed:محمد علي"), names("ودعت الحاجة فاطمة حسن وحيدها الشهيد محمد علي في مخيم جنين."));
        // the martyr's title between the verb and the name: the name is the one mourned
        assertEquals(List.of("killed:سامر خليل"), names("ودع أهالي البلدة الشهيد سامر خليل إلى مثواه الأخير."));
    }

    @Test
    void aWoundedManReceivedAMartyrIsKilled() {
        assertEquals(List.of("killed:حسن خليل مصطفى"),
                names("وبمزيد من الاعتزاز استقبلت ابنها الجريح حسن خليل مصطفى شهيداً."));
        assertEquals(List.of("injured:حسن خليل مصطفى"),
                names("واستقبل المستشفى الجريح حسن خليل مصطفى بحالة حرجة."));
    }

    @Test
    void namesWithoutACasualtyWordAreNotVictims() {
        assertTrue(names("زار الطبيب حسن علي المستشفى وتحدث الشاب مازن فؤاد إلى الصحفيين.").isEmpty());
    }

    @Test
    void onePersonNamedTwiceIsOneVictim() {
        List<NamedVictim> v = NamedVictimFinder.find(
                "استشهد الطفل وسيم جمال الخطيب في القصف. وقال الأهالي إن الطفل وسيم (11 عاماً) كان في طريقه إلى المدرسة حين قتل.");
        assertEquals(1, v.size());
        assertEquals(11, v.get(0).age());
    }

    @Test
    void dateOnlyWhenTheSentenceGivesItInFull() {
        assertEquals(java.time.LocalDate.of(2022, 3, 4),
                NamedVictimFinder.find("قُتل الشاب جميل منصور في 4-3-2022 برصاص قناص.").get(0).date());
        assertEquals(java.time.LocalDate.of(2021, 10, 9),
                NamedVictimFinder.find("A boy, identified as Sami Nasser, was shot dead on October 9, 2021.").get(0).date());
        assertEquals(null, NamedVictimFinder.find("قُتل الشاب جميل منصور يوم الجمعة 4 آذار برصاص قناص.").get(0).date());
    }

    @Test
    void ageInMonthsIsZeroYears() {
        assertEquals(0, NamedVictimFinder.find("وهم: الرضيع آدم فادي (5 أشهر)، وقد قتل مع والده.").get(0).age());
    }

    @Test
    void englishIdentifiedAsAndKinship() {
        assertEquals(List.of("killed:Karim Haddad", "killed:Leila Haddad", "killed:Omar"),
                names("Three people were killed in the strike. They were identified as Karim Haddad, his wife "
                        + "Leila Haddad and their son, Omar, 9."));
    }

    @Test
    void englishSpeakerIsNotAVictim() {
        assertEquals(List.of("killed:Sami Nasser"),
                names("Sami Nasser, a 30-year-old baker, died in the blast, according to the mayor, Jamal Aziz."));
    }

    @Test
    void englishSurvivorIsNotAVictim() {
        assertEquals(List.of("killed:Huda"),
                names("Their 12-year-old daughter, Huda, was killed. Rami Saleh survived with minor cuts."));
    }

    @Test
    void aDurationInDaysAfterCommonWordsIsNoAgeOfAName() {
        assertEquals(List.of(), names("بعد معارك عنيفة استمرت 10 أيام، قتل خلالها 47 عنصراً من الفصائل."));
    }

    @Test
    void aNamedChildIsCountedByTheChildrensFigureNotTheNearerFigureOfWomen() {
        var e = new org.marsad.extract.ClaimExtractor().extract(
                "قتل 12 مدنياً بينهم 5 أطفال وامرأتان في قصف على البلدة، بينهم الطفل سامر خالد العلي (9 أعوام).");
        NamedVictim v = e.victims().get(0);
        assertEquals("سامر خالد العلي", v.name());
        assertEquals(Group.CHILD, e.claims().get(v.claim()).group());
        assertEquals(3, e.claims().size(), "the child is inside a stated figure, no claim of his own");
    }

    @Test
    void aPersonWhoseSexIsKnownButNotTheAgeMayStillBeAChildOfTheFigure() {
        var e = new org.marsad.extract.ClaimExtractor().extract(
                "قتل طفلان شقيقان في قصف على البلدة، وهما فادي سمير العمر وجمعة سمير العمر.");
        assertEquals(1, e.claims().size(), "both brothers are the two children: " + e.claims());
        assertTrue(e.victims().stream().allMatch(v -> v.claim() != null && v.claim() == 0));
    }

    @Test
    void englishIdentifiedWithWordsBetweenAndARoleBeforeTheName() {
        assertEquals(List.of("killed:Karim Haddad"),
                names("A shell killed a teacher in the market on Monday. He was identified by his brother as Karim Haddad."));
        assertEquals(List.of("killed:Samir Nassar"),
                names("Residents mourned the death of the pharmacist, Samir Nassar, after the strike on the clinic."));
    }

    @Test
    void phrasesOfCommonNounsAreNoNames() {
        assertEquals(List.of("killed:خالد المصري"), names("قتل الشاب خالد المصري برصاص قناص."));
        assertEquals(List.of(), names("أدى القصف إلى مقتل طفلة وإصابة أفراد عائلته بجروح."));
        assertEquals(List.of(), names("ونعت صفحات محلية موالية مقتل ثلاثة عناصر في الهجوم."));
        assertEquals(List.of(), names("وأخيراً حماة التي قتل فيها 12 شخصاً."));
        assertEquals(List.of(), names("Anadolu Agency and Reuters reported that four people were killed in the strike."));
    }

    @Test
    void aNamedPersonTakesThePlaceOfTheFigureThatCountsThem() {
        var e = new org.marsad.extract.ClaimExtractor().extract(
                "قتل 4 مدنيين في غارة على بلدة كفرنبل، بينهم الطفلان سامر خالد العلي ومنى خالد العلي.");
        assertEquals(2, e.victims().size());
        for (NamedVictim v : e.victims()) {
            assertEquals("بلدة كفرنبل", v.placeText(), v.name());
            assertTrue(v.claim() != null && v.claim() < e.claims().size() && e.claims().size() == 2, e.claims().toString());
        }
    }

    @Test
    void namesOfAListJoinedByWawAlone() {
        assertEquals(List.of("killed:سامر خالد العلي", "killed:منى خالد العلي", "killed:أحمد سعيد", "killed:يوسف سعيد"),
                names("قتل 4 مدنيين في غارة على البلدة، وهم: سامر خالد العلي ومنى خالد العلي وأحمد سعيد ويوسف سعيد."));
    }

    @Test
    void englishInLawKinshipIntroducesAName() {
        List<NamedVictim> v = NamedVictimFinder.find(
                "The shell killed Omar Haddad, his wife and his father-in-law Yusuf Nasr in their home.");
        assertEquals(List.of("killed:Omar Haddad", "killed:Yusuf Nasr"),
                v.stream().map(x -> x.outcome().code() + ":" + x.name()).toList());
        assertEquals("M", v.get(1).sex());
        assertEquals(Group.MAN, v.get(1).group());
    }

    @Test
    void kinNounsAndAgesGivenRespectivelyGoToEachName() {
        List<NamedVictim> v = NamedVictimFinder.find(
                "Also killed were his granddaughter and grandson Lina and Tarek, aged 4 and nine, respectively.");
        assertEquals(List.of("Lina", "Tarek"), v.stream().map(NamedVictim::name).toList());
        assertEquals("F", v.get(0).sex());
        assertEquals(4, v.get(0).age());
        assertEquals("M", v.get(1).sex());
        assertEquals(9, v.get(1).age());
    }

    @Test
    void namesakesWithDifferentKinshipAreTwoVictims() {
        assertEquals(List.of("killed:ماهر الحسن", "killed:سليم الحسن", "killed:سليم الحسن"),
                names("استشهد الطفل ماهر الحسن ووالده سليم الحسن وابن عمه سليم الحسن في القصف."));
        assertEquals(List.of("killed:Samir", "killed:Rami", "killed:Samir"),
                names("The strike killed four of his children: Samir and Rami. His nephew Samir, 6, was also killed."));
    }

    @Test
    void namesakesWithTheSameKinshipOrNoneAreOnePerson() {
        assertEquals(List.of("killed:سليم الحسن"),
                names("استشهد والده سليم الحسن في القصف. وكان والده سليم الحسن قد قتل قرب منزله."));
        assertEquals(List.of("killed:Samir Haddad"),
                names("Samir Haddad was killed in the strike. Samir Haddad was a teacher."));
    }

    @Test
    void aBareRoleNounAfterACasualtyWordIsNoName() {
        assertEquals(List.of(), names("استشهاد رضيعة فلسطينية يرفع عدد الضحايا إلى سبعة"));
    }

    @Test
    void aRankAfterAKinshipNounMakesAFighter() {
        NamedVictim v = NamedVictimFinder.find("قتل الطفل سامي ووالده العقيد نادر سليم في الغارة.").get(1);
        assertEquals("نادر سليم", v.name());
        assertEquals(Group.FIGHTER, v.group());
    }

    @Test
    void givenNamesSummedUpByAKinshipNounAfterThem() {
        assertEquals(List.of("killed:سامر", "killed:ريم", "killed:منى"),
                names("سامر وريم ومنى، ثلاثة إخوة من عائلة الحسن، قتلوا في القصف مع والدتهم."));
        List<NamedVictim> sisters = NamedVictimFinder.find("وأصيبت والدتهم، بالإضافة لسعاد وهدى شقيقتي الضحايا.");
        assertEquals(List.of("injured:سعاد", "injured:هدى"),
                sisters.stream().map(v -> v.outcome().code() + ":" + v.name()).toList());
        assertEquals("F", sisters.get(0).sex());
    }

    @Test
    void placesOrACountThatDoesNotFitAreNotSummedUpNames() {
        assertEquals(List.of(), names("قتل في دوما وحرستا وعربين، ثلاثة إخوة."));
        assertEquals(List.of(), names("سامر وريم، ثلاثة إخوة قتلوا في القصف."));
    }

    @Test
    void aPersonWhoseFateIsToldLaterByTheFamilyName() {
        assertEquals(List.of("killed:سامي العبدالله"),
                names("أطلق مسلحون النار على الشاب سامي العبدالله قرب السوق. وأفاد شهود أن العبدالله فارق الحياة."));
        assertEquals(List.of("injured:حسن الراوي"),
                names("فجر مجهولون منزل الشيخ حسن الراوي في البلدة. وأشار المصدر إلى إصابة الراوي بجروح."));
    }

    @Test
    void aSpeakerNamedAgainBeforeAFigureIsNoVictim() {
        assertEquals(List.of(), names("وقال المتحدث باسم الدفاع المدني خالد اليوسف إن فرقه تعمل. وأكد اليوسف مقتل ثلاثة أشخاص."));
    }

    @Test
    void aQuotedNameBeforeAlladhiWithItsKunyaLeftOut() {
        assertEquals(List.of("killed:رامي الحمصي"),
                names("ونعت البلدة أحد أبنائها وهو \"رامي الحمصي أبو جابر\" الذي قضى تحت التعذيب."));
    }

    @Test
    void theCaseOfANamedPersonAmongDeaths() {
        assertEquals(List.of("killed:سعيد كمال النجار"),
                names("ومن أبرز حالات الموت تحت التعذيب التي وثقها التقرير حالة سعيد كمال النجار، وهو مهندس من داريا."));
        assertEquals(List.of(), names("أصيب الشاب في القصف وهو في حالة صحية حرجة، وقتل طفل وسادت حالة ذعر شديد."));
    }

    @Test
    void englishIdentifiedNameWhoseDeathWasToldSentencesBefore() {
        assertEquals(List.of("killed:Walid Saleh"), names("A shell killed a farmer near the village. The shelling "
                + "also hit a school on Monday. The man was identified by his cousin as Walid Saleh."));
        assertEquals(List.of("killed:Samir Haddad"), names("Four people died in the shelling of the market.\n\n"
                + "Activists also identified Samir Haddad as one who had carried water to the wounded."));
    }

    @Test
    void englishIdentifiedPerpetratorIsNoVictim() {
        assertEquals(List.of(), names("Two people were killed in the attack. The gunman was identified as Tom Baker."));
    }

    @Test
    void englishWoundedSonNamedLikeHisKilledFatherIsASecondPerson() {
        assertEquals(List.of("killed:Samir Haddad", "killed:Rami Haddad", "injured:Samir Haddad"),
                names("Samir Haddad and his son Rami Haddad were killed in the raid. A neighbour gave the name of "
                        + "the wounded son as Samir Haddad, who was taken to hospital."));
    }

    @Test
    void dayWithAMonthNameAndNoDayWhenItStartsAPeriod() {
        assertEquals(java.time.LocalDate.of(2013, 8, 3),
                NamedVictimFinder.find("قُتل الشاب جميل منصور يوم 3 آب 2013 برصاص قناص.").get(0).date());
        assertEquals(null,
                NamedVictimFinder.find("اعتقل الشاب جميل منصور منذ 3 آب 2013 ثم قتل تحت التعذيب.").get(0).date());
    }

    @Test
    void aNamedVictimTakesTheDayOfTheFigureThatCountsThem() {
        var e = new org.marsad.extract.ClaimExtractor().extract(
                "قتل 3 مدنيين في قصف على البلدة يوم 3 آب 2013.\nوالقتلى هم: سامر خالد العلي ومنى خالد العلي ويوسف حسن.");
        assertEquals(3, e.victims().size());
        for (NamedVictim v : e.victims()) {
            assertEquals(java.time.LocalDate.of(2013, 8, 3), v.date(), v.name());
        }
    }

    @Test
    void englishObjectOfACasualtyVerbAndNamesAfterTheDead() {
        assertEquals(List.of("killed:Hassan Eslaih", "killed:Ahmad Saleh", "killed:Omar Khatib"),
                names("An Israeli strike killed journalist Hassan Eslaih in the camp. Among the dead were Ahmad Saleh, "
                        + "34, and a neighbour. The victims included Omar Khatib, a teacher."));
        assertEquals(List.of("killed:Wissam Tawil"),
                names("The raid killed Hezbollah commander Wissam Tawil and wounded two others."));
        assertEquals(List.of("killed:Rami Nasser"), names("Paramedic Rami Nasser was also killed on Monday."));
    }

    @Test
    void englishPassivesAndPossessivesAfterAVerbAreNoObjects() {
        assertEquals(List.of(), names("Two people were killed Monday in Gaza City, the ministry said."));
        assertEquals(List.of(), names("The strike killed Ahmad Saleh’s wife and injured Red Crescent staff."));
    }

    @Test
    void almadu_andAnHonorificBeforeTheNameAndTheMannerOfDeathAfterIt() {
        assertEquals(List.of("killed:سامي حسن الخلف", "killed:ماهر نادر الصافي", "killed:أحمد جمال الزعبي",
                "killed:محمد جمال الزعبي"),
                names("وقتل المدعو سامي حسن الخلف برصاص مجهولين. ارتقى الشهيد البطل ماهر نادر الصافي في القصف. "
                        + "وقضى الشقيقان أحمد ومحمد جمال الزعبي غرقاً."));
    }

    @Test
    void aFeminineDualIsNoName() {
        // two nurses among the dead women: a count of two, not a person named "ممرضتان مناوبتان"
        assertEquals(List.of(), names("قتلت خمس مواطنات بقصف على المشفى، بينهن ممرضتان مناوبتان."));
        assertEquals(List.of("killed:سلمى حسين"), names("قتلت خمس مواطنات بينهن مسعفتان، وهن: سلمى حسين."));
    }

    @Test
    void anAgePhraseAFamilysNameAndAnOrdinalAreNoVictims() {
        assertEquals(List.of("killed:سلمى يوسف النجار"),
                names("استشهدت الطفلة سلمى يوسف النجار في 3 آذار 2021، عن عمر يناهز 10 أعوام."));
        assertEquals(List.of(), names("استشهد حفيد ثانٍ للقيادي في قصف على المدرسة."));
        assertEquals(List.of("killed:رامي الحلبي"),
                names("واستشهد الشاب رامي الحلبي، وهو السابع من عائلة الدكتور سعيد الحلبي يقتل خلال الحرب."));
    }

    @Test
    void pronounsAndVerbsAfterANameAreNotPartOfIt() {
        assertEquals(List.of("killed:كريم الشامي", "killed:نادر الشامي"),
                names("قتل الشقيقان كريم ونادر الشامي أحدهما 6 أعوام والآخر 9 أعوام بقصف على الحي."));
        assertEquals(List.of("killed:فراس العبد", "killed:سامي"),
                names("استشهد الطفل فراس العبد التحق بشقيقه سامي الذي استشهد أمس."));
    }

    @Test
    void aFamilysMembersListedAfterAColon() {
        assertEquals(List.of("killed:هدى سليمان", "killed:يحيى", "killed:زياد", "killed:عمر ماجد سليمان"),
                names("والشهداء هم السيدة هدى سليمان وأبناؤها: يحيى، زياد، وعمر ماجد سليمان."));
    }

    @Test
    void aHeadingNameAndTheFullerNameBelowItAreOnePersonButNotWithinOneList() {
        String text = "أسماء الأطفال الذين قتلوا:\n\nلينا سمير الخطيب\n\nاستشهدت الطفلة لينا سمير خليل الخطيب في قصف على المنزل.";
        assertEquals(List.of("killed:لينا سمير الخطيب"), names(text));
        assertEquals(List.of("killed:باسل الخطيب", "killed:باسل عمر الخطيب"),
                names("وقتل في القصف كل من: باسل الخطيب، وباسل عمر الخطيب."));
    }

    @Test
    void aLongNumberedListKeepsItsHeadingsOutcomeAndReadsItsAges() {
        // twelve lines: the heading's casualty word is far above the last ones; names that fold like the
        // article (إلياس، آلاء، إلهام); ages written "عام واحد", "عامين", "22 عام"
        String text = "قصف منزل العائلة ما أدى إلى استشهاد 12 شخصاً. أسماء الشهداء:\n1.سامر خالد سعيد الحسن (عام واحد)\n2.هالة خالد سعيد الحسن (عامين)\n3.إلياس خالد سعيد الحسن (22 عام)\n4.آلاء خالد سعيد الحسن (عام واحد)\n5.ماهر خالد سعيد الحسن (عامين)\n6.ريم خالد سعيد الحسن (25 عام)\n7.إلهام خالد سعيد الحسن (عام واحد)\n8.نادر خالد سعيد الحسن (عامين)\n9.وعد خالد سعيد الحسن (28 عام)\n10.يزن خالد سعيد الحسن (عام واحد)\n11.لمى خالد سعيد الحسن (عامين)\n12.كرم خالد سعيد الحسن (31 عام)";
        List<NamedVictim> found = NamedVictimFinder.find(text);
        assertEquals(12, found.size(), found.toString());
        assertEquals("إلياس خالد سعيد الحسن", found.get(2).name());
        assertEquals(1, found.get(0).age());
        assertEquals(2, found.get(1).age());
        assertEquals(22, found.get(2).age());
    }

    @Test
    void aFamilyOfBirthInQuotesDoesNotHideTheAge() {
        NamedVictim v = NamedVictimFinder.find("أسماء الشهداء:\n1. سعاد محمود النجار \"عودة\" (61 عام)").get(0);
        assertEquals(61, v.age());
    }

    @Test
    void anEnglishListAfterTheColonOfACasualtySentence() {
        assertEquals(List.of("killed:Tamer", "killed:Lina", "killed:Ma'an", "killed:Yara"),
                names("Three children and their cousin were killed in Aleppo, the group said on Sunday: Tamer, six, "
                        + "Lina, 4, Ma'an, nine and two-year-old Yara."));
        assertEquals(List.of("killed:Kareem Nasser", "killed:Dalia Nasser"),
                names("The victims were killed in Idlib: Kareem Nasser, 12, and Dalia Nasser, 8."));
        assertEquals(List.of(), names("The spokesman of the hospital said: Kareem Nasser was treated and sent home."));
        assertEquals(6, NamedVictimFinder.find("Three children were killed in Aleppo: Tamer, six, Lina, 4.").get(0).age());
    }

    @Test
    void aRelativeInConstructAndAKinListAreNoPartOfTheName() {
        assertEquals(List.of("detained:سامي", "detained:رنا"),
                names("واعتقلت القوات زوجة الناشط خالد يوسف العلي وأطفاله سامي (8 أعوام) ورنا (5 أعوام)."));
    }

    @Test
    void alShaykhInsideAFamilyName() {
        assertEquals(List.of("killed:حسان نبيل الشيخ خليل", "killed:منى سعيد"),
                names("قتل كل من الطفل حسان نبيل الشيخ خليل البالغ من العمر 9 سنوات والسيدة منى سعيد جراء القصف."));
    }

    @Test
    void aSpokesmansNameInAppositionIsNoVictim() {
        assertEquals(List.of(), names("وقال المتحدث باسم وزارة الصحة، الدكتور سامر الخطيب، إن 12 مدنياً قتلوا في القصف."));
        assertEquals(List.of(), names("وأضاف مدير مستشفى الرحمة، الطبيب ماهر العمر، أن 5 أشخاص أصيبوا."));
    }

    @Test
    void theSubjectBeforeACountIsTheKillerNotAVictim() {
        assertEquals(List.of(), names("قتل منهم نظام الحكم 10 مدنيين بينهم طفلان."));
        assertEquals(List.of("killed:أحمد خالد العلي"), names("قتل منهم الطفل أحمد خالد العلي 12 عاما."));
    }

    @Test
    void wordsAboutAGroupsAgesAndPartsAreNoNames() {
        assertEquals(List.of(), names("وأكد أن الأطفال القتلى لا تتجاوز أعمارهم 12 عاماً."));
        assertEquals(List.of(), names("أوقعت الغارة 20 قتيلا من الأطفال دون سن 16 عاما."));
        assertEquals(List.of(), names("ووصل 50 شهيدا و200 إصابة (منها 30 طفلا)."));
        assertEquals(List.of(), names("وقتل 40 مقاتلاً في إعدامات ميدانية للأسرى."));
    }

    @Test
    void aBulletedTollOfAPlaceIsNoName() {
        String text = "وأسفرت غارات أمس عن الحصيلة التالية:\n  • الجنوب: 9 شهداء و40 جريحاً.\n  • حمص - تدمر: 12 جريحاً.\n"
                + "أسماء الشهداء:\n1- الشهيد ماهر سعيد النمر";
        assertEquals(List.of("killed:ماهر سعيد النمر"), names(text));
        assertEquals(List.of(), names("قتل 40 مدنياً في المجازر، وفق التوزيع التالي:\n– جبلة: 15\n– القرداحة: 25"));
    }

    @Test
    void aTradeInConstructIsNoName() {
        // "سائق السيارة" (the car's driver), "حارس المبنى" (the building's guard): who they were, not their names
        assertEquals(List.of(), names("قتل سائق السيارة في غارة جوية على الطريق."));
        assertEquals(List.of(), names("وقتل حارس المبنى برصاص قناص في الحي."));
    }

    @Test
    void countedDualsAndForeignUnitsAreNoNames() {
        assertEquals(List.of(), names("لقي رجلان مصرعهما وأصيب ثلاثة آخرون في انفجار عبوة ناسفة."));
        assertEquals(List.of(), names("أدى القصف لمقتل 12 مدنياً وإصابة العشرات منهم بولاية النيل الأبيض."));
        assertEquals(List.of(), names("قتل 7 أشخاص في محلية أم بدة."));
    }

    @Test
    void theTwoVictimsAreListedAfterTheirDual() {
        assertEquals(List.of("killed:سالم عبدالكريم ناجي", "killed:فهد علي الشامي"),
                names("وأوضح البيان أن الضحيتين هما سالم عبدالكريم ناجي (40 عاماً) وفهد علي الشامي (19 عاماً)."));
    }

    @Test
    void aHousesOwnerIsHarmedOnlyWhenHisOwnFateIsTold() {
        assertEquals(List.of("killed:رامي فؤاد"),
                names("استهدفت الغارة منزلاً للمواطن \"عادل سليم الحداد\"، وأسفرت عن مقتل الطفل \"رامي فؤاد\"."));
        assertEquals(List.of("killed:عادل سليم الحداد"),
                names("وقصفت الطائرات منزل المواطن عادل سليم الحداد ما أدى إلى استشهاده وزوجته."));
        assertEquals(List.of("injured:عادل سليم الحداد"),
                names("فجر مسلحون منزل المواطن عادل سليم الحداد مما أدى إلى مقتل زوجته وإصابته بجروح."));
    }

    @Test
    void aWoundsPlaceOnTheBodyIsNoPlace() {
        // القدم (the foot) is also a quarter of Damascus; "بالرصاص الحي" is live fire, not "the quarter"
        var e = new org.marsad.extract.ClaimExtractor(text -> org.marsad.place.PlaceResolver.shipped().best(text).map(org.marsad.place.Candidate::pcode)).extract(
                "وأصيب الشاب سامر خالد العلي (19 عاماً) بعيار ناري في القدم خلال المواجهات.");
        assertEquals(1, e.victims().size());
        assertEquals(null, e.victims().get(0).placePcode(), String.valueOf(e.victims().get(0).placeText()));
        var live = new org.marsad.extract.ClaimExtractor().extract("وأعلنت الوزارة استشهاد الشاب سامر خالد العلي بالرصاص الحي.");
        assertEquals(null, live.victims().get(0).placeText());
    }

    @Test
    void aTitlesNationalityIsNoPartOfTheName() {
        assertEquals(List.of("killed:سامر خالد العلي"),
                names("استشهد مساء اليوم الفتى الفلسطيني سامر خالد العلي (15 عاماً)، متأثراً بإصابته برصاص الجنود."));
        assertEquals(List.of("killed:سامر خالد المصري"), names("استشهد الشاب سامر خالد المصري في القصف."));
    }

    @Test
    void aWoundToldFirstAndADeathAfterItIsADeath() {
        assertEquals(List.of("killed:سامر خالد العلي"), names("وقالت الوزارة إن الشاب سامر خالد العلي وصل إلى المستشفى"
                + " بحالة حرجة جراء إصابته برصاصة في الصدر، ثم ارتقى شهيداً."));
    }

    @Test
    void theFamilyNameAloneNamesAgainTheOneVictimWhoBearsIt() {
        assertEquals(List.of("killed:سامر خالد أبو ريشة"), names("وأفادت مصادر أن الشهيد سامر خالد أبو ريشة استشهد متأثراً"
                + " بإصابته. وقال الأطباء إن العيار سبب نزيفاً حاداً للشاب ريشة، ما أسفر عن استشهاده."));
    }

    @Test
    void aFreedPrisonerNamedAfterHisTitle() {
        assertEquals(List.of("killed:سامر خالد العلي"),
                names("وأعلنت الوزارة استشهاد شاب وهو \"الأسير المحرر سامر خالد العلي\"."));
    }

    @Test
    void aTimeOfDayBetweenTheVerbAndTheName() {
        assertEquals(List.of("killed:سامر خالد العلي"), names("وكان قد استشهد صباحاً سامر خالد العلي في المخيم."));
    }

    @Test
    void aVillageNamedBesideAForeignCityIsNotTheSyrianOneOfItsName() {
        // التل is a Syrian town; "تل جنوب غرب نابلس" is the village by Nablus, which the gazetteer does not hold
        var e = new org.marsad.extract.ClaimExtractor(text -> org.marsad.place.PlaceResolver.shipped().best(text)
                .map(org.marsad.place.Candidate::pcode)).extract(
                "استشهد الشاب سامر خالد العلي خلال مواجهات في قرية تل جنوب غرب نابلس.");
        assertEquals(null, e.victims().get(0).placePcode(), e.victims().get(0).placeText());
    }

    @Test
    void namesBeforeTheirVerbInItsNumber() {
        assertEquals(List.of("killed:سالم علي الحداد", "killed:فهد ناجي الشامي"),
                names("وأكدت المصادر أن سالم علي الحداد وفهد ناجي الشامي استشهدا جراء القصف."));
        assertEquals(List.of("injured:سالم علي الحداد"), names("وقال إن سالم علي الحداد أصيب بجروح."));
        // the killer: the verb has its object after it
        assertEquals(List.of(), names("وأكد أن سالم علي الحداد قتل 5 مدنيين."));
        assertEquals(List.of(), names("وأكد أن سالم علي الحداد قتل شقيقه."));
        // a dual verb after three names is some other sentence
        assertEquals(List.of(), names("وقال إن سالم علي الحداد وفهد ناجي الشامي وعلي حسن قاسم غادرا المكان."));
    }

    @Test
    void aTownsWholeNameAfterItsTypeDecidesItsPlace() {
        // "بلدة تل شهاب" is Tell Shihab in Daraa; its first two words alone went to التل near Damascus
        var e = new org.marsad.extract.ClaimExtractor(text -> org.marsad.place.PlaceResolver.shipped().best(text)
                .map(org.marsad.place.Candidate::pcode)).extract(
                "أقدم مجهولون على اغتيال الشاب سامر خالد العلي في بلدة تل شهاب بريف درعا الغربي.");
        assertEquals("بلدة تل شهاب", e.victims().get(0).placeText());
        assertEquals(org.marsad.place.PlaceResolver.shipped().best("تل شهاب").map(org.marsad.place.Candidate::pcode)
                .orElseThrow(), e.victims().get(0).placePcode());
    }

    @Test
    void withHimAndNicknamedAreNoNames() {
        assertEquals(List.of(), names("أسفر الاستهداف عن استشهاد الشاب وبرفقته شخص آخر."));
        assertEquals(List.of("injured:سامر العلي"), names("وأصيب الشاب \"سامر العلي المُلقب بـ أبو خالد\" بجروح."));
    }

    @Test
    void aRankWithoutItsArticleIsNoName() {
        assertEquals(List.of(), names("قتل 16 شخصاً في التفجير، هم ضابط برتبة عقيد وشقيقه ووالدهما ووالدتهما."));
    }

    // ---------------------------------------------------------------- round 4 (2026-12-06), sentences of our own

    @Test
    void twoNamesEachWithItsOwnPlace() {
        var e = new org.marsad.extract.ClaimExtractor(text -> java.util.Optional.<String>empty()).extract(
                "استشهد محمود سالم العطار في البلدة القديمة ونادر خليل الشامي في بيت دقو برصاص الاحتلال.");
        assertEquals(List.of("محمود سالم العطار", "نادر خليل الشامي"),
                e.victims().stream().map(NamedVictim::name).toList());
        assertEquals("البلدة القديمة", e.victims().get(0).placeText()); // the place does not run on into the next name
        assertEquals(List.of("killed:سامي حسن العودة", "killed:كريم فؤاد الريس"),
                names("وتزف المقاومة الشهيد سامي حسن العودة من بلدة عيتا وكريم فؤاد الريس (حيدر) من بلدة الخيام."));
        // a second place of the same person is no second person
        assertEquals(List.of("killed:محمود سالم العطار"),
                names("استشهد محمود سالم العطار في البلدة القديمة وباب الزاوية برصاص الاحتلال."));
    }

    @Test
    void aPluralNounOfPeopleBeforeNamesBeforeTheirVerb() {
        List<NamedVictim> v = NamedVictimFinder.find(
                "وأكدت الوزارة أن المواطنين سامي حسن العودة وكريم فؤاد الريس استشهدا جراء القصف.");
        assertEquals(List.of("سامي حسن العودة", "كريم فؤاد الريس"), v.stream().map(NamedVictim::name).toList());
        assertEquals(Group.CIVILIAN, v.get(1).group());
    }

    @Test
    void aTitleAndTheFamilyNameOfOneNamedBeforeIsThatPerson() {
        assertEquals(List.of("killed:سامي حسن العودة"), names("واستشهد الشاب سامي حسن العودة (22 عاماً) في المواجهات."
                + " وكان الشاب العودة أصيب برصاصة في الرأس. وباستشهاد الشاب العودة يرتفع عدد الشهداء إلى 40."));
        assertEquals(List.of("killed:سامي حسن العودة", "killed:كريم فؤاد الريس"),
                names("أسفر القصف عن استشهاد كل من؛ سامي حسن العودة (19) عاما، وكريم فؤاد الريس (24) عاما."
                        + " وحمل المشيعون جثماني الشهيدين العودة والريس، وجابوا شوارع المدينة."));
    }

    @Test
    void aWoundOfTheFirstNameDoesNotGovernTheSecond() {
        assertEquals(List.of("killed:سامي حسن العودة", "killed:كريم فؤاد الريس"),
                names("وأعلنت الوزارة استشهاد المواطن سامي حسن العودة (57 سنة) بعد إصابته برصاصة في الصدر، والمواطن"
                        + " كريم فؤاد الريس (28 سنة) وهو أسير محرر، بعد إصابته برصاصة في البطن."));
    }

    @Test
    void aWoundAndADeathLaterInTheSameSentence() {
        assertEquals(List.of("killed:سامي العودة"), names("وقالت الوزارة إن الشاب سامي العودة أصيب برصاصة في الرأس"
                + " ونقل إلى المستشفى واستشهد في وقت لاحق متأثرا بجروحه."));
        assertEquals(List.of("killed:سامي حسن العودة"), names("أطلق الجنود النار على الناشط سامي حسن العودة وإصابته"
                + " بجروح خطيرة، ثم تركوه ينزف حتى فارق الحياة."));
        assertEquals(List.of("killed:سامي حسن العودة"), names("وأصيب الشاب سامي حسن العودة برصاصة في البطن ووصل بحالة"
                + " حرجة ليعلن عن استشهاده بعد ساعة."));
        // another's death, with its own subject, leaves the wounded one wounded
        assertEquals(List.of("injured:سامي حسن العودة", "killed:كريم فؤاد الريس"),
                names("أصيب الشاب سامي حسن العودة بجروح، واستشهد الشاب كريم فؤاد الريس متأثرا بجروحه."));
    }

    @Test
    void aHospitalWithItsArticleIsNotNamedAfterTheMartyr() {
        assertEquals(List.of("killed:عبد الناصر حسن العودة"),
                names("ونقلت الطواقم إلى المستشفى الشهيد عبد الناصر حسن العودة (23 عاما) من المخيم."));
        assertEquals(List.of("injured:كريم فؤاد الريس"),
                names("ونقل المصاب إلى مستشفى الشهيد سامي العودة، وأصيب الشاب كريم فؤاد الريس بجروح."));
    }

    @Test
    void aPartyThatMournsIsNoVictim() {
        assertEquals(List.of(), names("نعى حزب الله شهيداً سقط اليوم في الجنوب."));
        assertEquals(List.of("killed:سامي حسن العودة"), names("وزفت المقاومة (الجناح العسكري للحزب) الشهيد المجاهد"
                + " سامي حسن العودة من بلدة الخيام."));
        assertEquals(List.of(), names("وأصيب فيها عدة شبان بجروح."));
    }

    @Test
    void anAgeWhoseNumberAloneIsInBrackets() {
        List<NamedVictim> v = NamedVictimFinder.find("وأسفر القصف عن مقتل كل من: سامي حسن العودة (9) أعوام، وريم كريم"
                + " الريس عام ونصف.");
        assertEquals(List.of("سامي حسن العودة", "ريم كريم الريس"), v.stream().map(NamedVictim::name).toList());
        assertEquals(9, v.get(0).age());
        assertEquals(1, v.get(1).age());
        assertEquals(Group.CHILD, v.get(1).group());
    }

    @Test
    void aFullStopBeforeAnAgeAndAnUnknownVictimDoNotEndAList() {
        assertEquals(List.of("killed:سامي حسن العودة", "killed:كريم فؤاد الريس", "killed:نادر الشامي"),
                names("وفيما يلي أسماء الشهداء وهم: ( سامي حسن العودة. 4 سنوات، كريم فؤاد الريس 10 سنوات، مجهول 35 سنة،"
                        + " نادر الشامي)."));
    }

    @Test
    void anAliasInQuotesIsNoSecondPerson() {
        assertEquals(List.of("killed:سامي حسن العودة"),
                names("وزفت المقاومة الشهيد القائد سامي حسن العودة \"الحاج جواد\" من بلدة الخيام."));
    }

    @Test
    void assassinatedActivistsNamedInApposition() {
        assertEquals(List.of("killed:سامي حسن العودة"), names("واقتحم مسلحون مقر شركة يعمل بها الناشط، سامي حسن العودة،"
                + " حيث أطلقوا النار عليه، مما أدى إلى مقتله."));
        assertEquals(List.of("killed:سعاد العودة"), names("وذكر نشطاء أن الناشطة المغدورة هي سعاد العودة، العضو في منظمة"
                + " حقوقية."));
        assertEquals(List.of("killed:سامي العودة"), names("وقال المصدر إن مسلحين اغتالوا الناشط المدني سامي العودة وسط"
                + " المدينة."));
        assertEquals(List.of("killed:سامي حسن العودة", "killed:كريم الريس"), names("ومن بينها حادثة الصحافي سامي حسن العودة"
                + " الذي اغتاله مسلحون مع زميله المصور كريم الريس."));
        // a council's title and a comma, then the sentence goes on: no name
        assertEquals(List.of(), names("وقتل 7 عناصر في قصف من قبل المجلس العسكري، استهدف تجمع الفصائل في القرية."));
    }

    @Test
    void theOneMournedAfterTheOneWhoMourns() {
        assertEquals(List.of("killed:سامي حسن العودة"),
                names("ونعى الحزب في بيان مقتضب اطلعت عليه الوكالة، سامي حسن العودة \"أبو علي\" من بلدة الخيام."));
        List<NamedVictim> v = NamedVictimFinder.find("نعى \"الحزب\" أحد عناصره سامي حسن العودة الملقب بـ\"جون\".");
        assertEquals(List.of("سامي حسن العودة"), v.stream().map(NamedVictim::name).toList());
        assertEquals(Group.FIGHTER, v.get(0).group());
        assertEquals(List.of("killed:سامي حسن العودة", "killed:كريم فؤاد الريس"),
                names("ونعت الحركة في بيانين كل من سامي حسن العودة وكريم فؤاد الريس."));
        // the party alone, with a count, names nobody
        assertEquals(List.of(), names("ونعى الحزب، اليوم، اثنين من عناصره."));
    }

    @Test
    void aCampNamedAfterItsCityIsThePlaceNotAFetus() {
        var e = new org.marsad.extract.ClaimExtractor().extract("استشهد الشاب سامر خالد الحاج برصاص الاحتلال في مخيم جنين.");
        assertEquals(1, e.victims().size());
        assertEquals("مخيم جنين", e.victims().get(0).placeText());
        assertEquals(1, e.claims().size(), e.claims().toString());
    }

    @Test
    void namesBeforeTheirPluralVerbAcrossACommaAndAStrayMark() {
        assertEquals(List.of("killed:سامر خالد العلي", "killed:منى خالد العلي", "killed:أحمد سعيد يوسف", "killed:يوسف سعيد عمر"),
                names("وأكدت المصادر أن /سامر خالد العلي ومنى خالد العلي، و أحمد سعيد يوسف ويوسف سعيد عمر، استشهدوا في القصف."));
        // a single name and a comma: the sentence goes on, no list
        assertEquals(List.of("killed:سامر خالد العلي"), names("وأكدت المصادر أن سامر خالد العلي استشهد، وتمنت الشفاء للجرحى."));
    }

    @Test
    void theDeadChildIdentifiedByNameIsKilled() {
        List<NamedVictim> v = NamedVictimFinder.find("انفجر لغم في الحقل. الطفل المتوفى تم تحديده باسم رامي سعيد الحسن"
                + " (9 أعوام)، بينما أصيب ابن عمه كريم فؤاد الحسن (10 أعوام) بجروح.");
        assertEquals(List.of("killed:رامي سعيد الحسن", "injured:كريم فؤاد الحسن"),
                v.stream().map(x -> x.outcome().code() + ":" + x.name()).toList());
        assertEquals(9, v.get(0).age());
    }

    @Test
    void anAgeAfterDhuOrDhatIsAnAgeNotPartOfTheName() {
        List<NamedVictim> v = NamedVictimFinder.find("أسفر القصف عن استشهاد الطفلة سلمى عادل النجار ذات الخمسة أعوام،"
                + " والشاب فارس عادل النجار ذو العشرين عاماً.");
        assertEquals(List.of("سلمى عادل النجار", "فارس عادل النجار"), v.stream().map(NamedVictim::name).toList());
        assertEquals(5, v.get(0).age());
        assertEquals(20, v.get(1).age());
        assertEquals(Group.MAN, v.get(1).group());
    }

    @Test
    void aPhraseBetweenTheTitleAndTheName() {
        assertEquals(List.of("killed:حسين علي زين"),
                names("شيّع الأهالي الشهيد المجاهد على طريق القدس حسين علي زين في بلدته."));
        assertEquals(List.of("killed:حسين علي زين"),
                names("وشيّعت البلدة الشهيد السعيد على طريق القدس المجاهد حسين علي زين \"أبو علي\"."));
    }

    @Test
    void thePartyThatMournsIsNotTheOneMourned() {
        assertEquals(List.of("killed:رامي يوسف الخطيب"), names("ونعت الحركة الشهيد رامي يوسف الخطيب الذي ارتقى أمس."));
        assertEquals(List.of("killed:علي حسن فقيه"), names("نعى حزب الله الشهيد علي حسن فقيه من بلدة الخيام."));
        assertEquals(List.of("killed:علي حسن فقيه"), names("نعى حزب الله علي حسن فقيه من بلدة الخيام."));
        // a leader of the party speaks: he is still no victim
        assertEquals(List.of(), names("وقال رئيس الحركة سامي يوسف إن القصف لن يثنيهم."));
    }

    @Test
    void theNameAfterAnAgeInBracketsHasNoneOfIt() {
        List<NamedVictim> v = NamedVictimFinder.find("وأصيب في القصف سمير العلي (30 عاماً) وخالد النجار بجروح.");
        assertEquals(List.of("injured:سمير العلي", "injured:خالد النجار"),
                v.stream().map(x -> x.outcome().code() + ":" + x.name()).toList());
        assertEquals(30, v.get(0).age());
        assertEquals(null, v.get(1).age());
        // others wounded after the name are not the named one's fate
        assertEquals(List.of("killed:سمير العلي"), names("واستشهد في الغارة سمير العلي (30 عاماً) وأصيب آخرون."));
    }

    @Test
    void aDualListWhoseFateTheNextSentenceTells() {
        assertEquals(List.of("injured:ماجد سعيد العلي", "injured:عمر فهد النجار"), names("ووصل إلى المستشفى شابان، وهما ماجد"
                + " سعيد العلي وعمر فهد النجار. وأفاد الأطباء بأن إصابتهما متوسطة."));
        assertEquals(List.of("killed:ماجد سعيد العلي", "killed:عمر فهد النجار"), names("ووصل إلى المستشفى شابان، وهما ماجد"
                + " سعيد العلي وعمر فهد النجار. وأعلن الأطباء لاحقاً استشهادهما."));
        // the next sentence tells what they said, not what befell them
        assertEquals(List.of(), names("وحضر الاجتماع مسؤولان، وهما ماجد سعيد العلي وعمر فهد النجار. وقالا إن القصف قتل خمسة."));
    }

    @Test
    void aDualTitleThenHumaHeadsTwoNamesEachWithHowItWasHit() {
        assertEquals(List.of("killed:سامر صلاح الخطيب", "killed:حمزة جميل النجار"), names("والشهيدان هما سامر صلاح الخطيب"
                + " (22 عاماً)، الذي أصيب برصاص في الصدر، وحمزة جميل النجار (23 عاماً)، الذي أصيب في البطن."));
        List<NamedVictim> v = NamedVictimFinder.find("وقالت الوزارة إن الشهيدين هما الفتيان نهاد رائد الخطيب (15 عاماً)،"
                + " وفؤاد مروان الخطيب (16 عاماً).");
        assertEquals(List.of("نهاد رائد الخطيب", "فؤاد مروان الخطيب"), v.stream().map(NamedVictim::name).toList());
        assertEquals(Group.CHILD, v.get(1).group());
        // a dual title and its verb: no name
        assertEquals(List.of(), names("وبحسب الوزارة، فإن الشهيدين نقلا إلى المستشفى الحكومي."));
    }

    @Test
    void theSubjectOfAReportedClauseIsNoSpeaker() {
        assertEquals(List.of("injured:كريم هواش"), names("ونوه المراسل إلى أن الطفل كريم هواش أصيب برصاص القناص."));
    }

    @Test
    void aFamilyNameOfTwoWordsAfterATitleIsOneNamedBefore() {
        assertEquals(List.of("killed:سامر نزار أبو زيد", "killed:مصعب حسان الخطيب"), names("استشهد الشابان سامر نزار أبو زيد"
                + " ومصعب حسان الخطيب قرب الحاجز. وباستشهاد الشابين أبو زيد والخطيب يرتفع العدد إلى 40."));
        assertEquals(List.of("killed:محمد راجح نصر الله"), names("استشهد الشاب محمد راجح نصر الله (20 عامًا) برصاص القناص."
                + " وأوضحت الوزارة أن الشهيد نصر الله نُقل إلى المستشفى."));
    }

    @Test
    void theDeadNamedAfterTheirBodiesAtAFuneralAreAList() {
        assertEquals(List.of("killed:رامي نبيل الخطيب", "killed:سالم فؤاد عودة", "killed:باسل منير حمدان"),
                names("وشارك المئات في تشييع جثامين الشهداء رامي نبيل الخطيب، وسالم فؤاد عودة، وباسل منير حمدان."));
        assertEquals(List.of("killed:كريم يحيى صافي", "killed:أنس جواد مرعي"),
                names("وودعت القرية جثماني شهيديها كريم يحيى صافي (24 عاماً)، وأنس جواد مرعي (16 عاماً) من حي الجبل."));
        // a number, a preposition or the sentence going on after the noun of the dead is no list of names
        assertEquals(List.of(), names("وحمل الشبان جثامين الشهداء على الأكتاف، وجابوا شوارع البلدة بمشاركة واسعة."));
        assertEquals(List.of(), names("وتقدم الموكب جثامين الشهداء الأربعة نحو المقبرة."));
    }

    @Test
    void aFuneralsWordsAfterTheNameOfTheOneBuriedAreNoPartOfIt() {
        assertEquals(List.of("killed:فادي كامل نصار"),
                names("وفي بلدة الخيام أقيم حفل تأبيني للشهيد فادي كامل نصار بلطم الصدور ونثر الورود."));
        assertEquals(List.of("killed:هادي علي فرحات"),
                names("وحمل جثمان الشهيد هادي علي فرحات على الأكتاف نحو ساحة البلدة."));
        assertEquals(List.of("killed:جواد سليم عيسى"),
                names("وفي المقبرة ووري الشهيد جواد سليم عيسى الثرى بموكب حاشد."));
        assertEquals(List.of("killed:يزن طارق الخطيب"),
                names("استشهد الشاب يزن طارق الخطيب برصاص القناصة. ولف جسد الشهيد يزن بالعلم قبل دفنه."));
    }

    @Test
    void aClericOrSpeakerAtAFuneralIsNoVictim() {
        assertEquals(List.of("killed:ماجد حسن عطوي"),
                names("شيعت البلدة الشهيد ماجد حسن عطوي، ثم كانت كلمة لمسؤول المنطقة في الحزب الشيخ سامي يوسف قبيسي، "
                        + "وبعدها أم فضيلة الشيخ وليد مهدي عواضة الصلاة على الجثمان."));
    }

    @Test
    void aTitleAfterAGivenNameWithNoNameAfterItIsTheFamilyName() {
        assertEquals(List.of("killed:راغب السيد"), names("قتل الشاب راغب السيد برصاص مجهولين في المدينة."));
        assertEquals(List.of("injured:منذر الشيخ"), names("وأصيب المواطن منذر الشيخ بشظايا في ساقه."));
    }

    @Test
    void aClauseOfContrastTellsItsOwnPersonsFate() {
        assertEquals(List.of("killed:نادر سامي البيك", "injured:عمرو فايز البيك"),
                names("استشهد الشاب نادر سامي البيك خلال اقتحام المخيم، فيما ابن عمه الطفل عمرو فايز البيك الذي كان "
                        + "يقف قربه أصيب بجروح في ساقه."));
        // a figure of others after the clause is no fate of its own person
        assertEquals(List.of("killed:نادر سامي البيك", "killed:عمرو فايز البيك"),
                names("استشهد الشاب نادر سامي البيك، بينما الطفل عمرو فايز البيك الذي كان برفقته، وأصيب 3 آخرون."));
    }

    @Test
    void aKunyaAfterACompoundGivenNameIsTheFamilyName() {
        // عبد الرحيم is one given name: the أبو after it opens the family name, not an alias after a family name
        assertEquals(List.of("killed:سعيد عبد الرحيم أبو ناصر"),
                names("وأفادت مصادر طبية أن الشهيد يدعى سعيد عبد الرحيم أبو ناصر (19 عاما)."));
        assertEquals(List.of("killed:رامي الحمصي"), names("استشهد الشاب رامي الحمصي أبو جابر تحت التعذيب."));
    }

    @Test
    void anIndefiniteNounInTheAccusativeIsNoName() {
        assertEquals(List.of(), names("وقال مدير المستشفى إن شاباً سورياً استشهد متأثراً بجروحه."));
        assertEquals(List.of(), names("وأكدت الوزارة أن طفلا فلسطينيا استشهد برصاص قناص."));
    }

    @Test
    void wordsBeforeTheClashesThatKilledSomeoneAreNoName() {
        assertEquals(List.of("killed:ليث منير"), names("استشهد الشاب ليث منير فجر اليوم. وكانت قوات الجيش قد اقتحمت الحي، "
                + "وتفجرت بعدها المواجهات التي أدت إلى استشهاد الشاب."));
    }

    @Test
    void aStateToldOfARelativeIsNoName() {
        assertEquals(List.of("killed:عدي سامر"), names("استشهد الشاب عدي سامر برصاص الجنود، وهو متزوج وزوجته حامل."));
    }
}
