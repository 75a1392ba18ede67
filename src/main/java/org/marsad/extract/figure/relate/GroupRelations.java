package org.marsad.extract.figure.relate;

import java.util.List;
import org.marsad.extract.Group;
import org.marsad.extract.figure.Figure;

/**
 * How the groups of two figures relate: whether one may hold, split, restate or overlap the
 * other (persons hold civilians and fighters; civilians hold children, women and men).
 */
final class GroupRelations {

    private GroupRelations() {
    }

    /**
     * Whether a figure of group {@code b} may restate one of {@code a}: the same group, or persons said
     * again as civilians or fighters ("267 civilians … the 267 dead"). The same count of children, women or
     * men after a count of persons is another figure ("the toll was nine … nine children died").
     */
    static boolean restates(Group a, Group b) {
        return a == b || a == Group.PERSON && broad(b) || b == Group.PERSON && broad(a);
    }

    static boolean broad(Group g) {
        return g == Group.PERSON || g == Group.CIVILIAN || g == Group.FIGHTER;
    }

    static boolean sameGroup(Group a, Group b) {
        return a == b || a == Group.PERSON || b == Group.PERSON;
    }

    /** Whether two groups of a list may count the same people: men, women and children are apart in a list. */
    static boolean overlap(Group a, Group b) {
        boolean civilianPart = a == Group.CHILD || a == Group.WOMAN || a == Group.MAN;
        boolean civilianPartB = b == Group.CHILD || b == Group.WOMAN || b == Group.MAN;
        return a == b || a == Group.PERSON || b == Group.PERSON || a == Group.CIVILIAN && civilianPartB
                || b == Group.CIVILIAN && civilianPart;
    }

    /** Whether a figure of group {@code part} can be counted within one of group {@code whole}. */
    static boolean contains(Group whole, Group part, boolean partUnknown) {
        if (whole == null || partUnknown || part == null) {
            return true;
        }
        switch (whole) {
            case PERSON:
                return true;
            case CIVILIAN:
                return part != Group.FIGHTER;
            case FIGHTER:
                return part == Group.FIGHTER || part == Group.CHILD;
            case WOMAN:
            case MAN:
                return part == whole || part == Group.CHILD;
            default:
                return part == whole;
        }
    }

    /** Whether figures of {@code part} divide a whole of {@code whole} among them without overlap. */
    static boolean splits(Group whole, Group part) {
        if (whole == Group.PERSON) {
            return part == Group.CIVILIAN || part == Group.FIGHTER || part == Group.PERSON;
        }
        return whole == part;
    }

    /**
     * "Two civilians were killed … a man … and his minor son": civilians split by sex and age alone. Only a
     * run of such figures: a child after civilians counted by place ("4 مدنيين … مدنيين اثنين … طفلان") as
     * often completes a smaller toll by chance as it completes the whole.
     */
    static boolean splitsBySexAndAge(Group whole, List<Figure> run) {
        return whole == Group.CIVILIAN && !run.isEmpty() && run.stream()
                .allMatch(f -> f.group == Group.CHILD || f.group == Group.WOMAN || f.group == Group.MAN);
    }
}
