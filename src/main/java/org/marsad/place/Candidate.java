package org.marsad.place;

/**
 * One reading of a place mention, as the resolver ranks them.
 *
 * @param pcode  the unit's p-code
 * @param level  its administrative level
 * @param nameAr Arabic name
 * @param nameEn English name
 * @param adm1   p-code of its governorate (itself for a governorate)
 * @param lat    centroid latitude
 * @param lon    centroid longitude
 * @param note   how much finer the mention is than the unit ("eastern countryside", "city"), or what
 *               the mention named that the gazetteer does not hold; empty when the mention is the unit
 */
public record Candidate(String pcode, AdminLevel level, String nameAr, String nameEn, String adm1,
                        double lat, double lon, String note) {

    static Candidate of(Place place, String adm1, String note) {
        return new Candidate(place.pcode(), place.level(), place.nameAr(), place.nameEn(), adm1,
                place.lat(), place.lon(), note);
    }
}
