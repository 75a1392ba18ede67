package org.marsad.link.blind;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import org.marsad.link.Status;
import org.marsad.link.VictimRecord;
import org.marsad.link.blind.Households.Person;

/**
 * Four victim lists of the same dead, written from issue 13's account of what defeats linking and from
 * real names, without looking at how Marsad links (a generator that shares the linker's habits measures
 * nothing). People are drawn from the real Airwars names' parts with their real frequencies
 * ({@link RealNameParts}), so namesakes occur as often as in that population, and die as households
 * ({@link Households}). Each person is on 1 list (38.5%), 2 (36.5%), 3 (18%) or 4 (7%): 1.935 records a
 * person. Three lists write Arabic, one Latin; a household's members are on the same lists 60% of the time.
 *
 * <p>The lists (share of the people on them, and how they write a name and its fields):
 * <table>
 * <tr><th>list</th><th>4 parts</th><th>3 parts</th><th>given + family</th><th>father dropped</th>
 *     <th>age</th><th>date</th><th>place</th><th>sex</th></tr>
 * <tr><td>ministry (Arabic)</td>
 *     <td>65%</td><td>25%</td><td>6%</td><td>4%</td><td>90%</td><td>97%</td><td>40%</td><td>98%</td></tr>
 * <tr><td>families (Arabic)</td>
 *     <td>20%</td><td>55%</td><td>20%</td><td>5%</td><td>70%</td><td>90%</td><td>70%</td><td>85%</td></tr>
 * <tr><td>press (Arabic)</td>
 *     <td>15%</td><td>35%</td><td>45%</td><td>5%</td><td>45%</td><td>85%</td><td>80%</td><td>70%</td></tr>
 * <tr><td>english (Latin)</td>
 *     <td>20%</td><td>45%</td><td>30%</td><td>5%</td><td>75%</td><td>90%</td><td>60%</td><td>90%</td></tr>
 * </table>
 *
 * <p>Each record, whatever its list: the given name slipped 6% (a letter dropped, written twice, or replaced
 * by one that differs by its dots or by a key beside it; on the Latin list a Latin letter); ال dropped from
 * the family name 15% (of families that have it); عبد joined or split 30% (of names that have it); every
 * final ة written ه 20%; final ى/ي swapped 15%; hamza on initial alefs left out or added 25%; the age one
 * or two years off 12%; the date one to three days off 12%; the place in another spelling 30%. The Latin
 * list writes half its records as people spell them (each word as the real list's English spells it, else
 * as Google's pairs do, else letter by letter) and half letter by letter without short vowels ("Blal
 * Al-Qasm"), the Arabic variations applied before romanizing. Each record carries the set of
 * {@link Phenomenon}s that changed it.
 */
final class BlindLists {

    /** A record with its truth: the person, what was done to it, its script and how many name parts it shows. */
    record Listed(VictimRecord record, Person person, Set<Phenomenon> phenomena, boolean latin, int parts) {
    }

    private enum Source {
        MINISTRY("ministry", 0.32, false, new double[] {0.65, 0.25, 0.06, 0.04}, 0.90, 0.97, 0.40, 0.98),
        FAMILIES("families", 0.25, false, new double[] {0.20, 0.55, 0.20, 0.05}, 0.70, 0.90, 0.70, 0.85),
        PRESS("press", 0.20, false, new double[] {0.15, 0.35, 0.45, 0.05}, 0.45, 0.85, 0.80, 0.70),
        ENGLISH("english", 0.23, true, new double[] {0.20, 0.45, 0.30, 0.05}, 0.75, 0.90, 0.60, 0.90);

        final String name;
        final double share;
        final boolean latin;
        /** Chances of a name of 4 parts, 3 parts, given + family, and 3 parts without the father. */
        final double[] forms;
        final double age;
        final double date;
        final double place;
        final double sex;

        Source(String name, double share, boolean latin, double[] forms, double age, double date, double place,
               double sex) {
            this.name = name;
            this.share = share;
            this.latin = latin;
            this.forms = forms;
            this.age = age;
            this.date = date;
            this.place = place;
            this.sex = sex;
        }
    }

