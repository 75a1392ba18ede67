package org.marsad.link.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marsad.link.VictimRecord;
import org.marsad.link.name.LatinReading;
import org.marsad.link.name.NameLexicon;
import org.marsad.link.name.NamePart;
import org.marsad.link.name.NameTokens;
import org.marsad.link.name.PersonName;

class NameComparatorTest {
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
}
