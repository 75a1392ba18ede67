package org.marsad.store;

/** Why an incident no longer counts: its deletion mark, and the incident it was merged into (null if deleted outright). */
public record IncidentDeletion(Deletion deletion, Long mergedInto) {
}
