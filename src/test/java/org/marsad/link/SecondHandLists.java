package org.marsad.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A small generator of victim lists written apart from {@code HarshLists} (none of its code, tables or
 * choices), as a guard against tuning the linker to one generator. Lists copied from one another and
 * retyped, as an observatory receives them. Its rates, per record unless said otherwise:
 * <ul>
 *   <li>given names: from its own short tables (about 70 men's, 50 women's names), 25% of people from
 *       names built from syllables, which no table holds; family names: half from its own table of 40
 *       (7 of them a kunya family "أبو X"), half from 600 built from syllables;</li>
 *   <li>people: 40% alone; the others in households of 2 to 6 killed on one day in one place: children
 *       sharing father, grandfather and family name; one household in four has two children named one
 *       letter or one long vowel apart (حسن/حسين, سعد/سعيد, هلا/حلا); one household in five has cousins
 *       (same grandfather and family, another father) killed with it;</li>
 *   <li>4 lists, each person in each with probability 0.5 and in one at least; 2% written twice in one
 *       list; the fourth list in Latin script: 50% of its records romanized letter by letter without short
 *       vowels, 50% in a usual spelling;</li>
 *   <li>name form: four parts 45%, given, father and family 20%, given and family 20%, the father left
 *       out 15%;</li>
 *   <li>a slip in the given name 10% (a letter left out 40%, one written twice 30%, one replaced by a
 *       letter of like shape 30%), in another part 3%; in the Latin list the slip is in the Latin
 *       letters;</li>
 *   <li>Arabic spelling: hamza on alif dropped 40%, ة as ه 30%, ى as ي 30%, ال left off the family
 *       30%, عبد and أبو written joined to the next word 40% (apart otherwise);</li>
 *   <li>age given 70% (one year off 20%, two 5%); date given 85% (one or two days off 20%); place given
 *       60%; sex given 75%.</li>
 * </ul>
 */
final class SecondHandLists {

    private record Name(String arabic, String latin) {
    }

    private record Person(int id, Name given, Name father, Name grandfather, Name family, Sex sex, int age,
                          LocalDate date, Name place) {
    }

    private static final List<Name> MEN = names("""
            محمد=Muhammad|أحمد=Ahmed|محمود=Mahmoud|علي=Ali|خالد=Khalid|عبد الله=Abdullah|يوسف=Yusuf|إبراهيم=Ibrahim
            حسن=Hassan|حسين=Hussein|عمر=Omar|مصطفى=Mostafa|عبد الرحمن=Abdelrahman|سامي=Sami|سعيد=Saeed|سعد=Saad
            ياسر=Yasser|إسماعيل=Ismail|وليد=Waleed|زياد=Ziad|جمال=Jamal|نبيل=Nabil|رامي=Rami|فادي=Fadi|هاني=Hany
            عماد=Emad|أسامة=Osama|سليمان=Sulaiman|صالح=Salih|ناصر=Nasser|منير=Mounir|رائد=Raed|ماجد=Majid|طارق=Tariq
            باسل=Basel|أنس=Anas|حمزة=Hamza|بلال=Bilal|مؤمن=Moamen|عادل=Adel|فتحي=Fathi|شادي=Shadi|عمار=Ammar|مازن=Mazen
            نضال=Nidal|هيثم=Haitham|كريم=Karim|عبد الكريم=Abdulkarim|عبد العزيز=Abdelaziz|موسى=Mousa|عيسى=Issa
            يحيى=Yahya|زكريا=Zakaria|إياد=Eyad|وائل=Wael|سامر=Samer|أيمن=Ayman|بهاء=Bahaa|ضياء=Diaa|معاذ=Moath
            أكرم=Akram|جهاد=Jihad|رياض=Riyad|توفيق=Tawfiq|صابر=Saber|قاسم=Qasem|حامد=Hamed|نور الدين=Nureddin
            عبد الحميد=Abdelhamid|أبو بكر=Abubakr|سالم=Salem|شريف=Sherif""");

