package org.marsad.report;

/** A governorate's count at its centroid: the gazetteer has no outlines, only centre points. */
public record GovernorateCount(String pcode, String nameAr, String nameEn, double lat, double lon, long count) {

    String name(Lang lang) {
        return lang == Lang.AR ? nameAr : nameEn;
    }
}
