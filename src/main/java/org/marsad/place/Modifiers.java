package org.marsad.place;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The place words and direction that qualify one name of a mention. They choose which level of a shared
 * name is meant and write the precision note ("eastern countryside", "city and countryside").
 */
record Modifiers(Set<PlaceWord> words, Optional<Direction> direction) {
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

    Modifiers {
        words = words.isEmpty() ? EnumSet.noneOf(PlaceWord.class) : EnumSet.copyOf(words);
    }

    static Modifiers none() {
        return new Modifiers(Set.of(), Optional.empty());
    }

    Modifiers with(PlaceWord word) {
        Set<PlaceWord> more = EnumSet.noneOf(PlaceWord.class);
        more.addAll(words);
        more.add(word);
        return new Modifiers(more, direction);
    }

    Modifiers with(Direction heading) {
        return new Modifiers(words, Optional.of(heading));
    }

    boolean has(PlaceWord word) {
        return words.contains(word);
    }

    /** The levels to try, most likely first. */
    List<AdminLevel> levels() {
        return LEVEL_PRIORITY.stream().filter(words::contains).findFirst().map(PlaceWord::preference).orElse(BARE);
    }

    /**
     * The precision note: the area ("city and countryside", "countryside", "village" …) after the direction
     * ("eastern countryside"); a direction alone reads "northern part". {@code namesCountryside} is set when
     * the name itself is a countryside (ريف دمشق, Rural Damascus), so a direction still reads as countryside.
     */
    String note(boolean namesCountryside) {
        String area = words.contains(PlaceWord.CITY) && words.contains(PlaceWord.COUNTRYSIDE)
                ? "city and countryside"
                : NOTE_PRIORITY.stream().filter(words::contains).findFirst().map(PlaceWord::note)
                        .orElse(namesCountryside && direction.isPresent() ? PlaceWord.COUNTRYSIDE.note() : "");
        if (direction.isEmpty()) {
            return area;
        }
        return direction.get().adjective() + " " + (area.isEmpty() ? "part" : area);
    }
}
