package org.marsad.link.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.marsad.link.LabelledVictim;
import org.marsad.link.Sex;
import org.marsad.link.Status;
import org.marsad.link.VictimRecord;
import org.marsad.link.name.KnownNames;
import org.marsad.link.name.NameTokens;
import org.marsad.link.name.OneEdit;

/**
 * A third generator of overlapping victim lists, harsher than {@link SyntheticLists} and than
 * {@code peers/independent-generator.py}: built from the ways the lists of issue 13 defeated linking.
 * The truth is kept beside each record. Its rates, per record unless said otherwise:
 * <ul>
 *   <li>names: 20% of given names (of the dead, their fathers and grandfathers) are made by rule
 *       ({@link PatternNames}) and are in none of the name tables nor among the given names the linker
 *       knows, as about a fifth of a real list's are; the rest come from the tables of {@link SyntheticNames};</li>
 *   <li>people: 35% alone, 65% in households killed together (one day, one place); 2 to 7 children
 *       share father, grandfather and family name and differ in their given names only; in 30% of
 *       households with two children or more, two siblings bear names one letter apart that are both
 *       names (حسن and حسين, محمد and محمود) — the brothers a slip must not be confused with;</li>
 *   <li>each person in each list with probability 0.45 and in at least one; 3% listed twice in one
 *       list; with two lists or more the last is in Latin script;</li>
 *   <li>name form: full four parts 40%, given, father and family 25%, given and family only 20%, the
 *       father dropped (given, grandfather, family) 15%; in version 2 ({@link #generate(int, int, long,
 *       int)}, issue 13: civil registers write five parts, and some lists leave the family out) full four
 *       parts 35%, given, father and family 20%, given and family 20%, given, grandfather and family 10%,
 *       given, father and grandfather (the family left out) 10%, five parts (a great-grandfather before
 *       the family) 5%;</li>
 *   <li>a slip in the given name 12% (a letter dropped 50%, doubled 25%, replaced 25%: فاد for فادي,
 *       عار for عمار, مزن for مازن, leaving a rare string or another word), in any other part 3%;</li>
 *   <li>Arabic spelling: hamza forms folded 40%, ة written ه 35%, ى written ي 35%, ال dropped from
 *       the family name 35%, عبد/أبو written joined to the next word 50%;</li>
 *   <li>Latin list: 45% of records romanized by machine without short vowels from the Arabic ("Blal
 *       Al-Qasm", "Amar Al-Hmsy", "Smyra Abd-al-rhmn el-Khlyl"), the rest in a usual spelling;</li>
 *   <li>sex given 80%; age given 75% (off by one 20%, by two or three 5%); date given 85% (one to
 *       three days off 25%); place given 65%; status given 50%.</li>
 * </ul>
 * The same seed gives the same records.
 */
public final class HarshLists {

    private static final LocalDate FIRST_DAY = LocalDate.of(2023, 10, 7);
    private static final int DAYS = 450;
    private static final double IN_LIST = 0.45;
    private static final double DUPLICATE_IN_LIST = 0.03;
    private static final double ALONE = 0.35;
    private static final double NEAR_SIBLINGS = 0.3;
    private static final double GIVEN_SLIP = 0.12;
    private static final double OTHER_SLIP = 0.03;
    private static final double MACHINE_ROMANIZED = 0.45;
    /**
     * The share of given names made by rule: 0.2, as in the Airwars list of Gaza about 20% of the Arabic
     * given names (kinship words aside) and 18% of the fathers' names are in no table Marsad keeps.
     */
    private static final double UNLISTED = 0.2;
    /** How many rule-made names of each sex the population draws from (by a Zipf law, as from the tables). */
    private static final int UNLISTED_MEN = 400;
    private static final int UNLISTED_WOMEN = 300;
    private static final String ARABIC_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";

    private record Person(int id, SyntheticNames.Entry given, SyntheticNames.Entry father,
                          SyntheticNames.Entry grandfather, SyntheticNames.Entry family, Sex sex, int age,
                          LocalDate date, SyntheticNames.Entry place, Status status) {
    }

