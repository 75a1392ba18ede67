package org.marsad.extract.victim.arabic;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.marsad.extract.Group;
import org.marsad.extract.document.Nationality;
import org.marsad.extract.victim.Kinship;
import org.marsad.extract.victim.VictimOutcome;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.NumberWords;

/**
 * The Arabic words that frame a named victim: role nouns written before a name (الطفل، الشهيدة),
 * kinship nouns of a victim (وشقيقته), casualty words, the words of people who speak about victims
 * (المتحدث، مدير), and the words that can never be part of a name and so end one. All in the form
 * {@link ArabicNormalizer} gives report text.
 */
final class ArabicWords {

    /** What a role noun or kinship noun says of the person it introduces. */
    record Role(String sex, Group group, VictimOutcome outcome, boolean plural, Kinship relation) {
    }

    static final Map<String, Role> TITLES = new HashMap<>();
    static final Map<String, Role> KIN = new HashMap<>();
    static final Map<String, VictimOutcome> CUES = new HashMap<>();
    /** Cues read before a name: "مقتل X", "استشهاد الطفل X", "أصيب X". */
    static final Set<String> CUES_BEFORE_NAME = new HashSet<>();
    static final Set<String> SPEAKERS = new HashSet<>();
    /** Verbs of saying: the name right after one is the speaker's. */
    static final Set<String> SPEAKER_VERBS = new HashSet<>();
    /** Posts whose holder speaks for an office; a name in apposition after one is the speaker's. */
    static final Set<String> POSTS = norm("المتحدث", "الناطق", "مدير", "المدير", "مديرة", "رئيس", "الرئيس", "رئيسة",
            "وزير", "الوزير", "مراسل", "المراسل", "مراسلنا", "النائب", "المسؤول", "مسؤول", "قائد", "عضو", "باسم", "لسان",
            "المحافظ", "محافظ", "منسق", "المنسق", "ممثل", "الممثل", "مندوب");
    static final Set<String> STOP = new HashSet<>();
    /** Particles that join the next word to a name: عبد الله، أبو عرار، بن محمد. */
    static final Set<String> JOINERS = Set.of("عبد", "ابو", "ام", "بن", "ابي", "ابا", "بنت", "عبدال");
    /** Given names that begin with و (wa-), which elsewhere is the conjunction "and". */
    static final Set<String> WAW_NAMES = norm("وائل", "وسام", "وليد", "وفيق", "وجيه", "وديع", "وحيد", "وهيب", "وصفي",
            "وعد", "وفاء", "وداد", "وئام", "وضاح", "ولاء", "وجدي", "ورد", "وردة", "وصال", "وجد", "وسيم", "وهبي", "ولات");
    static final Set<String> AGE_UNITS = norm("عام", "عاما", "عاماً", "عامًا", "اعوام", "أعوام", "اعوم", "عامين",
            "سنة", "سنوات", "سنين", "سنه", "ربيعا");
    static final Set<String> MONTH_UNITS = norm("شهر", "شهرا", "شهراً", "أشهر", "اشهر", "شهور", "شهرين", "يوم", "أيام",
            "يوما", "أسابيع", "أسبوع");
    /** ذو / ذات (of, possessing) before an age: "ذات الخمسة أعوام" (she of five years), "ذو العشرين عاماً". */
    static final Set<String> POSSESSORS = norm("ذو", "ذات", "ذي", "ذا");
    static final Set<String> TWO_YEARS = norm("سنتان", "سنتين", "عامان", "عامين");
    static final Set<String> AGE_LEADS = norm("البالغ", "البالغة", "يبلغ", "تبلغ", "يبلغان", "العمر", "عمره", "عمرها",
            "بعمر", "يتجاوز", "تتجاوز");
    /** Introduce a list of names: "وهم:", "كل من", "بينهم". */
    static final Set<String> LIST_WORDS = norm("هم", "وهم", "وهن", "هن", "وهما", "هما");
    /** A name after these is one of a figure's people: "من بينهم X". */
    static final Set<String> PART = norm("بينهم", "بينهن", "بينهما", "منهم", "منهن", "ومنهم", "وبينهم");
    /** أن / إن (that), after which a name may come before its verb. */
    /** Verbs of mourning a death (نعى، naʿā): their subject mourns, the name after it is the dead. */
    static final Set<String> MOURNED = norm("نعى", "ونعى", "نعت", "ونعت", "ينعى", "تنعى");
    /** Nouns of a party in construct with its name ("حزب الله", "حركة أمل"), subject of a verb of mourning. */
    static final Set<String> PARTY_HEADS = norm("حزب", "حركة", "تيار", "جماعة");
    /** A party named by its noun alone, after it was named in full: "نعى الحزب X". */
    static final Set<String> PARTIES = norm("الحزب", "الحركة", "الجماعة", "التيار");
    /**
     * Verbs of mourning and of a funeral (شيّع, escorted to the grave; زفّ, bore as a bridegroom; ودّع, bade
     * farewell): their subject, a party, a town or its people, mourns the one named after it.
     */
    static final Set<String> MOURNING = union(MOURNED, norm("شيع", "وشيع", "شيعت", "وشيعت", "يشيع", "تشيع", "زف",
            "وزف", "زفت", "وزفت", "تزف", "ودع", "وودع", "ودعت", "وودعت"));
    /**
     * The bodies (جثمان، جثماني, the two bodies of; جثامين) and the funeral (تشييع) of the dead, before the noun of
     * the dead and their names: "تشييع جثامين الشهداء X، وY" (the funeral of the bodies of the martyrs X and Y).
     */
    static final Set<String> BODIES = norm("جثامين", "وجثامين", "جثماني", "جثمانى", "جثمانا", "جثث", "تشييع", "وتشييع");
    /**
     * The dead in the plural or dual after {@link #BODIES}, whose names follow as a list: الشهداء، and the town's or
     * family's own (شهيديها، her two martyrs; شهدائها، her martyrs).
     */
    static final Set<String> DEAD_HEADS = norm("الشهداء", "الشهيدات", "شهيديها", "شهيديه", "شهيديهم", "شهيدي",
            "شهدائها", "شهدائه", "شهدائهم", "الضحايا", "القتلى");
    /** "مجهول" (unknown), "مجهولة الهوية": a victim in a list whose name is not known. */
    static final Set<String> UNNAMED = norm("مجهول", "مجهولة", "ومجهول", "ومجهولة");
    static final Set<String> THAT = norm("أن", "إن", "ان", "بأن", "وأن");
    /**
     * Plural nouns of people that head the names after them, with the group they give each: "أن المواطنين X وY
     * استشهدا" (that the citizens X and Y were killed), "الشبان X وY وZ"; nationalities count as persons.
     */
    static final Map<String, Group> PLURAL_HEADS = new HashMap<>();

