package org.marsad.link.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.marsad.link.LabelledVictim;
import org.marsad.link.Sex;
import org.marsad.link.Status;
import org.marsad.link.VictimRecord;

/**
 * Generates overlapping victim lists of one synthetic population, with the truth kept beside each
 * record. Built to be hard in the ways real lists are: Arabic spelling variants, dropped name parts,
 * one list in Latin transliteration, typos, ages off by one, dates off by days, a person listed twice
 * in one list, and households killed together (siblings share father, grandfather, family name, date
 * and place, and differ only in their given names).
 */
public final class SyntheticLists {

    private static final LocalDate FIRST_DAY = LocalDate.of(2023, 10, 7);
    private static final int DAYS = 450;
    private static final double IN_LIST = 0.5;
    private static final double DUPLICATE_IN_LIST = 0.03;

    private record Person(int id, SyntheticNames.Entry given, SyntheticNames.Entry father,
                          SyntheticNames.Entry grandfather, SyntheticNames.Entry family, Sex sex, int age,
                          LocalDate date, SyntheticNames.Entry place, Status status) {
    }

    private final Random random;
    private final ZipfChoice male;
    private final ZipfChoice female;
    private final ZipfChoice family;
    private final ZipfChoice place;
    private final SpellingVariation spelling;

    private SyntheticLists(long seed) {
        random = new Random(seed);
        male = new ZipfChoice(SyntheticNames.MALE.size(), random);
        female = new ZipfChoice(SyntheticNames.FEMALE.size(), random);
        family = new ZipfChoice(SyntheticNames.FAMILY.size(), random);
        place = new ZipfChoice(SyntheticNames.PLACES.size(), random);
        spelling = new SpellingVariation(random);
    }

    /**
     * Records of {@code people} persons spread over {@code lists} lists named list-1, list-2, …; each
     * person is in each list with probability ½ and in at least one. With two or more lists the last is
     * written in Latin script. The same seed gives the same records.
     */
    public static List<LabelledVictim> generate(int people, int lists, long seed) {
        if (people < 1 || lists < 1) {
            throw new IllegalArgumentException("people and lists must be positive");
        }
        SyntheticLists generator = new SyntheticLists(seed);
        return generator.records(generator.population(people), lists);
    }

    private List<Person> population(int size) {
        List<Person> people = new ArrayList<>(size);
        while (people.size() < size) {
            if (random.nextDouble() < 0.45) {
                people.add(stranger(people.size()));
            } else {
                household(people, size);
            }
        }
        return people;
    }

    private Person stranger(int id) {
        Sex sex = random.nextDouble() < 0.7 ? Sex.MALE : Sex.FEMALE;
        int age = 15 + random.nextInt(65);
        return new Person(id, givenName(sex), pick(male, SyntheticNames.MALE), pick(male, SyntheticNames.MALE),
                pick(family, SyntheticNames.FAMILY), sex, age, randomDay(), pick(place, SyntheticNames.PLACES),
                status(sex, age));
    }

    /** A household killed together: children of one father, maybe the father and the mother too. */
    private void household(List<Person> people, int size) {
        SyntheticNames.Entry father = pick(male, SyntheticNames.MALE);
        SyntheticNames.Entry grandfather = pick(male, SyntheticNames.MALE);
        SyntheticNames.Entry greatGrandfather = pick(male, SyntheticNames.MALE);
        SyntheticNames.Entry surname = pick(family, SyntheticNames.FAMILY);
        LocalDate day = randomDay();
        SyntheticNames.Entry where = pick(place, SyntheticNames.PLACES);
        List<SyntheticNames.Entry> givenInHousehold = new ArrayList<>();
        givenInHousehold.add(father);
        if (random.nextBoolean() && people.size() < size) {
            int age = 25 + random.nextInt(35);
            people.add(new Person(people.size(), father, grandfather, greatGrandfather, surname, Sex.MALE, age,
                    day, where, status(Sex.MALE, age)));
        }
        if (random.nextBoolean() && people.size() < size) {
            // a married woman keeps her own father's and family's names
            people.add(new Person(people.size(), pick(female, SyntheticNames.FEMALE), pick(male, SyntheticNames.MALE),
                    pick(male, SyntheticNames.MALE), pick(family, SyntheticNames.FAMILY), Sex.FEMALE,
                    20 + random.nextInt(30), day, where, Status.CIVILIAN));
        }
        int children = 1 + random.nextInt(6);
        for (int child = 0; child < children && people.size() < size; child++) {
            Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
            SyntheticNames.Entry given = givenName(sex);
            if (givenInHousehold.contains(given)) {
                continue; // siblings do not share a given name, nor a son his father's
            }
            givenInHousehold.add(given);
            people.add(new Person(people.size(), given, father, grandfather, surname, sex, random.nextInt(18), day,
                    where, Status.CIVILIAN));
        }
    }

    private List<LabelledVictim> records(List<Person> people, int lists) {
        boolean[][] listed = ListDrawing.membership(random, people.size(), lists, IN_LIST);
        return ListDrawing.lists(random, people, Person::id, listed, lists, DUPLICATE_IN_LIST, "L", this::record);
    }

    private LabelledVictim record(Person person, int list, boolean latin) {
        List<String> parts = new ArrayList<>();
        parts.add(spelling.write(person.given(), latin, false));
        if (random.nextDouble() < 0.92) {
            parts.add(spelling.write(person.father(), latin, false));
        }
        if (random.nextDouble() < 0.6) {
            parts.add(spelling.write(person.grandfather(), latin, false));
        }
        if (random.nextDouble() < 0.93) {
            parts.add(spelling.write(person.family(), latin, true));
        }
        Integer age = random.nextDouble() < 0.8 ? Math.max(0, person.age() + (random.nextDouble() < 0.25 ? random.nextInt(3) - 1 : 0)) : null;
        LocalDate date = random.nextDouble() < 0.9
                ? person.date().plusDays(random.nextDouble() < 0.25 ? random.nextInt(7) - 3 : 0) : null;
        String where = random.nextDouble() < 0.7
                ? (latin ? any(person.place().latin()) : person.place().arabic()) : null;
        VictimRecord record = new VictimRecord("", String.join(" ", parts), "list-" + list,
                random.nextDouble() < 0.85 ? person.sex() : null, age, date, where,
                random.nextDouble() < 0.5 ? person.status() : null);
        return new LabelledVictim(record, "P" + person.id());
    }

    private SyntheticNames.Entry givenName(Sex sex) {
        return sex == Sex.MALE ? pick(male, SyntheticNames.MALE) : pick(female, SyntheticNames.FEMALE);
    }

    private Status status(Sex sex, int age) {
        return sex == Sex.MALE && age >= 18 && age < 50 && random.nextDouble() < 0.1 ? Status.FIGHTER : Status.CIVILIAN;
    }

    private LocalDate randomDay() {
        return FIRST_DAY.plusDays(random.nextInt(DAYS));
    }

    private String any(List<String> options) {
        return options.get(random.nextInt(options.size()));
    }

    private static SyntheticNames.Entry pick(ZipfChoice choice, List<SyntheticNames.Entry> entries) {
        return entries.get(choice.next());
    }
}