    /** The versions of the generator; version 1 gives the records it always gave for a seed. */
    public static final int FIRST_VERSION = 1;
    public static final int LATEST_VERSION = 2;

    private final int version;
    private final Random random;
    private final ZipfChoice male;
    private final ZipfChoice female;
    private final ZipfChoice family;
    private final ZipfChoice place;
    private final List<SyntheticNames.Entry> unlistedMen;
    private final List<SyntheticNames.Entry> unlistedWomen;
    private final ZipfChoice unlistedMale;
    private final ZipfChoice unlistedFemale;
    /** For each given name of a sex, the names of that sex one letter from it: brothers' or sisters' names. */
    private final Map<SyntheticNames.Entry, List<SyntheticNames.Entry>> near = new java.util.HashMap<>();

    private HarshLists(long seed, int version) {
        this.version = version;
        random = new Random(seed);
        male = new ZipfChoice(SyntheticNames.MALE.size(), random);
        female = new ZipfChoice(SyntheticNames.FEMALE.size(), random);
        family = new ZipfChoice(SyntheticNames.FAMILY.size(), random);
        place = new ZipfChoice(SyntheticNames.PLACES.size(), random);
        unlistedMen = PatternNames.of(true, UNLISTED_MEN, seed, HarshLists::listed);
        unlistedWomen = PatternNames.of(false, UNLISTED_WOMEN, seed + 1, HarshLists::listed);
        unlistedMale = new ZipfChoice(UNLISTED_MEN, random);
        unlistedFemale = new ZipfChoice(UNLISTED_WOMEN, random);
        for (List<SyntheticNames.Entry> names : List.of(SyntheticNames.MALE, SyntheticNames.FEMALE)) {
            for (SyntheticNames.Entry a : names) {
                for (SyntheticNames.Entry b : names) {
                    if (a != b && OneEdit.within(plain(a.arabic()), plain(b.arabic()))) {
                        near.computeIfAbsent(a, k -> new ArrayList<>()).add(b);
                    }
                }
            }
        }
    }

    /** Records of {@code people} persons over {@code lists} lists named list-1, list-2, …; the last in Latin script. */
    public static List<LabelledVictim> generate(int people, int lists, long seed) {
        return generate(people, lists, seed, FIRST_VERSION);
    }

    /** The records of a version of the generator (its name forms differ: see the class comment). */
    public static List<LabelledVictim> generate(int people, int lists, long seed, int version) {
        if (people < 1 || lists < 1) {
            throw new IllegalArgumentException("people and lists must be positive");
        }
        if (version < FIRST_VERSION || version > LATEST_VERSION) {
            throw new IllegalArgumentException("the harsh generator has versions " + FIRST_VERSION + " to " + LATEST_VERSION);
        }
        HarshLists generator = new HarshLists(seed, version);
        return generator.records(generator.population(people), lists);
    }

    private List<Person> population(int size) {
        List<Person> people = new ArrayList<>(size);
        while (people.size() < size) {
            if (random.nextDouble() < ALONE) {
                Sex sex = random.nextDouble() < 0.65 ? Sex.MALE : Sex.FEMALE;
                int age = 15 + random.nextInt(65);
                people.add(new Person(people.size(), givenName(sex), man(),
                        man(), pick(family, SyntheticNames.FAMILY), sex, age, randomDay(),
                        pick(place, SyntheticNames.PLACES), status(sex, age)));
            } else {
                household(people, size);
            }
        }
        return people;
    }

