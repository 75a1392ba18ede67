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
}