    static {
        for (String w : norm("المواطنين", "المدنيين")) {
            PLURAL_HEADS.put(w, Group.CIVILIAN);
        }
        for (String w : norm("الشبان", "الشباب", "الرجال")) {
            PLURAL_HEADS.put(w, Group.MAN);
        }
        for (String w : norm("الأطفال", "الفتية")) {
            PLURAL_HEADS.put(w, Group.CHILD);
        }
        for (String w : norm("الشهداء", "الضحايا", "القتلى", "الجرحى", "المصابين", "الأشقاء", "الإخوة", "المسعفين",
                "الصحفيين", "الأسرى", "المعتقلين")) {
            PLURAL_HEADS.put(w, Group.PERSON);
        }
        for (String w : Nationality.plurals()) {
            PLURAL_HEADS.put("ال" + w, Group.PERSON);
        }
    }

    /**
     * Verbs of death and injury after their subject, by the number they agree with: 1 singular, 2 dual, 3
     * plural (three or more).
     */
    static final Map<String, Integer> VERB_NUMBER = new HashMap<>();

    static {
        for (String w : new String[] {"استشهد", "قتل", "قضى", "توفي", "أصيب", "جرح", "استشهدت", "قتلت", "توفيت",
            "أصيبت"}) {
            VERB_NUMBER.put(ArabicNormalizer.normalize(w), 1);
        }
        for (String w : new String[] {"استشهدا", "قتلا", "قضيا", "توفيا", "أصيبا", "جرحا", "استشهدتا", "قتلتا"}) {
            VERB_NUMBER.put(ArabicNormalizer.normalize(w), 2);
        }
        for (String w : new String[] {"استشهدوا", "قتلوا", "قضوا", "توفوا", "أصيبوا", "جرحوا", "استشهدن", "قتلن"}) {
            VERB_NUMBER.put(ArabicNormalizer.normalize(w), 3);
        }
    }

    /** Times of day in the accusative, written between a verb and its subject. */
    static final Set<String> TIMES_OF_DAY = norm("صباحا", "صباحاً", "مساء", "مساءً", "ظهرا", "ظهراً", "فجرا", "فجراً",
            "ليلا", "ليلاً", "اليوم", "أمس", "امس", "عصرا", "عصراً", "لاحقا", "لاحقاً");

    /** "متأثراً بجراحه" (succumbing to his wounds): the wound word after it tells a death. */
    static final Set<String> SUCCUMBING = norm("متأثرا", "متأثراً", "متأثرة", "متأثرين", "متأثرتين", "متأثرتان",
            "متاثرا", "متاثرة", "متأثرًا");

