package org.marsad.place.mention;

import java.util.Map;
import java.util.Optional;

/** A compass direction qualifying a place: ريف الرقة الشرقي, the eastern countryside of Raqqa. */
public enum Direction {
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
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Every folded word {@link #of} reads as a direction. */
    static java.util.Set<String> forms() {
        return java.util.Collections.unmodifiableSet(FORMS.keySet());
    }

    /** Whether a folded word is a compass direction in any of its forms ("جنوب", "الشرقي", "western"). */
    public static boolean isDirection(String folded) {
        return FORMS.containsKey(folded);
    }

    public static Optional<Direction> of(String folded) {
        return Optional.ofNullable(FORMS.get(folded));
    }

    /**
     * Every written form of every stem, worked out once: with and without the article, the adjective ending ي
     * (after a stem of three letters or more) and the feminine ه. The parser asks this of every word of every
     * mention, and taking the endings off each word anew was a tenth of reading a mention.
     */
    private static final Map<String, Direction> FORMS = new java.util.HashMap<>();

    static {
        for (Map.Entry<String, Direction> stem : STEMS.entrySet()) {
            for (String article : new String[] {"", "ال"}) {
                for (String adjective : new String[] {"", "ي"}) {
                    for (String feminine : new String[] {"", "ه"}) {
                        String form = article + stem.getKey() + adjective + feminine;
                        if (stem.getKey().equals(unformed(form))) {
                            FORMS.put(form, stem.getValue());
                        }
                    }
                }
            }
        }
    }

    /** The stem a written form reads as: the article, then ه, then ي (of a stem over three letters) taken off. */
    private static String unformed(String folded) {
        String stem = folded.startsWith("ال") ? folded.substring(2) : folded;
        if (stem.endsWith("ه")) {
            stem = stem.substring(0, stem.length() - 1);
        }
        if (stem.endsWith("ي") && stem.length() > 3) {
            stem = stem.substring(0, stem.length() - 1);
        }
        return stem;
    }

    /** North or south followed by east or west: الشمالي الغربي, "north-western" → north-west. */
    public Optional<Direction> then(Direction next) {
        if ((this == NORTH || this == SOUTH) && (next == EAST || next == WEST)) {
            return Optional.of(valueOf(name() + "_" + next.name()));
        }
        return Optional.empty();
    }
}
