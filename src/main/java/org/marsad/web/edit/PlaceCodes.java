package org.marsad.web.edit;

import org.marsad.place.Candidate;
import org.marsad.place.PlaceResolver;

/** A place as written resolved to its p-code through the shipped gazetteer, as {@code import victims} does. */
final class PlaceCodes {
    private PlaceCodes() {
    }

    /** The best p-code for a place mention, or null when the gazetteer knows no such place. */
    static String of(String mention) {
        return mention == null ? null : PlaceResolver.shipped().best(mention).map(Candidate::pcode).orElse(null);
    }
}
