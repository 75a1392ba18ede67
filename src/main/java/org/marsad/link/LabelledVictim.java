package org.marsad.link;

/** A generated victim record with the truth beside it: the person it is a record of. */
public record LabelledVictim(VictimRecord record, String person) {
}
