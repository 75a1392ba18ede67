package org.marsad.web.edit;

import org.marsad.web.Refusal;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.marsad.store.Database;
import org.marsad.store.NotFound;
import org.marsad.store.report.ClaimEdits;
import org.marsad.store.report.Report;
import org.marsad.store.report.Reports;
import org.marsad.store.report.StoredClaim;
import org.marsad.web.Forms;
import org.marsad.web.Guard;

/**
 * Correcting a report's figures: change what one says (count, group, outcome, place, dates) and add one
 * the extractor missed, from the report's page or the API ({@code POST /api/v1/claims}; a
 * {@code PATCH /api/v1/claims/{id}} naming those fields edits through {@link #edit}).
 */
public final class ClaimEditing {
    private final Reports reports;
    private final ClaimEdits edits;

    public ClaimEditing(Database db) {
        this.reports = new Reports(db);
        this.edits = new ClaimEdits(db);
    }

    /** Whether a JSON change names a field that changes what the figure says. */
    public static boolean changes(com.fasterxml.jackson.databind.JsonNode body) {
        return ClaimInput.changes(Fields.of(body));
    }

    /** Applies such a change at {@code version} (read by the caller) and returns the figure after it. */
    public StoredClaim edit(long claimId, com.fasterxml.jackson.databind.JsonNode body, int version, String actor) {
        return edit(claimId, Fields.of(body), version, actor);
    }

    private StoredClaim edit(long claimId, Fields f, int version, String actor) {
        StoredClaim c = reports.claim(claimId).orElseThrow(() -> new NotFound("claim", claimId));
        return edits.edit(claimId, ClaimInput.over(c.claim(), f, null), version, actor);
    }

    void editPage(Context ctx) {
        Fields f = Fields.of(ctx);
        StoredClaim c = edit(Forms.id(ctx, "id"), f, f.version(), Guard.actor(ctx));
        backTo(ctx, c);
    }

    void addPage(Context ctx) {
        backTo(ctx, add(Forms.id(ctx, "id"), Fields.of(ctx), Guard.actor(ctx)));
    }

    /** {@code {"report_id": 3, "text": "12 civilians" (or "start"/"end"), "count": 12, "group": "civilian", …}}. */
    void addApi(Context ctx) {
        Fields f = Fields.of(ctx);
        Long report = f.whole("report_id");
        if (report == null) {
            throw new Refusal(400, "input.required", new Refusal.Field("report_id"));
        }
        ctx.status(201).json(add(report, f, Guard.actor(ctx)));
    }

    private StoredClaim add(long reportId, Fields f, String actor) {
        Report r = reports.find(reportId).orElseThrow(() -> new NotFound("report", reportId));
        return edits.add(reportId, ClaimInput.missed(f, ClaimInput.span(f, r.body(), reports.claims(reportId))), actor);
    }

    private static void backTo(Context ctx, StoredClaim c) {
        ctx.redirect("/reports/" + c.reportId() + "#figure-" + (c.ordinal() + 1), HttpStatus.SEE_OTHER);
    }
}
