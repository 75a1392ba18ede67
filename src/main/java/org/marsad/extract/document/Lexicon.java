package org.marsad.extract.document;

import org.marsad.extract.Group;
import org.marsad.extract.Outcome;

import java.util.HashMap;
import java.util.Map;
import org.marsad.text.ArabicNormalizer;

/**
 * The words of casualty reporting, Arabic and English, each with its role. Arabic words are entered
 * bare (without و، ف، ب، ل، ك and ال) and looked up after those prefixes are removed, so طفلاً، الأطفال،
 * وللأطفال and بالأطفال all find أطفال. Groups follow the usage of Syrian observatories: مواطن/مواطنين
 * (muwāṭin, citizen) counts civilians, مواطنة/مواطنات (muwāṭina) adult women.
 */
public final class Lexicon {

    /** بينهم (baynahum, among them), "including": the figures that follow are parts of the one before. */
    public static final int PART = 1;
    /** منهم (minhum, of them), "of them": a figure right before it is a part of an earlier one. */
    public static final int PARTITIVE = 1 << 1;
    /** An armed body (قوات, forces; تنظيم, organisation; "army"): "5 من قوات النظام" are fighters. */
    public static final int ORG = 1 << 2;
    /** A unit that makes a number something other than people: days, km, %, vehicles, barrels, sorties. */
    public static final int UNIT = 1 << 3;
    /** An event that is not a casualty: arrest, displacement, evacuation, rescue. */
    public static final int EVENT = 1 << 4;
    /** وثق (waththaqa, documented), "recorded": an observatory's figure of deaths. */
    public static final int DOC = 1 << 5;
    /** عدد (ʿadad, number of), حصيلة (ḥaṣīla, toll): the outcome and group are named after it. */
    public static final int TOLL = 1 << 6;
    /** مدينة (madīna, city), قرية (qarya, village)…: a place name follows. */
    public static final int PLACE_TYPE = 1 << 7;
    /** سن، عمر (sinn, ʿumr, age), "aged": the number after it is an age. */
    public static final int AGE = 1 << 8;
    /** An English adjective that may stand between a number and its noun ("five Syrian soldiers"). */
    public static final int ADJECTIVE = 1 << 9;
    /** حياً (ḥayyan, alive; not أحياء, also "neighbourhoods"), "alive", "survived": the people of the figure lived. */
    public static final int ALIVE = 1 << 11;
    /** "casualties": the killed and the injured together, no claim unless it names a figure said before. */
    public static final int MIXED = 1 << 12;
    /**
     * نازح (nāziḥ, displaced), لاجئ (lājiʾ, refugee), "displaced": civilians, counted as dead only when their own
     * words say so ("قتل 5 نازحين"), never by "the victims" named before ("آلاف الضحايا و12 مليون نازح").
     */
    public static final int DISPLACED = 1 << 13;
    /** A singular nationality ("فلسطينياً"): the count of "12 عراقياً", or the adjective of "149 مواطناً فلسطينياً". */
    public static final int NATIONALITY = 1 << 15;
    /** قال (qāla, said), أفاد (reported): the people counted right after one are its speakers ("وقال ناشطان"). */
    public static final int SAID = 1 << 14;
    /** A word that ends a place or affiliation phrase (a preposition, a verb of the next clause). */
    public static final int STOP = 1 << 10;
    /**
     * لواء، فرقة، كتيبة (brigade, division, battalion), "brigade": a number right after it names the formation
     * ("اللواء 444", "الفرقة 25"), it counts no one unless a noun of people follows it.
     */
    public static final int FORMATION = 1 << 16;

    private static final Map<String, WordInfo> WORDS = new HashMap<>();

    static {
        groups();
        outcomes();
        roles();
    }

    private Lexicon() {
    }

