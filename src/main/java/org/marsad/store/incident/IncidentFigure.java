package org.marsad.store.incident;

import org.marsad.extract.Group;
import org.marsad.extract.Outcome;

/** How many of a group an incident killed or injured: a range, as UCDP, Iraq Body Count and Airwars keep it. */
public record IncidentFigure(Group group, Outcome outcome, long low, long best, long high) {
    public IncidentFigure {
        if (low < 0 || low > best || best > high) {
            throw new IllegalArgumentException("a figure needs 0 <= low <= best <= high, got "
                    + low + " / " + best + " / " + high);
        }
    }
}
