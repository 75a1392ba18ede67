package org.marsad.tally;

import java.time.LocalDate;
import java.util.Set;
import org.marsad.extract.Group;
import org.marsad.store.incident.Grade;

/**
 * Which deaths a tally counts. Null fields do not filter. {@code place} matches a place and everything
 * within it; {@code grades} says which incidents count (confirmed and fair by default).
 */
public record TallyFilter(LocalDate from, LocalDate to, String place, Group group, String cause,
                          String perpetrator, String status, String affiliation, String source, Set<Grade> grades) {

    public static final Set<Grade> DEFAULT_GRADES = Set.of(Grade.CONFIRMED, Grade.FAIR);

    public TallyFilter {
        grades = grades == null || grades.isEmpty() ? DEFAULT_GRADES : Set.copyOf(grades);
        if (from != null && to != null && from.isAfter(to)) {
            throw new org.marsad.InputError("--from " + from + " is after --to " + to);
        }
    }

    /**
     * The group whose units are counted: the group asked for, else the group a status implies
     * (civilian, fighter), else everyone. Incident figures are kept by group, not by status.
     */
    Group effectiveGroup() {
        if (group != null) {
            return group;
        }
        if (status == null) {
            return Group.PERSON;
        }
        return switch (status.toLowerCase(java.util.Locale.ROOT)) {
            case "civilian" -> Group.CIVILIAN;
            case "fighter" -> Group.FIGHTER;
            default -> throw new org.marsad.InputError("unknown status '" + status + "'; expected civilian or fighter");
        };
    }

    public static TallyFilter none() {
        return new TallyFilter(null, null, null, null, null, null, null, null, null, null);
    }
}