    /**
     * The entry of a word as written: "180 سورياً" (180 Syrians) is the nationality its tanween marks, while
     * "سوريا" without it is the country, so the mark decides what folding erases.
     */
    public static WordInfo.Hit lookup(String w, String written) {
        if (Nationality.isCountryLikeAccusative(w) && written.indexOf('\u064B') >= 0) {
            return new WordInfo.Hit(WORDS.get(ArabicNormalizer.normalize("لبنانياً")), false, false);
        }
        WordInfo.Hit hit = lookup(w);
        if (hit.info() == WordInfo.NONE && w.length() > 3 && w.charAt(w.length() - 1) == 'و') {
            // "الذين استشهدو" (who were martyred): the plural verb typed without its final alif, as web text often
            // leaves it; only a verb that says what befell people is read so
            WordInfo.Hit verb = lookup(w + "ا");
            if (verb.info().before() != null || verb.info().after() != null) {
                return verb;
            }
        }
        return hit;
    }

    /** The lexicon entry of a normalized word, trying it with its prefixes removed one by one. */
    public static WordInfo.Hit lookup(String w) {
        WordInfo info = WORDS.get(w);
        if (info != null) {
            return new WordInfo.Hit(info, false, false);
        }
        if (w.isEmpty() || w.charAt(0) < 128) {
            return WordInfo.Hit.NONE;
        }
        String s = w;
        boolean conjoined = false;
        if (s.length() > 2 && (s.charAt(0) == 'و' || s.charAt(0) == 'ف')) {
            s = s.substring(1);
            conjoined = true;
            if ((info = WORDS.get(s)) != null) {
                return new WordInfo.Hit(info, true, false);
            }
        }
        if (s.length() > 3 && s.startsWith("لل") && (info = WORDS.get(s.substring(2))) != null) {
            return new WordInfo.Hit(info, conjoined, true);
        }
        if (s.length() > 2 && (s.charAt(0) == 'ب' || s.charAt(0) == 'ل' || s.charAt(0) == 'ك')) {
            s = s.substring(1);
            if ((info = WORDS.get(s)) != null) {
                return new WordInfo.Hit(info, conjoined, false);
            }
        }
        if (s.length() > 3 && s.startsWith("ال") && (info = WORDS.get(s.substring(2))) != null) {
            return new WordInfo.Hit(info, conjoined, true);
        }
        return WordInfo.Hit.NONE;
    }

    private static WordInfo entry(String form) {
        return WORDS.computeIfAbsent(ArabicNormalizer.normalize(form), k -> new WordInfo());
    }

    private static void nouns(Group group, Plurality plurality, Outcome outcome, String... forms) {
        for (String form : forms) {
            WordInfo e = entry(form);
            if (e.noun == null) {
                e.noun = new Noun(group, plurality, outcome, false);
            }
        }
    }

    private static void nouns(Group group, Plurality plurality, String... forms) {
        nouns(group, plurality, null, forms);
    }

    private static void role(int role, String... forms) {
        for (String form : forms) {
            entry(form).roles |= role;
        }
    }

