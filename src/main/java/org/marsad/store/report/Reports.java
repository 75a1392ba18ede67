package org.marsad.store.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.marsad.extract.Claim;
import org.marsad.extract.victim.NamedVictim;
import org.marsad.store.Columns;
import org.marsad.store.ConflictException;
import org.marsad.store.Database;
import org.marsad.store.ReviewStatus;
import org.marsad.store.audit.AuditJson;
import org.marsad.store.audit.AuditLog;

/** Reports and the claims extracted from them. A text is stored once, however often it is submitted. */
public final class Reports {
    private final Jdbi jdbi;

    public Reports(Database db) {
        this.jdbi = db.jdbi();
    }

    /** What storing a report did: the stored report, and whether it was new. */
    public record Stored(Report report, boolean created) {
    }

    /**
     * Stores a report with its claims in one transaction. A report whose text (sha256) is already stored
     * is left as it is, with its claims and their review, and returned with {@code created == false}.
     */
    public Stored store(Report r, List<Claim> claims) {
        return jdbi.inTransaction(h -> store(h, r, claims));
    }

    /** {@link #store(Report, List)}, with an audit entry by {@code actor} when the report is new. */
    public Stored store(Report r, List<Claim> claims, String actor) {
        return store(r, claims, List.of(), actor);
    }

    /**
     * Stores a report with its claims and the persons it names ({@link ReportVictims}), in one transaction,
     * with an audit entry by {@code actor} when the report is new. A report already stored is left as it
     * is: its victims are not added again, whatever the extractor reads in it now.
     */
    public Stored store(Report r, List<Claim> claims, List<NamedVictim> victims, String actor) {
        return jdbi.inTransaction(h -> {
            Stored s = store(h, r, claims);
            if (s.created()) {
                ReportVictims.insert(h, s.report().id(), r.sourceId(), claims, victims);
                AuditLog.append(h, actor, "report.create", "report", Long.toString(s.report().id()), null,
                        AuditJson.of("title", r.title(), "sha256", r.sha256(), "claims", claims.size(),
                                "victims", victims.size()));
            }
            return s;
        });
    }

