package org.marsad.store;

import java.time.Instant;

/** A record's deletion mark: deleting hides a record from counts and lists but keeps it, with when, who and why. */
public record Deletion(Instant at, String by, String reason) {
}