    private void household(List<Person> people, int size) {
        SyntheticNames.Entry father = man();
        SyntheticNames.Entry grandfather = man();
        SyntheticNames.Entry surname = pick(family, SyntheticNames.FAMILY);
        LocalDate day = randomDay();
        SyntheticNames.Entry where = pick(place, SyntheticNames.PLACES);
        if (random.nextDouble() < 0.4 && people.size() < size) {
            int age = 28 + random.nextInt(35);
            people.add(new Person(people.size(), father, grandfather, man(), surname,
                    Sex.MALE, age, day, where, status(Sex.MALE, age)));
        }
        int children = 2 + random.nextInt(6);
        boolean nearNames = random.nextDouble() < NEAR_SIBLINGS;
        List<SyntheticNames.Entry> given = new ArrayList<>(List.of(father));
        for (int child = 0; child < children && people.size() < size; child++) {
            Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
            SyntheticNames.Entry name = givenName(sex);
            if (nearNames && given.size() == 2) {
                // a brother or sister named one letter from the first child: حسن and حسين
                List<SyntheticNames.Entry> options = near.getOrDefault(given.get(1), List.of());
                if (!options.isEmpty()) {
                    name = options.get(random.nextInt(options.size()));
                    sex = SyntheticNames.MALE.contains(name) ? Sex.MALE : Sex.FEMALE;
                }
            }
            if (given.contains(name)) {
                continue;
            }
            given.add(name);
            people.add(new Person(people.size(), name, father, grandfather, surname, sex, random.nextInt(25), day,
                    where, Status.CIVILIAN));
        }
    }

    private List<LabelledVictim> records(List<Person> people, int lists) {
        boolean[][] listed = ListDrawing.membership(random, people.size(), lists, IN_LIST);
        return ListDrawing.lists(random, people, Person::id, listed, lists, DUPLICATE_IN_LIST, "H", this::record);
    }

    private LabelledVictim record(Person person, int list, boolean latin) {
        boolean machine = latin && chance(MACHINE_ROMANIZED);
        List<SyntheticNames.Entry> parts = version == FIRST_VERSION ? firstForm(person) : secondForm(person);
        List<String> written = new ArrayList<>();
        for (int k = 0; k < parts.size(); k++) {
            boolean isFamily = k == parts.size() - 1 && parts.get(k) == person.family();
            String arabic = arabic(parts.get(k).arabic(), isFamily);
            String word;
            if (!latin) {
                word = chance(k == 0 ? GIVEN_SLIP : OTHER_SLIP) ? slip(arabic) : arabic;
            } else if (machine) {
                word = romanized(chance(k == 0 ? GIVEN_SLIP : OTHER_SLIP) ? slip(arabic) : arabic, isFamily);
            } else {
                word = usualLatin(parts.get(k), isFamily);
                if (chance(k == 0 ? GIVEN_SLIP : OTHER_SLIP)) {
                    word = slip(word);
                }
            }
            written.add(word);
        }
        Integer age = null;
        if (chance(0.75)) {
            double off = random.nextDouble();
            int shift = off < 0.2 ? (random.nextBoolean() ? 1 : -1) : off < 0.25 ? (random.nextBoolean() ? 2 : -3) : 0;
            age = Math.max(0, person.age() + shift);
        }
        LocalDate date = chance(0.85) ? person.date().plusDays(chance(0.25) ? 1 + random.nextInt(3) : 0) : null;
        String where = chance(0.65) ? (latin ? any(person.place().latin()) : person.place().arabic()) : null;
        VictimRecord record = new VictimRecord("", String.join(" ", written), "list-" + list,
                chance(0.8) ? person.sex() : null, age, date, where, chance(0.5) ? person.status() : null);
        return new LabelledVictim(record, "P" + person.id());
    }

    /** The parts a record of version 1 writes: given, father, grandfather, family in the shares of the class comment. */
    private List<SyntheticNames.Entry> firstForm(Person person) {
        double form = random.nextDouble();
        List<SyntheticNames.Entry> parts = new ArrayList<>();
        parts.add(person.given());
        if (form < 0.65) {
            parts.add(person.father());
        }
        if (form < 0.40 || form >= 0.85) {
            parts.add(person.grandfather());
        }
        parts.add(person.family());
        return parts;
    }

