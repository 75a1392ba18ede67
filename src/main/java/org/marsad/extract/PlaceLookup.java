package org.marsad.extract;

import java.util.Optional;

/**
 * Resolves a place as a report names it ("مدينة الرقة", "Raqqa city") to its p-code. The gazetteer
 * ({@code org.marsad.place}) provides one; without it, claims keep the place text and no p-code.
 */
@FunctionalInterface
public interface PlaceLookup {

    /** The p-code of the place named {@code text}, if the gazetteer knows it. */
    Optional<String> pcode(String text);

    /** A lookup that knows no place. */
    static PlaceLookup none() {
        return text -> Optional.empty();
    }
}