    private static final List<Name> WOMEN = names("""
            فاطمة=Fatima|مريم=Mariam|عائشة=Aisha|خديجة=Khadija|آمنة=Amna|زينب=Zainab|سارة=Sara|نور=Nour|هبة=Heba
            أسماء=Asmaa|إسراء=Israa|آلاء=Alaa|رهف=Rahaf|لينا=Lina|ريم=Reem|مريم=Maryam|سلمى=Salma|هلا=Hala|حلا=Hala
            جنى=Jana|غنى=Ghina|دعاء=Doaa|إيمان=Iman|أمل=Amal|سماح=Samah|رنا=Rana|رغد=Raghad|شهد=Shahd|ملك=Malak
            بيسان=Bisan|تسنيم=Tasneem|ياسمين=Yasmin|هديل=Hadeel|وفاء=Wafaa|سعاد=Suad|نجلاء=Najlaa|منى=Mona|رحمة=Rahma
            نعمة=Nemat|حنان=Hanan|سهام=Siham|عبير=Abeer|لمى=Lama|روان=Rawan|دانة=Dana|ميس=Mais|نسرين=Nisreen""");

    private static final List<Name> FAMILIES = names("""
            الحلبي=Al-Halabi|الشامي=El-Shami|النجار=Al-Najjar|العطار=Al-Attar|البرغوثي=Barghouti|المصري=Al-Masri
            الكرد=Al-Kurd|الشوا=Al-Shawwa|حمدان=Hamdan|عاشور=Ashour|صيام=Siyam|الهندي=El-Hindi|السقا=Al-Saqqa
            الغول=Al-Ghoul|الزين=El-Zein|الدلو=Al-Dalou|الكحلوت=Al-Kahlout|الحايك=El-Hayek|الأسطل=Al-Astal
            عوض=Awad|سلامة=Salama|مقداد=Miqdad|الفرا=Al-Farra|شراب=Sharab|الطويل=Al-Tawil|الخضري=Al-Khodari
            الجمل=Al-Jamal|الريس=Al-Rayyes|حجازي=Hijazi|قديح=Qudaih|البطش=Al-Batsh|نوفل=Nofal|اللوح=Al-Louh
            أبو شمالة=Abu Shamala|أبو عودة=Abu Odeh|أبو سيف=Abu Saif|أبو ريدة=Abu Reida|أبو حسنين=Abu Hasanein
            أبو طه=Abu Taha|أبو زيد=Abu Zaid""");

    private static final List<Name> PLACES = names("""
            غزة=Gaza|خان يونس=Khan Younis|رفح=Rafah|جباليا=Jabalia|دير البلح=Deir al-Balah|النصيرات=Nuseirat
            بيت لاهيا=Beit Lahia|بيت حانون=Beit Hanoun|الشجاعية=Shujaiya|المغازي=Maghazi|البريج=Bureij|الزوايدة=Zawaida""");

    /** Names of siblings one letter or one long vowel apart, both names people bear. */
    private static final List<String[]> NEAR = List.of(new String[] {"حسن", "حسين"}, new String[] {"سعد", "سعيد"},
            new String[] {"هلا", "حلا"}, new String[] {"جنى", "غنى"}, new String[] {"محمد", "محمود"},
            new String[] {"حامد", "أحمد"}, new String[] {"ريم", "مريم"});

    /** Letters a hand mistakes for each other: alike but for their dots. */
    private static final List<String> ALIKE = List.of("بتثني", "جحخ", "دذ", "رز", "سش", "صض", "طظ", "عغ", "فق");

