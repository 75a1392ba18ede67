package org.marsad.web.edit;

import java.time.LocalDate;
import java.util.Map;
import org.marsad.store.Deletion;
import org.marsad.store.victim.StoredVictim;
import org.marsad.store.victim.Victim;

/** A victim record as the API returns it and the pages show it: its fields, version and deletion mark. */
record VictimView(long id, int version, String name, long sourceId, String source, String recordKey, String sex,
                  Integer age, String ageGroup, String status, String affiliation, LocalDate date, String place,
                  String placePcode, String cause, String perpetrator, Long incident, Long person, Deletion deleted) {

    static VictimView of(StoredVictim s, Map<Long, String> sourceNames) {
        Victim v = s.victim();
        return new VictimView(v.id(), s.version(), v.fullName(), v.sourceId(), sourceNames.get(v.sourceId()),
                v.recordKey(), v.sex() == null ? null : v.sex().toString(), v.age(), v.ageGroup(), v.status(),
                v.affiliation(), v.diedOn(), v.placeText(), v.placePcode(), v.cause(), v.perpetrator(), v.incidentId(),
                v.personId(), s.deleted());
    }
}
