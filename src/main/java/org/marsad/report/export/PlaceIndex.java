package org.marsad.report.export;

import java.util.Map;
import org.marsad.store.place.Place;

/**
 * The places of the store for exports: a place's governorate, and coordinates taken from the place or,
 * when it has none, from the nearest place above it that has them.
 */
final class PlaceIndex {
    private final Map<String, Place> places;

    PlaceIndex(Map<String, Place> places) {
        this.places = places;
    }

    Place governorate(String pcode) {
        Place p = pcode == null ? null : places.get(pcode);
        while (p != null && p.level() > 1) {
            p = places.get(p.parentPcode());
        }
        return p;
    }

    Place located(String pcode) {
        Place p = pcode == null ? null : places.get(pcode);
        while (p != null && (p.lat() == null || p.lon() == null)) {
            p = p.parentPcode() == null ? null : places.get(p.parentPcode());
        }
        return p;
    }

    Double lat(String pcode) {
        Place p = located(pcode);
        return p == null ? null : p.lat();
    }

    Double lon(String pcode) {
        Place p = located(pcode);
        return p == null ? null : p.lon();
    }

    String adm1(String pcode) {
        Place g = governorate(pcode);
        return g == null ? null : g.pcode();
    }

    String adm1Name(String pcode) {
        Place g = governorate(pcode);
        return g == null ? null : g.nameEn();
    }

    String name(String pcode) {
        Place p = pcode == null ? null : places.get(pcode);
        return p == null ? null : p.nameEn();
    }
}
