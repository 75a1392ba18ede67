package org.marsad.store.report;

import org.marsad.extract.Claim;
import org.marsad.store.ReviewStatus;

/**
 * A claim as stored: the figure, where it sits in its report ({@code ordinal}), its review status,
 * the incident it was attached to (or null) and a version for optimistic locking.
 */
public record StoredClaim(long id, long reportId, int ordinal, Claim claim, ReviewStatus status,
                          Long incidentId, int version) {
}
