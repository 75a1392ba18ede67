package org.marsad.store.report;

import java.time.Instant;
import org.marsad.extract.Span;
import org.marsad.extract.victim.VictimOutcome;
import org.marsad.store.ReviewStatus;
import org.marsad.store.victim.Victim;

/**
 * A person a stored report names, as a victim record of the report's source ({@code record}), with where
 * the report names them ({@code span}), what it says happened to them, the figure that counts them (its id
 * and its index in the report's claims, or null) and where they stand in review: who decided, and when.
 */
public record ReportVictim(Victim record, long reportId, Long claimId, Integer claim, Span span,
                           VictimOutcome outcome, ReviewStatus status, String reviewedBy, Instant reviewedAt) {

    public long id() {
        return record.id();
    }
}
