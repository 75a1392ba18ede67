package org.marsad.link.score;

import java.util.List;

/**
 * Compares one field of two records and says how well they agree, as a level: 0 is the best agreement,
 * the last level is plain disagreement. The Fellegi–Sunter model learns a weight for each level.
 */
public interface FieldComparator {

    /** The level returned when either record lacks the field; it weighs nothing either way. */
    int MISSING = -1;

    String field();

    /** Human-readable names of the levels, best agreement first. */
    List<String> levels();

    int compare(RecordProfile a, RecordProfile b);
}
