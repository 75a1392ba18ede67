package org.marsad.place;

import java.util.List;
import java.util.Optional;

/**
 * An administrative unit of the gazetteer.
 *
 * @param pcode      OCHA p-code, e.g. SY11
 * @param parent     p-code of the enclosing unit; empty for a governorate
 * @param level      administrative level
 * @param nameAr     Arabic name as the source writes it
 * @param nameEn     English name as the source writes it
 * @param lat        centroid latitude (WGS84)
 * @param lon        centroid longitude (WGS84)
 * @param population last census population (2004 for districts and sub-districts), 0 when unknown
 * @param seat       for a community, the level of the unit it is the seat of (OCHA's capital level: 1 a
 *                   governorate's, 2 a district's, 3 a sub-district's), 0 for other communities and units
 * @param aliases    other names and spellings, both scripts
 */
public record Place(String pcode, String parent, AdminLevel level, String nameAr, String nameEn,
                    double lat, double lon, long population, int seat, List<String> aliases) {

    public Place {
        aliases = List.copyOf(aliases);
    }

    /** A place is its p-code: two records of one p-code are one place (and hashing skips the alias list). */
    @Override
    public boolean equals(Object other) {
        return other instanceof Place p && p.pcode.equals(pcode);
    }

    @Override
    public int hashCode() {
        return pcode.hashCode();
    }

    /** The enclosing unit's p-code, absent for a governorate. */
    public Optional<String> parentPcode() {
        return parent.isEmpty() ? Optional.empty() : Optional.of(parent);
    }
}
