package org.marsad.store.incident;

import org.marsad.store.Deletion;

/** Why an incident no longer counts: its deletion mark, and the incident it was merged into (null if deleted outright). */
public record IncidentDeletion(Deletion deletion, Long mergedInto) {
}
