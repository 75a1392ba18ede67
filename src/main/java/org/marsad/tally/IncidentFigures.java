package org.marsad.tally;

import java.util.EnumMap;
import java.util.Map;
import org.marsad.extract.Group;

/**
 * The figures of one incident for one outcome, per group, as the counting rules settle them: each group
 * takes the largest of its accounts (recorded range, confirmed claims, named persons), then parents are
 * raised to the sum of their parts, so that civilians ≥ children + women + men and people ≥ civilians +
 * fighters.
 */
final class IncidentFigures {
    private final Map<Group, Range> byGroup = new EnumMap<>(Group.class);

    /** Adds one account of how many of a group died; accounts of the same group are never summed. */
    void account(Group group, Range range) {
        byGroup.merge(group, range, Range::atLeast);
    }

    /** The settled figures; empty when no account gave any. */
    Map<Group, Range> settle() {
        Map<Group, Range> settled = new EnumMap<>(byGroup);
        raise(settled, Group.CIVILIAN, Group.CHILD, Group.WOMAN, Group.MAN);
        raise(settled, Group.PERSON, Group.CIVILIAN, Group.FIGHTER);
        return settled;
    }

    private static void raise(Map<Group, Range> figures, Group whole, Group... parts) {
        Range sum = null;
        for (Group part : parts) {
            Range r = figures.get(part);
            if (r != null) {
                sum = sum == null ? r : sum.plus(r);
            }
        }
        if (sum != null) {
            figures.merge(whole, sum, Range::atLeast);
        }
    }
}
