package org.marsad.store.place;

/** A place of the gazetteer as stored: p-code, parent, level (1 governorate … 4 community), names, coordinates. */
public record Place(String pcode, String parentPcode, int level, String nameAr, String nameEn,
                    Double lat, Double lon) {
}
