package org.marsad.link.score;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Compares a number (age in years, date of death as a day number) within growing tolerances: sources
 * round ages and date a death by the day it was reported, so "a year apart" is not "different".
 */
final class NumberComparator implements FieldComparator {

    private final String field;
    private final ToIntFunction<RecordProfile> value;
    private final int[] tolerances;
    private final List<String> levels;

    /** @param tolerances the largest difference of each level, ascending; beyond the last is "different" */
    NumberComparator(String field, String unit, ToIntFunction<RecordProfile> value, int... tolerances) {
        this.field = field;
        this.value = value;
        this.tolerances = tolerances.clone();
        List<String> names = new ArrayList<>();
        for (int tolerance : tolerances) {
            names.add(tolerance == 0 ? "equal" : "within " + tolerance + " " + unit);
        }
        names.add("further apart");
        this.levels = List.copyOf(names);
    }

    @Override
    public String field() {
        return field;
    }

    @Override
    public List<String> levels() {
        return levels;
    }

    @Override
    public int compare(RecordProfile a, RecordProfile b) {
        return compare(value.applyAsInt(a), value.applyAsInt(b), tolerances);
    }

    static int compare(int x, int y, int[] tolerances) {
        if (x == RecordProfile.UNKNOWN || y == RecordProfile.UNKNOWN) {
            return MISSING;
        }
        long difference = Math.abs((long) x - y);
        for (int level = 0; level < tolerances.length; level++) {
            if (difference <= tolerances[level]) {
                return level;
            }
        }
        return tolerances.length;
    }
}
