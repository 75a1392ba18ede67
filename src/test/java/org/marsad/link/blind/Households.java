package org.marsad.link.blind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.marsad.link.Sex;

/**
 * The dead as households killed together: a family of the real list's size (singles as often as the list
 * has them), all on one day in one place. A household holds the father (35%) and the mother (35%, of
 * another family two times in three), their children, who share given name of the father, grandfather and
 * family, and beyond six children the cousins, sons and daughters of the father's brother. Siblings never
 * share a given name, but may bear names a letter apart, as the real names' frequencies give them.
 */
final class Households {
    /** One dead person, with the four parts of the full name. */
    record Person(String id, String household, Sex sex, String given, String father, String grandfather,
                  String family, int age, LocalDate date, int place) {
    }

    private static final double FATHER_AMONG_DEAD = 0.35;
    private static final double MOTHER_AMONG_DEAD = 0.35;
    private static final double MOTHER_OF_ANOTHER_FAMILY = 2.0 / 3;
    private static final int CHILDREN_OF_ONE_HOME = 6;
    private static final double CHILD_SINGLE = 0.3;

    private final RealNameParts parts;
    private final SplittableRandom random;
    private final List<Person> dead = new ArrayList<>();

    private Households(RealNameParts parts, SplittableRandom random) {
        this.parts = parts;
        this.random = random;
    }

    static List<Person> draw(RealNameParts parts, int people, SplittableRandom random) {
        Households h = new Households(parts, random);
        int household = 0;
        while (h.dead.size() < people) {
            h.household("h" + household++, Math.min(parts.householdSizes().draw(random), people - h.dead.size()));
        }
        return h.dead;
    }

    private void household(String id, int size) {
        LocalDate day = parts.days().draw(random);
        int place = random.nextInt(Places.ALL.size());
        String family = parts.families().draw(random);
        String grandfather = parts.fathers().draw(random);
        String father = parts.fathers().draw(random);
        if (size == 1) {
            boolean man = random.nextDouble() < parts.menShare();
            int age = random.nextDouble() < CHILD_SINGLE ? random.nextInt(18) : 18 + random.nextInt(63);
            add(id, man, given(man, Set.of()), father, grandfather, family, age, day, place);
            return;
        }
        int left = size;
        int parentAge = 25 + random.nextInt(40);
        if (random.nextDouble() < FATHER_AMONG_DEAD) {
            add(id, true, father, grandfather, parts.fathers().draw(random), family, parentAge, day, place);
            left--;
        }
        if (left > 1 && random.nextDouble() < MOTHER_AMONG_DEAD) {
            String hers = random.nextDouble() < MOTHER_OF_ANOTHER_FAMILY ? parts.families().draw(random) : family;
            add(id, false, given(false, Set.of()), parts.fathers().draw(random), parts.fathers().draw(random), hers,
                    Math.max(18, parentAge - random.nextInt(10)), day, place);
            left--;
        }
        String uncle = parts.fathers().draw(random);
        Set<String> named = new HashSet<>();
        for (int child = 0; child < left; child++) {
            boolean cousin = child >= CHILDREN_OF_ONE_HOME && !uncle.equals(father);
            if (child == CHILDREN_OF_ONE_HOME) {
                named.clear();
            }
            boolean boy = random.nextBoolean();
            String name = given(boy, named);
            named.add(name);
            int age = random.nextInt(Math.max(1, Math.min(30, parentAge - 17)));
            add(id, boy, name, cousin ? uncle : father, grandfather, family, age, day, place);
        }
    }

    private String given(boolean man, Set<String> taken) {
        Weighted<String> pool = man ? parts.menGiven() : parts.womenGiven();
        String name = pool.draw(random);
        for (int tries = 0; taken.contains(name) && tries < 20; tries++) {
            name = pool.draw(random);
        }
        return name;
    }

    private void add(String household, boolean man, String given, String father, String grandfather, String family,
                     int age, LocalDate day, int place) {
        dead.add(new Person("p" + dead.size(), household, man ? Sex.MALE : Sex.FEMALE, given, father, grandfather,
                family, age, day, place));
    }
}