    /**
     * The parts a record of version 2 writes: version 1's forms less often, and beside them given, father
     * and grandfather (the family left out) and five parts. A person's great-grandfather is drawn from
     * the person's id, so that every record of one person writes the same one and version 1's draws stay
     * as they were.
     */
    private List<SyntheticNames.Entry> secondForm(Person person) {
        double form = random.nextDouble();
        List<SyntheticNames.Entry> parts = new ArrayList<>();
        parts.add(person.given());
        if (form < 0.55 || form >= 0.85) {
            parts.add(person.father());
        }
        if (form < 0.35 || form >= 0.75) {
            parts.add(person.grandfather());
        }
        if (form >= 0.95) {
            parts.add(greatGrandfather(person));
        }
        if (form < 0.85 || form >= 0.95) {
            parts.add(person.family());
        }
        return parts;
    }

    private static SyntheticNames.Entry greatGrandfather(Person person) {
        Random ofPerson = new Random(person.id() * 31L + 7);
        return SyntheticNames.MALE.get(new ZipfChoice(SyntheticNames.MALE.size(), ofPerson).next());
    }

    private String arabic(String name, boolean isFamily) {
        String written = name;
        if (chance(0.4)) {
            written = written.replace('أ', 'ا').replace('إ', 'ا').replace('آ', 'ا');
        }
        if (chance(0.35)) {
            written = written.replace('ة', 'ه');
        }
        if (chance(0.35)) {
            written = written.replace('ى', 'ي');
        }
        if (chance(0.5)) {
            written = written.replace("عبد ", "عبد").replace("أبو ", "أبو").replace("ابو ", "ابو");
        }
        if (isFamily && written.startsWith("ال") && chance(0.35)) {
            written = written.substring(2);
        }
        return written;
    }

    /** A letter dropped, doubled or replaced, anywhere in the last word of a name part. */
    private String slip(String written) {
        int space = written.lastIndexOf(' ');
        String head = written.substring(0, space + 1);
        String word = written.substring(space + 1);
        if (word.length() < 3) {
            return written;
        }
        int at = random.nextInt(word.length());
        double kind = random.nextDouble();
        String slipped;
        if (kind < 0.5) {
            slipped = word.substring(0, at) + word.substring(at + 1);
        } else if (kind < 0.75) {
            slipped = word.substring(0, at + 1) + word.charAt(at) + word.substring(at + 1);
        } else {
            String letters = NameTokens.isArabicScript(word) ? ARABIC_LETTERS : "abcdefghijklmnopqrstuvwxyz";
            slipped = word.substring(0, at) + letters.charAt(random.nextInt(letters.length())) + word.substring(at + 1);
        }
        return head + slipped;
    }

    private static final List<String> LATIN_ARTICLES = List.of("Al-", "El-", "al-", "Al ", "el-", "");

    private String usualLatin(SyntheticNames.Entry name, boolean isFamily) {
        String spelling = any(name.latin());
        if (isFamily && name.arabic().startsWith("ال")) {
            return any(LATIN_ARTICLES) + spelling;
        }
        return spelling;
    }

    /** Latin letters of each Arabic letter as machine romanization writes them, short vowels unwritten. */
    private static final Map<Character, String> LETTER = Map.ofEntries(
            Map.entry('ا', "a"), Map.entry('أ', "a"), Map.entry('إ', "i"), Map.entry('آ', "a"), Map.entry('ب', "b"),
            Map.entry('ت', "t"), Map.entry('ث', "th"), Map.entry('ج', "j"), Map.entry('ح', "h"), Map.entry('خ', "kh"),
            Map.entry('د', "d"), Map.entry('ذ', "dh"), Map.entry('ر', "r"), Map.entry('ز', "z"), Map.entry('س', "s"),
            Map.entry('ش', "sh"), Map.entry('ص', "s"), Map.entry('ض', "d"), Map.entry('ط', "t"), Map.entry('ظ', "z"),
            Map.entry('ع', ""), Map.entry('غ', "gh"), Map.entry('ف', "f"), Map.entry('ق', "q"), Map.entry('ك', "k"),
            Map.entry('ل', "l"), Map.entry('م', "m"), Map.entry('ن', "n"), Map.entry('ه', "h"), Map.entry('و', "w"),
            Map.entry('ي', "y"), Map.entry('ى', "a"), Map.entry('ة', "a"), Map.entry('ء', ""), Map.entry('ئ', "'"),
            Map.entry('ؤ', "'"));

