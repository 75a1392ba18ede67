package org.marsad.tally;

import java.time.LocalDate;
import java.util.Set;
import org.marsad.extract.Group;
import org.marsad.extract.Outcome;
import org.marsad.store.incident.Grade;

/**
 * One countable thing after the rules: a person, or an incident's figures for one outcome.
 * {@code byGroup} holds, by {@link Group} ordinal, how many of each group it counts (null: none of that
 * group). Every unit has a {@link Group#PERSON} figure, so summing those counts each death once.
 * {@code grade} and {@code incidentId} are null for a person counted on their own. Units are shared by every tally of one
 * snapshot: never modify {@code byGroup}. {@code doubt} is what the linker's doubtful pairs may move a person's
 * count by ({@link LinkDoubts}); an incident's units carry none, its figure deciding its count.
 */
record CountUnit(LocalDate date, String pcode, Outcome outcome, Range[] byGroup, String cause,
                 String perpetrator, String status, String affiliation, Grade grade, Set<String> sources,
                 Long incidentId, LinkDoubt doubt) {

    Range of(Group g) {
        return byGroup[g.ordinal()];
    }
}
