package org.marsad.place.mention;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marsad.place.AdminLevel;

/**
 * Words that say what kind of place a name stands for, in folded Arabic and lower-case English. They steer
 * which unit of a shared name is meant (مدينة الرقة, "Raqqa city": the district of the city, not the
 * governorate) and how much finer the mention is than the unit found (the note).
 */
public enum PlaceWord {
    /** مدينة (madina), city; مدينتي / مدينتا, the two cities of (مدينتي نبل والزهراء). */
    CITY("city", List.of(AdminLevel.COMMUNITY, AdminLevel.DISTRICT, AdminLevel.SUB_DISTRICT, AdminLevel.GOVERNORATE),
            "مدينه", "مدينتي", "مدينتا", "city"),
    /** بلدة (balda), small town; بلدتي / بلدتا, the two towns of (بلدتي الفوعة وكفريا); بلدات, towns. */
    TOWN("town", List.of(AdminLevel.COMMUNITY, AdminLevel.SUB_DISTRICT, AdminLevel.DISTRICT, AdminLevel.GOVERNORATE),
            "بلده", "بلدتي", "بلدتا", "بلدات", "town", "towns"),
    /** قرية (qarya), village; قريتي / قريتا, the two villages of; قرى (qura), villages. */
    VILLAGE("village", List.of(AdminLevel.COMMUNITY, AdminLevel.SUB_DISTRICT, AdminLevel.DISTRICT, AdminLevel.GOVERNORATE),
            "قريه", "قريتي", "قريتا", "قري", "village", "villages", "kariye"),
    /** حي (hayy), neighbourhood of a city; أحياء (ahya'), neighbourhoods. */
    NEIGHBOURHOOD("neighbourhood", List.of(AdminLevel.COMMUNITY, AdminLevel.DISTRICT, AdminLevel.SUB_DISTRICT, AdminLevel.GOVERNORATE),
            "حي", "احيا", "neighbourhood", "neighborhood", "quarter"),
    /** مخيم (mukhayyam), camp for the displaced or refugees. */
    CAMP("camp", List.of(AdminLevel.COMMUNITY, AdminLevel.SUB_DISTRICT, AdminLevel.DISTRICT, AdminLevel.GOVERNORATE), "مخيم", "camp"),
    /** مزرعة (mazra'a), farm or hamlet: a community of its own in OCHA's lists. */
    FARM("farm", List.of(AdminLevel.COMMUNITY, AdminLevel.SUB_DISTRICT, AdminLevel.DISTRICT, AdminLevel.GOVERNORATE),
            "مزرعه", "farm", "hamlet"),
    /** ريف (rif), countryside: the land around a city, read as the unit named after the city. */
    COUNTRYSIDE("countryside", List.of(AdminLevel.GOVERNORATE, AdminLevel.DISTRICT, AdminLevel.SUB_DISTRICT, AdminLevel.COMMUNITY),
            "ريف", "countryside", "rural", "rif", "reef"),
    /** بادية (badiya), the steppe desert. */
    DESERT("desert", List.of(AdminLevel.GOVERNORATE, AdminLevel.DISTRICT, AdminLevel.SUB_DISTRICT, AdminLevel.COMMUNITY),
            "باديه", "desert", "badia", "badiya", "badiyah"),
    /** ضواحي (dawahi), أطراف (atraf), محيط (muhit): outskirts, edges, surroundings. */
    OUTSKIRTS("outskirts", List.of(AdminLevel.COMMUNITY, AdminLevel.DISTRICT, AdminLevel.SUB_DISTRICT, AdminLevel.GOVERNORATE),
            "ضواحي", "اطراف", "محيط", "outskirts", "suburbs", "vicinity"),
    /** محافظة (muhafaza), governorate. */
    GOVERNORATE("", List.of(AdminLevel.GOVERNORATE, AdminLevel.DISTRICT, AdminLevel.SUB_DISTRICT, AdminLevel.COMMUNITY),
            "محافظه", "governorate", "province", "muhafazat", "muhafazah"),
    /** منطقة (mintaqa), district. */
    DISTRICT("", List.of(AdminLevel.DISTRICT, AdminLevel.SUB_DISTRICT, AdminLevel.GOVERNORATE, AdminLevel.COMMUNITY), "منطقه", "district"),
    /** ناحية (nahiya), sub-district. */
    SUB_DISTRICT("", List.of(AdminLevel.SUB_DISTRICT, AdminLevel.DISTRICT, AdminLevel.GOVERNORATE, AdminLevel.COMMUNITY),
            "ناحيه", "subdistrict", "sub", "nahiya", "nahiyah", "nahiyat"),
    /** مركز (markaz), centre: the sub-district around a district's seat. */
    CENTRE("", List.of(AdminLevel.SUB_DISTRICT, AdminLevel.DISTRICT, AdminLevel.GOVERNORATE, AdminLevel.COMMUNITY),
            "مركز", "markaz", "center", "centre");

    private static final Map<String, PlaceWord> BY_SPELLING = new HashMap<>();
    private static final String ARTICLE = "ال";
    /** ها (-ha), "its": وريفها, "and its countryside". */
    private static final String POSSESSIVE = "ها";

    static {
        for (PlaceWord word : values()) {
            for (String spelling : word.spellings) {
                BY_SPELLING.put(spelling, word);
            }
        }
    }

    private final String note;
    private final List<AdminLevel> preference;
    private final List<String> spellings;

    PlaceWord(String note, List<AdminLevel> preference, String... spellings) {
        this.note = note;
        this.preference = preference;
        this.spellings = List.of(spellings);
    }

    /** What the note says of a mention with this word; empty for the words that name a unit's level. */
    String note() {
        return note;
    }

    /** The administrative levels this word points to, most likely first. */
    List<AdminLevel> preference() {
        return preference;
    }

    /** True for the words that name a unit (محافظة، منطقة، ناحية، مركز، مدينة): left out of names when indexing. */
    public boolean namesUnit() {
        return note.isEmpty() || this == CITY;
    }

    /**
     * Every folded word {@link #of} finds a place word in: each spelling with and without the article ال and
     * the possessive ها.
     */
    static java.util.Set<String> forms() {
        java.util.Set<String> forms = new java.util.HashSet<>();
        for (String spelling : BY_SPELLING.keySet()) {
            for (String form : List.of(spelling, ARTICLE + spelling, spelling + POSSESSIVE, ARTICLE + spelling + POSSESSIVE)) {
                if (of(form).isPresent()) {
                    forms.add(form);
                }
            }
        }
        return forms;
    }

    /** The word a folded word spells, with or without the article ال or the possessive ها. */
    public static Optional<Found> of(String folded) {
        String word = folded.startsWith(ARTICLE) ? folded.substring(ARTICLE.length()) : folded;
        PlaceWord found = BY_SPELLING.get(word);
        if (found != null) {
            return Optional.of(new Found(found, false));
        }
        if (word.endsWith(POSSESSIVE)) {
            found = BY_SPELLING.get(word.substring(0, word.length() - POSSESSIVE.length()));
            if (found != null) {
                return Optional.of(new Found(found, true));
            }
        }
        return Optional.empty();
    }

    /** A place word as met in a mention; {@code possessive} when it refers back ("وريفها": and its countryside). */
    public record Found(PlaceWord word, boolean possessive) {
    }
}