    private static final Map<Character, String> ROMAN = Map.ofEntries(
            Map.entry('ا', "a"), Map.entry('أ', "a"), Map.entry('إ', "e"), Map.entry('آ', "aa"), Map.entry('ب', "b"),
            Map.entry('ت', "t"), Map.entry('ث', "th"), Map.entry('ج', "j"), Map.entry('ح', "h"), Map.entry('خ', "kh"),
            Map.entry('د', "d"), Map.entry('ذ', "th"), Map.entry('ر', "r"), Map.entry('ز', "z"), Map.entry('س', "s"),
            Map.entry('ش', "sh"), Map.entry('ص', "s"), Map.entry('ض', "d"), Map.entry('ط', "t"), Map.entry('ظ', "z"),
            Map.entry('ع', "a"), Map.entry('غ', "gh"), Map.entry('ف', "f"), Map.entry('ق', "q"), Map.entry('ك', "k"),
            Map.entry('ل', "l"), Map.entry('م', "m"), Map.entry('ن', "n"), Map.entry('ه', "h"), Map.entry('و', "w"),
            Map.entry('ي', "y"), Map.entry('ى', "a"), Map.entry('ة', "a"), Map.entry('ء', "a"), Map.entry('ئ', "y"),
            Map.entry('ؤ', "w"));

    private final Random random;
    private final List<Name> madeMen = new ArrayList<>();
    private final List<Name> madeWomen = new ArrayList<>();
    private final List<Name> madeFamilies = new ArrayList<>();

    private SecondHandLists(long seed) {
        random = new Random(seed);
        while (madeMen.size() < 250) {
            madeMen.add(syllableName(false));
        }
        while (madeWomen.size() < 200) {
            madeWomen.add(syllableName(true));
        }
        while (madeFamilies.size() < 600) {
            Name made = syllableName(false);
            madeFamilies.add(random.nextBoolean() ? made
                    : new Name("ال" + made.arabic(), "Al-" + made.latin()));
        }
    }

    static List<LabelledVictim> generate(int people, long seed) {
        SecondHandLists generator = new SecondHandLists(seed);
        List<Person> population = generator.population(people);
        List<LabelledVictim> out = new ArrayList<>();
        for (Person person : population) {
            boolean[] in = new boolean[4];
            boolean any = false;
            for (int list = 0; list < 4; list++) {
                in[list] = generator.random.nextDouble() < 0.5;
                any |= in[list];
            }
            if (!any) {
                in[generator.random.nextInt(4)] = true;
            }
            for (int list = 0; list < 4; list++) {
                if (!in[list]) {
                    continue;
                }
                int copies = generator.random.nextDouble() < 0.02 ? 2 : 1;
                for (int copy = 0; copy < copies; copy++) {
                    out.add(generator.record(person, list, "S" + out.size()));
                }
            }
        }
        java.util.Collections.shuffle(out, generator.random);
        return out;
    }

    private List<Person> population(int size) {
        List<Person> people = new ArrayList<>();
        while (people.size() < size) {
            LocalDate day = LocalDate.of(2023, 10, 9).plusDays(random.nextInt(420));
            Name place = zipf(PLACES);
            // a family of the table (its first far commoner than its last) or one of many rarer ones
            Name family = random.nextDouble() < 0.5 ? zipf(FAMILIES) : madeFamilies.get(random.nextInt(madeFamilies.size()));
            if (random.nextDouble() < 0.4) {
                Sex sex = random.nextDouble() < 0.7 ? Sex.MALE : Sex.FEMALE;
                people.add(new Person(people.size(), given(sex), given(Sex.MALE), given(Sex.MALE), family, sex,
                        16 + random.nextInt(60), day, place));
                continue;
            }
            Name father = given(Sex.MALE);
            Name grandfather = given(Sex.MALE);
            int children = 2 + random.nextInt(5);
            List<Name> taken = new ArrayList<>();
            String[] near = random.nextDouble() < 0.25 ? NEAR.get(random.nextInt(NEAR.size())) : null;
            for (int child = 0; child < children && people.size() < size; child++) {
                Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
                Name name = given(sex);
                if (near != null && child < 2) {
                    name = byArabic(near[child]);
                    sex = MEN.contains(name) ? Sex.MALE : Sex.FEMALE;
                }
                if (taken.contains(name)) {
                    continue;
                }
                taken.add(name);
                people.add(new Person(people.size(), name, father, grandfather, family, sex, random.nextInt(22), day,
                        place));
            }
            if (random.nextDouble() < 0.2 && people.size() < size) {
                // a cousin: the same grandfather and family, another father
                people.add(new Person(people.size(), given(Sex.MALE), given(Sex.MALE), grandfather, family, Sex.MALE,
                        random.nextInt(30), day, place));
            }
        }
        return people;
    }