    private static void groups() {
        Plurality one = Plurality.SINGULAR;
        Plurality two = Plurality.DUAL;
        Plurality many = Plurality.PLURAL;
        // مدنيين (madaniyyīn) is the plural; its dual is written the same without vowels, so it stays plural
        // unless its vowels say dual (Document.vowelledAsDual).
        nouns(Group.CIVILIAN, one, "مدني", "مدنياً", "مواطن", "مواطناً", "ناشط", "ناشطاً", "إعلامي", "صحفي", "صحفياً",
                "متطوع", "راعٍ", "راع", "مزارع", "عامل", "نازح", "civilian", "activist", "journalist",
                "reporter", "farmer", "shepherd", "resident");
        nouns(Group.CIVILIAN, two, "مدنيان", "مواطنان", "ناشطان", "صحفيان");
        nouns(Group.CIVILIAN, many, "مدنيين", "مدنيون", "مواطنين", "مواطنون", "ناشطين", "ناشطون", "إعلاميين",
                "صحفيين", "متطوعين", "رعاة", "مزارعين", "عمال", "نازحين", "civilians", "activists",
                "journalists", "reporters", "farmers", "shepherds", "residents", "villagers", "idps");
        nouns(Group.CHILD, one, "طفل", "طفلاً", "طفلة", "رضيع", "رضيعة", "فتى", "قاصر", "قاصراً", "قاصرا", "child", "boy", "girl", "infant",
                "baby", "toddler", "teenager", "minor");
        nouns(Group.CHILD, two, "طفلان", "طفلين", "طفلتان", "طفلتين", "رضيعان", "رضيعين");
        nouns(Group.CHILD, many, "أطفال", "أطفالاً", "رضع", "فتيان", "قاصرين", "children", "boys", "girls", "infants",
                "babies", "toddlers", "teenagers", "minors");
        nouns(Group.WOMAN, one, "سيدة", "امرأة", "مواطنة", "فتاة", "مسنة", "woman", "mother", "lady");
        nouns(Group.WOMAN, two, "سيدتان", "سيدتين", "امرأتان", "امرأتين", "مواطنتان", "مواطنتين", "فتاتان", "فتاتين");
        nouns(Group.WOMAN, many, "سيدات", "نساء", "نسوة", "مواطنات", "فتيات", "women", "mothers", "ladies");
        // SOHR's cumulative tolls count "4269 أنثى فوق سن الثامنة عشرة" (females over eighteen) beside the children
        nouns(Group.WOMAN, one, "أنثى");
        nouns(Group.WOMAN, many, "إناث");
        nouns(Group.MAN, one, "رجل", "رجلاً", "شاب", "شاباً", "مسن", "man", "elderly");
        nouns(Group.MAN, two, "رجلان", "رجلين", "شابان", "شابين");
        nouns(Group.MAN, many, "رجال", "شبان", "شباب", "men");
        // a trade in construct ("قتل سائق السيارة", the car's driver was killed) counts one person, not a name
        nouns(Group.PERSON, one, "سائق", "سائقاً", "حارس", "حارساً", "بائع", "بائعاً", "صياد", "راعي");
        // the elderly counted ("667 مسناً"، "مسنين") are of both sexes: persons (GOLD.md: anything else)
        nouns(Group.PERSON, one, "مسناً");
        nouns(Group.PERSON, two, "مسنان");
        nouns(Group.PERSON, many, "مسنين", "مسنون");
        nouns(Group.FIGHTER, one, "مقاتل", "مقاتلاً", "عنصر", "عنصراً", "جندي", "جندياً", "مسلح", "مسلحاً", "عسكري",
                "عسكرياً", "منشق", "منشقاً", "ضابط", "ضابطاً", "قيادي", "قيادياً", "قائد", "شرطي", "جهادي", "fighter", "soldier",
                "militant", "gunman", "officer", "commander", "combatant", "rebel", "policeman", "jihadist");
        nouns(Group.FIGHTER, two, "مقاتلان", "عنصران", "عنصرين", "جنديان", "جنديين", "مسلحان", "عسكريان", "ضابطان",
                "ضابطين", "قياديان", "قائدان", "قائدين");
        nouns(Group.FIGHTER, many, "مقاتلين", "مقاتلون", "مقاتلي", "عناصر", "عناصره", "عناصرها", "عناصرهم", "جنود",
                "جنوده", "مسلحين", "مسلحون", "مسلحي", "عسكريين", "عسكريون", "عسكريي", "منشقين", "منشقون", "ضباط", "قادة", "قياديين", "شرطيين", "جهاديين", "مقاتليه",
                "مقاتليها", "شبيحة", "fighters", "soldiers", "militants", "gunmen", "officers", "commanders", "combatants",
                "rebels", "insurgents", "policemen", "troops", "jihadists", "militiamen", "terrorists", "auxiliaries",
                // what one side calls the other's fighters ("killing 4 ISIS mercenaries")
                "mercenaries");
        // medics and rescuers are persons: GOLD.md's civilians are مدني and مواطن, and rescue crews are often
        // an armed party's own ("paramedics affiliated with …")
        nouns(Group.PERSON, one, "مسعف", "paramedic", "medic", "rescuer", "معلم", "معلمة", "طالبة", "teacher", "student",
                "doctor", "nurse");
        nouns(Group.PERSON, two, "معلمان", "معلمتان", "معلمتين", "طالبتان", "طالبتين");
        nouns(Group.PERSON, many, "معلمون", "معلمين", "معلمات", "طلاب", "طالبات", "teachers");
        nouns(Group.PERSON, two, "مسعفان");
        nouns(Group.PERSON, many, "مسعفين", "مسعفون", "paramedics", "rescuers");
        nouns(Group.PERSON, one, "جنيناً", "جنينها"); // a fetus killed with its mother counts; bare جنين is as often the city (مخيم جنين)
        nouns(Group.PERSON, one, "شخص", "شخصاً", "معتقل", "person", "individual", "migrant", "refugee", "detainee",
                "member", "driver", "passenger");
        nouns(Group.PERSON, two, "شخصان", "شخصين", "معتقلان");
        nouns(Group.PERSON, many, "casualties");
        // "the loss of 51 lives", "claimed 12 lives": lives counted are people; the cue before says what befell them
        nouns(Group.PERSON, many, "lives");
        nouns(Group.PERSON, many, "أشخاص", "معتقلين", "مهاجرين", "لاجئين", "أفراد", "people", "persons",
                "individuals", "migrants", "refugees", "detainees", "members", "pilgrims", "workers", "staff",
                "employees", "volunteers", "medics", "doctors", "nurses", "students", "pupils", "worshippers",
                "protesters", "demonstrators", "drivers", "personnel", "bystanders", "pedestrians", "passers-by",
                "officials",
                // "three Sudanese nationals"; "a dozen passengers" of a bus or a boat are the people aboard
                "nationals", "passengers");
        // English wires count the dead by nationality ("165 Gazans were killed", "24 Iraqis"): persons, since a
        // nationality says nothing of civilian or fighter. Singulars stay adjectives ("a Palestinian teenager").
        nouns(Group.PERSON, many, "palestinians", "israelis", "iraqis", "syrians", "gazans", "yemenis", "afghans",
                "ukrainians", "somalis", "libyans", "lebanese", "sudanese", "kurds", "pakistanis", "nigerians");
        // The same in Arabic ("استشهاد 5 فلسطينيين", "11 لبنانياً"): plurals, and the singular a number of 11 or more
        // takes, but not where that singular is spelled as a country (سوريا Syria, تركيا, ليبيا, روسيا), nor the
        // bare singular, an adjective of armies and observatories (الجيش السوري، المرصد السوري)
        nouns(Group.PERSON, many, Nationality.plurals().toArray(String[]::new));
        nouns(Group.PERSON, two, Nationality.duals().toArray(String[]::new));
        nouns(Group.PERSON, many, "أجانب"); // foreigners, counted as the nationalities are
        String[] nationalities = Nationality.accusatives().toArray(String[]::new);
        nouns(Group.PERSON, one, nationalities);
        role(NATIONALITY, nationalities);
        // SOHR's English writes مواطنين as "citizens"; "citizen" alone is its adjective ("18 citizen women")
        nouns(Group.CIVILIAN, many, "citizens");
        kin();
        for (String form : new String[] {"آخرون", "آخرين", "آخران", "آخرَين", "others", "other", "another"}) {
            entry(form).noun = new Noun(Group.PERSON, form.equals("آخران") ? Plurality.DUAL : Plurality.PLURAL,
                    null, true);
        }
        // آخر (ākhar, another) and the ordinals (ثالث, a third; السابع, the seventh) count one more person
        // of the group before: "قتل شاب وأصيب آخر", "وقتل السابع في البلدة"
        for (String form : new String[] {"آخر", "أخرى", "ثالث", "ثالثة", "رابع", "رابعة", "خامس", "خامسة", "سادس",
            "سادسة", "سابع", "سابعة", "ثامن", "ثامنة", "تاسع", "تاسعة", "عاشر", "عاشرة"}) {
            entry(form).noun = new Noun(Group.PERSON, Plurality.SINGULAR, null, true);
        }
    }

