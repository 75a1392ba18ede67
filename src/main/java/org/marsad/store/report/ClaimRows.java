package org.marsad.store.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.StatementContext;
import org.marsad.extract.Claim;
import org.marsad.extract.Group;
import org.marsad.extract.Outcome;
import org.marsad.extract.Period;
import org.marsad.extract.PlaceMention;
import org.marsad.extract.Qualifier;
import org.marsad.extract.Span;
import org.marsad.store.Columns;
import org.marsad.store.ConflictException;
import org.marsad.store.ReviewStatus;
import org.marsad.store.audit.AuditJson;

/** The SQL of the claim table, used inside the transactions of {@link Reports}. */
final class ClaimRows {
    private ClaimRows() {
    }

    static void insert(Handle h, long reportId, List<Claim> claims) {
        insert(h, reportId, 0, claims, ReviewStatus.EXTRACTED);
    }

    /** Inserts claims numbered from {@code firstOrdinal} on, all with one review status. */
    static void insert(Handle h, long reportId, int firstOrdinal, List<Claim> claims, ReviewStatus status) {
        PreparedBatch batch = h.prepareBatch("INSERT INTO claim (report_id, ordinal, outcome, count, qualifier, "
                + "group_code, within_ordinal, affiliation, cause, perpetrator, place_text, place_pcode, period_from, "
                + "period_to, span_start, span_end, status) VALUES (:reportId, :ordinal, :outcome, :count, :qualifier, "
                + ":group, :within, :affiliation, :cause, :perpetrator, :placeText, :placePcode, :from, :to, :start, "
                + ":end, :status)");
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            batch.bind("reportId", reportId)
                    .bind("ordinal", firstOrdinal + i)
                    .bind("status", status.code())
                    .bind("outcome", c.outcome().code())
                    .bind("count", c.count())
                    .bind("qualifier", c.qualifier().code())
                    .bind("group", c.group().code())
                    .bind("within", c.within())
                    .bind("affiliation", c.affiliation())
                    .bind("cause", c.cause())
                    .bind("perpetrator", c.perpetrator())
                    .bind("placeText", c.place() == null ? null : c.place().text())
                    .bind("placePcode", c.place() == null ? null : c.place().pcode())
                    .bind("from", c.period() == null ? null : Columns.text(c.period().from()))
                    .bind("to", c.period() == null ? null : Columns.text(c.period().to()))
                    .bind("start", c.span().start())
                    .bind("end", c.span().end())
                    .add();
        }
        if (!claims.isEmpty()) {
            batch.execute();
        }
    }

    static List<StoredClaim> ofReport(Handle h, long reportId) {
        return h.createQuery("SELECT * FROM claim WHERE report_id = :id ORDER BY ordinal")
                .bind("id", reportId).map(ClaimRows::map).list();
    }

    static List<StoredClaim> ofIncident(Handle h, long incidentId) {
        return h.createQuery("SELECT * FROM claim WHERE incident_id = :id ORDER BY report_id, ordinal")
                .bind("id", incidentId).map(ClaimRows::map).list();
    }

    static java.util.Optional<StoredClaim> find(Handle h, long claimId) {
        return h.createQuery("SELECT * FROM claim WHERE id = :id").bind("id", claimId).map(ClaimRows::map).findOne();
    }

    /** The reviewable fields of a claim, as the audit log keeps them before and after a change. */
    static String auditJson(StoredClaim c) {
        return AuditJson.of("status", c.status().code(), "incident_id", c.incidentId(), "count", c.claim().count(),
                "version", c.version());
    }

    static StoredClaim review(Handle h, long claimId, ReviewStatus status, int expectedVersion) {
        int updated = h.createUpdate("UPDATE claim SET status = :status, version = version + 1 "
                        + "WHERE id = :id AND version = :version")
                .bind("status", status.code()).bind("id", claimId).bind("version", expectedVersion)
                .execute();
        return afterUpdate(h, claimId, updated, expectedVersion);
    }

    static StoredClaim attach(Handle h, long claimId, long incidentId, int expectedVersion) {
        int updated = h.createUpdate("UPDATE claim SET incident_id = :incident, version = version + 1 "
                        + "WHERE id = :id AND version = :version")
                .bind("incident", incidentId).bind("id", claimId).bind("version", expectedVersion)
                .execute();
        return afterUpdate(h, claimId, updated, expectedVersion);
    }

    private static StoredClaim afterUpdate(Handle h, long claimId, int updated, int expectedVersion) {
        StoredClaim now = find(h, claimId)
                .orElseThrow(() -> new org.marsad.InputError("no claim with id " + claimId));
        if (updated == 0) {
            throw new ConflictException("claim", claimId, now.version(), expectedVersion);
        }
        return now;
    }

    private static StoredClaim map(ResultSet rs, StatementContext ctx) throws SQLException {
        String placeText = rs.getString("place_text");
        String placePcode = rs.getString("place_pcode");
        var from = Columns.date(rs, "period_from");
        var to = Columns.date(rs, "period_to");
        Claim claim = new Claim(
                Outcome.valueOf(rs.getString("outcome").toUpperCase(Locale.ROOT)),
                rs.getLong("count"),
                Qualifier.valueOf(rs.getString("qualifier").toUpperCase(Locale.ROOT)),
                Group.valueOf(rs.getString("group_code").toUpperCase(Locale.ROOT)),
                Columns.intOrNull(rs, "within_ordinal"),
                rs.getString("affiliation"),
                rs.getString("cause"),
                rs.getString("perpetrator"),
                placeText == null && placePcode == null ? null : new PlaceMention(placeText, placePcode),
                from == null && to == null ? null : new Period(from, to),
                new Span(rs.getInt("span_start"), rs.getInt("span_end")));
        return new StoredClaim(rs.getLong("id"), rs.getLong("report_id"), rs.getInt("ordinal"), claim,
                ReviewStatus.ofCode(rs.getString("status")), Columns.longOrNull(rs, "incident_id"),
                rs.getInt("version"));
    }
}
