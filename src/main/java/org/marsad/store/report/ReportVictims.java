package org.marsad.store.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.StatementContext;
import org.marsad.InputError;
import org.marsad.extract.Claim;
import org.marsad.extract.Group;
import org.marsad.extract.Span;
import org.marsad.extract.victim.NamedVictim;
import org.marsad.extract.victim.VictimOutcome;
import org.marsad.store.Columns;
import org.marsad.store.ConflictException;
import org.marsad.store.Database;
import org.marsad.store.ReviewStatus;
import org.marsad.store.audit.AuditJson;
import org.marsad.store.audit.AuditLog;
import org.marsad.store.source.Sources;
import org.marsad.store.victim.Register;
import org.marsad.store.victim.Victim;
import org.marsad.store.victim.Victims;

/**
 * The persons stored reports name, as victim records of each report's source, and an editor's review of
 * them: confirmed or corrected ones join the register ({@link Register}), rejected ones never do. Every
 * decision is audited with the record before and after it.
 */
public final class ReportVictims {
    private static final String SELECT = "SELECT v.*, c.ordinal AS claim_ordinal FROM victim v "
            + "LEFT JOIN claim c ON c.id = v.claim_id ";

    private final Jdbi jdbi;

    public ReportVictims(Database db) {
        this.jdbi = db.jdbi();
    }

