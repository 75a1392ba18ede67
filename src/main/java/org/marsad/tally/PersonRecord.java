package org.marsad.tally;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.marsad.extract.Group;

/**
 * One dead person as the tally sees them: the records of a linked cluster merged into one. Sources may
 * disagree; the merge takes the earliest date of death, the most precise place, and otherwise the first
 * record that says something (records in the order they were stored).
 */
record PersonRecord(LocalDate diedOn, String pcode, Character sex, Integer age, String ageGroup, String status,
                    String affiliation, String cause, String perpetrator, Long incidentId, Set<String> sources) {

    /** The age under which a victim is counted as a child (UN Convention on the Rights of the Child). */
    static final int ADULT_AGE = 18;

    static PersonRecord merge(List<PersonRecord> records) {
        PersonRecord m = records.get(0);
        Set<String> sources = new LinkedHashSet<>(m.sources());
        for (PersonRecord r : records.subList(1, records.size())) {
            sources.addAll(r.sources());
            m = new PersonRecord(
                    earlier(m.diedOn(), r.diedOn()),
                    r.pcode() != null && (m.pcode() == null || r.pcode().length() > m.pcode().length()) ? r.pcode() : m.pcode(),
                    first(m.sex(), r.sex()), first(m.age(), r.age()), first(m.ageGroup(), r.ageGroup()),
                    first(m.status(), r.status()), first(m.affiliation(), r.affiliation()), first(m.cause(), r.cause()),
                    first(m.perpetrator(), r.perpetrator()), first(m.incidentId(), r.incidentId()), sources);
        }
        return new PersonRecord(m.diedOn(), m.pcode(), m.sex(), m.age(), m.ageGroup(), m.status(), m.affiliation(),
                m.cause(), m.perpetrator(), m.incidentId(), Set.copyOf(sources));
    }

    /**
     * The groups this person counts in, nested: everyone is a person; a civilian is also a child (under 18,
     * or listed as a child), a woman or a man; a fighter is a fighter. Unknown status counts only as a person.
     */
    List<Group> groups() {
        List<Group> groups = new ArrayList<>(List.of(Group.PERSON));
        if ("fighter".equals(status)) {
            groups.add(Group.FIGHTER);
        } else if ("civilian".equals(status)) {
            groups.add(Group.CIVILIAN);
            boolean child = age != null ? age < ADULT_AGE : "child".equals(ageGroup);
            boolean adult = age != null ? age >= ADULT_AGE : ageGroup != null && !"child".equals(ageGroup);
            if (child) {
                groups.add(Group.CHILD);
            } else if (adult && sex != null) {
                groups.add(sex == 'F' ? Group.WOMAN : Group.MAN);
            }
        }
        return groups;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }

    private static <T> T first(T a, T b) {
        return a != null ? a : b;
    }
}
