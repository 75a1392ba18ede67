package org.marsad.tally;

import java.time.LocalDate;
import java.util.Set;
import org.marsad.extract.Group;
import org.marsad.extract.Outcome;
import org.marsad.store.Grade;

/**
 * One countable thing after the rules: a person, or an incident's figure for one group and outcome.
 * Every person and every incident has exactly one unit of group {@link Group#PERSON} per outcome, so
 * summing those never counts a death twice; units of other groups serve the breakdown by group.
 * {@code grade} is null for a person counted on their own.
 */
record CountUnit(LocalDate date, String pcode, Group group, Outcome outcome, Range range, String cause,
                 String perpetrator, String status, String affiliation, Grade grade, Set<String> sources) {
}
