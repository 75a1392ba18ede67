package org.marsad.link.score;

import java.util.List;

/**
 * Compares dates of death as {@link NumberComparator} does (sources date a death by the day it was
 * reported, so a day or three apart is near agreement), and reads a date whose day and month were
 * swapped, give or take a day, as near agreement rather than disagreement: 2024-03-07 beside 2024-07-03
 * is a list written day first and read month first (or typed by one who writes the month first), a
 * clerical error, not two deaths four months apart. Only a day of 12 or less can be read as a month, so
 * only such dates have a swapped reading ({@link RecordProfile#swappedDay}).
 */
final class DateComparator implements FieldComparator {

    private static final List<String> LEVELS = new NumberComparator("date of death", "days", RecordProfile::epochDay,
            PairPattern.DAYS).levels();
    private static final int FURTHER_APART = PairPattern.DAYS.length;

    /**
     * The level of a swap: "within 10 days", which weighs a little against a match (about −2 in the prior
     * weights) where "further apart" weighs −7, so that a swap no longer outvotes names that agree, but
     * does not count for them either, as a date another person's date swapped is not rare. Read as one
     * notch below the same difference unswapped (a swap as "within 1 day"), it linked more of the retyped
     * lists (F1 0.9277 -> 0.9319) but joined people whose dates agree only swapped where no list swaps
     * (harsh 10k 0.9403 -> 0.9391, our generator 50k 0.9482 -> 0.9476); as "within 10 days" 0.9307,
     * 0.9403 and 0.9482 (RetypedListsTest, HarshListsTest, LinkingTest, 2026-12-06).
     */
    private static final int SWAPPED = 3;

    /** How many days a swapped date may lie from the other: the day's shift that sources add to it. */
    private static final int SWAPPED_WITHIN = 1;

    @Override
    public String field() {
        return "date of death";
    }

    @Override
    public List<String> levels() {
        return LEVELS;
    }

    @Override
    public int compare(RecordProfile a, RecordProfile b) {
        return compare(a.epochDay(), a.swappedDay(), b.epochDay(), b.swappedDay());
    }

    /**
     * The level of two dates, each given as its day number and the day number with day and month swapped
     * (or {@link RecordProfile#UNKNOWN}). A swapped date lies at least 29 days from the written one, so
     * the swap is read only where the dates are further apart than every tolerance.
     */
    static int compare(int x, int swappedX, int y, int swappedY) {
        int level = NumberComparator.compare(x, y, PairPattern.DAYS);
        if (level != FURTHER_APART) {
            return level;
        }
        return swappedNear(swappedX, y) || swappedNear(swappedY, x) ? SWAPPED : FURTHER_APART;
    }

    private static boolean swappedNear(int swapped, int other) {
        return swapped != RecordProfile.UNKNOWN && Math.abs((long) swapped - other) <= SWAPPED_WITHIN;
    }
}
