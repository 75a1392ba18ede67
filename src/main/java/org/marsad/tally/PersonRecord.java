package org.marsad.tally;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.extract.Group;

/**
 * One dead person as the tally sees them: the records of a linked cluster merged into one by
 * {@link CountUnits}, by these rules where sources disagree: the earliest date of death; the most precise
 * place; a child if any source says so (in doubt about age, the benefit of the doubt goes to the child,
 * as in UNHCR's age-assessment practice); a civilian if any source says so (in doubt, a person is presumed
 * civilian: Additional Protocol I, art. 50(1)); no sex, so neither woman nor man, when sources disagree.
 * {@code key} is the person's id, or minus the victim id of a record not yet linked.
 */
record PersonRecord(LocalDate diedOn, String pcode, Character sex, boolean child, boolean adult, String status,
                    String affiliation, String cause, String perpetrator, Long incidentId, Set<String> sources,
                    long key) {

    /** The age under which a victim is counted as a child (UN Convention on the Rights of the Child, art. 1). */
    static final int ADULT_AGE = 18;

    /**
     * The groups this person counts in, nested: everyone is a person; a civilian is also a child, a woman
     * or a man; a fighter is a fighter. Unknown status counts only as a person.
     */
    List<Group> groups() {
        List<Group> groups = new ArrayList<>(List.of(Group.PERSON));
        if ("civilian".equals(status)) {
            groups.add(Group.CIVILIAN);
            if (child) {
                groups.add(Group.CHILD);
            } else if (adult && sex != null) {
                groups.add(sex == 'F' ? Group.WOMAN : Group.MAN);
            }
        } else if ("fighter".equals(status)) {
            groups.add(Group.FIGHTER);
        }
        return groups;
    }
}
