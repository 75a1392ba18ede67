package org.marsad.store.victim;

import org.marsad.store.Deletion;

/**
 * A victim record as stored: the record, its version for optimistic locking, and its deletion mark
 * (null while it counts).
 */
public record StoredVictim(Victim victim, int version, Deletion deleted) {
    public long id() {
        return victim.id();
    }
}
