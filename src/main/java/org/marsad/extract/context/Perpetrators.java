package org.marsad.extract.context;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.marsad.extract.document.Vocabulary;

/**
 * The perpetrator vocabulary: the name a claim records (English, as casualty datasets such as ACLED write
 * it) and the Arabic and English wordings reports use for that party. The wording decides, never the
 * country: "Houthi rebels" are the Houthis wherever the report is from. Words any side of several wars
 * is called ("the coalition", "government forces", "rebels", قوات الاحتلال) name a {@link Kind} only: they
 * stand for the party of that kind the same report names (a Yemen report's "Saudi-led coalition" makes its
 * "coalition strike" the Saudi-led coalition's), and for no one when it names none. Words that fit any
 * armed group ("the militia", "gunmen", الشباب the youth, القاعدة the base) are not here at all.
 */
final class Perpetrators {

    /** What an ambiguous wording can stand for. */
    enum Kind {
        /** A state's own forces: "government forces", القوات الحكومية (al-quwwāt al-ḥukūmiyya). */
        GOVERNMENT,
        /** An alliance of states: "the coalition", التحالف (at-taḥāluf). */
        COALITION,
        /** Non-state forces fighting a government: "rebels", الفصائل (al-faṣāʾil, the factions). */
        REBELS,
        /** A foreign army on land it holds: قوات الاحتلال (quwwāt al-iḥtilāl, occupation forces). */
        OCCUPATION
    }

    /**
     * A party as a claim records it; {@code name} null for an ambiguous wording, which names only its
     * {@code kind}; {@code kind} null for a party no ambiguous wording stands for.
     */
    record Party(String name, Kind kind) {
        boolean ambiguous() {
            return name == null;
        }
    }

    private static final Set<String> NAMES = new LinkedHashSet<>();

    static final Vocabulary<Party> VOCABULARY = new Vocabulary<Party>();

