package org.marsad.place.resolve;

import java.util.List;
import org.marsad.place.AdminLevel;
import org.marsad.place.Place;
import org.marsad.place.PlaceResolver;
import org.marsad.place.mention.Modifiers;

/**
 * A name of the mention with its places, most likely first; {@code placed} when another name of the
 * mention holds them.
 */
record Reading(MentionPart.Name name, Modifiers modifiers, List<Place> places, boolean placed,
               boolean foreignHomonym, boolean besideUnlisted) {
    /** A name spelled as the gazetteer spells it, or without its articles. */
    private static final double EXACT = 1.0;
    /**
     * A Latin spelling matched by its consonant skeleton: a large unit's name (or its seat's) is seldom a
     * chance likeness, a village's short skeleton often is ("Zor" and "Izra" differ by one opening vowel),
     * so a village's score grows with the skeleton's length.
     */
    private static final double APPROXIMATE_UNIT = 0.8;
    private static final double[] APPROXIMATE_COMMUNITY_BY_LENGTH = {0, 0, 0.45, 0.6, 0.7, 0.75, 0.8};
    /**
     * Seats of units (Manbij, Masyaf) are scored as units; a skeleton of two letters names a governorate
     * ("Raqa") but is too short for a district, sub-district or town ("road" is not Rawda).
     */
    private static final int SHORTEST_UNIT_SKELETON = 3;
    /**
     * Words beside a village's name that the gazetteer does not hold may be part of the name ("زور شمر"
     * read as "زور"): such a reading is doubted, and falls under the threshold unless the mention places it.
     */
    private static final double BESIDE_UNLISTED_EXACT = 0.55;
    private static final double BESIDE_UNLISTED_APPROXIMATE = 0.5;
    /** A place inside another place the mention names ("صوران بريف حماة") is more likely meant. */
    private static final double PLACED_BONUS = 0.15;

    /**
     * A one-word name beside words the gazetteer lacks may be a longer name's first word ("Bab Amr" is a
     * quarter of Homs, not the district of al-Bab beside a stray word), so it is doubted at every level
     * below a governorate, whose names are written too often to doubt ("Raqqa cityy" is still Raqqa).
     */
    boolean opensName() {
        return name.end() - name.start() == 1 && besideUnlisted;
    }

    Reading narrowed(List<Place> inside) {
        return new Reading(name, modifiers, inside, true, foreignHomonym, besideUnlisted);
    }

    /** Whether every place of the reading scores under {@link PlaceResolver#MIN_SCORE}. */
    boolean allUnder() {
        for (int pIndex = 0; pIndex < places.size(); pIndex++) {
            Place p = places.get(pIndex);
            if (score(p) >= PlaceResolver.MIN_SCORE) {
                return false;
            }
        }
        return true;
    }

    /** How sure this reading is of one of its places, 0–1, before its rank among them. */
    double score(Place place) {
        boolean community = place.level() == AdminLevel.COMMUNITY;
        double score = EXACT;
        if (name.approximate()) {
            int length = Math.min(name.skeleton(), APPROXIMATE_COMMUNITY_BY_LENGTH.length - 1);
            if (community && place.seat() == 0) {
                score = APPROXIMATE_COMMUNITY_BY_LENGTH[length];
            } else {
                score = length >= SHORTEST_UNIT_SKELETON || place.level() == AdminLevel.GOVERNORATE
                        ? APPROXIMATE_UNIT : APPROXIMATE_COMMUNITY_BY_LENGTH[length];
            }
        }
        if (besideUnlisted && (community || name.approximate()
                || opensName() && place.level() != AdminLevel.GOVERNORATE)) {
            score *= name.approximate() ? BESIDE_UNLISTED_APPROXIMATE : BESIDE_UNLISTED_EXACT;
        }
        if (placed) {
            score = Math.min(EXACT, score + PLACED_BONUS);
        }
        return score;
    }
}
