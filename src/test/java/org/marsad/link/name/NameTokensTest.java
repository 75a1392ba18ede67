package org.marsad.link.name;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marsad.text.SpellingFolding;

class NameTokensTest {
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
    void leavesOutTheArticleAfterAbu() {
        assertThat(NameTokens.of("محمد ابو النجا")).containsExactly("محمد", "ابونجا");
        assertThat(NameTokens.of("Muhammad Abu al-Naja")).containsExactly("muhammad", "abunaja");
        assertThat(NameTokens.of("Muhammad Abu Naja")).containsExactly("muhammad", "abunaja");
        // عبد keeps it: Abdul Rahman writes the l
        assertThat(NameTokens.of("عبد الرحمن")).containsExactly("عبدالرحمن");
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
    void readsTheVictimsOwnNameAfterAKinshipWithAPronounUnlessItIsTheRelativesSex() {
        // "his wife Salma": her own name; "his daughter, Khalil's": a man's name is the father's
        assertThat(NameTokens.of("زوجته سلمى يوسف النجار")).containsExactly("سلمي", "يوسف", "النجار");
        assertThat(NameTokens.of("زوجتة سلمى النجار")).containsExactly("سلمي", "النجار");
        assertThat(NameTokens.of("ابنته خليل النجار")).containsExactly("xdaughter", "خليل", "النجار");
        assertThat(NameTokens.of("زوجها")).containsExactly("xhusband");
        // the construct state: a woman's name after "wife of" and the relative's title is hers
        assertThat(NameTokens.of("زوجة الأسير المحرر سلمى النجار")).containsExactly("سلمي", "النجار");
        assertThat(NameTokens.of("زوجة الدكتور خليل النجار")).containsExactly("xwife", "خليل", "النجار");
        assertThat(NameTokens.of("Wife of Dr. Khalil Al-Najjar")).containsExactly("xwife", "khalil", "najjar");
    }
    @Test
    void readsTheOwnNameBesideADescriptionOfTheVictim() {
        assertThat(NameTokens.of("زوجة خليل.. سلمى النجار")).containsExactly("سلمي", "النجار");
        assertThat(NameTokens.of("Salma Najjar.. wife of Khalil")).containsExactly("salma", "najjar");
        assertThat(NameTokens.of("Salma Najjar.. Umm Rami")).containsExactly("salma", "najjar");
        assertThat(NameTokens.of("سلمى زوجة خليل النجار")).containsExactly("سلمي");
        assertThat(NameTokens.of("Dr. Rana Haddad's daughter Lina")).containsExactly("lina");
        // a kinship at the end is of the whole name; a family name after ".." stays
        assertThat(NameTokens.of("Rami Haddad.. Abu Ali's wife")).first().isEqualTo("xwife");
        assertThat(NameTokens.of("Rami Khalil Abu al-Ela.. al-Haddad")).containsExactly("rami", "khalil", "abuela", "haddad");
        // both parts kinships: the name as written
        assertThat(NameTokens.of("Umm Ali Haddad.. wife of Rami Haddad")).first().isEqualTo("xmother");
    }
    @Test
    void leavesOutAKunyaMarkedWithBackquotesOrAsterisksButNotAFamilyName() {
        assertThat(NameTokens.of("Khalil Yusuf Nassar `Abu Samir`")).containsExactly("khalil", "yusuf", "nassar");
        assertThat(NameTokens.of("Khalil Nassar *Abu Samir*")).containsExactly("khalil", "nassar");
        assertThat(NameTokens.of("خليل يوسف نصار `ابو سمير")).containsExactly("خليل", "يوسف", "نصار");
        assertThat(NameTokens.of("Rami Yusuf `Al-Haddad`")).containsExactly("rami", "yusuf", "haddad");
        assertThat(NameTokens.of("Khalil Nassar `Abu Samir`'s wife")).containsExactly("xwife", "khalil", "nassar");
    }
    @Test
    void readsBracketsMirroredByRightToLeftCopying() {
        assertThat(NameTokens.of("(خليل أبو حية (أبو سمير")).containsExactly("خليل", "ابوحيه");
        assertThat(NameTokens.of("(سلمى النجار(أم رامي")).containsExactly("سلمي", "النجار");
        assertThat(NameTokens.of("( سلمى يوسف النجار ) ` ابو سمير`")).containsExactly("سلمي", "يوسف", "النجار");
        assertThat(NameTokens.of("(unnamed)")).containsExactly("xunknown");
    }
    @Test
    void readsTheKinshipAfterUnnamedOrInfantAndTheSameKinshipInBothScripts() {
        assertThat(NameTokens.of("Unnamed son of Khalil")).containsExactly("xson", "khalil");
        assertThat(NameTokens.of("Infant son of Salma Yusuf Haddad")).containsExactly("xson", "salma", "yusuf", "haddad");
        assertThat(NameTokens.of("رضيع ابن سلمى يوسف حداد")).containsExactly("xson", "سلمي", "يوسف", "حداد");
        assertThat(NameTokens.of("Unidentified infant from Abu Hayya")).containsExactly("xchild", "abuhayya");
        assertThat(NameTokens.of("طفلها من بيت أبو حية")).containsExactly("xchild", "ابوحيه");
        assertThat(NameTokens.of("امرأة من بيت أبو حية")).containsExactly("xunknown", "ابوحيه");
        assertThat(NameTokens.of("Unidentified woman from Abu Hayya")).containsExactly("xunknown", "abuhayya");
        // عم (uncle) is no kinship word here: it is as often عمر or عمار with a letter left out
        assertThat(NameTokens.of("عم خليل نصار")).containsExactly("عم", "خليل", "نصار");
        assertThat(NameTokens.of("أ. خليل نصار")).containsExactly("خليل", "نصار");
    }
}