    private LabelledVictim record(Person person, int list, String id) {
        boolean latin = list == 3;
        boolean letterByLetter = latin && random.nextBoolean();
        double form = random.nextDouble();
        List<Name> parts = new ArrayList<>(List.of(person.given()));
        if (form < 0.65) {
            parts.add(person.father());
        }
        if (form < 0.45 || form >= 0.85) {
            parts.add(person.grandfather());
        }
        parts.add(person.family());
        List<String> words = new ArrayList<>();
        for (int k = 0; k < parts.size(); k++) {
            boolean family = k == parts.size() - 1;
            boolean slip = random.nextDouble() < (k == 0 ? 0.10 : 0.03);
            String arabic = retyped(parts.get(k).arabic(), family);
            if (!latin) {
                words.add(slip ? slipped(arabic) : arabic);
            } else if (letterByLetter) {
                words.add(letterByLetter(slip ? slipped(arabic) : arabic, family));
            } else {
                String written = parts.get(k).latin();
                words.add(slip ? slippedLatin(written) : written);
            }
        }
        Integer age = null;
        if (random.nextDouble() < 0.7) {
            double off = random.nextDouble();
            age = Math.max(0, person.age() + (off < 0.2 ? (random.nextBoolean() ? 1 : -1) : off < 0.25 ? 2 : 0));
        }
        LocalDate date = random.nextDouble() < 0.85
                ? person.date().plusDays(random.nextDouble() < 0.2 ? 1 + random.nextInt(2) : 0) : null;
        String place = random.nextDouble() < 0.6 ? (latin ? person.place().latin() : person.place().arabic()) : null;
        Sex sex = random.nextDouble() < 0.75 ? person.sex() : null;
        VictimRecord record = new VictimRecord(id, String.join(" ", words), "list-" + (list + 1), sex, age, date, place,
                null);
        return new LabelledVictim(record, "P" + person.id());
    }

    /** The spelling habits of whoever typed the list. */
    private String retyped(String arabic, boolean family) {
        String out = arabic;
        if (random.nextDouble() < 0.4) {
            out = out.replace('أ', 'ا').replace('إ', 'ا').replace('آ', 'ا');
        }
        if (random.nextDouble() < 0.3) {
            out = out.replace('ة', 'ه');
        }
        if (random.nextDouble() < 0.3) {
            out = out.replace('ى', 'ي');
        }
        if (random.nextDouble() < 0.4) {
            out = out.replace("عبد ", "عبد").replace("أبو ", "أبو").replace("ابو ", "ابو");
        }
        if (family && out.startsWith("ال") && random.nextDouble() < 0.3) {
            out = out.substring(2);
        }
        return out;
    }

    private String slipped(String arabic) {
        int at = arabic.lastIndexOf(' ') + 1 + random.nextInt(arabic.length() - arabic.lastIndexOf(' ') - 1);
        double kind = random.nextDouble();
        if (kind < 0.4 && arabic.length() - arabic.lastIndexOf(' ') > 3) {
            return arabic.substring(0, at) + arabic.substring(at + 1);
        }
        if (kind < 0.7) {
            return arabic.substring(0, at + 1) + arabic.charAt(at) + arabic.substring(at + 1);
        }
        for (String group : ALIKE) {
            int i = group.indexOf(arabic.charAt(at));
            if (i >= 0) {
                char other = group.charAt((i + 1 + random.nextInt(group.length() - 1)) % group.length());
                return arabic.substring(0, at) + other + arabic.substring(at + 1);
            }
        }
        return arabic.substring(0, at) + arabic.substring(at + 1);
    }

