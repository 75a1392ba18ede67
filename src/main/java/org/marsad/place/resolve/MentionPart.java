package org.marsad.place.resolve;

import java.util.List;
import java.util.Set;
import org.marsad.place.Place;
import org.marsad.place.gazetteer.Region;
import org.marsad.place.mention.Direction;
import org.marsad.place.mention.PlaceWord;

/** A piece of a parsed place mention, spanning words {@code [start, end)}. */
sealed interface MentionPart {
    int start();

    int end();

    /**
     * A run of words that names places in the gazetteer; {@code region} is the region when the words name a
     * region rather than a unit (then {@code places} holds the unit that holds it), else null.
     * {@code skeleton} is the length of the consonant skeleton that matched when the match is approximate
     * (a longer one is less likely a chance likeness), else 0; {@code key} the words' key without articles,
     * to rank places of one name by how close their own spelling is.
     */
    record Name(int start, int end, Set<Place> places, boolean approximate, boolean namesCountryside,
                Region region, int skeleton, String key) implements MentionPart {
    }

    /**
     * A place outside Syria or a foreign country (خان يونس, Mosul, العراق), from the stop list; {@code homonym}
     * the Syrian places spelled the same or loosely so (a village named جنين; "Saida" for Sayda of Daraa), as a
     * name of the same words, kept for when the mention places it inside Syria; null when there are none.
     */
    record Foreign(int start, int end, boolean country, Name homonym) implements MentionPart {
    }

    /** A place word: مدينة, ريف, "city", "countryside". */
    record Word(int start, int end, PlaceWord word, boolean possessive) implements MentionPart {
    }

    /**
     * A compass direction: الشرقي, "north-western". {@code toward} when written as a noun that points away
     * from a place (شمال دمشق, "north of Damascus"), not as an adjective of it (ريف دمشق الشمالي,
     * "northern Damascus").
     */
    record Heading(int start, int end, Direction direction, boolean toward) implements MentionPart {
    }

    /**
     * The country (سوريا, Syria): no unit of its own, but a direction may qualify it — "شمال شرق سوريا",
     * north-east of Syria, says nothing finer of the place before it.
     */
    record Country(int start, int end) implements MentionPart {
    }

    /** حدود (hudud), "border": a country named beside it marks a border, not where the place is. */
    record Border(int start, int end) implements MentionPart {
    }

    /** Words that are not in the gazetteer, as written (a village, a neighbourhood). */
    record Unlisted(int start, int end, List<String> words) implements MentionPart {
        String text() {
            return String.join(" ", words);
        }

        /** Whether every word is Latin in lower case ("ancient", "besieged"): English writes no name so. */
        boolean lowerCaseLatin() {
            return words.stream().allMatch(w -> w.charAt(0) < 0x250 && Character.isLowerCase(w.charAt(0)));
        }
    }
}