    /** The persons a report names, in order of first mention. */
    public List<ReportVictim> ofReport(long reportId) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + "WHERE v.report_id = :r ORDER BY v.id")
                .bind("r", reportId).map(ReportVictims::map).list());
    }

    /** The report of every victim record a report names, by record id. */
    public Map<Long, Long> reportOfRecord() {
        return jdbi.withHandle(h -> {
            Map<Long, Long> reports = new HashMap<>();
            h.createQuery("SELECT id, report_id FROM victim WHERE report_id IS NOT NULL")
                    .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getLong(2)))
                    .forEach(e -> reports.put(e.getKey(), e.getValue()));
            return reports;
        });
    }

    public Optional<ReportVictim> find(long id) {
        return jdbi.withHandle(h -> find(h, id));
    }

    /**
     * Confirms or rejects a person a report names. {@code seen}, when given, is the status the editor read:
     * if someone else has decided since, the decision is a {@link ConflictException}, not an overwrite.
     * A rejected record leaves the person it was linked into.
     */
    public ReportVictim review(long id, ReviewStatus status, ReviewStatus seen, String actor) {
        if (status != ReviewStatus.CONFIRMED && status != ReviewStatus.REJECTED) {
            throw new InputError("status must be confirmed or rejected");
        }
        return jdbi.inTransaction(h -> change(h, id, seen, actor, "victim.review", before -> {
            if (status == ReviewStatus.REJECTED) {
                h.createUpdate("UPDATE victim SET person_id = NULL WHERE id = :id").bind("id", id).execute();
            }
            // the version moves with every change, so an edit on the victim's own page made from what was
            // read before this review is refused as stale (VictimEdits checks it)
            h.createUpdate("UPDATE victim SET review_status = :status, reviewed_by = :by, reviewed_at = :at, "
                            + "version = version + 1 WHERE id = :id")
                    .bind("status", status.code()).bind("by", actor).bind("at", Columns.text(Columns.now()))
                    .bind("id", id).execute();
        }));
    }

    /**
     * Corrects the name, age, sex and outcome of a person a report names; the record is then "edited"
     * (corrected by a person, so counted like a confirmed one). The audit entry keeps both versions.
     */
    public ReportVictim correct(long id, VictimCorrection c, ReviewStatus seen, String actor) {
        return jdbi.inTransaction(h -> change(h, id, seen, actor, "victim.correct", before -> {
            String ageGroup = c.age() != null ? ageGroup(c.age()) : before.record().ageGroup();
            h.createUpdate("""
                            UPDATE victim SET full_name = :name, age = :age, age_group = :ageGroup, sex = :sex,
                                outcome = :outcome, review_status = 'edited', reviewed_by = :by, reviewed_at = :at,
                                version = version + 1
                            WHERE id = :id""")
                    .bind("name", c.name()).bind("age", c.age()).bind("ageGroup", ageGroup)
                    .bind("sex", c.sex() == null ? null : c.sex().toString()).bind("outcome", c.outcome().code())
                    .bind("by", actor).bind("at", Columns.text(Columns.now())).bind("id", id).execute();
        }));
    }

    private static ReportVictim change(Handle h, long id, ReviewStatus seen, String actor, String action,
                                       java.util.function.Consumer<ReportVictim> update) {
        ReportVictim before = find(h, id).orElseThrow(() -> new InputError("no victim named in a report with id " + id));
        if (seen != null && seen != before.status()) {
            throw new ConflictException("victim " + id + " was " + seen.code() + " when you read it and is "
                    + before.status().code() + " now: someone else reviewed it; reload and review again");
        }
        update.accept(before);
        ReportVictim after = find(h, id).orElseThrow();
        AuditLog.append(h, actor, action, "victim", Long.toString(id), auditJson(before), auditJson(after));
        return after;
    }

    /** The reviewable fields of a victim, as the audit log keeps them before and after a change. */
    private static String auditJson(ReportVictim v) {
        Victim r = v.record();
        return AuditJson.of("name", r.fullName(), "age", r.age(), "sex", r.sex() == null ? null : r.sex().toString(),
                "outcome", v.outcome().code(), "status", v.status().code());
    }

    /**
     * Stores the persons a new report names, inside the report's transaction: each a victim record of the
     * report's source (or of {@link Sources#UNATTRIBUTED} when the report has none), keyed by the report and
     * the person's place in it, status extracted. A victim inherits the cause and perpetrator of the figure
     * that counts them.
     */
    static void insert(Handle h, long reportId, Long sourceId, List<Claim> claims, List<NamedVictim> named) {
        if (named.isEmpty()) {
            return;
        }
        long source = sourceId != null ? sourceId : Sources.named(h, Sources.UNATTRIBUTED, "unknown").id();
        Map<Integer, Long> claimIds = new HashMap<>();
        h.createQuery("SELECT id, ordinal FROM claim WHERE report_id = :r").bind("r", reportId)
                .map((rs, ctx) -> Map.entry(rs.getInt("ordinal"), rs.getLong("id")))
                .forEach(e -> claimIds.put(e.getKey(), e.getValue()));
        PreparedBatch batch = h.prepareBatch("""
                INSERT INTO victim (source_id, record_key, full_name, sex, age, age_group, status, died_on,
                    place_text, place_pcode, cause, perpetrator, outcome, report_id, claim_id, span_start, span_end,
                    review_status)
                VALUES (:source, :key, :name, :sex, :age, :ageGroup, :status, :diedOn, :placeText, :placePcode,
                    :cause, :perpetrator, :outcome, :report, :claim, :start, :end, 'extracted')""");
        for (int i = 0; i < named.size(); i++) {
            NamedVictim v = named.get(i);
            Claim claim = v.claim() == null || v.claim() >= claims.size() ? null : claims.get(v.claim());
            batch.bind("source", source)
                    .bind("key", "report-" + reportId + "-" + (i + 1))
                    .bind("name", v.name())
                    .bind("sex", v.sex())
                    .bind("age", v.age())
                    .bind("ageGroup", v.age() != null ? ageGroup(v.age()) : ageGroup(v.group()))
                    .bind("status", status(v.group()))
                    .bind("diedOn", v.outcome() == VictimOutcome.KILLED ? Columns.text(v.date()) : null)
                    .bind("placeText", v.placeText())
                    .bind("placePcode", v.placePcode())
                    .bind("cause", claim == null ? null : claim.cause())
                    .bind("perpetrator", claim == null ? null : claim.perpetrator())
                    .bind("outcome", v.outcome().code())
                    .bind("report", reportId)
                    .bind("claim", claim == null ? null : claimIds.get(v.claim()))
                    .bind("start", v.start())
                    .bind("end", v.end())
                    .add();
        }
        batch.execute();
    }

    private static String ageGroup(int age) {
        return age < 18 ? "child" : "adult";
    }

    /** What the group a report puts a person in says of their age, when it gives no age. */
    private static String ageGroup(Group g) {
        return switch (g) {
            case CHILD -> "child";
            case WOMAN, MAN -> "adult";
            default -> null;
        };
    }

    /** Children, women and men of a report are civilians (counting rule 4); people are of unknown status. */
    private static String status(Group g) {
        return switch (g) {
            case CIVILIAN, CHILD, WOMAN, MAN -> "civilian";
            case FIGHTER -> "fighter";
            default -> null;
        };
    }

    private static Optional<ReportVictim> find(Handle h, long id) {
        return h.createQuery(SELECT + "WHERE v.id = :id AND v.report_id IS NOT NULL").bind("id", id)
                .map(ReportVictims::map).findOne();
    }

    private static ReportVictim map(ResultSet rs, StatementContext ctx) throws SQLException {
        Integer start = Columns.intOrNull(rs, "span_start");
        Integer end = Columns.intOrNull(rs, "span_end");
        return new ReportVictim(Victims.map(rs, ctx), rs.getLong("report_id"), Columns.longOrNull(rs, "claim_id"),
                Columns.intOrNull(rs, "claim_ordinal"), start == null || end == null ? null : new Span(start, end),
                VictimOutcome.valueOf(rs.getString("outcome").toUpperCase(java.util.Locale.ROOT)),
                ReviewStatus.ofCode(rs.getString("review_status")), rs.getString("reviewed_by"),
                Columns.instant(rs, "reviewed_at"));
    }
}
