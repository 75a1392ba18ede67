package org.marsad.link;

import java.time.LocalDate;

/**
 * A record of one death as one source lists it. Only {@code id} and {@code name} are required; the
 * other fields are null when the source does not give them.
 *
 * @param id     the record's identifier, unique within the input
 * @param name   the full name as written, Arabic or Latin script
 * @param source the list the record comes from
 * @param age    age in years at death
 * @param date   date of death
 * @param place  place of death as written
 */
public record VictimRecord(String id, String name, String source, Sex sex, Integer age, LocalDate date,
                           String place, Status status) {
}
