package org.marsad.link.score;

import java.util.List;
import org.marsad.link.name.PersonName;

/**
 * The agreement pattern of a pair of records: the level of every field comparator packed into one int,
 * three bits a field (level + 1, so 0 means missing). Pairs with the same pattern get the same
 * probability, so the model is learned and applied per pattern rather than per pair.
 */
public final class PairPattern {

    static final int GIVEN = 0;
    static final int FATHER = 1;
    static final int GRANDFATHER = 2;
    public static final int FAMILY = 3;
    static final int SEX = 4;
    static final int AGE = 5;
    static final int DATE = 6;
    static final int PLACE = 7;
    static final int STATUS = 8;
    static final int LIST = 9;

    static final int[] YEARS = {0, 1, 2, 5, 10};
    static final int[] DAYS = {0, 1, 3, 10};

    public static final List<FieldComparator> FIELDS = List.of(
            NameComparator.ofGivens(),
            NameComparator.ofFathers(),
            NameComparator.ofGrandfathers(),
            new NameComparator("family name", p -> p.name().family(), true),
            new CategoryComparator("sex", RecordProfile::sex),
            new NumberComparator("age", "years", RecordProfile::age, YEARS),
            new DateComparator(),
            NameComparator.ofPlaces(),
            new CategoryComparator("status", RecordProfile::status),
            new ListComparator());

    private static final int BITS = 3;
    private static final int MASK = (1 << BITS) - 1;

    private PairPattern() {
    }

    /**
     * The pattern of a pair; for a pair that can never be one person ({@link NeverOne#conflict}: given
     * names or sex differ) only those two fields, all that is read of it, which spares comparing the
     * rest. Spelled out field by field rather than looping over {@link #FIELDS}: it runs for every pair
     * (tens of millions), and calls through the comparators' interface and lambdas cannot be inlined. {@link #viaFields} is the same by definition (PairPatternTest).
     */
    public static int of(RecordProfile a, RecordProfile b) {
        PersonName x = a.name();
        PersonName y = b.name();
        int given = packed(NameComparator.givens(a, b), GIVEN)
                | packed(CategoryComparator.compare(a.sex(), b.sex()), SEX);
        if (NeverOne.conflict(given)) {
            return given;
        }
        return given
                | packed(NameComparator.fathers(x, y), FATHER)
                | packed(NameComparator.grandfathers(x, y), GRANDFATHER)
                | packed(NameComparator.compare(x.family(), y.family(), true, x, y), FAMILY)
                | packed(NumberComparator.compare(a.age(), b.age(), YEARS), AGE)
                | packed(DateComparator.compare(a.epochDay(), a.swappedDay(), b.epochDay(), b.swappedDay()), DATE)
                | packed(NameComparator.places(a, b), PLACE)
                | packed(CategoryComparator.compare(a.status(), b.status()), STATUS)
                | packed(ListComparator.compare(a.list(), b.list()), LIST);
    }

    /** The pattern computed through {@link #FIELDS}, one comparator after another. */
    static int viaFields(RecordProfile a, RecordProfile b) {
        int pattern = packed(FIELDS.get(GIVEN).compare(a, b), GIVEN) | packed(FIELDS.get(SEX).compare(a, b), SEX);
        if (NeverOne.conflict(pattern)) {
            return pattern;
        }
        for (int field = 0; field < FIELDS.size(); field++) {
            pattern |= packed(FIELDS.get(field).compare(a, b), field);
        }
        return pattern;
    }

    /**
     * Whether a pair agrees on the given name (spelling or skeleton) and the very day of death, holds no
     * other name part, and differs in nothing else both records give (sex, age beyond a year, place,
     * status): all two records named by a given name alone can say of being one person.
     */
    public static boolean sameGivenNameAndDayAlone(int pattern) {
        int age = level(pattern, AGE);
        int place = level(pattern, PLACE);
        return level(pattern, GIVEN) >= 0 && level(pattern, GIVEN) <= NameComparator.SAME_SKELETON
                && level(pattern, FATHER) == FieldComparator.MISSING
                && level(pattern, GRANDFATHER) == FieldComparator.MISSING
                && level(pattern, FAMILY) == FieldComparator.MISSING
                && level(pattern, DATE) == 0
                && level(pattern, SEX) != 1 && level(pattern, STATUS) != 1
                && age <= 1 && (place == FieldComparator.MISSING || place < NameComparator.DIFFERENT);
    }

    private static int packed(int level, int field) {
        return (level + 1) << (BITS * field);
    }

    /** The level of one field in a pattern, or {@link FieldComparator#MISSING}. */
    static int level(int pattern, int field) {
        return ((pattern >>> (BITS * field)) & MASK) - 1;
    }
}
