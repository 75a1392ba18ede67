package org.marsad.link;

import java.util.List;

/**
 * The agreement pattern of a pair of records: the level of every field comparator packed into one int,
 * three bits a field (level + 1, so 0 means missing). Pairs with the same pattern get the same
 * probability, so the model is learned and applied per pattern rather than per pair.
 */
final class PairPattern {

    static final int GIVEN = 0;
    static final int FATHER = 1;
    static final int GRANDFATHER = 2;
    static final int FAMILY = 3;
    static final int SEX = 4;
    static final int AGE = 5;
    static final int DATE = 6;
    static final int LIST = 9;

    static final List<FieldComparator> FIELDS = List.of(
            new NameComparator("given name", p -> p.name().given(), false),
            new NameComparator("father's name", p -> p.name().father(), true),
            new NameComparator("grandfather's name", p -> p.name().grandfather(), true),
            new NameComparator("family name", p -> p.name().family(), true),
            new CategoryComparator("sex", RecordProfile::sex),
            new NumberComparator("age", "years", RecordProfile::age, 0, 1, 2),
            new NumberComparator("date of death", "days", RecordProfile::epochDay, 0, 1, 3, 10),
            new NameComparator("place", RecordProfile::place, false),
            new CategoryComparator("status", RecordProfile::status),
            new ListComparator());

    private static final int BITS = 3;
    private static final int MASK = (1 << BITS) - 1;

    private PairPattern() {
    }

    static int of(RecordProfile a, RecordProfile b) {
        int pattern = 0;
        for (int field = 0; field < FIELDS.size(); field++) {
            pattern |= (FIELDS.get(field).compare(a, b) + 1) << (BITS * field);
        }
        return pattern;
    }

    /** The level of one field in a pattern, or {@link FieldComparator#MISSING}. */
    static int level(int pattern, int field) {
        return ((pattern >>> (BITS * field)) & MASK) - 1;
    }
}