    /** Chances of being on 1, 2, 3, 4 lists. */
    private static final double[] LISTS_PER_PERSON = {0.385, 0.365, 0.18, 0.07};
    private static final double HOUSEHOLD_ON_SAME_LISTS = 0.6;
    private static final double GIVEN_SLIP = 0.06;
    private static final double ARTICLE_DROPPED = 0.15;
    private static final double ABD_SPACING = 0.30;
    private static final double TA_MARBUTA = 0.20;
    private static final double ALEF_MAQSURA = 0.15;
    private static final double HAMZA = 0.25;
    private static final double AGE_OFF = 0.12;
    private static final double DATE_OFF = 0.12;
    private static final double PLACE_SPELLING = 0.30;
    private static final double LETTER_BY_LETTER = 0.5;
    /** Machine romanizers write the article "el-" about as often as "Al-" in the lists the issue saw. */
    private static final double ARTICLE_EL = 0.3;

    private final SplittableRandom random;
    private final Romanizer romanizer;

    private BlindLists(SplittableRandom random, Romanizer romanizer) {
        this.random = random;
        this.romanizer = romanizer;
    }

    static boolean present() {
        return RealNameParts.present() && TransliterationPairs.present();
    }

    /** The lists of {@code people} dead, list by list, each list in its own random order; the same for a seed. */
    static List<Listed> generate(int people, long seed) throws IOException {
        RealNameParts parts = RealNameParts.read();
        Romanizer romanizer = new Romanizer(parts.latinOf(), TransliterationPairs.read());
        SplittableRandom random = new SplittableRandom(seed);
        List<Person> dead = Households.draw(parts, people, random);
        return new BlindLists(random, romanizer).lists(dead);
    }

    private List<Listed> lists(List<Person> dead) {
        List<List<Listed>> bySource = new ArrayList<>();
        for (int i = 0; i < Source.values().length; i++) {
            bySource.add(new ArrayList<>());
        }
        String household = null;
        List<Source> householdOrder = null;
        for (Person p : dead) {
            if (!p.household().equals(household)) {
                household = p.household();
                householdOrder = order();
            }
            int lists = 1 + drawIndex(LISTS_PER_PERSON);
            List<Source> order = random.nextDouble() < HOUSEHOLD_ON_SAME_LISTS ? householdOrder : order();
            for (Source s : order.subList(0, lists)) {
                bySource.get(s.ordinal()).add(record(p, s, bySource.get(s.ordinal()).size()));
            }
        }
        List<Listed> all = new ArrayList<>();
        for (List<Listed> list : bySource) {
            Collections.shuffle(list, new Random(random.nextLong()));
            all.addAll(list);
        }
        return all;
    }

    /** The sources in a random order, the larger ones likelier first. */
    private List<Source> order() {
        List<Source> left = new ArrayList<>(List.of(Source.values()));
        List<Source> order = new ArrayList<>();
        while (!left.isEmpty()) {
            double[] shares = left.stream().mapToDouble(s -> s.share).toArray();
            order.add(left.remove(drawIndex(shares)));
        }
        return order;
    }

    private int drawIndex(double[] chances) {
        double sum = 0;
        for (double c : chances) {
            sum += c;
        }
        double x = random.nextDouble() * sum;
        for (int i = 0; i < chances.length; i++) {
            x -= chances[i];
            if (x < 0) {
                return i;
            }
        }
        return chances.length - 1;
    }

    private Listed record(Person p, Source source, int number) {
        Set<Phenomenon> done = EnumSet.noneOf(Phenomenon.class);
        List<String> name = switch (drawIndex(source.forms)) {
            case 0 -> new ArrayList<>(List.of(p.given(), p.father(), p.grandfather(), p.family()));
            case 1 -> new ArrayList<>(List.of(p.given(), p.father(), p.family()));
            case 2 -> {
                done.add(Phenomenon.TWO_PARTS);
                yield new ArrayList<>(List.of(p.given(), p.family()));
            }
            default -> {
                done.add(Phenomenon.FATHER_DROPPED);
                yield new ArrayList<>(List.of(p.given(), p.grandfather(), p.family()));
            }
        };
        vary(name, done);
        String written;
        if (source.latin) {
            written = romanized(name, done);
        } else {
            if (random.nextDouble() < GIVEN_SLIP) {
                applyToGiven(name, false, done);
            }
            written = String.join(" ", name);
        }
        return new Listed(new VictimRecord(source.name + "-" + number, written, source.name,
                random.nextDouble() < source.sex ? p.sex() : null, age(p, source, done), date(p, source, done),
                place(p, source, done), source == Source.MINISTRY ? Status.CIVILIAN : null),
                p, done, source.latin, name.size());
    }