    /**
     * Adjectives written between a title and the name: nationalities ("الفتى الفلسطيني X", "المواطن السوري
     * X"), a prisoner's release ("الأسير المحرر X") and an activist's kind ("الناشط المدني X", civil).
     */
    static final Set<String> TITLE_ADJECTIVES = union(norm("المحرر", "المحررة", "اللاجئ", "اللاجئة", "المدني",
            "المدنية", "الحقوقي", "الحقوقية", "البارز", "البارزة"),
            Nationality.withArticle());
    /**
     * Epithets of the dead written between a title and the name, which a following "على طريق …" may come
     * after: "الشهيد السعيد على طريق القدس المجاهد X" (the blessed martyr on the road to Jerusalem, the fighter X).
     */
    static final Set<String> EPITHETS = norm("السعيد", "السعيدة");
    /** The verbs of "تم تحديده باسم X" / "جرى التعرف عليه باسم X" (he was identified by the name X) after a title. */
    static final Set<String> IDENTIFIED_AUXILIARIES = norm("تم", "وتم", "جرى", "وجرى");
    static final Set<String> NAMED = norm("يسمى", "يدعى", "تدعى", "تسمى", "اسمه", "اسمها");
    /** "حالة X" (the case of X): how monthly reports single out one death among their figures. */
    static final Set<String> CASE_OF = norm("حالة", "وحالة");
    /** Nouns a number counts in a toll: "بعلبك - الهرمل: 18 جريحاً" is a place's toll, not a person's name. */
    static final Set<String> TOLL_NOUNS = norm("شهيد", "شهيدا", "شهيداً", "شهداء", "قتيل", "قتيلا", "قتيلاً", "قتلى",
            "جريح", "جريحا", "جريحاً", "جرحى", "مصاب", "مصابا", "مصاباً", "مصابين", "إصابة", "إصابات", "اصابة", "اصابات",
            "ضحية", "ضحايا", "شخصا", "شخصاً", "أشخاص");
    /** Words that follow حالة when it means a state, not a case: "حالة صحية حرجة", "حالة ذعر". */
    private static final Set<String> STATES = norm("صحية", "حرجة", "مستقرة", "ذعر", "هلع", "استنفار", "حصار",
            "فوضى", "طوارئ", "تأهب", "غضب", "حداد", "نزوح", "إنسانية", "سيئة", "جيدة");
    /**
     * Plural and dual kinship nouns written after the names they sum up: "حمزة وريماس ورند، ثلاثة إخوة"
     * (three siblings), "سعاد ومنى شقيقتا الضحية" (the victim's two sisters). Children (أطفال) are left out:
     * places joined by و are followed by a count of children too.
     */
    static final Set<String> KIN_AFTER_NAMES = norm("إخوة", "اخوة", "أخوة", "أشقاء", "اشقاء", "شقيقات", "أخوات",
            "اخوات", "شقيقان", "شقيقين", "شقيقتان", "شقيقتين", "شقيقا", "شقيقتا", "شقيقي", "شقيقتي", "أبناء", "ابناء",
            "بنات", "ابنا", "ابنتا", "ابنتي", "أختا", "أختي", "اختا", "اختي", "أخوا", "أخوي");
    /** A family's members in the plural, with whose they are: before a colon they open a list of names. */
    private static final Set<String> KIN_LISTS = new HashSet<>();

    static {
        for (String stem : new String[] {"أبناؤ", "أبنائ", "ابناؤ", "ابنائ", "أطفال", "اطفال", "بنات", "أشقاؤ",
            "أشقائ", "اشقاؤ", "اشقائ", "إخوت", "اخوت", "أخوات", "اخوات", "أحفاد", "احفاد", "شقيقات"}) {
            for (String owner : new String[] {"ه", "ها", "هم", "هما"}) {
                KIN_LISTS.add(ArabicNormalizer.normalize(stem + owner));
            }
        }
    }

    /** "وأبناؤها" (and her sons), "أطفاله" (his children): a list of the family's members follows a colon. */
    static boolean isKinList(String normalized) {
        return KIN_LISTS.contains(normalized)
                || normalized.length() > 3 && normalized.charAt(0) == 'و' && KIN_LISTS.contains(normalized.substring(1));
    }

    /** Dual kinship nouns of {@link #KIN_AFTER_NAMES}: they sum up exactly two names. */
    static final Set<String> KIN_DUALS = norm("شقيقان", "شقيقين", "شقيقتان", "شقيقتين", "شقيقا", "شقيقتا", "شقيقي",
            "شقيقتي", "ابنا", "ابنتا", "ابنتي", "أختا", "أختي", "اختا", "اختي", "أخوا", "أخوي");
    /** Feminine kinship nouns of {@link #KIN_AFTER_NAMES}: the names they sum up are women's or girls'. */
    static final Set<String> KIN_FEMININE = norm("شقيقات", "أخوات", "اخوات", "بنات", "شقيقتان", "شقيقتين",
            "شقيقتا", "شقيقتي", "ابنتا", "ابنتي", "أختا", "أختي", "اختا", "اختي");
    /** Construct-state duals ("شقيقتا الضحية"): the noun after them is whose kin, not the names' outcome. */
    static final Set<String> KIN_CONSTRUCT = norm("شقيقا", "شقيقتا", "شقيقي", "شقيقتي", "ابنا", "ابنتا", "ابنتي",
            "أختا", "أختي", "اختا", "اختي", "أخوا", "أخوي", "أبناء", "ابناء", "بنات");
    /** Casualty verbs that follow their subject ("الفيصل قتل"), unlike the nouns of CUES_BEFORE_NAME (مقتل). */
    static final Set<String> SUBJECT_VERBS = norm("قتل", "قتلت", "استشهد", "استشهدت", "قضى", "قضت", "لقي", "لقيت",
            "توفي", "توفيت", "ارتقى", "ارتقت", "أصيب", "أصيبت", "جرح", "جرحت", "اعتقل", "اعتقلت", "اختطف", "اختطفت");
    /** Nouns that govern the next word with ل (lam, "to"): "بالإضافة لسعاد" names سعاد. */
    static final Set<String> TAKES_LAM = norm("بالإضافة", "بالاضافة", "إضافة", "اضافة", "وبالإضافة", "وإضافة");

    private static final Set<String> NAME_LISTS = norm("اسماء", "أسماء", "قائمة", "إحصائية", "احصائية");

