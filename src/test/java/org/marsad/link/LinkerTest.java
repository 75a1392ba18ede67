package org.marsad.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.marsad.text.SpellingFolding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LinkerTest {

    @ParameterizedTest
    @CsvSource({"أحمد,احمد", "إبراهيم,ابراهيم", "آمال,امال", "فاطمة,فاطمه", "مصطفى,مصطفي", "سؤال,سوال", "عائشة,عايشة", "مـحمد,محمد", "مُحَمَّد,محمد"})
    void foldsArabicSpellingVariants(String written, String folded) {
        assertThat(SpellingFolding.fold(written)).isEqualTo(SpellingFolding.fold(folded));
    }

    @ParameterizedTest
    @CsvSource({"محمد,Mohammad", "محمد,Muhammad", "محمد,Mohamed", "محمود,Mahmoud", "يوسف,Yousef"})
    void givesArabicAndLatinSpellingsOneSkeleton(String arabic, String latin) {
        assertThat(Skeleton.of(NameTokens.of(arabic).get(0))).isEqualTo(Skeleton.of(NameTokens.of(latin).get(0)));
    }

    @Test
    void readsAbdAndAbuTypedWithALetterTwiceAsTheParticle() {
        assertThat(NameTokens.of("ععبد القادر حمدان")).isEqualTo(NameTokens.of("عبد القادر حمدان"));
        assertThat(NameTokens.of("عبدد الله بلال")).isEqualTo(NameTokens.of("عبد الله بلال"));
        assertThat(NameTokens.of("علي ابوو زيد")).isEqualTo(NameTokens.of("علي ابو زيد"));
        // a name written with a doubled letter stays as written
        assertThat(NameTokens.of("ممدوح علي")).containsExactly("ممدوح", "علي");
    }

    @Test
    void readsAVictimNamedByKinshipAsTheRelativeNotTheRelativesName() {
        assertThat(NameTokens.of("زوجة محمد أحمد الحسن")).containsExactly("xwife", "محمد", "احمد", "الحسن");
        assertThat(NameTokens.of("Wife of Mohammad Ahmad al-Hasan")).containsExactly("xwife", "mohammad", "ahmad", "hasan");
        assertThat(NameTokens.of("ابن محمود نصر")).first().isEqualTo("xson");
        assertThat(NameTokens.of("Son of Mahmoud Nasr")).first().isEqualTo("xson");
        assertThat(NameTokens.of("ابنته سعيد الطويل")).containsExactly("xdaughter", "سعيد", "الطويل");
        assertThat(NameTokens.of("أم سمير")).containsExactly("xmother", "سمير");
        assertThat(NameTokens.of("Umm Samir")).containsExactly("xmother", "samir");
        assertThat(NameTokens.of("Ibn Shadi Ibn Samir Qarqaz")).containsExactly("xson", "shadi", "samir", "qarqaz");
        assertThat(NameTokens.of("الابن أحمد وسام عيد")).containsExactly("احمد", "وسام", "عيد");
        // records of a group, or of someone not named, are descriptions too
        assertThat(NameTokens.of("A member from Aslim family")).containsExactly("xmember", "aslim");
        assertThat(NameTokens.of("Al Silak family member")).containsExactly("xmember", "silak");
        assertThat(NameTokens.of("Abu Alaa Hussein's second child")).first().isEqualTo("xchild");
        assertThat(NameTokens.of("فرد من عائلة اسليم")).containsExactly("xmember", "اسليم");
        assertThat(NameTokens.of("أبناء إبراهيم اللمداني")).first().isEqualTo("xchildren");
        assertThat(NameTokens.of("Unidentified woman from Abu Shamala")).containsExactly("xunknown", "abushamala");
        // ibn in the middle of a name is lineage, not a kinship record
        assertThat(NameTokens.of("محمد بن أحمد")).containsExactly("محمد", "احمد");
    }

    @Test
    void leavesOutTitlesAliasesInBracketsAndReadsPossessiveKinship() {
        assertThat(NameTokens.of("الدكتور عمر صلاح فروانة")).containsExactly("عمر", "صلاح", "فروانه");
        assertThat(NameTokens.of("Dr. Omar Saleh Farwana")).containsExactly("omar", "saleh", "farwana");
        assertThat(NameTokens.of("Hajj Hamdan Al-Najjar")).containsExactly("hamdan", "najjar");
        assertThat(NameTokens.of("Harbi Rabah Jarada (Abou Rabah)")).containsExactly("harbi", "rabah", "jarada");
        assertThat(NameTokens.of("Khaled’s child")).containsExactly("xchild", "khaled");
        assertThat(NameTokens.of("Abdul Salam Siraj's sister")).containsExactly("xsister", "abdulsalam", "siraj");
        assertThat(NameTokens.of("أخت عبدالسلام سراج")).first().isEqualTo("xsister");
        // "the mother Amna": a description before her own name; without the article, Amna's mother
        assertThat(NameTokens.of("الأم آمنة شعبان الدحدوح")).containsExactly("امنه", "شعبان", "الدحدوح");
        assertThat(NameTokens.of("أم آمنة").get(0)).isNotEqualTo("امنه");
        // a name that is only a title stays a name
        assertThat(NameTokens.of("الشيخ")).containsExactly("الشيخ");
    }

    @Test
    void neverLinksAWifeRecordedByHerHusbandsNameToHim() {
        LocalDate day = LocalDate.of(2023, 10, 17);
        List<VictimRecord> records = List.of(
                new VictimRecord("1", "محمد أحمد خالد الحسن", "a", null, null, day, "جباليا", null),
                new VictimRecord("2", "زوجة محمد أحمد خالد الحسن", "a", null, null, day, "جباليا", null),
                new VictimRecord("3", "Wife of Mohammad Ahmad Khaled al-Hasan", "b", null, null, day, "Jabalia", null),
                new VictimRecord("4", "محمد احمد خالد الحسن", "b", null, null, day, "جباليا", null));
        Linkage linkage = Linker.link(records);
        assertThat(linkage.samePerson(0, 3)).isTrue();
        assertThat(linkage.samePerson(1, 2)).isTrue();
        assertThat(linkage.samePerson(0, 1)).isFalse();
        assertThat(linkage.samePerson(2, 3)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"يحيى,Yehia", "يحيى,Yahya", "فاطمة,Fatimah", "فاطمة,Fatima", "حمزة,Hamza", "سميحة,Samiha",
        "سعاد,Souad", "منير,Mounir", "معمر,Muammar", "معاذ,Moaz", "نافذ,Nafez", "تهاني,Tahani", "مدحت,Medhat",
        "حياة,Hayat", "طه,Taha", "مها,Maha", "نهى,Noha", "صالح,Saleh", "ابوالقمصان,Aboalqoumsan",
        "عثمان,Osman", "عثمان,Othman", "معاذ,Muath", "منذر,Munther", "ظاهر,Dhaher", "حافظ,Hafez", "نور الدين,Nureddin",
        "صلاح الدين,Salahuddin", "العطار,El-Al-Attar", "سيلين,Celine", "عزالدين,Ezzedine", "محمد,Moh",
        "عبد الرحمن,Abdurrahman", "عبد السلام,Abdussalam"})
    void findsArabicAndLatinSpellingsOfOneNameAlike(String arabic, String latin) {
        NameLexicon lexicon = NameLexicon.of(List.of());
        NamePart a = lexicon.part(PersonName.withoutArticle(NameTokens.of(arabic).get(0)));
        NamePart b = lexicon.part(NameTokens.of(latin).get(0));
        assertThat(NameComparator.level(a, b)).isLessThan(NameComparator.DIFFERENT);
    }

    @ParameterizedTest
    @CsvSource({"أحمد,Ahmet", "محمد,Mehmet", "محمود,Mahmut", "حامد,Hamit"})
    void readsTheTurkishSpellingOfAFinalDAsT(String arabic, String latin) {
        // written often, so not a rare slip of the Arabic name
        NameLexicon lexicon = lexiconOf(PersonName.withoutArticle(NameTokens.of(arabic).get(0)), 100,
                NameTokens.of(latin).get(0), 40);
        NamePart a = lexicon.part(PersonName.withoutArticle(NameTokens.of(arabic).get(0)));
        NamePart b = lexicon.part(NameTokens.of(latin).get(0));
        assertThat(NameComparator.level(a, b)).isLessThan(NameComparator.DIFFERENT);
    }

    @ParameterizedTest
    @CsvSource({"محمود,Mahmud,true", "محمود,Mahmoud,true", "محمود,Muhammad,false", "محمد,Mahmoud,false",
        "موسى,Mousa,true", "ايمان,Iman,true", "عيسى,Issa,true", "معين,Moin,true", "ابو عوده,Abu Odeh,true",
        "صفية,Safiya,true", "نهى,Noha,true", "سميحة,Samiha,true"})
    void readsWhereLatinWritesTheLongVowelsOfAnArabicName(String arabic, String latin, boolean writes) {
        NameLexicon lexicon = NameLexicon.of(List.of());
        NamePart a = lexicon.part(NameTokens.of(arabic).get(0));
        NamePart b = lexicon.part(NameTokens.of(latin).get(0));
        assertThat(LatinReading.writesLongVowelsOf(b, a)).isEqualTo(writes);
    }

    @Test
    void readsTheSecondWordOfATwoWordNameAsTheFatherWhenItIsTheOthersFather() {
        NameLexicon lexicon = NameLexicon.of(List.of());
        PersonName shortName = PersonName.parse("محمد عادل", lexicon);
        assertThat(NameComparator.fathers(shortName, PersonName.parse("محمد عادل كشكو", lexicon)))
                .isEqualTo(NameComparator.SAME_SPELLING);
        // a family name that agrees stays a family name: nothing is said about the father
        assertThat(NameComparator.fathers(PersonName.parse("محمد كشكو", lexicon), PersonName.parse("محمد عادل كشكو", lexicon)))
                .isEqualTo(FieldComparator.MISSING);
        assertThat(NameComparator.fathers(shortName, PersonName.parse("محمد سامي كشكو", lexicon)))
                .isEqualTo(FieldComparator.MISSING);
        assertThat(NameComparator.grandfathers(PersonName.parse("محمد عادل سامي", lexicon),
                PersonName.parse("Mohammad Adel Sami Kashko", lexicon))).isEqualTo(NameComparator.SAME_SKELETON);
    }

    @Test
    void excusesAFathersNameOnlyWhenTheShorterNameLeftPartsOut() {
        NameLexicon lexicon = NameLexicon.of(List.of());
        NameComparator fathers = NameComparator.ofFathers();
        NameComparator family = new NameComparator("family name", p -> p.name().family(), true);
        RecordProfile shorter = profile("محمد خالد الحسن", lexicon);
        RecordProfile longer = profile("محمد أحمد خالد الحسن", lexicon);
        assertThat(fathers.compare(shorter, longer)).isEqualTo(FieldComparator.MISSING);
        // as many parts on both sides: no part was left out, so حسن shared at two places excuses nothing
        RecordProfile a = profile("فاطمة إياد الحسن", lexicon);
        RecordProfile b = profile("فاطمة حسن أبو ريدة", lexicon);
        assertThat(fathers.compare(a, b)).isEqualTo(NameComparator.DIFFERENT);
        assertThat(family.compare(a, b)).isEqualTo(NameComparator.DIFFERENT);
    }

    @Test
    void takesARareSpellingForASlipAtAnyLetterButNotACommonName() {
        // a slip may strike the first letter too (جالد for خالد, تول for بتول); two names both common are
        // two names, however close (صلاح, فلاح)
        NameLexicon lexicon = lexiconOf("خالد", 30, "جالد", 1, "بتول", 30, "تول", 1, "صلاح", 30, "فلاح", 30);
        assertThat(NameComparator.level(lexicon.part("خالد"), lexicon.part("جالد"))).isEqualTo(NameComparator.SIMILAR);
        assertThat(NameComparator.level(lexicon.part("بتول"), lexicon.part("تول"))).isEqualTo(NameComparator.SIMILAR);
        assertThat(NameComparator.level(lexicon.part("صلاح"), lexicon.part("فلاح"))).isEqualTo(NameComparator.DIFFERENT);
    }

    @Test
    void comparesTwoArabicSpellingsLetterByLetterForASlip() {
        NameLexicon lexicon = lexiconOf("محمد", 40, "مهند", 1);
        // mhnd and mhmd are one letter apart, مهند and محمد two: brothers, not a slip
        assertThat(lexicon.part("مهند").skeleton()).isEqualTo("mhnd");
        assertThat(NameComparator.level(lexicon.part("محمد"), lexicon.part("مهند"))).isEqualTo(NameComparator.DIFFERENT);
    }

    @Test
    void keysARareSpellingAsTheCommonNameItMayBeASlipForSoThatItsRecordsMeet() {
        List<VictimRecord> records = new java.util.ArrayList<>(java.util.stream.IntStream.range(0, 30)
                .mapToObj(i -> new VictimRecord("" + i, "ختام سليمان الكرد", "a", null, null,
                        LocalDate.of(2024, 3, 1).plusDays(i * 10), null, null)).toList());
        records.add(new VictimRecord("30", "ختاف سليمان", "b", null, null, LocalDate.of(2024, 3, 1), null, null));
        records.add(new VictimRecord("31", "فتام سليمان", "b", null, null, LocalDate.of(2024, 3, 1), null, null));
        records.add(new VictimRecord("32", "سوسن سليمان", "b", null, null, LocalDate.of(2024, 3, 1), null, null));
        NameLexicon lexicon = NameLexicon.of(records);
        assertThat(lexicon.likelyMeant(Skeleton.loose("ختاف"))).containsExactly(Skeleton.loose("ختام"));
        // a slip may strike the first letter too; a name two letters away is another name
        assertThat(lexicon.likelyMeant(Skeleton.loose("فتام"))).containsExactly(Skeleton.loose("ختام"));
        assertThat(lexicon.likelyMeant(Skeleton.loose("سوسن"))).isEmpty();
        assertThat(lexicon.likelyMeant(Skeleton.loose("ختام"))).isEmpty();

        List<RecordProfile> profiles = records.stream().map(r -> RecordProfile.of(r, lexicon)).toList();
        long[] pairs = Blocking.candidatePairs(profiles).pairs();
        java.util.Set<List<Integer>> found = java.util.Arrays.stream(pairs)
                .mapToObj(pair -> List.of(PairList.first(pair), PairList.second(pair)))
                .collect(java.util.stream.Collectors.toSet());
        assertThat(found).contains(List.of(0, 30), List.of(0, 31)).doesNotContain(List.of(0, 32));
    }

    @Test
    void aRareGivenNameMeetsTheRecordsItMayBeASlipOfThroughTheRestOfTheName() {
        // عبي (a slip of علي too short to guess from) shares only the father's name and the day of death
        List<VictimRecord> records = new java.util.ArrayList<>(java.util.stream.IntStream.range(0, 80)
                .mapToObj(i -> new VictimRecord("" + i, (i % 2 == 0 ? "علي" : "عمر") + " محمود الخطيب " + i, "a",
                        null, i, LocalDate.of(2024, 3, 1), null, null)).toList());
        records.add(new VictimRecord("80", "عبي محمود", "b", null, 40, LocalDate.of(2024, 3, 1), null, null));
        records.add(new VictimRecord("81", "سوسن محمود", "b", null, 40, LocalDate.of(2024, 3, 1), null, null));
        NameLexicon lexicon = NameLexicon.of(records);
        List<RecordProfile> profiles = records.stream().map(r -> RecordProfile.of(r, lexicon)).toList();
        java.util.Set<List<Integer>> found = java.util.Arrays.stream(Blocking.candidatePairs(profiles).pairs())
                .mapToObj(pair -> List.of(PairList.first(pair), PairList.second(pair)))
                .collect(java.util.stream.Collectors.toSet());
        assertThat(found).contains(List.of(40, 80)).doesNotContain(List.of(40, 81), List.of(41, 80));
    }

    /** The lexicon of records named by each spelling as many times as the number after it. */
    private static NameLexicon lexiconOf(Object... spellingsAndTimes) {
        List<VictimRecord> records = new java.util.ArrayList<>();
        for (int k = 0; k < spellingsAndTimes.length; k += 2) {
            for (int time = 0; time < (Integer) spellingsAndTimes[k + 1]; time++) {
                records.add(new VictimRecord(k + "-" + time, (String) spellingsAndTimes[k], "a", null, null, null, null, null));
            }
        }
        return NameLexicon.of(records);
    }

    private static RecordProfile profile(String name, NameLexicon lexicon) {
        return RecordProfile.of(new VictimRecord("x", name, "a", null, null, null, null, null), lexicon);
    }

    @Test
    void readsSheikhBeforeTheLastWordAsPartOfTheFamilyName() {
        NameLexicon lexicon = NameLexicon.of(List.of());
        PersonName arabic = PersonName.parse("محمد عمر الشيخ خليل", lexicon);
        PersonName latin = PersonName.parse("Mohammad Omar Al-Sheikh Khalil", lexicon);
        assertThat(arabic.grandfather()).isNull();
        assertThat(arabic.father().spelling()).isEqualTo("عمر");
        assertThat(NameComparator.level(arabic.family(), latin.family())).isLessThan(NameComparator.DIFFERENT);
        assertThat(NameComparator.level(arabic.family(), PersonName.parse("Mohammad Omar Sheikh Khalil", lexicon).family()))
                .isLessThan(NameComparator.DIFFERENT);
        // a title before the given name stays a title
        assertThat(PersonName.parse("الشيخ محمد خليل", lexicon).given().spelling()).isEqualTo("محمد");
    }

    @Test
    void takesAnArabicSlipThatLeftTwoLikeLettersTogetherForASlipOfTheLatinName() {
        NameLexicon lexicon = lexiconOf("محمد", 30, "ممد", 1, "Mohamad", 1);
        assertThat(lexicon.part("ممد").looseSkeleton()).isEqualTo("md");
        assertThat(NameComparator.level(lexicon.part("ممد"), lexicon.part("mohamad"))).isEqualTo(NameComparator.SIMILAR);
        assertThat(NameComparator.slipMadeADouble("md", "mhmd")).isTrue();
        assertThat(NameComparator.slipMadeADouble("md", "mhmwd")).isFalse();
    }

    @Test
    void neverReadsALatinSpellingAsAFrequentSlipOfAnArabicName() {
        // ممد, a slip of محمد written often enough to pass for a name; its skeleton is md, as Mu'adh's
        NameLexicon lexicon = lexiconOf("محمد", 400, "ممد", 12, "معاذ", 1, "Mu'adh", 1);
        assertThat(lexicon.part("muadh").readsAsArabicName()).isFalse();
        assertThat(NameComparator.level(lexicon.part("معاذ"), lexicon.part("muadh"))).isLessThan(NameComparator.DIFFERENT);
    }

    @Test
    void leavesOutTheArticleAfterAbu() {
        assertThat(NameTokens.of("محمد ابو النجا")).containsExactly("محمد", "ابونجا");
        assertThat(NameTokens.of("Muhammad Abu al-Naja")).containsExactly("muhammad", "abunaja");
        assertThat(NameTokens.of("Muhammad Abu Naja")).containsExactly("muhammad", "abunaja");
        // عبد keeps it: Abdul Rahman writes the l
        assertThat(NameTokens.of("عبد الرحمن")).containsExactly("عبدالرحمن");
    }

    @Test
    void takesARareLatinSpellingOneLetterFromACommonArabicNameForASlip() {
        NameLexicon lexicon = lexiconOf("توفيق", 30, "Tawdiq", 1);
        assertThat(NameComparator.level(lexicon.part("توفيق"), lexicon.part("tawdiq"))).isEqualTo(NameComparator.SIMILAR);
    }

    @Test
    void readsAPlaceAndAPlaceInsideItAsAlikeWhereTheGazetteerKnowsThem() {
        NameLexicon lexicon = NameLexicon.of(List.of());
        RecordProfile raqqa = RecordProfile.of(new VictimRecord("1", "x", "a", null, null, null, "الرقة", null), lexicon);
        RecordProfile maadan = RecordProfile.of(new VictimRecord("2", "x", "b", null, null, null, "Maadan", null), lexicon);
        RecordProfile suluk = RecordProfile.of(new VictimRecord("3", "x", "b", null, null, null, "سلوك", null), lexicon);
        RecordProfile aleppo = RecordProfile.of(new VictimRecord("4", "x", "b", null, null, null, "Aleppo", null), lexicon);
        RecordProfile gaza = RecordProfile.of(new VictimRecord("5", "x", "b", null, null, null, "جباليا", null), lexicon);
        assertThat(NameComparator.places(raqqa, maadan)).isEqualTo(NameComparator.SIMILAR);
        assertThat(NameComparator.places(raqqa, suluk)).isEqualTo(NameComparator.SIMILAR);
        assertThat(NameComparator.places(raqqa, aleppo)).isEqualTo(NameComparator.DIFFERENT);
        assertThat(NameComparator.places(maadan, suluk)).as("two sub-districts of one governorate").isEqualTo(NameComparator.DIFFERENT);
        assertThat(NameComparator.places(raqqa, gaza)).as("a place the gazetteer lacks").isEqualTo(NameComparator.DIFFERENT);
    }

    @Test
    void keepsZApartFromS() {
        List<VictimRecord> records = java.util.stream.IntStream.range(0, 30).mapToObj(i -> new VictimRecord("" + i,
                List.of("سعيد", "زياد", "Ziyad").get(i % 3), "a", null, null, null, null, null)).toList();
        NameLexicon lexicon = NameLexicon.of(records);
        assertThat(NameComparator.level(lexicon.part("سعيد"), lexicon.part("ziyad"))).isEqualTo(NameComparator.DIFFERENT);
        assertThat(NameComparator.level(lexicon.part("عزيز"), lexicon.part("aziz"))).isLessThan(NameComparator.DIFFERENT);
    }

    @Test
    void readsALatinArticleWrittenTogetherWithTheFamilyName() {
        NameLexicon lexicon = NameLexicon.of(List.of());
        assertThat(PersonName.parse("Lina Alshaer", lexicon).family().spelling()).isEqualTo("shaer");
        assertThat(PersonName.parse("لينا الشاعر", lexicon).family().skeleton())
                .isEqualTo(PersonName.parse("Lina Alshaer", lexicon).family().skeleton());
        assertThat(PersonName.parse("Ahmad Alwan", lexicon).family().spelling()).isEqualTo("alwan");
        assertThat(PersonName.parse("Ahmad Alayan", lexicon).family().spelling()).isEqualTo("alayan");
    }

    @Test
    void findsAChildRecordedAsSonOrDaughterOrAmongChildrenAlike() {
        NameLexicon lexicon = NameLexicon.of(List.of());
        NamePart children = lexicon.part(NameTokens.of("أبناء أحمد اللمداني").get(0));
        NamePart child = lexicon.part(NameTokens.of("Child of Ahmed Al-Lamdani").get(0));
        NamePart wife = lexicon.part(NameTokens.of("Wife of Ahmed Al-Lamdani").get(0));
        assertThat(NameComparator.level(children, child)).isEqualTo(NameComparator.SIMILAR);
        assertThat(NameComparator.level(wife, child)).isEqualTo(NameComparator.DIFFERENT);
    }

    @Test
    void readsALatinSpellingAsTheArabicNameItSpellsBeforeReadingItLoosely() {
        NamePart muhammad = NameLexicon.of(List.of()).part("محمد");
        assertThat(NameComparator.level(muhammad, NameLexicon.of(List.of()).part("mahmoud")))
                .as("no محمود among the records: Mahmoud may be a loose spelling of محمد").isEqualTo(NameComparator.SIMILAR);
        // محمد not rarer than a third of محمود: two names, neither a slip of the other (NameLexicon#mayBeTypo)
        NameLexicon lexicon = lexiconOf("محمود", 10, "محمد", 4, "Mahmoud", 1);
        assertThat(NameComparator.level(lexicon.part("محمد"), lexicon.part("mahmoud"))).isEqualTo(NameComparator.DIFFERENT);
        assertThat(NameComparator.level(lexicon.part("محمود"), lexicon.part("mahmoud"))).isEqualTo(NameComparator.SAME_SKELETON);
    }

    @Test
    void neverLinksRecordsThatNameNobody() {
        LocalDate day = LocalDate.of(2023, 10, 13);
        List<VictimRecord> records = List.of(
                new VictimRecord("1", "Unidentified man", "a", Sex.MALE, 30, day, "Gaza", null),
                new VictimRecord("2", "Unidentified man", "b", Sex.MALE, 30, day, "Gaza", null),
                new VictimRecord("3", "رجل مجهول الهوية", "c", Sex.MALE, 30, day, "غزة", null),
                new VictimRecord("4", "رجل مجهول الهوية", "d", Sex.MALE, 30, day, "غزة", null));
        assertThat(NameTokens.of("رجل مجهول الهوية")).containsExactly("xunknown");
        assertThat(NameTokens.of("Unidentified")).containsExactly("xunknown");
        assertThat(NameTokens.of("طفل")).containsExactly("xchild");
        Linkage linkage = Linker.link(records);
        assertThat(linkage.personCount()).isEqualTo(4);
    }

    @Test
    void keepsTwoUnnamedChildrenOfOneFatherInOneListApart() {
        LocalDate day = LocalDate.of(2023, 10, 13);
        List<VictimRecord> records = List.of(
                new VictimRecord("1", "ابن محمود نصر نوفل", "a", Sex.MALE, null, day, null, null),
                new VictimRecord("2", "ابن محمود نصر نوفل", "a", Sex.MALE, null, day, null, null),
                new VictimRecord("3", "Son of Mahmoud Nasr Nofal", "b", Sex.MALE, null, day, null, null));
        Linkage linkage = Linker.link(records);
        assertThat(linkage.samePerson(0, 1)).isFalse();
        assertThat(linkage.samePerson(0, 2) || linkage.samePerson(1, 2)).isTrue();
    }

    @Test
    void keepsBrothersKilledTogetherApart() {
        LocalDate day = LocalDate.of(2023, 10, 17);
        List<VictimRecord> records = List.of(
                new VictimRecord("1", "أحمد خالد محمد الحسن", "a", Sex.MALE, 12, day, "جباليا", null),
                new VictimRecord("2", "محمود خالد محمد الحسن", "a", Sex.MALE, 9, day, "جباليا", null),
                new VictimRecord("3", "احمد خالد محمد الحسن", "b", Sex.MALE, 12, day, "جباليا", null));
        Linkage linkage = Linker.link(records);
        assertThat(linkage.personOf(1)).isNotEqualTo(linkage.personOf(0));
        assertThat(linkage.personOf(1)).isNotEqualTo(linkage.personOf(2));
    }
}
