package org.marsad.extract.victim;

import java.time.LocalDate;
import org.marsad.extract.Group;

/**
 * One person a report names as a victim. {@code name} is as written, without titles (الطفل، الشهيد,
 * Dr.) or age; {@code sex} is "M", "F" or null (only when the text marks it); {@code age} whole years or
 * null; {@code placeText}/{@code placePcode} and {@code date} only when the text gives them, for the
 * person or for the figure that counts them;
 * [{@code start}, {@code end}) the name's span in the text; {@code claim} the index of the figure that
 * counts this person, or null.
 */
public record NamedVictim(
        String name,
        VictimOutcome outcome,
        String sex,
        Integer age,
        Group group,
        String placeText,
        String placePcode,
        LocalDate date,
        int start,
        int end,
        Integer claim) {

    public NamedVictim {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a named victim needs a name");
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public NamedVictim withClaim(Integer index) {
        return new NamedVictim(name, outcome, sex, age, group, placeText, placePcode, date, start, end, index);
    }

    public NamedVictim withDate(LocalDate day) {
        return new NamedVictim(name, outcome, sex, age, group, placeText, placePcode, day, start, end, claim);
    }

    public NamedVictim withPlace(String text, String pcode) {
        return new NamedVictim(name, outcome, sex, age, group, text, pcode, date, start, end, claim);
    }
}