    /**
     * Relatives named by kinship, as reports name the unnamed members of a family: زوجته (his wife),
     * والدهما (their father), ابنته (his daughter). Wives and mothers are women, husbands and fathers
     * men; sons, daughters, brothers and sisters are persons, their age unknown.
     */
    private static void kin() {
        Plurality one = Plurality.SINGULAR;
        Plurality two = Plurality.DUAL;
        Plurality many = Plurality.PLURAL;
        String[] suffixes = {"ه", "ها", "هما", "هم", "هن"};
        for (String stem : new String[] {"زوجت", "والدت", "أم", "جدت"}) { // not جده: the city of Jeddah
            nouns(Group.WOMAN, one, withSuffixes(stem, suffixes));
            markKin(withSuffixes(stem, suffixes));
        }
        for (String stem : new String[] {"والد", "زوج", "أبو", "أبي"}) {
            nouns(Group.MAN, one, withSuffixes(stem, suffixes));
            markKin(withSuffixes(stem, suffixes));
        }
        for (String stem : new String[] {"ابن", "ابنت", "نجل", "شقيق", "شقيقت", "أخو", "أخي", "أخا", "أخت", "حفيد",
            "حفيدت"}) {
            nouns(Group.PERSON, one, withSuffixes(stem, suffixes));
            markKin(withSuffixes(stem, suffixes));
        }
        nouns(Group.PERSON, two, "ابناه", "ابنيه", "ابنتاه", "ابنتيه", "ابناها", "ابنيها", "ابنتاها", "ابنتيها",
                "شقيقاه", "شقيقيه", "شقيقتاه", "شقيقتيه", "شقيقتي", "شقيقتا", "نجلاه", "نجليه");
        nouns(Group.CHILD, two, "طفلاه", "طفليه", "طفلاها", "طفليها");
        // "وإصابة طفلتهما" (and the injury of their little daughter): a child of the family, counted one. Not
        // طفله, which is طفلة (a girl) once ة is folded
        String[] child = {"طفلها", "طفلهما", "طفلهم", "طفلته", "طفلتها", "طفلتهما", "طفلتهم", "رضيعها", "رضيعهما",
            "رضيعته", "رضيعتها", "رضيعتهما"};
        nouns(Group.CHILD, one, child);
        markKin(child);
        nouns(Group.CHILD, many, "أطفاله", "أطفالها", "أطفالهم", "أطفالهما");
        nouns(Group.PERSON, many, "أبناء", "أبنائه", "أبنائها", "أبنائهم", "أشقاء", "أشقائه", "أقارب", "أقاربه");
        // "هم الأب والأم وأولادهما الأربعة" (the father, the mother and their four children): a family spelled
        // out. Not bare أولاد, which begins names of places and tribes (أولاد الريف)
        nouns(Group.MAN, one, "الأب");
        nouns(Group.WOMAN, one, "الأم");
        nouns(Group.PERSON, many, "أولاده", "أولادها", "أولادهم", "أولادهما");
        nouns(Group.WOMAN, one, "wife", "grandmother", "mum", "widow");
        nouns(Group.MAN, one, "father", "husband", "grandfather", "dad");
        markKin("wife", "grandmother", "mum", "widow", "father", "husband", "grandfather", "dad", "mother", "son",
                "daughter", "brother", "sister", "nephew", "niece", "grandson", "granddaughter", "relative", "cousin");
        nouns(Group.MAN, many, "fathers", "husbands");
        nouns(Group.PERSON, one, "son", "daughter", "brother", "sister", "nephew", "niece", "grandson",
                "granddaughter", "relative", "cousin");
        nouns(Group.PERSON, many, "sons", "daughters", "brothers", "sisters", "relatives", "cousins", "nephews",
                "nieces", "grandchildren");
    }