    public Optional<Report> find(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM report WHERE id = :id")
                .bind("id", id).map(Reports::map).findOne());
    }

    /** All reports, newest first. */
    public List<Report> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM report ORDER BY created_at DESC, id DESC")
                .map(Reports::map).list());
    }

    /** One page of reports, newest first. */
    public List<Report> page(int offset, int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM report ORDER BY created_at DESC, id DESC "
                        + "LIMIT :limit OFFSET :offset")
                .bind("limit", limit).bind("offset", offset).map(Reports::map).list());
    }

    /** One page of reports as lists show them, newest first: no texts, their figures counted by the database. */
    public List<ReportSummary> summaries(int offset, int limit) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT r.id, r.source_id, r.title, r.lang, r.published_on, r.created_at,
                               SUBSTR(r.body, 1, :opening) AS opening,
                               (SELECT COUNT(*) FROM claim c WHERE c.report_id = r.id) AS figures
                        FROM report r ORDER BY r.created_at DESC, r.id DESC LIMIT :limit OFFSET :offset""")
                .bind("opening", ReportSummary.OPENING_CHARS).bind("limit", limit).bind("offset", offset)
                .map((rs, ctx) -> new ReportSummary(rs.getLong("id"), Columns.longOrNull(rs, "source_id"),
                        rs.getString("title"), rs.getString("lang"), Columns.date(rs, "published_on"),
                        Columns.instant(rs, "created_at"), rs.getString("opening"), rs.getInt("figures")))
                .list());
    }

    /** How many figures all reports hold. */
    public int claimCount() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM claim").mapTo(Integer.class).one());
    }

    public int count() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM report").mapTo(Integer.class).one());
    }

    public Optional<StoredClaim> claim(long claimId) {
        return jdbi.withHandle(h -> ClaimRows.find(h, claimId));
    }

    /** The figures attached to an incident, of every report, in the order they were stored. */
    public List<StoredClaim> claimsOfIncident(long incidentId) {
        return jdbi.withHandle(h -> ClaimRows.ofIncident(h, incidentId));
    }

    public List<StoredClaim> claims(long reportId) {
        return jdbi.withHandle(h -> ClaimRows.ofReport(h, reportId));
    }

    /**
     * Sets a claim's review status, if nobody changed the claim since {@code expectedVersion} was read.
     * A second editor working from an old version gets a {@link ConflictException}, not a silent overwrite.
     */
    public StoredClaim review(long claimId, ReviewStatus status, int expectedVersion) {
        return jdbi.inTransaction(h -> ClaimRows.review(h, claimId, status, expectedVersion));
    }

    /** {@link #review}, with an audit entry by {@code actor} written in the same transaction. */
    public StoredClaim review(long claimId, ReviewStatus status, int expectedVersion, String actor) {
        return jdbi.inTransaction(h -> audited(h, actor, "claim.review", claimId,
                () -> ClaimRows.review(h, claimId, status, expectedVersion)));
    }

    /** {@link #attach}, with an audit entry by {@code actor} written in the same transaction. */
    public StoredClaim attach(long claimId, long incidentId, int expectedVersion, String actor) {
        return jdbi.inTransaction(h -> audited(h, actor, "claim.attach", claimId,
                () -> ClaimRows.attach(h, claimId, incidentId, expectedVersion)));
    }

    private static StoredClaim audited(Handle h, String actor, String action, long claimId,
                                       java.util.function.Supplier<StoredClaim> change) {
        StoredClaim before = ClaimRows.find(h, claimId)
                .orElseThrow(() -> new org.marsad.InputError("no claim with id " + claimId));
        StoredClaim after = change.get();
        AuditLog.append(h, actor, action, "claim", Long.toString(claimId), ClaimRows.auditJson(before),
                ClaimRows.auditJson(after));
        return after;
    }

    /** Attaches a claim to the incident it counts, with the same optimistic check as {@link #review}. */
    public StoredClaim attach(long claimId, long incidentId, int expectedVersion) {
        return jdbi.inTransaction(h -> ClaimRows.attach(h, claimId, incidentId, expectedVersion));
    }

    private static Stored store(Handle h, Report r, List<Claim> claims) {
        Optional<Report> existing = bySha(h, r.sha256());
        if (existing.isPresent()) {
            return new Stored(existing.get(), false);
        }
        var created = Columns.now();
        long id = h.createQuery("INSERT INTO report (source_id, title, body, sha256, lang, published_on, "
                        + "period_from, period_to, created_at) VALUES (:sourceId, :title, :body, :sha, :lang, "
                        + ":published, :from, :to, :createdAt) RETURNING id")
                .bind("sourceId", r.sourceId())
                .bind("title", r.title())
                .bind("body", r.body())
                .bind("sha", r.sha256())
                .bind("lang", r.lang())
                .bind("published", Columns.text(r.publishedOn()))
                .bind("from", Columns.text(r.periodFrom()))
                .bind("to", Columns.text(r.periodTo()))
                .bind("createdAt", Columns.text(created))
                .mapTo(Long.class).one();
        ClaimRows.insert(h, id, claims);
        return new Stored(new Report(id, r.sourceId(), r.title(), r.body(), r.sha256(), r.lang(),
                r.publishedOn(), r.periodFrom(), r.periodTo(), created), true);
    }

    private static Optional<Report> bySha(Handle h, String sha) {
        return h.createQuery("SELECT * FROM report WHERE sha256 = :sha").bind("sha", sha).map(Reports::map).findOne();
    }

    private static Report map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Report(rs.getLong("id"), Columns.longOrNull(rs, "source_id"), rs.getString("title"),
                rs.getString("body"), rs.getString("sha256"), rs.getString("lang"),
                Columns.date(rs, "published_on"), Columns.date(rs, "period_from"), Columns.date(rs, "period_to"),
                Columns.instant(rs, "created_at"));
    }
}
