package org.marsad.place.mention;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.marsad.place.AdminLevel;
import org.marsad.place.PlaceNote;

/**
 * The place words and direction that qualify one name of a mention. They choose which level of a shared
 * name is meant and write the precision note ("eastern countryside", "city and countryside").
 */
public record Modifiers(Set<PlaceWord> words, Optional<Direction> direction, boolean toward) {
    /** When several words qualify a name, the first here decides the level: ريف before مدينة, ناحية before منطقة. */
    private static final List<PlaceWord> LEVEL_PRIORITY = List.of(
            PlaceWord.COUNTRYSIDE, PlaceWord.DESERT, PlaceWord.GOVERNORATE, PlaceWord.SUB_DISTRICT,
            PlaceWord.CENTRE, PlaceWord.DISTRICT, PlaceWord.CAMP, PlaceWord.FARM, PlaceWord.VILLAGE, PlaceWord.TOWN,
            PlaceWord.NEIGHBOURHOOD, PlaceWord.CITY, PlaceWord.OUTSKIRTS);
    /** When several words qualify a name, the first here names the area in the note. */
    private static final List<PlaceWord> NOTE_PRIORITY = List.of(
            PlaceWord.COUNTRYSIDE, PlaceWord.DESERT, PlaceWord.OUTSKIRTS, PlaceWord.CAMP, PlaceWord.FARM, PlaceWord.VILLAGE,
            PlaceWord.TOWN, PlaceWord.NEIGHBOURHOOD, PlaceWord.CITY);
    /**
     * A bare name means the governorate of that name (الرقة), else the town (منبج is the town more often than
     * the district named after it: the press names districts with منطقة or ريف).
     */
    private static final List<AdminLevel> BARE = List.of(AdminLevel.GOVERNORATE, AdminLevel.COMMUNITY,
            AdminLevel.DISTRICT, AdminLevel.SUB_DISTRICT);

    public Modifiers {
        words = words.isEmpty() ? EnumSet.noneOf(PlaceWord.class) : EnumSet.copyOf(words);
    }

    public static Modifiers none() {
        return new Modifiers(Set.of(), Optional.empty(), false);
    }

    public Modifiers with(PlaceWord word) {
        Set<PlaceWord> more = EnumSet.noneOf(PlaceWord.class);
        more.addAll(words);
        more.add(word);
        return new Modifiers(more, direction, toward);
    }

    /** With a direction; {@code toward} when it points away from the place (شمال دمشق, "north of Damascus"). */
    public Modifiers with(Direction heading, boolean toward) {
        return new Modifiers(words, Optional.of(heading), toward);
    }

    public boolean has(PlaceWord word) {
        return words.contains(word);
    }

    /** The levels to try, most likely first. */
    public List<AdminLevel> levels() {
        for (int wordIndex = 0; wordIndex < LEVEL_PRIORITY.size(); wordIndex++) {
            PlaceWord word = LEVEL_PRIORITY.get(wordIndex);
            if (words.contains(word)) {
                return word.preference();
            }
        }
        return BARE;
    }

    /**
     * The precision notes: the area ("city and countryside", "countryside", "village" …) with the direction
     * ("eastern countryside"); a direction alone names a part ("northern part"), or, written as a noun before
     * the name (شمال دمشق, "north of Damascus"), what lies that way of the place rather than in it: the place
     * stays the unit named, not a town that way. None when nothing is said. {@code namesCountryside} is set
     * when the name itself is a countryside (ريف دمشق, Rural Damascus), so a direction still reads as
     * countryside.
     */
    public List<PlaceNote> notes(boolean namesCountryside) {
        String heading = direction.map(Direction::key).orElse("");
        if (toward && !heading.isEmpty()) {
            String area = area(false);
            return area.isEmpty() ? List.of(PlaceNote.toward(heading))
                    : List.of(PlaceNote.area(area, ""), PlaceNote.toward(heading));
        }
        String area = area(namesCountryside && direction.isPresent());
        if (area.isEmpty() && heading.isEmpty()) {
            return List.of();
        }
        return List.of(PlaceNote.area(area.isEmpty() ? PART : area, heading));
    }

    /** What an unlisted run of words is said to be ("unlisted village: …"), as {@link #note} words it. */
    public PlaceNote unlisted(String words) {
        return PlaceNote.unlisted(area(false), direction.map(Direction::key).orElse(""), words);
    }

    private static final String PART = "part";

    /** The area's key: a place word's note, "city_and_countryside", or "" when no word names an area. */
    private String area(boolean countrysideByName) {
        if (words.contains(PlaceWord.CITY) && words.contains(PlaceWord.COUNTRYSIDE)) {
            return "city_and_countryside";
        }
        for (int wordIndex = 0; wordIndex < NOTE_PRIORITY.size(); wordIndex++) {
            PlaceWord word = NOTE_PRIORITY.get(wordIndex);
            if (words.contains(word)) {
                return word.note();
            }
        }
        return countrysideByName ? PlaceWord.COUNTRYSIDE.note() : "";
    }
}
