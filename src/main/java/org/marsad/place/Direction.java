package org.marsad.place;

import java.util.Map;
import java.util.Optional;

/** A compass direction qualifying a place: ريف الرقة الشرقي, the eastern countryside of Raqqa. */
enum Direction {
    NORTH, SOUTH, EAST, WEST, NORTH_EAST, NORTH_WEST, SOUTH_EAST, SOUTH_WEST;

    /**
     * Folded stems: شمال (shamal, north), جنوب (janub, south), شرق (sharq, east), غرب (gharb, west), before
     * the article ال, the adjective ending ي and the feminine ة (folded ه) are taken off, so الشرقي، شرقي،
     * الشرقية and شرق all read east.
     */
    private static final Map<String, Direction> STEMS = Map.ofEntries(
            Map.entry("شمال", NORTH), Map.entry("جنوب", SOUTH), Map.entry("شرق", EAST), Map.entry("غرب", WEST),
            Map.entry("north", NORTH), Map.entry("northern", NORTH), Map.entry("south", SOUTH),
            Map.entry("southern", SOUTH), Map.entry("east", EAST), Map.entry("eastern", EAST),
            Map.entry("west", WEST), Map.entry("western", WEST),
            Map.entry("northeast", NORTH_EAST), Map.entry("northeastern", NORTH_EAST),
            Map.entry("northwest", NORTH_WEST), Map.entry("northwestern", NORTH_WEST),
            Map.entry("southeast", SOUTH_EAST), Map.entry("southeastern", SOUTH_EAST),
            Map.entry("southwest", SOUTH_WEST), Map.entry("southwestern", SOUTH_WEST));

    /** The direction's key in the notes' messages ({@code north_east}: "north-eastern", "الشمالي الشرقي"). */
    String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static Optional<Direction> of(String folded) {
        String stem = folded.startsWith("ال") ? folded.substring(2) : folded;
        if (stem.endsWith("ه")) {
            stem = stem.substring(0, stem.length() - 1);
        }
        if (stem.endsWith("ي") && stem.length() > 3) {
            stem = stem.substring(0, stem.length() - 1);
        }
        return Optional.ofNullable(STEMS.get(stem));
    }

    /** North or south followed by east or west: الشمالي الغربي, "north-western" → north-west. */
    Optional<Direction> then(Direction next) {
        if ((this == NORTH || this == SOUTH) && (next == EAST || next == WEST)) {
            return Optional.of(valueOf(name() + "_" + next.name()));
        }
        return Optional.empty();
    }
}
