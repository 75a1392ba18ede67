package org.marsad.web.edit;

import org.marsad.web.Refusal;
import java.time.LocalDate;
import java.util.Locale;
import org.marsad.store.source.Sources;
import org.marsad.store.victim.Victim;
import org.marsad.web.Forms;

/**
 * A victim record's fields as a change gives them ({@code name, source, source_id, sex, age, date, place,
 * place_pcode, status, cause, perpetrator, affiliation, incident}), laid over the record as it was.
 * A new name drops the name parts read from the old one; a new place without a p-code is looked up in the
 * gazetteer; a named source that does not exist yet is created as a list.
 */
final class VictimInput {
    /** The age under which a record is a child, as the import and the tally read it. */
    private static final int ADULT_AGE = 18;

    private final Sources sources;

    VictimInput(Sources sources) {
        this.sources = sources;
    }

    /** A record to enter: nothing to lay the change over. */
    Victim fresh(Fields f) {
        if (f.text("source") == null && f.text("source_id") == null) {
            throw new Refusal(400, "input.required", new Refusal.Field("source"));
        }
        return over(new Victim(null, 0, f.text("record_key"), null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null), f);
    }

    Victim over(Victim v, Fields f) {
        boolean renamed = f.has("name");
        Integer age = f.has("age") ? age(f.text("age")) : v.age();
        String ageGroup = f.has("age") ? age == null ? null : age < ADULT_AGE ? "child" : "adult" : v.ageGroup();
        String place = f.has("place") ? f.text("place") : v.placeText();
        String pcode = f.has("place_pcode") ? f.text("place_pcode")
                : f.has("place") ? PlaceCodes.of(place) : v.placePcode();
        return new Victim(v.id(), source(v.sourceId(), f), v.recordKey(), renamed ? f.text("name") : v.fullName(),
                renamed ? null : v.givenName(), renamed ? null : v.fatherName(), renamed ? null : v.grandfatherName(),
                renamed ? null : v.familyName(), f.has("sex") ? sex(f.text("sex")) : v.sex(), age, ageGroup,
                f.has("status") ? status(f.text("status")) : v.status(),
                f.has("affiliation") ? f.text("affiliation") : v.affiliation(),
                f.has("date") ? Forms.date(f.text("date"), "date") : v.diedOn(), place, pcode,
                f.has("cause") ? f.text("cause") : v.cause(),
                f.has("perpetrator") ? f.text("perpetrator") : v.perpetrator(),
                f.has("incident") ? f.whole("incident") : v.incidentId(), v.personId());
    }

    private long source(long current, Fields f) {
        if (f.text("source_id") != null) {
            return f.whole("source_id");
        }
        String name = f.text("source");
        return name == null ? current : sources.named(name, "list").id();
    }

    private static Character sex(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.toUpperCase(Locale.ROOT)) {
            case "M" -> 'M';
            case "F" -> 'F';
            default -> throw new Refusal(400, "input.sex", value);
        };
    }

    private static Integer age(String value) {
        return value == null ? null : (int) Forms.whole(value, "age");
    }

    private static String status(String value) {
        if (value == null || value.equals("civilian") || value.equals("fighter")) {
            return value;
        }
        throw new Refusal(400, "input.victim_status", value);
    }

    /** A date as the pages show it. */
    static String text(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
