package org.marsad.place;

import java.util.List;

/**
 * A named region that is no administrative unit (الغوطة الشرقية, Eastern Ghouta), with the smallest unit
 * that wholly holds it. A mention of the region resolves to that unit, the region's name kept as the note.
 */
record Region(String label, Place place, List<String> names) {
    Region {
        names = List.copyOf(names);
    }

    /** The region's name in Arabic: the first of its names in Arabic script, else its label. */
    String labelAr() {
        for (String name : names) {
            if (!name.isEmpty() && org.marsad.text.SpellingFolding.isArabic(name.charAt(0))) {
                return name;
            }
        }
        return label;
    }
}
