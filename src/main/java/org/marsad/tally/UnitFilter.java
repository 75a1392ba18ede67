package org.marsad.tally;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Whether a unit falls under a tally's filter, decided once per distinct value of each column. Grades
 * are applied earlier, when units are made; group and status by choosing which group's figures are summed.
 */
final class UnitFilter {
    private final UnitColumns c;
    private final boolean[] dayIn;
    private final boolean[] placeIn;
    private final boolean[] sourcesIn;
    private final int cause;
    private final int perpetrator;
    private final int affiliation;

    UnitFilter(TallyFilter f, UnitColumns c, PlaceTree places) {
        this.c = c;
        dayIn = new boolean[c.days.size() + 1];
        dayIn[0] = f.from() == null && f.to() == null;
        for (int k = 0; k < c.days.size(); k++) {
            LocalDate d = c.days.values.get(k);
            dayIn[k + 1] = (f.from() == null || !d.isBefore(f.from())) && (f.to() == null || !d.isAfter(f.to()));
        }
        placeIn = new boolean[c.places.size() + 1];
        placeIn[0] = f.place() == null;
        for (int k = 0; k < c.places.size(); k++) {
            placeIn[k + 1] = f.place() == null || places.within(c.places.values.get(k), f.place());
        }
        sourcesIn = new boolean[c.sourceSets.size() + 1];
        sourcesIn[0] = f.source() == null;
        for (int k = 0; k < c.sourceSets.size(); k++) {
            sourcesIn[k + 1] = f.source() == null || c.sourceSets.values.get(k).contains(f.source());
        }
        cause = wanted(f.cause(), c.causes);
        perpetrator = wanted(f.perpetrator(), c.perpetrators);
        affiliation = wanted(f.affiliation(), c.affiliations);
    }

    boolean test(int i) {
        return dayIn[c.day[i] + 1] && placeIn[c.place[i] + 1] && sourcesIn[c.sources[i] + 1]
                && (cause == -3 || c.cause[i] == cause)
                && (perpetrator == -3 || c.perpetrator[i] == perpetrator)
                && (affiliation == -3 || c.affiliation[i] == affiliation);
    }

    /** The dictionary number a filter asks for (matched without regard to case); -3 when it does not filter. */
    private static int wanted(String value, UnitColumns.Dictionary<String> dictionary) {
        if (value == null) {
            return -3;
        }
        for (int k = 0; k < dictionary.size(); k++) {
            if (dictionary.values.get(k).toLowerCase(Locale.ROOT).equals(value.toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        return -2;
    }
}