    private String slippedLatin(String latin) {
        int at = 1 + random.nextInt(latin.length() - 1);
        return random.nextBoolean() ? latin.substring(0, at) + latin.substring(at + 1)
                : latin.substring(0, at + 1) + latin.charAt(at) + latin.substring(at + 1);
    }

    /** Arabic romanized letter by letter, as a machine does without vowel marks: "Smyra Abd-al-rhmn". */
    private String letterByLetter(String arabic, boolean family) {
        List<String> out = new ArrayList<>();
        for (String word : arabic.split(" ")) {
            StringBuilder latin = new StringBuilder();
            String rest = word;
            for (String particle : List.of("عبد", "أبو", "ابو")) {
                if (rest.startsWith(particle) && rest.length() > particle.length()) {
                    latin.append(particle.equals("عبد") ? "Abd-" : "Abu-");
                    rest = rest.substring(particle.length());
                }
            }
            if (rest.startsWith("ال") && rest.length() > 3 && (family || latin.length() > 0)) {
                latin.append(latin.length() > 0 ? "al-" : "El-");
                rest = rest.substring(2);
            }
            for (char c : rest.toCharArray()) {
                latin.append(ROMAN.getOrDefault(c, ""));
            }
            String text = latin.toString();
            out.add(text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1));
        }
        return String.join(" ", out);
    }

    /** A name no table holds: two or three syllables, a long vowel in one of them. */
    private Name syllableName(boolean woman) {
        String consonants = "بتجحدرزسشصطفقكلمنه";
        String[] latinOf = {"b", "t", "j", "h", "d", "r", "z", "s", "sh", "s", "t", "f", "q", "k", "l", "m", "n", "h"};
        StringBuilder arabic = new StringBuilder();
        StringBuilder latin = new StringBuilder();
        int syllables = 2 + random.nextInt(2);
        int longAt = random.nextInt(syllables);
        for (int s = 0; s < syllables; s++) {
            int c = random.nextInt(consonants.length());
            arabic.append(consonants.charAt(c));
            latin.append(latinOf[c]);
            if (s == longAt) {
                int v = random.nextInt(3);
                arabic.append("اوي".charAt(v));
                latin.append(new String[] {"a", "ou", "ee"}[v]);
            } else if (s < syllables - 1) {
                latin.append("aiu".charAt(random.nextInt(3)));
            }
        }
        if (woman) {
            arabic.append('ة');
            latin.append('a');
        }
        String l = latin.toString();
        return new Name(arabic.toString(), Character.toUpperCase(l.charAt(0)) + l.substring(1));
    }

    private Name given(Sex sex) {
        if (random.nextDouble() < 0.25) {
            return sex == Sex.MALE ? madeMen.get(random.nextInt(madeMen.size()))
                    : madeWomen.get(random.nextInt(madeWomen.size()));
        }
        return zipf(sex == Sex.MALE ? MEN : WOMEN);
    }

    /** A name drawn with the first of a table far commoner than the last (weight 1 / rank). */
    private Name zipf(List<Name> table) {
        double total = 0;
        for (int i = 1; i <= table.size(); i++) {
            total += 1.0 / i;
        }
        double x = random.nextDouble() * total;
        for (int i = 1; i <= table.size(); i++) {
            x -= 1.0 / i;
            if (x <= 0) {
                return table.get(i - 1);
            }
        }
        return table.get(table.size() - 1);
    }

    private static Name byArabic(String arabic) {
        for (List<Name> table : List.of(MEN, WOMEN)) {
            for (Name name : table) {
                if (name.arabic().equals(arabic)) {
                    return name;
                }
            }
        }
        throw new IllegalArgumentException(arabic);
    }

    private static List<Name> names(String table) {
        List<Name> out = new ArrayList<>();
        for (String entry : table.replace('\n', '|').split("\\|")) {
            String trimmed = entry.trim();
            int equals = trimmed.indexOf('=');
            out.add(new Name(trimmed.substring(0, equals), trimmed.substring(equals + 1)));
        }
        return List.copyOf(out);
    }
}