    static {
        // Syria
        named("Syrian government forces", Kind.GOVERNMENT, "قوات النظام", "النظام السوري", "الجيش السوري",
                "مروحيات النظام", "طائرات النظام", "regime forces", "syrian army", "syrian government",
                "syrian government forces", "assad forces", "assad regime");
        named("Russian forces", Kind.OCCUPATION, "روسية", "روسي", "الطائرات الروسية", "القوات الروسية",
                "الاحتلال الروسي", "russian");
        named("international coalition", Kind.COALITION, "التحالف الدولي", "us-led coalition",
                "international coalition", "anti-isis coalition");
        named("Islamic State", null, "تنظيم الدولة الإسلامية", "الدولة الإسلامية", "تنظيم الدولة", "داعش",
                "islamic state", "isis", "isil", "daesh");
        // SNHR names the Kurdish-led forces by their party and administration too: "ميليشيا ب ي د",
        // "قوات الإدارة الذاتية الكردية", "الميليشيات الكردية"
        named("SDF", null, "قوات سوريا الديمقراطية", "قسد", "ب ي د", "قوات الإدارة الذاتية", "الإدارة الذاتية الكردية",
                "الميليشيات الكردية", "sdf", "syrian democratic forces");
        named("Turkish forces", Kind.OCCUPATION, "القوات التركية", "الجيش التركي", "مسيرة تركية", "مدفعي تركي",
                "القصف التركي", "الاحتلال التركي", "turkish forces", "turkish army", "turkish drone", "turkish strike",
                "turkish shelling");
        named("opposition factions", Kind.REBELS, "الفصائل المقاتلة", "فصائل المعارضة", "الجيش الوطني السوري",
                "syrian opposition", "syrian rebels", "syrian national army", "free syrian army");
        named("Hay'at Tahrir al-Sham", Kind.REBELS, "هيئة تحرير الشام", "hts", "hayat tahrir al-sham");
        // Gaza, the West Bank, Lebanon
        named("Israeli forces", Kind.OCCUPATION, "إسرائيلي", "إسرائيلية", "الاحتلال الإسرائيلي", "israeli", "idf",
                "israel defense forces");
        named("Hamas", null, "حماس", "حركة حماس", "كتائب القسام", "hamas", "qassam brigades", "al-qassam brigades");
        named("Palestinian Islamic Jihad", null, "حركة الجهاد الإسلامي", "سرايا القدس", "islamic jihad",
                "al-quds brigades");
        named("Hezbollah", null, "حزب الله", "hezbollah", "hizbollah", "hizballah", "hizbullah");
        // Yemen
        named("Houthi forces", Kind.REBELS, "الحوثي", "الحوثيون", "الحوثيين", "الحوثية", "حوثي", "حوثيون",
                "حوثيين", "أنصار الله", "houthi", "houthis", "ansar allah", "ansarallah");
        named("Saudi-led coalition", Kind.COALITION, "التحالف العربي", "التحالف بقيادة السعودية",
                "تحالف دعم الشرعية", "saudi-led coalition", "saudi-led military coalition", "arab coalition",
                "saudi-emirati coalition", "saudi-uae coalition");
        named("Southern Transitional Council", null, "المجلس الانتقالي الجنوبي", "المجلس الانتقالي",
                "قوات الانتقالي", "southern transitional council", "stc");
        named("Yemeni government forces", Kind.GOVERNMENT, "الجيش اليمني", "قوات الشرعية", "yemeni army",
                "yemeni government forces", "yemeni forces", "hadi forces");
        named("al-Qaeda", null, "تنظيم القاعدة", "al-qaeda", "al qaeda", "aqap");
        // Sudan
        named("Rapid Support Forces", null, "قوات الدعم السريع", "الدعم السريع", "rapid support forces",
                "rapid support force", "rsf");
        named("Sudanese Armed Forces", Kind.GOVERNMENT, "الجيش السوداني", "القوات المسلحة السودانية",
                "sudanese armed forces", "saf", "sudanese army", "sudanese military", "sudan ' s army",
                "sudan ’ s army", "sudan ' s military", "sudan ’ s military", "sudan ' s armed forces",
                "sudan ’ s armed forces");
        // Iraq
        named("Iraqi security forces", Kind.GOVERNMENT, "القوات الأمنية العراقية", "القوات العراقية", "الجيش العراقي",
                "iraqi security forces", "iraqi forces", "iraqi army", "isf");
        named("Popular Mobilization Forces", null, "الحشد الشعبي", "popular mobilization forces",
                "popular mobilisation forces", "popular mobilization units", "pmf", "pmu", "hashd al-shaabi",
                "al-hashd al-shaabi");
        // DRC, the Sahel, Somalia, Myanmar, Ukraine: as English reports of them name the parties
        named("M23", Kind.REBELS, "حركة 23 مارس", "m 23", "march 23 movement");
        named("ADF", Kind.REBELS, "allied democratic forces", "adf");
        named("CODECO", Kind.REBELS, "codeco");
        named("Boko Haram", null, "بوكو حرام", "boko haram");
        named("ISWAP", null, "iswap", "islamic state west africa province");
        named("JNIM", null, "jnim", "نصرة الإسلام والمسلمين");
        named("al-Shabaab", null, "حركة الشباب", "al-shabaab", "al shabaab", "al-shabab");
        named("Myanmar military", Kind.GOVERNMENT, "myanmar military", "myanmar army", "tatmadaw", "myanmar junta",
                "burmese military");
        named("Arakan Army", Kind.REBELS, "arakan army");
        named("Ukrainian forces", null, "ukrainian forces", "ukrainian army", "ukrainian military", "ukrainian drone",
                "ukrainian shelling", "ukrainian strike");

        ambiguous(Kind.GOVERNMENT, "قوات الحكومة", "القوات الحكومية", "government forces", "pro-government forces",
                "government troops", "junta");
        ambiguous(Kind.COALITION, "التحالف", "coalition");
        ambiguous(Kind.REBELS, "الفصائل", "المعارضة المسلحة", "rebels", "rebel", "opposition");
        ambiguous(Kind.OCCUPATION, "الاحتلال", "قوات الاحتلال", "جيش الاحتلال", "occupation forces");
    }

    private Perpetrators() {
    }

    private static void named(String name, Kind kind, String... wordings) {
        NAMES.add(name);
        VOCABULARY.add(new Party(name, kind), wordings);
    }

    private static void ambiguous(Kind kind, String... wordings) {
        VOCABULARY.add(new Party(null, kind), wordings);
    }

    /** Every name a claim can record, for the labels of the web pages in both languages. */
    static List<String> names() {
        return List.copyOf(NAMES);
    }
}
