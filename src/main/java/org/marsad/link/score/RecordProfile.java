package org.marsad.link.score;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.marsad.link.Sex;
import org.marsad.link.Status;
import org.marsad.link.VictimRecord;
import org.marsad.link.name.NameLexicon;
import org.marsad.link.name.NamePart;
import org.marsad.link.name.NameTokens;
import org.marsad.link.name.PersonName;

/**
 * What the comparators read of a {@link VictimRecord}, prepared once: the parsed name, the place as a
 * name part and as a gazetteer unit ({@link PlaceCodes}), and numbers in place of optional objects.
 * Absent values are null or {@link #UNKNOWN}.
 *
 * @param swappedDay the day number of the date of death read with day and month swapped (2024-07-03 for
 *                   2024-03-07), where the day could be a month and differs from it; else {@link #UNKNOWN}
 *                   ({@link DateComparator})
 */
public record RecordProfile(PersonName name, Sex sex, int age, int epochDay, int swappedDay, NamePart place, String placeCode,
                     Status status, String list) {

    public static final int UNKNOWN = Integer.MIN_VALUE;

    public static RecordProfile of(VictimRecord record, NameLexicon lexicon) {
        return of(record, NameTokens.of(record.name()), lexicon);
    }

    /** The profile of a record whose name is already split into tokens ({@link org.marsad.link.name.NameTokens#of}). */
    public static RecordProfile of(VictimRecord record, List<String> nameTokens, NameLexicon lexicon) {
        String place = record.place() == null ? "" : placeSpelling(record.place());
        return new RecordProfile(
                PersonName.parse(nameTokens, lexicon),
                record.sex(),
                record.age() == null ? UNKNOWN : record.age(),
                record.date() == null ? UNKNOWN : (int) record.date().toEpochDay(),
                swappedDay(record.date()),
                place.isEmpty() ? null : lexicon.part(place),
                PlaceCodes.of(record.place()),
                record.status(),
                record.source() == null ? null : record.source().intern());
    }

    /** The day number of a date read with its day and month swapped, or {@link #UNKNOWN} when no month can be read. */
    static int swappedDay(LocalDate date) {
        if (date == null || date.getDayOfMonth() > 12 || date.getDayOfMonth() == date.getMonthValue()) {
            return UNKNOWN;
        }
        return (int) LocalDate.of(date.getYear(), date.getDayOfMonth(), date.getMonthValue()).toEpochDay();
    }

    /**
     * A place name's words without the article (الزيتون is Zeitoun), kept apart by spaces so that the
     * skeleton never reads a digraph across two words (Beit Hanoun is not "bet-hanoun").
     */
    private static String placeSpelling(String place) {
        return NameTokens.of(place).stream().map(PersonName::withoutArticle).collect(Collectors.joining(" "));
    }
}
