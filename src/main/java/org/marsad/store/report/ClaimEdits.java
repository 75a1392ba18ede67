package org.marsad.store.report;

import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.marsad.InputError;
import org.marsad.extract.Claim;
import org.marsad.store.Columns;
import org.marsad.store.ConflictException;
import org.marsad.store.Database;
import org.marsad.store.NotFound;
import org.marsad.store.ReviewStatus;
import org.marsad.store.audit.AuditJson;
import org.marsad.store.audit.AuditLog;

/**
 * A documenter's corrections to the figures of a report: change a figure's count, group, outcome,
 * place or dates (it becomes "edited"), or add a figure the extractor missed, with the span of the text
 * that states it. Both are audited with before and after; an edit checks the version the editor read.
 */
public final class ClaimEdits {
    private final Jdbi jdbi;

    public ClaimEdits(Database db) {
        this.jdbi = db.jdbi();
    }

    /** Replaces what a figure says by {@code next} (its span stays), marking it corrected by a person. */
    public StoredClaim edit(long claimId, Claim next, int expectedVersion, String actor) {
        return jdbi.inTransaction(h -> {
            StoredClaim before = ClaimRows.find(h, claimId).orElseThrow(() -> new NotFound("claim", claimId));
            int updated = h.createUpdate("""
                            UPDATE claim SET outcome = :outcome, count = :count, qualifier = :qualifier, group_code = :group,
                                cause = :cause, perpetrator = :perpetrator, place_text = :placeText, place_pcode = :placePcode,
                                period_from = :from, period_to = :to, status = 'edited', version = version + 1
                            WHERE id = :id AND version = :version""")
                    .bind("outcome", next.outcome().code()).bind("count", next.count())
                    .bind("qualifier", next.qualifier().code()).bind("group", next.group().code())
                    .bind("cause", next.cause()).bind("perpetrator", next.perpetrator())
                    .bind("placeText", next.place() == null ? null : next.place().text())
                    .bind("placePcode", next.place() == null ? null : next.place().pcode())
                    .bind("from", next.period() == null ? null : Columns.text(next.period().from()))
                    .bind("to", next.period() == null ? null : Columns.text(next.period().to()))
                    .bind("id", claimId).bind("version", expectedVersion).execute();
            StoredClaim after = ClaimRows.find(h, claimId).orElseThrow();
            if (updated == 0) {
                throw new ConflictException("claim", claimId, after.version(), expectedVersion);
            }
            AuditLog.append(h, actor, "claim.edit", "claim", Long.toString(claimId), auditJson(before), auditJson(after));
            return after;
        });
    }

    /**
     * Adds a figure a person found in the report's text, numbered after the others and confirmed: its span
     * must lie inside the text and state something (not be empty).
     */
    public StoredClaim add(long reportId, Claim c, String actor) {
        return jdbi.inTransaction(h -> {
            int length = h.createQuery("SELECT LENGTH(body) FROM report WHERE id = :id").bind("id", reportId)
                    .mapTo(Integer.class).findOne().orElseThrow(() -> new NotFound("report", reportId));
            if (c.span().start() < 0 || c.span().end() <= c.span().start() || c.span().end() > length) {
                throw new InputError("span: [" + c.span().start() + ", " + c.span().end() + ") is not a stretch of the "
                        + "report's text (0 to " + length + ")");
            }
            int ordinal = h.createQuery("SELECT COALESCE(MAX(ordinal) + 1, 0) FROM claim WHERE report_id = :id")
                    .bind("id", reportId).mapTo(Integer.class).one();
            ClaimRows.insert(h, reportId, ordinal, List.of(c), ReviewStatus.CONFIRMED);
            long id = h.createQuery("SELECT id FROM claim WHERE report_id = :r AND ordinal = :o").bind("r", reportId)
                    .bind("o", ordinal).mapTo(Long.class).one();
            StoredClaim added = ClaimRows.find(h, id).orElseThrow();
            AuditLog.append(h, actor, "claim.add", "claim", Long.toString(added.id()), null, auditJson(added));
            return added;
        });
    }

    private static String auditJson(StoredClaim s) {
        Claim c = s.claim();
        return AuditJson.of("status", s.status().code(), "outcome", c.outcome().code(), "count", c.count(),
                "qualifier", c.qualifier().code(), "group", c.group().code(), "cause", c.cause(),
                "place", c.place() == null ? null : c.place().text(),
                "period_from", c.period() == null ? null : Columns.text(c.period().from()),
                "period_to", c.period() == null ? null : Columns.text(c.period().to()),
                "span", List.of(c.span().start(), c.span().end()), "incident_id", s.incidentId(), "version", s.version());
    }
}
