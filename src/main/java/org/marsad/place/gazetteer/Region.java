package org.marsad.place.gazetteer;

import java.util.List;
import org.marsad.place.Place;

/**
 * A named region that is no administrative unit (الغوطة الشرقية, Eastern Ghouta), with the smallest unit
 * that wholly holds it. A mention of the region resolves to that unit, the region's name kept as the note.
 */
public record Region(String label, Place place, List<String> names) {
    public Region {
        names = List.copyOf(names);
    }

    /** The region's name in Arabic: the first of its names in Arabic script, else its label. */
    public String labelAr() {
        for (String name : names) {
            if (!name.isEmpty() && org.marsad.text.SpellingFolding.isArabic(name.charAt(0))) {
                return name;
            }
        }
        return label;
    }
}