    static {
        Group c = Group.CHILD;
        Group w = Group.WOMAN;
        Group m = Group.MAN;
        Group p = Group.PERSON;
        Group f = Group.FIGHTER;
        Group v = Group.CIVILIAN;
        title("M", c, null, false, "الطفل", "الرضيع", "الفتى", "الصبي", "الطالب", "التلميذ");
        title("F", c, null, false, "الطفلة", "الرضيعة", "الطالبة", "التلميذة");
        title(null, c, null, false, "الجنين");
        title(null, c, null, true, "الطفلان", "الطفلين", "الجنينان", "الجنينين", "الرضيعان", "الرضيعين", "الطالبان");
        title("F", c, null, true, "الطفلتان", "الطفلتين");
        title("M", c, null, true, "الفتيان", "الفتيين");
        title("F", w, null, false, "السيدة", "الشابة", "المواطنة", "الحاجة", "المسنة", "الفتاة", "الدكتورة",
                "الطبيبة", "المهندسة", "المعلمة", "المدرسة", "الناشطة", "الصحفية", "الصحافية", "المصورة", "الممرضة", "المعتقلة", "الإعلامية",
                "المحامية", "الأستاذة", "الممرضة", "المسعفة", "الشهيدة", "السيدتان", "السيدتين");
        title("M", m, null, false, "الشاب", "الحاج", "المسن", "الرجل", "الكهل");
        title("M", m, null, true, "الشابان", "الشابين", "الشقيقان", "الشقيقين", "الأخوان", "الأخوين", "الشقيقين");
        title("F", p, null, true, "الشقيقتان", "الشقيقتين", "الأختان", "الأختين");
        title("M", v, null, false, "المواطن", "الناشط", "الإعلامي", "الصحفي", "الصحافي", "المصور", "المسعف", "المتطوع", "المزارع",
                "العامل", "الراعي", "النازح", "اللاجئ");
        title("M", p, null, false, "الدكتور", "الطبيب", "المهندس", "الشيخ", "السيد", "المعلم", "المدرس", "الأستاذ",
                "المحامي", "الممرض", "الصيدلي", "المعتقل", "الإمام", "المؤذن", "الأسير");
        title("F", p, null, false, "الأسيرة");
        // المدعو (al-madʿū, "the one called") introduces a name in observatory reports; البطل (the hero)
        // follows الشهيد before the name
        title("M", p, null, false, "المدعو", "البطل", "المجاهد", "المناضل");
        title("F", p, null, false, "المدعوة", "البطلة", "المجاهدة", "المناضلة");
        title("M", p, VictimOutcome.KILLED, false, "الشهيد", "المغدور", "الفقيد", "المرحوم");
        title("F", p, VictimOutcome.KILLED, false, "المغدورة", "الفقيدة", "المرحومة");
        // "الطفل المتوفى X" (the deceased child X): the participle of death after a title says the outcome
        title("M", p, VictimOutcome.KILLED, false, "المتوفى", "المتوفي");
        title("F", p, VictimOutcome.KILLED, false, "المتوفاة");
        title(null, p, VictimOutcome.KILLED, true, "الشهيدان", "الشهيدين", "الضحيتان", "الضحيتين", "القتيلان", "القتيلين");
        title("M", p, VictimOutcome.INJURED, false, "المصاب", "الجريح");
        title("F", p, VictimOutcome.INJURED, false, "المصابة", "الجريحة");
        title("M", f, null, false, "المقاتل", "العنصر", "الجندي", "المجند", "العسكري", "العميد", "العقيد", "الرائد",
                "النقيب", "الملازم", "المساعد", "الرقيب", "العريف", "القيادي", "القائد", "الضابط", "اللواء");

        for (String suffix : new String[] {"ه", "ها", "هم", "هما", "هن"}) {
            String owner = suffix.equals("ه") ? "ه" : suffix;
            kin("F", w, Kinship.SPOUSE, "زوجت" + owner);
            kin("F", w, Kinship.PARENT, "والدت" + owner, "ام" + owner);
            kin("F", w, Kinship.GRANDPARENT, "جدت" + owner);
            kin("F", w, Kinship.UNCLE_AUNT, "عمت" + owner, "خالت" + owner);
            kin("F", p, Kinship.CHILD, "ابنت" + owner, "طفلت" + owner, "نجلت" + owner, "بنت" + owner);
            kin("F", p, Kinship.SIBLING, "شقيقت" + owner, "اخت" + owner);
            kin("F", p, Kinship.GRANDCHILD, "حفيدت" + owner);
            kin("M", p, Kinship.CHILD, "ابن" + owner, "نجل" + owner, "طفل" + owner);
            kin("M", p, Kinship.SIBLING, "شقيق" + owner, "اخو" + owner, "اخي" + owner, "اخا" + owner);
            kin("M", p, Kinship.GRANDCHILD, "حفيد" + owner);
            kin("M", p, Kinship.UNCLE_AUNT, "عم" + owner, "خال" + owner);
            kin("M", m, Kinship.PARENT, "والد" + owner, "ابو" + owner, "ابا" + owner, "ابي" + owner);
            kin("M", m, Kinship.GRANDPARENT, "جد" + owner);
            kin("M", m, Kinship.SPOUSE, "زوج" + owner);
        }

        VictimOutcome k = VictimOutcome.KILLED;
        VictimOutcome i = VictimOutcome.INJURED;
        VictimOutcome d = VictimOutcome.DETAINED;
        VictimOutcome x = VictimOutcome.MISSING;
        cue(k, true, "قتل", "قتلت", "مقتل", "استشهد", "استشهدت", "استشهاد", "قضى", "قضت", "لقي", "لقيت", "مصرع",
                "وفاة", "توفي", "توفيت", "اعدم", "أعدم", "أعدمت", "إعدام", "اغتيال", "اغتيل", "اغتال", "اغتالوا", "اغتالت", "ارتقاء", "ارتقى",
                "ارتقت", "نعت", "نعى", "مقتلهم", "تصفية", "ذبح", "قنص", "استشهادهم");
        cue(k, false, "موت", "قتلا", "قتلوا", "قتلن", "قتيل", "قتيلا", "قتيلة", "قتلى", "استشهدا", "استشهدوا", "شهيد",
                "شهيدا", "شهيدة", "شهداء", "قضيا", "قضوا", "حتفه", "حتفها", "حتفهم", "حتفهما", "مصرعه", "مصرعها",
                "مصرعهم", "توفيا", "توفوا", "ضحية", "ضحايا", "جثة", "جثث", "جثمان", "جثامين", "فارق", "فارقت",
                "ارتقوا", "مجزرة", "المجزرة", "مقتله", "مقتلها", "مقتلهما", "استشهاده", "استشهادها", "استشهادهما", "وفاته", "وفاتها",
                "اعدامه", "اعدامها", "ماتوا", "مات", "ماتت", "تصفيته", "اغتياله", "قتله", "قتلها", "اغتاله", "اغتالها",
                "اغتالته", "اغتالتها", "اغتالهم");
        cue(i, true, "إصابة", "اصابة", "أصيب", "أصيبت", "جرح", "جرحت", "إصابات", "اصابات");
        cue(i, false, "أصيبا", "أصيبوا", "جريح", "جريحا", "جرحى", "مصاب", "مصابا", "مصابة", "مصابين", "مصابون",
                "إصابته", "إصابتها", "إصابتهما", "إصابتهم", "بجروح", "بجراح");
        cue(d, true, "اعتقال", "اعتقل", "اعتقلت", "احتجاز", "اختطاف", "اختطف", "اختطفت", "خطف", "أسر");
        cue(d, false, "اعتقاله", "اعتقالها", "اعتقالهم", "اختطافه", "اختطافها", "معتقل", "معتقلا", "معتقلين");
        cue(x, true, "فقدان", "اختفاء");
        cue(x, false, "مفقود", "مفقودا", "مفقودين", "مفقودة", "فقد", "فقدت");

        SPEAKER_VERBS.addAll(norm("قال", "وقال", "أفاد", "وأفاد", "أكد", "وأكد", "صرح", "أوضح", "وأوضح", "أشار",
                "ذكر", "وذكر", "أضاف", "وأضاف", "تابع", "يقول", "تقول", "روى", "يروي"));
        SPEAKERS.addAll(norm("المتحدث", "الناطق", "مدير", "المدير", "رئيس", "الرئيس", "وزير", "الوزير", "مراسل", "مراسلنا",
                "المراسل", "النائب", "المسؤول", "المحافظ", "قائد", "باسم", "عضو", "مسؤول", "رئيسة", "مديرة", "إعداد",
                "تحرير", "تقرير", "لسان", "منزل", "بيت", "صاحب", "مالك", "مستشفى", "مشفى", "مسجد", "مدرسة", "شارع", "حي",
                "بلدة", "قرية", "مدينة", "مخيم", "دوار", "ساحة", "المرجع", "الإمام", "حملة", "كتيبة", "لواء",
                "فصيل", "جامع", "حزب", "حركة", "عم", "خال"));

        STOP.addAll(norm("في", "من", "الى", "إلى", "عن", "مع", "منذ", "حتى", "بعد", "قبل", "خلال", "أثناء",
                "جراء", "إثر", "بسبب", "نتيجة", "عند", "لدى", "تحت", "فوق", "أمام", "خلف", "قرب", "وسط", "داخل",
                "خارج", "بين", "بينهم", "منهم", "بينهن", "منهن", "الذي", "التي", "الذين", "اللذان", "اللتان",
                "اللذين", "اللتين", "اللواتي", "اللاتي", "هو", "هي", "هم", "هما", "هن", "انه", "أنه", "أنها", "إنه",
                "إنها", "كان", "كانت", "كانا", "كانوا", "ما", "لا", "لم", "لن", "قد", "أن", "إن", "ان", "أو", "او",
                "ثم", "كما", "فيما", "بينما", "حيث", "إذ", "إذا", "عندما", "وقد", "بعدما", "حين", "لأن", "كل", "كلا",
                "كلٍ", "جميع", "جميعهم", "بعض", "أحد", "إحدى", "آخر", "آخرين", "آخرون", "أخرى", "هذا", "هذه", "ذلك",
                "تلك", "هؤلاء", "الآخر", "الاخر", "فهو", "فهي", "وهو", "وهي", "أخيرا", "أخيراً", "كانون", "شباط", "آذار", "نيسان", "أيار",
                "حزيران", "تموز", "آب", "أيلول", "تشرين", "يناير", "فبراير", "مارس", "أبريل", "ابريل", "مايو", "يونيو",
                "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر", "جوار", "جانب", "سلسلة", "يوم", "اليوم", "أمس", "الأحد", "الاثنين", "الإثنين", "الثلاثاء",
                "الأربعاء", "الخميس", "الجمعة", "السبت", "صباح", "مساء", "ليلة", "فجر", "ظهر", "عصر", "صباحا",
                "مساء", "البالغ", "البالغة", "يبلغ", "تبلغ", "يبلغان", "العمر", "عمره", "عمرها", "عاما", "أعوام",
                "سنة", "سنوات", "شهر", "أشهر", "مدينة", "بلدة", "قرية", "حي", "مخيم", "منطقة", "ريف", "محافظة",
                "ناحية", "مديرية", "شارع", "سجن", "سجون", "مستشفى", "مشفى", "منزل", "منزله", "منزلها", "منزلهم",
                "بيت", "قال", "أكد", "أفاد", "أوضح", "أشار", "ذكر", "نشر", "أعلن", "وثق", "وثقت", "تمكن",
                "سكان", "أبناء", "ابن", "ابنة", "ابناء", "عائلة", "أسرة", "طفل", "طفلة", "أطفال", "طفلين",
                "طفلان", "شخص", "أشخاص", "مدني", "مدنيين", "مدنيون", "مواطن", "مواطنين", "مواطنة", "عنصر", "عناصر",
                "مقاتل", "مقاتلين", "جندي", "جنود", "امرأة", "نساء", "سيدة", "رجل", "رجال", "شاب", "شبان", "عدد",
                "حصيلة", "رصاص", "قصف", "جراح", "جروح", "انفجار", "غارة", "غارات", "قذيفة", "قذائف", "صاروخ", "صواريخ",
                "طائرة", "طائرات", "طيران", "قوات", "النظام", "الاحتلال", "الجيش", "مسلحين", "مسلحون", "مجهولين",
                "مجهول", "لغم", "عبوة", "شظايا", "إطلاق", "نار", "التعذيب", "تعذيب", "الخطيرة", "خطيرة", "خطرة",
                "بليغة", "بالغة", "طفيفة", "متوسطة", "جيد", "بالإضافة", "إضافة", "وذلك", "ذلك", "أيضا", "أيضاً",
                "فقط", "الضحايا", "الضحية", "الشهداء", "إصابة", "اصابة", "سقط", "سقطا", "سقطوا", "وهو", "وهي",
                "وهم", "يعمل", "تعمل", "طالب", "متأثرا", "متأثرة", "متأثراً", "متأثرين", "برصاصة", "وصل", "أدى",
                "ادى", "مما", "ما", "أسفر", "اسفر", "جثته", "مصادر", "مصدر", "الأهالي", "ناشطون", "ناشطين", "مجزرة", "المجزرة",
                "المنطقة", "المدينة", "البلدة", "القرية", "الحي", "المخيم", "الريف", "شرق", "غرب", "شمال", "جنوب",
                "شرقي", "غربي", "شمالي", "جنوبي", "الشرقي", "الغربي", "الشمالي", "الجنوبي", "وفق", "وفقا", "بحسب",
                "حسب", "الجنسية", "الجنسيه", "جامعي", "يساعد", "مع", "والدهم", "الثالث", "الثاني", "الأول", "ثالث",
                "ثاني", "لاحقا", "لاحقاً", "فورا", "الفور", "عقب", "ساعات", "جراءه", "وأصيب", "أثر", "المتحدث",
                "الناطق", "مراسل", "مدير", "رئيس", "وزير", "النائب", "المسؤول", "الله",
                // collective nouns that head a phrase, never a name: أفراد عائلته (members of his family),
                // صفحات محلية (local pages), وسائل إعلام (media outlets)
                "أفراد", "افراد", "صفحات", "صفحة", "مواقع", "موقع", "وسائل", "حسابات", "حساب", "أهالي", "اهالي",
                "عائلته", "عائلتها", "عائلتهم", "أسرته", "أسرتها",
                // how a person died, written after the name: "قضى X غرقاً" (by drowning)
                "غرقا", "حرقا", "ذبحا", "خنقا", "اختناقا", "جوعا", "عطشا", "بردا", "دهسا", "صعقا", "رميا", "تعذيبا",
                "شنقا", "قنصا", "حرقاً", "غرقاً", "ذبحاً", "خنقاً", "اختناقاً", "جوعاً", "قنصاً",
                // a relative in construct ("زوجة المعارض X", the wife of the dissident X) is not the name after it
                "زوجة", "والدة", "أرملة", "زوج", "والد",
                // "أحدهما 5 أعوام والآخر 11" (one of them five, the other eleven): pronouns after the names
                "أحدهما", "إحداهما", "أحدهم", "إحداهن", "والآخر", "والأخرى",
                // "عن عمر يناهز 11 عاماً" (at an age of about eleven): عمر is the age here, not Omar
                "يناهز", "ناهز", "يقارب", "تجاوز", "يتجاوز",
                // verbs that begin with ال like a family name: "الطفل X التحق بشقيقه" (joined his brother)
                "التحق", "التحقت", "التحقا", "التحقوا", "التقى", "التقت",
                // ordinals and bare kinship after a death cue: "استشهد حفيد ثان" (a second grandson)
                "ثان", "رابع", "خامس", "سادس", "سابع", "الرابع", "الخامس", "السادس", "السابع", "الحادي", "عشر",
                "حفيد", "حفيدة", "نجل", "نجلة", "شقيق", "شقيقة",
                // fractions after an age: "سنتان ونصف" (two and a half years)
                "نصف", "ربع", "ثلث",
                // a role noun without its article describes an unnamed person ("استشهاد رضيعة فلسطينية"),
                // it does not open a name (nor does its nationality continue one: Nationality.bareAdjectives below)
                "رضيع", "رضيعة", "فتاة", "فتى", "صبي", "صبية", "شابة", "مسن", "مسنة", "جنين", "طالبة", "مسعف",
                "مسعفة", "صحفي", "صحفية", "ناشط", "ناشطة",
                // a trade in construct names whose it is, not who: "سائق السيارة" (the car's driver), "حارس المبنى"
                // (the building's guard), "بائع الخضار" (the greengrocer), "موظف البلدية" (a municipal employee)
                "سائق", "سائقا", "سائقاً", "حارس", "حارسا", "بائع", "بائعا", "موظف", "موظفا", "موظفة", "عامل", "عاملا",
                "عاملة", "مزارع", "مزارعا", "راعي", "صياد", "عمال", "سائقي", "حراس", "موظفي",
                // a group's ages and parts, never a name: "لا تتجاوز أعمارهم 12 عاماً" (none older than
                // twelve), "دون سن 15" (under fifteen), "200 إصابة (منها 30 طفلاً)" (of which 30 children)
                "أعمارهم", "اعمارهم", "أعمارهن", "أعمارهما", "أعمار", "عمرهم", "عمرهما", "سن", "السن", "دون",
                "تتجاوز", "تتراوح", "يتراوح", "منها", "ومنها", "منه", "ومنهم", "ومنهن",
                // adjectives after a death cue: "إعدامات ميدانية للأسرى" (summary executions of prisoners)
                "ميدانية", "ميدانيا", "ميداني", "جماعية", "جماعي", "تعسفية", "خارج",
                // duals of counted nouns and the death they met: "لقي شخصان مصرعهما" (two persons met
                // their death) names nobody
                "شخصان", "شخصين", "رجلان", "رجلين", "امرأتان", "امرأتين", "سيدتان", "سيدتين", "شابان", "شابين",
                "مدنيان", "مواطنان", "عنصران", "عنصرين", "جنديان", "جنديين", "مقاتلان", "مقاتلين", "مصرعه",
                "مصرعها", "مصرعهما", "مصرعهم", "مصرعهن", "حتفه", "حتفها", "حتفهما", "حتفهم",
                // administrative units outside Syria's words above: "بولاية الجزيرة" (in Gezira state),
                // "محلية الكومة" (Kuma locality), "قضاء سنجار", "إقليم دارفور"
                "ولاية", "محلية", "إقليم", "اقليم", "قضاء", "مقاطعة", "بلدية", "مركز", "عزلة",
                // a party is no person: "نعى حزب الله X" (Hezbollah mourned X), "الجناح العسكري للحزب" (the
                // party's armed wing), "حركة أمل"
                "حزب", "حركة", "جماعة", "تنظيم",
                // a preposition with its pronoun, "several", a birth year, and the verbs of where one comes from,
                // written after a title in place of a name: "وأصيب فيها عدة شبان" (several young men were hurt
                // there), "العنصر فيها", "مواليد عام 1992" (born in 1992), "الشاب ينحدر من بلدة" (the young man
                // comes from the town of)
                "فيها", "فيه", "عليه", "عليها", "عليهم", "عدة", "مواليد", "ينحدر", "تنحدر", "ينتمي", "تنتمي",
                // "حوادث اغتيال مماثلة طالت ناشطين" (similar assassinations that struck activists)
                "مماثلة", "مماثل", "مماثلين",
                // "استشهاد الشاب وبرفقته شخص آخر" (and with him another), "المُلقب بـ أبو عنتر" (nicknamed)
                "برفقته", "برفقتها", "وبرفقته", "وبرفقتها", "برفقة", "رفقة", "الملقب", "الملقبة", "المعروف",
                "المعروفة",
                // a rank without its article describes an unnamed soldier: "هم ضابط برتبة عقيد وشقيقه"
                "ضابط", "ضباط", "برتبة", "رتبة", "عقيد",
                // a funeral's words, which notices write right after the name of the one buried: "X بموكب حاشد"
                // (in a great procession), "X بلطم الصدور" (with the beating of chests), "X حمل على الأكتاف"
                // (was carried on the shoulders), "الشيخ X الصلاة على الجثمان" (the prayer over the body)
                "موكب", "مسيرة", "جنازة", "تشييع", "مراسم", "نعش", "لطم", "حمل", "حملت", "صلاة", "أكتاف",
                "الأكتاف", "الثرى", "مثواه",
                // a state told of a relative after a kinship noun: "وزوجته حامل" (and his wife is pregnant)
                "حامل", "حاملا"));
        // a nationality without its article describes an unnamed person ("استشهاد رضيعة فلسطينية"); it does not
        // continue a name
        STOP.addAll(Nationality.bareAdjectives());
        STOP.addAll(KIN_LISTS); // "وأطفاله محمود" (and his children Mahmoud): the kin is no part of the name
        STOP.addAll(TITLES.keySet());
        STOP.addAll(KIN.keySet());
        STOP.addAll(CUES.keySet());
        STOP.addAll(AGE_UNITS);
        STOP.addAll(MONTH_UNITS);
        STOP.add(ArabicNormalizer.normalize("قائمة"));
        STOP.add(ArabicNormalizer.normalize("إحصائية"));
        STOP.add(ArabicNormalizer.normalize("مالا")); // "مقتل مالا يقل عن 40" (ما لا typed joined): a qualifier, no name
        STOP.addAll(NAMED);
        STOP.addAll(CASE_OF);
        STOP.addAll(STATES);
        // الله never begins a name of its own: it only ends عبد الله, which the joiner reads
    }

