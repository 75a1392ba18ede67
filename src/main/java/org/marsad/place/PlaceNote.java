package org.marsad.place;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.marsad.place.gazetteer.Region;

/**
 * A remark of the resolver on a reading: what kind, and the words it names. Its text in Arabic and English
 * is in the messages files beside this class ({@code notes_ar.properties}, {@code notes_en.properties}), so a
 * page shows it in its reader's language and the JSON of {@code places find} carries both.
 *
 * @param kind      what the remark says
 * @param area      for {@link Kind#AREA} and {@link Kind#UNLISTED}, the kind of area the mention names
 *                  ({@code countryside}, {@code city}, {@code village} …, {@code part} for a direction alone),
 *                  or "" for none
 * @param direction the compass direction qualifying it ({@code north_east}), or "" for none
 * @param words     the words the remark names: a region's English name, the unlisted words as written
 * @param wordsAr   a region's Arabic name; else as {@code words}
 * @param count     for {@link Kind#AMBIGUOUS}, how many places share the name
 */
public record PlaceNote(Kind kind, String area, String direction, String words, String wordsAr, int count) {
    /** What a remark says. */
    public enum Kind {
        /** How much finer the mention is than the unit: "eastern countryside", "city", "village". */
        AREA,
        /** A named region or a city's quarter that the unit holds: "Eastern Ghouta", "Qaboun". */
        REGION,
        /** Found by a loose spelling: "Dair Azour". */
        APPROXIMATE,
        /** Several places share the name and nothing in the mention decides. */
        AMBIGUOUS,
        /** Words the gazetteer does not hold, kept as written: "unlisted village: زور شمر". */
        UNLISTED,
        /** What lies that way of the unit rather than in it: "north of Damascus" reads "north of it". */
        TOWARD
    }

    public static PlaceNote area(String area, String direction) {
        return new PlaceNote(Kind.AREA, area, direction, "", "", 0);
    }

    public static PlaceNote region(Region region) {
        return new PlaceNote(Kind.REGION, "", "", region.label(), region.labelAr(), 0);
    }

    public static PlaceNote approximate() {
        return new PlaceNote(Kind.APPROXIMATE, "", "", "", "", 0);
    }

    public static PlaceNote ambiguous(int count) {
        return new PlaceNote(Kind.AMBIGUOUS, "", "", "", "", count);
    }

    public static PlaceNote unlisted(String area, String direction, String words) {
        return new PlaceNote(Kind.UNLISTED, area, direction, words, words, 0);
    }

    public static PlaceNote toward(String direction) {
        return new PlaceNote(Kind.TOWARD, "", direction, "", "", 0);
    }

    /** The remark in a language ("ar" or "en"; English for any other). */
    public String text(String lang) {
        ResourceBundle messages = bundle(lang);
        boolean arabic = "ar".equals(lang);
        return switch (kind) {
            case AREA -> areaText(messages, area, direction);
            case REGION -> arabic ? wordsAr : words;
            case APPROXIMATE -> messages.getString("approximate");
            case AMBIGUOUS -> MessageFormat.format(messages.getString("ambiguous"), Integer.toString(count));
            case UNLISTED -> area.isEmpty() && direction.isEmpty()
                    ? MessageFormat.format(messages.getString("unlisted.place"), words)
                    : MessageFormat.format(messages.getString("unlisted"),
                            areaText(messages, area.isEmpty() ? "part" : area, direction), words);
            case TOWARD -> MessageFormat.format(messages.getString("toward"), adjective(messages, direction, "of"));
        };
    }

    /** Notes joined as one line in a language, "; " between them. */
    public static String text(List<PlaceNote> notes, String lang) {
        StringBuilder line = new StringBuilder();
        for (PlaceNote note : notes) {
            line.append(line.length() == 0 ? "" : "; ").append(note.text(lang));
        }
        return line.toString();
    }

    private static String areaText(ResourceBundle messages, String area, String direction) {
        if (direction.isEmpty()) {
            return messages.getString("area." + area);
        }
        return MessageFormat.format(messages.getString("area." + area + ".directed"),
                adjective(messages, direction, "m"), adjective(messages, direction, "f"));
    }

    /** A direction as a word of the language: an adjective of either gender, or the noun before "of". */
    private static String adjective(ResourceBundle messages, String direction, String form) {
        return messages.getString("direction." + direction + "." + form);
    }

    private static ResourceBundle bundle(String lang) {
        return ResourceBundle.getBundle("org.marsad.place.notes", "ar".equals(lang) ? AR : Locale.ENGLISH,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static final Locale AR = Locale.forLanguageTag("ar");
}