    private static void markKin(String... forms) {
        for (String form : forms) {
            entry(form).kin = true;
        }
    }

    private static String[] withSuffixes(String stem, String[] suffixes) {
        String[] forms = new String[suffixes.length];
        for (int i = 0; i < suffixes.length; i++) {
            forms[i] = stem + suffixes[i];
        }
        return forms;
    }

    private static void outcomes() {
        Plurality one = Plurality.SINGULAR;
        Plurality two = Plurality.DUAL;
        Plurality many = Plurality.PLURAL;
        Outcome k = Outcome.KILLED;
        Outcome i = Outcome.INJURED;
        nouns(Group.PERSON, one, k, "قتيل", "قتيلاً", "شهيد", "شهيداً", "ضحية", "شهيدة", "قتيلة");
        nouns(Group.PERSON, two, k, "قتيلان", "قتيلين", "شهيدان", "شهيدين", "ضحيتان", "ضحيتين");
        nouns(Group.PERSON, many, k, "قتلى", "شهداء", "ضحايا", "شهيدات", "deaths", "dead", "fatalities", "bodies", "victims",
                "deceased",
                // Lebanese and Palestinian ministries in English: "resulting in six martyrs, including four paramedics"
                "martyrs");
        nouns(Group.PERSON, one, i, "جريح", "جريحاً", "مصاب", "مصاباً");
        nouns(Group.PERSON, two, i, "جريحان", "جريحين", "مصابان", "إصابتان", "إصابتين");
        nouns(Group.PERSON, many, i, "جرحى", "مصابين", "مصابون", "injured", "wounded", "injuries");
        for (String w : new String[] {"قتل", "مقتل", "قتلت", "قتلهم", "استشهد", "استشهدت", "استشهاد", "قضى", "قضت",
            "لقي", "لقيت", "مصرع", "حتف", "وفاة", "توفي", "توفيت", "فارق", "فارقت", "أعدم", "أعدمت", "إعدام", "خسر",
            "خسرت", "جثة", "جثث", "جثمان", "جثامين", "ذبح", "اغتيال", "اغتيل", "أودى", "أودت", "مودية", "موديا", "مودياً", "حصد", "حصدت",
            "تصفية", "سقط", "سقوط", "مقتله", "مقتلها", "مقتلهم", "استشهاده", "استشهادها", "استشهادهم", "وفاته", "وفاتها",
            // "مجزرة راح ضحيتها 40 مدنياً" (a massacre whose victims were 40 civilians): its victims, the dead
            "ضحيتها", "ضحيته", "ضحيتهم",
            "killed", "killing", "kill", "kills", "death", "deaths", "executed", "execution", "claimed", "loss",
            "murdered", "massacred", "beheaded", "slaughtered",
            // Iraqi, Yemeni and Palestinian statements in English: "mourned the martyrdom of four fighters"
            "martyrdom"}) {
            entry(w).before = k;
        }
        for (String w : new String[] {"إصابة", "أصيب", "أصيبت", "أصاب", "أصابت", "جرح", "جرحت", "إصابات", "إصابته",
            "إصابتها", "إصابتهم",
            "injured", "injuring", "wounded", "wounding", "injure", "wound", "injury", "injures"}) {
            entry(w).before = i;
        }
        for (String w : new String[] {"استشهدوا", "استشهد", "استشهدت", "قضوا", "قضى", "قضين", "قتلوا", "قتل", "قتلن",
            "لقوا", "سقطوا", "سقطا", "قتلا", "استشهدا", "قضيا", "لقيا", "توفيا", "حتفهم", "حتفهما", "حتفه", "حتفها", "مصرعهم", "مصرعه", "مصرعها", "فارقوا", "فارق", "توفوا", "ماتوا", "أنفاسه", "أنفاسها", "أنفاسهم", "أنفاسهما",
            "killed", "died", "dead", "perished", "drowned", "executed", "lost", "wiped", "erased", "murdered",
            "massacred", "slain", "die", "succumbed", "beheaded", "slaughtered", "martyred"}) {
            entry(w).after = k;
        }
        for (String w : new String[] {"أصيبوا", "أصيبا", "أصيب", "أصيبت", "جرحوا", "injured", "wounded", "hurt",
            "hospitalised", "hospitalized"}) {
            entry(w).after = i;
        }
    }

