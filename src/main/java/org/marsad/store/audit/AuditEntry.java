package org.marsad.store.audit;

import java.time.Instant;

/** One change in the audit trail: who did what to which entity, the state before and after, and the chain hashes. */
public record AuditEntry(long id, Instant at, String actor, String action, String entity, String entityId,
                         String before, String after, String prevHash, String hash) {
}