    /**
     * Arabic written letter by letter in Latin, no short vowel supplied: بلال القاسم is "Blal Al-Qasm".
     * ال is the article only where a name carries one, at the head of a family name or after عبد and
     * أبو; in a given or father's name it is letters of the name (الاء is "Ala", الهام "Alhm", not
     * "Al-a" and "Al-hm", which read as an article before a name of one or two letters).
     */
    private String romanized(String arabic, boolean family) {
        String article = any(List.of("Al-", "al-", "el-", "El-"));
        StringBuilder out = new StringBuilder();
        for (String word : arabic.split(" ")) {
            if (out.length() > 0) {
                out.append(' ');
            }
            String rest = word;
            StringBuilder latin = new StringBuilder();
            if (rest.startsWith("عبد") && rest.length() > 3) {
                latin.append("Abd-");
                rest = rest.substring(3);
            } else if (rest.startsWith("أبو") || rest.startsWith("ابو")) {
                latin.append(rest.length() > 3 ? "Abu-" : "Abu");
                rest = rest.substring(3);
            }
            if (rest.startsWith("ال") && rest.length() > 2 && (family || latin.length() > 0)) {
                latin.append(latin.length() > 0 ? "al-" : article);
                rest = rest.substring(2);
            }
            for (int i = 0; i < rest.length(); i++) {
                char c = rest.charAt(i);
                String letters = i == 0 && (c == 'ع' || c == 'ا' || c == 'أ' || c == 'آ') ? "a"
                        : i == 0 && c == 'إ' ? "i" : LETTER.getOrDefault(c, "");
                latin.append(letters);
            }
            out.append(capitalized(latin.toString()));
        }
        return out.toString();
    }

    private static String capitalized(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** An Arabic spelling with its hamza forms and final letters folded, for telling names one letter apart. */
    private static String plain(String arabic) {
        return arabic.replace('أ', 'ا').replace('إ', 'ا').replace('آ', 'ا').replace('ة', 'ه').replace('ى', 'ي');
    }

    private SyntheticNames.Entry givenName(Sex sex) {
        return sex == Sex.MALE ? man() : woman();
    }

    private SyntheticNames.Entry man() {
        return chance(UNLISTED) ? pick(unlistedMale, unlistedMen) : pick(male, SyntheticNames.MALE);
    }

    private SyntheticNames.Entry woman() {
        return chance(UNLISTED) ? pick(unlistedFemale, unlistedWomen) : pick(female, SyntheticNames.FEMALE);
    }

    /** Whether a name is in the generator's tables or among the given names the linker knows. */
    private static boolean listed(String arabic) {
        String plain = plain(arabic);
        for (List<SyntheticNames.Entry> table : List.of(SyntheticNames.MALE, SyntheticNames.FEMALE, SyntheticNames.FAMILY)) {
            for (SyntheticNames.Entry entry : table) {
                if (plain(entry.arabic()).equals(plain)) {
                    return true;
                }
            }
        }
        List<String> tokens = NameTokens.of(arabic);
        return tokens.size() != 1 || KnownNames.GIVEN.contains(tokens.get(0));
    }

    private Status status(Sex sex, int age) {
        return sex == Sex.MALE && age >= 18 && age < 50 && chance(0.1) ? Status.FIGHTER : Status.CIVILIAN;
    }

    private LocalDate randomDay() {
        return FIRST_DAY.plusDays(random.nextInt(DAYS));
    }

    private <T> T any(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }

    private static SyntheticNames.Entry pick(ZipfChoice choice, List<SyntheticNames.Entry> entries) {
        return entries.get(choice.next());
    }
}