    private static void roles() {
        role(PART, "بينهم", "بينهن", "بينهما", "ضمنهم", "ضمنهن", "منهم", "منهن", "منهما", "منها", "ضمنها", "including", "among",
                "أحدهم", "إحداهن", "أحدهما", "إحداهما",
                // "410 أشخاص تضمنت 135 طفلاً", "وتضمّن الحصيلة 21 طفلاً" (the toll included): its parts follow
                "تضمنت", "تضمن");
        role(PARTITIVE, "منهم", "منهن", "منهما");
        role(ORG, "قوات", "تنظيم", "فصائل", "فصيل", "هيئة", "جيش", "ميليشيا", "ميليشيات", "ميلشيات", "مليشيا", "مليشيات", "حزب", "وحدات",
                "لواء", "كتائب", "حركة", "أمن", "شرطة", "حرس", "مجلس", "مجموعات", "مجموعة", "خلايا", "جماعة", "حشد",
                "forces", "army", "militia", "militias", "brigade", "police", "guard", "units", "group", "battalion",
                "regiment", "hezbollah", "sdf", "isis", "military", "security");
        role(FORMATION, "لواء", "فرقة", "كتيبة", "فوج", "فيلق", "brigade", "division", "battalion", "regiment");
        role(UNIT, "يوم", "يوماً", "أيام", "يومين", "ساعة", "ساعات", "ساعتين", "أسبوع", "أسبوعاً", "أسبوعين", "أسابيع",
                "شهر", "شهراً", "شهرين", "أشهر", "شهور", "عامين", "سنتين", "عام",
                "عاماً", "أعوام", "سنة", "سنوات", "دقيقة", "دقائق", "كلم", "كم", "كيلومتر", "كيلومترات", "كيلو", "متر",
                "متراً", "أمتار", "م", "هكتار", "دونم", "%", "٪", "بالمئة", "بالمائة", "المئة", "المائة", "دولار",
                "ليرة", "يورو", "غارة", "غارات", "ضربة", "ضربات", "برميل", "برميلاً", "براميل", "صاروخ", "صواريخ",
                "قذيفة", "قذائف", "طلعة", "طلعات", "سيارة", "سيارات", "آلية", "آليات", "عربة", "عربات", "دبابة",
                "دبابات", "حافلة", "حافلات", "طائرة", "طائرات", "مروحية", "مروحيات", "منزل", "منازل", "مبنى",
                "مباني", "مدرسة", "مدارس", "حي", "أحياء", "قرية", "قرى", "عائلة", "عائلات", "أسرة", "أسر", "مرة",
                "مرات", "نقطة", "نقاط", "موقع", "مواقع", "كيلوغرام", "كغ", "طن", "راكب", "راكباً", "ركاب", "نسمة",
                "مستشفى", "مشفى", "عبوة", "لغم", "ألغام", "مسيرة", "مسيرات",
                "day", "days", "hour", "hours", "week", "weeks", "month", "months", "year", "years", "km",
                "kilometres", "kilometers", "miles", "metres", "meters", "percent", "per", "dollars", "airstrikes",
                "strikes", "sorties", "barrels", "shells", "rockets", "missiles", "vehicles", "cars", "trucks",
                "tanks", "aircraft", "planes", "jets", "drones", "houses", "homes", "buildings", "schools",
                "villages", "families", "times", "tonnes", "tons", "kg", "passengers", "survivors", "hospitals",
                "mines", "bombs", "neighbourhoods", "neighborhoods",
                // massacres are events, counted apart from their dead: "ارتكبت 7 مجازر", "حصيلة المجازر 11 مجزرة"
                "مجزرة", "مجازر", "massacres",
                // the missing are counted apart from the dead and the injured: "وأكثر من 59 مفقوداً"
                "مفقود", "مفقوداً", "مفقودين", "مفقودون", "مفقودة", "مفقودات");
        role(EVENT, "نجاة", "اعتقال", "اعتقل", "اعتقلت", "اعتقلوا", "اختطاف", "خطف", "اختطف", "نزوح", "نزح", "تهجير",
                "إجلاء", "إخراج", "خروج", "أسر", "احتجاز", "يحتجز", "إنقاذ", "عودة", "وصول", "فرار", "تجنيد", "انشقاق",
                "إنقاذ", "arrested", "detained", "abducted", "displaced", "fled", "evacuated", "rescued", "kidnapped",
                "released", "returned", "held", "survivors", "missing");
        role(MIXED, "casualties");
        role(DOC,"وثق", "وثقت", "توثيق", "سجل", "رصد", "documented", "recorded", "verified", "confirmed");
        role(TOLL, "عدد", "أعداد", "تعداد", "حصيلة", "مجموع", "إجمالي", "toll", "number");
        role(SAID, "قال", "قالت", "أفاد", "أفادت", "ذكر", "ذكرت", "أكد", "أكدت", "أوضح", "أوضحت", "صرح", "صرحت", "روى",
                "روت", "أضاف", "أضافت", "أشار", "أشارت", "نقل", "نقلت");
        role(DISPLACED, "نازح", "نازحاً", "نازحين", "نازحون", "لاجئ", "لاجئاً", "لاجئين", "لاجئون", "مهجر", "مهجرين",
                "displaced", "refugee", "refugees", "idps");
        role(ALIVE, "حياً", "حيا", "نجا", "نجت", "نجوا", "alive", "survived", "unharmed", "unhurt");
        role(PLACE_TYPE, "مدينة", "بلدة", "قرية", "حي", "مخيم", "منطقة", "ريف", "محافظة", "ناحية", "بادية", "سوق",
                "مزرعة", "أطراف", "ضواحي", "سجن", "سجون");
        role(AGE, "سن", "عمر", "العمر", "عمره", "عمرها", "aged", "age");
        role(ADJECTIVE, "other", "more", "additional", "young", "civilian", "unarmed", "local", "syrian", "iraqi",
                "yemeni", "palestinian", "kurdish", "turkish", "russian", "afghan", "pro-government", "government",
                "opposition", "rebel", "elderly", "displaced", "innocent", "security", "foreign", "further", "small",
                "citizen", "lebanese", "sudanese", "israeli", "ukrainian", "somali", "libyan", "health", "medical",
                "aid", "humanitarian", "healthcare");
        role(STOP, "في", "من", "على", "إلى", "عن", "جراء", "إثر", "بعد", "قبل", "خلال", "منذ", "حتى", "وحتى", "بسبب",
                "نتيجة", "بينهم", "وسط", "قرب", "أثناء", "كما", "فيما", "بينما", "حيث", "التي", "الذي", "الذين",
                "in", "on", "at", "of", "from", "near", "after", "during", "since", "when", "as", "by", "the", "and",
                "with", "including", "among", "were", "was");
    }
}
