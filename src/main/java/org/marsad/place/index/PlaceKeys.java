package org.marsad.place.index;

import org.marsad.place.gazetteer.GazetteerFile;
import org.marsad.place.name.NameKeys;

/**
 * The keys of one place's names, each list in the order the index adds them.
 *
 * @param exact    exact and bare keys ({@link NameKeys#exact}, {@link NameKeys#bare})
 * @param skeleton loose keys: each name's skeleton in its own script, and an Arabic name's romanized one
 * @param sound    sounds of Latin names, stems of Arabic ones ({@link NameKeys#sound})
 * @param own      what closeness compares a mention with: the names without articles, their sounds and
 *                 romanizations
 */
record PlaceKeys(String exact, String skeleton, String sound, String own) {
    /** The keys of one kind, written with | between them as the shipped file holds them. */
    static String[] split(String joined) {
        return GazetteerFile.splitAtBars(joined);
    }
}