    /** The spellings Arabic allows, each with its chance, over every part of the name. */
    private void vary(List<String> name, Set<Phenomenon> done) {
        int last = name.size() - 1;
        if (random.nextDouble() < ARTICLE_DROPPED) {
            changePart(name, last, Spellings.articleDropped(name.get(last)), Phenomenon.ARTICLE_DROPPED, done);
        }
        if (random.nextDouble() < ABD_SPACING) {
            for (int i = 0; i < name.size(); i++) {
                changePart(name, i, Spellings.abdSpacing(name.get(i)), Phenomenon.ABD_SPACING, done);
            }
        }
        if (random.nextDouble() < TA_MARBUTA) {
            name.replaceAll(part -> changed(part, Spellings.taMarbuta(part), Phenomenon.TA_MARBUTA, done));
        }
        if (random.nextDouble() < ALEF_MAQSURA) {
            name.replaceAll(part -> changed(part, Spellings.alefMaqsura(part), Phenomenon.ALEF_MAQSURA, done));
        }
        if (random.nextDouble() < HAMZA) {
            name.replaceAll(part -> changed(part, Spellings.hamza(part), Phenomenon.HAMZA, done));
        }
    }

    private String romanized(List<String> arabic, Set<Phenomenon> done) {
        List<String> latin = new ArrayList<>();
        if (random.nextDouble() < LETTER_BY_LETTER) {
            done.add(Phenomenon.LATIN_LETTER_BY_LETTER);
            String article = random.nextDouble() < ARTICLE_EL ? "el-" : "Al-";
            arabic.forEach(part -> latin.add(romanizer.letterByLetter(part, article)));
        } else {
            done.add(Phenomenon.LATIN_AS_PEOPLE_SPELL);
            arabic.forEach(part -> latin.add(romanizer.asPeopleSpell(part, random)));
        }
        if (random.nextDouble() < GIVEN_SLIP) {
            applyToGiven(latin, true, done);
        }
        return String.join(" ", latin);
    }

    private void applyToGiven(List<String> name, boolean latin, Set<Phenomenon> done) {
        changePart(name, 0, Spellings.slip(name.get(0), latin, random), Phenomenon.GIVEN_SLIP, done);
    }

    private static void changePart(List<String> name, int i, String to, Phenomenon phenomenon, Set<Phenomenon> done) {
        name.set(i, changed(name.get(i), to, phenomenon, done));
    }

    private static String changed(String from, String to, Phenomenon phenomenon, Set<Phenomenon> done) {
        if (!from.equals(to)) {
            done.add(phenomenon);
        }
        return to;
    }

    private Integer age(Person p, Source source, Set<Phenomenon> done) {
        if (random.nextDouble() >= source.age) {
            return null;
        }
        if (random.nextDouble() < AGE_OFF) {
            int off = (random.nextBoolean() ? 1 : -1) * (1 + random.nextInt(2));
            if (p.age() + off >= 0) {
                done.add(Phenomenon.AGE_OFF);
                return p.age() + off;
            }
        }
        return p.age();
    }

    private LocalDate date(Person p, Source source, Set<Phenomenon> done) {
        if (random.nextDouble() >= source.date) {
            return null;
        }
        if (random.nextDouble() < DATE_OFF) {
            done.add(Phenomenon.DATE_OFF);
            return p.date().plusDays((random.nextBoolean() ? 1 : -1) * (1 + random.nextInt(3)));
        }
        return p.date();
    }

    private String place(Person p, Source source, Set<Phenomenon> done) {
        if (random.nextDouble() >= source.place) {
            return null;
        }
        Places.Place place = Places.ALL.get(p.place());
        List<String> spellings = source.latin ? place.latin() : place.arabic();
        if (random.nextDouble() < PLACE_SPELLING) {
            done.add(Phenomenon.PLACE_SPELLING);
            return spellings.get(1 + random.nextInt(spellings.size() - 1));
        }
        return spellings.get(0);
    }
}
