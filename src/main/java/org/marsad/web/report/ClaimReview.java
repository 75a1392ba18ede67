package org.marsad.web.report;

import org.marsad.web.Refusal;
import org.marsad.InputError;
import org.marsad.store.Database;
import org.marsad.store.ReviewStatus;
import org.marsad.store.incident.Grade;
import org.marsad.store.incident.Incidents;
import org.marsad.store.report.Reports;
import org.marsad.store.report.StoredClaim;

/** An editor's verdict on a figure and its attachment to an incident, shared by the pages and the API. */
final class ClaimReview {
    private final Reports reports;
    private final Incidents incidents;

    ClaimReview(Database db) {
        this.reports = new Reports(db);
        this.incidents = new Incidents(db);
    }

    StoredClaim find(long claimId) {
        return reports.claim(claimId).orElseThrow(() -> new Refusal(404, "problem.not_found", new org.marsad.InputError.Word("entity.claim"), claimId));
    }

    /** Confirms or rejects a figure read at {@code version}; a stale version is a conflict (409). */
    StoredClaim review(long claimId, ReviewStatus status, int version, String actor) {
        if (status != ReviewStatus.CONFIRMED && status != ReviewStatus.REJECTED) {
            throw new Refusal(400, "problem.review_status");
        }
        find(claimId);
        return reports.review(claimId, status, version, actor);
    }

    /**
     * Attaches a figure to an incident: an existing one by id, or, with {@code incidentId} null, a new
     * incident made from what the figure says, graded {@code grade}.
     */
    StoredClaim attach(long claimId, Long incidentId, Grade grade, int version, String actor) {
        StoredClaim claim = find(claimId);
        long target;
        if (incidentId != null) {
            target = incidents.find(incidentId).orElseThrow(() -> new Refusal(400, "problem.not_found", new org.marsad.InputError.Word("entity.incident"), incidentId)).id();
        } else {
            target = incidents.addFor(claim.claim(), grade == null ? Grade.WEAK : grade, actor).id();
        }
        return reports.attach(claimId, target, version, actor);
    }
}
