package org.marsad.store.victim;

import java.time.LocalDate;

/**
 * A record of one named dead person as one source lists them (Every Casualty's standards): the name as
 * written and its parts, sex, age or age group, status (civilian / fighter), affiliation, date and place
 * of death, cause and perpetrator. {@code personId} is the linked person, once linkage has run.
 */
public record Victim(Long id, long sourceId, String recordKey, String fullName, String givenName,
                     String fatherName, String grandfatherName, String familyName, Character sex,
                     Integer age, String ageGroup, String status, String affiliation, LocalDate diedOn,
                     String placeText, String placePcode, String cause, String perpetrator, Long incidentId,
                     Long personId) {
}
