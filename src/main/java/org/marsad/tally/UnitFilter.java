package org.marsad.tally;

import java.util.function.Predicate;

/**
 * Whether a count unit falls under a tally's filter. Grades are applied earlier, when units are made;
 * group and status later, by choosing which group's units are summed.
 */
final class UnitFilter implements Predicate<CountUnit> {
    private final TallyFilter f;
    private final PlaceTree places;

    UnitFilter(TallyFilter f, PlaceTree places) {
        this.f = f;
        this.places = places;
    }

    @Override
    public boolean test(CountUnit u) {
        if ((f.from() != null || f.to() != null) && u.date() == null) {
            return false;
        }
        if (f.from() != null && u.date().isBefore(f.from()) || f.to() != null && u.date().isAfter(f.to())) {
            return false;
        }
        if (f.place() != null && (u.pcode() == null || !places.within(u.pcode(), f.place()))) {
            return false;
        }
        return same(f.cause(), u.cause()) && same(f.perpetrator(), u.perpetrator()) && same(f.affiliation(), u.affiliation())
                && (f.source() == null || u.sources().contains(f.source()));
    }

    private static boolean same(String wanted, String actual) {
        return wanted == null || wanted.equalsIgnoreCase(actual);
    }
}