    private ArabicWords() {
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return out;
    }

    private static Set<String> norm(String... words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            out.add(ArabicNormalizer.normalize(w));
        }
        return out;
    }

    private static void title(String sex, Group group, VictimOutcome outcome, boolean plural, String... words) {
        for (String w : words) {
            TITLES.put(ArabicNormalizer.normalize(w), new Role(sex, group, outcome, plural, null));
        }
    }

    private static void kin(String sex, Group group, Kinship relation, String... words) {
        for (String w : words) {
            KIN.putIfAbsent(ArabicNormalizer.normalize(w), new Role(sex, group, null, false, relation));
        }
    }

    private static void cue(VictimOutcome outcome, boolean beforeName, String... words) {
        for (String w : words) {
            String n = ArabicNormalizer.normalize(w);
            CUES.putIfAbsent(n, outcome);
            if (beforeName) {
                CUES_BEFORE_NAME.add(n);
            }
        }
    }

    /** The word without a leading و (and), then without ب/ل/ك (by, for, like), as far as it is known. */
    static String known(Map<String, ?> table, String w) {
        if (table.containsKey(w)) {
            return w;
        }
        for (String s : strip(w)) {
            if (table.containsKey(s)) {
                return s;
            }
        }
        return null;
    }

    static boolean isStop(String w) {
        if (STOP.contains(w) || NumberWords.isNumberWord(w) || SPEAKER_VERBS.contains(w) || isVerb(w)) {
            return true;
        }
        if (w.length() >= 4 && w.endsWith("ا") && STOP.contains(w.substring(0, w.length() - 1))) {
            return true; // "أن طفلاً فلسطينياً استشهد" (that a Palestinian child): the indefinite accusative of a word
        }
        for (String s : strip(w)) {
            if (STOP.contains(s) && !(w.startsWith("ال") && (PLACE_PREPOSITIONS.contains(s) || s.equals(HADDAD)))
                    || CUES.containsKey(s) || NumberWords.isNumberWord(s)) {
                return true;
            }
        }
        return false;
    }

    /** حداد (mourning) is a state after حالة; الحداد (the smith) is one of the commonest family names. */
    private static final String HADDAD = ArabicNormalizer.normalize("حداد");

    /**
     * Prepositions of place that, with the article, are family names (الخلف، القرب) far more often than
     * nouns after a name: "سامي حسن الخلف".
     */
    private static final Set<String> PLACE_PREPOSITIONS = norm("خلف", "قرب", "وسط", "فوق", "تحت", "امام");

    /**
     * An imperfect verb of two or more (يفتحان، يقيمون): ي/ت before, ان/ون after. Names of that shape put a
     * long vowel second (يامان), which a verb's stem does not; ين is left out, as تحسين and تمكين are names
     * (and masdars) far more often than a verb's feminine ending in reports.
     */
    /** "على يد" (at the hands of): على, spelt like the name علي once ى is folded, is the preposition here. */
    static final Set<String> AFTER_ALA = norm("يد", "أيدي", "ايدي", "الأقل", "الفور", "إثر", "خلفية", "حساب",
            "طريق", "مدار", "مقربة", "بعد", "الرغم", "وقع", "أثر", "متن", "قيد", "الأكتاف", "أكتاف", "الأكف");

    static boolean isVerb(String w) {
        return w.length() >= 5 && (w.charAt(0) == 'ي' || w.charAt(0) == 'ت') && w.charAt(1) != 'ا'
                && (w.endsWith("ان") || w.endsWith("ون"));
    }

    /** Given names beginning with ب or ل, letters that elsewhere are the prepositions "by" and "for". */
    static final Set<String> PREPOSITION_NAMES = norm("بشار", "بشير", "بهاء", "بلال", "باسل", "باسم", "بسام", "بكر",
            "بدر", "براء", "بتول", "بشرى", "بيان", "بسمة", "بثينة", "بيبرس", "بشائر", "بكري", "بديع", "برهان", "بسيم",
            "بهجت", "بيسان", "لين", "ليث", "لمى", "لؤي", "لبنى", "ليلى", "لما", "لطفي", "لانا", "لجين", "لبيب", "لقمان",
            "لميس", "لؤلؤ", "كريم", "كمال", "كنان", "كفاح", "كامل", "كوثر", "كرم", "كاظم", "كنعان", "كلثوم");

    static boolean isNameList(String w) {
        return NAME_LISTS.contains(w) || (w.length() > 3 && w.charAt(0) == 'و' && NAME_LISTS.contains(w.substring(1)));
    }

    /** The forms a word may be once its clitic prefixes are removed (at most three). */
    private static String[] strip(String w) {
        String a = null;
        String b = null;
        String c = null;
        String s = w;
        // ف (fa, so) is left on: it rarely opens a noun in reports, and names begin with it (فادي, not ف + أدى)
        if (s.length() > 3 && s.charAt(0) == 'و') {
            s = s.substring(1);
            a = s;
        }
        if (s.length() > 3 && s.startsWith("لل")) {
            b = "ال" + s.substring(2);
        } else if (s.length() > 3 && (s.charAt(0) == 'ب' || s.charAt(0) == 'ل' || s.charAt(0) == 'ك')) {
            b = s.substring(1);
        }
        String d = b != null ? b : s;
        if (d.length() > 4 && d.startsWith("ال")) {
            c = d.substring(2);
        }
        int count = (a != null ? 1 : 0) + (b != null ? 1 : 0) + (c != null ? 1 : 0);
        String[] out = new String[count];
        int k = 0;
        for (String x : new String[] {a, b, c}) {
            if (x != null) {
                out[k++] = x;
            }
        }
        return out;
    }
}
