package org.marsad.store.incident;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.marsad.extract.Group;
import org.marsad.extract.Outcome;
import org.marsad.store.Columns;
import org.marsad.store.Database;
import org.marsad.store.audit.AuditJson;
import org.marsad.store.audit.AuditLog;
import org.marsad.store.source.Sources;

/** Incidents and their figures; an incident and its figures are written together in one transaction. */
public final class Incidents {
    private final Jdbi jdbi;

    public Incidents(Database db) {
        this.jdbi = db.jdbi();
    }

    /** Stores an incident, audited as Marsad's own change. */
    public Incident add(Incident i) {
        return add(i, Sources.SYSTEM);
    }

    /** Stores an incident, audited as {@code actor}. */
    public Incident add(Incident i, String actor) {
        return jdbi.inTransaction(h -> {
            Incident added = add(h, i);
            audit(h, added, actor);
            return added;
        });
    }

    /**
     * A new incident for the event a claim reports, audited: no recorded figures of its own, since they
     * come from the claims attached to it. Precision follows what the claim says: a day or a longer period
     * (UCDP 1 or 4, 5 when undated), an administrative unit or only the country (3 or 7). A p-code the
     * gazetteer does not hold is left out, with the place's text kept.
     */
    public Incident addFor(org.marsad.extract.Claim c, Grade grade, String actor) {
        return jdbi.inTransaction(h -> {
            var period = c.period();
            var from = period == null ? null : period.from();
            var to = period == null ? null : period.to();
            int datePrecision = from == null && to == null ? 5 : java.util.Objects.equals(from, to) ? 1 : 4;
            String pcode = c.place() == null ? null : c.place().pcode();
            if (pcode != null && h.createQuery("SELECT COUNT(*) FROM place WHERE pcode = :p").bind("p", pcode)
                    .mapTo(Integer.class).one() == 0) {
                pcode = null;
            }
            Incident added = add(h, new Incident(null, from, to, datePrecision, pcode,
                    c.place() == null ? null : c.place().text(), pcode == null ? 7 : 3, c.cause(), c.perpetrator(),
                    grade, List.of(), null, 0));
            audit(h, added, actor);
            return added;
        });
    }

    /** One page of incidents that count (not deleted, not merged into another), latest first. */
    public List<Incident> page(int offset, int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id FROM incident WHERE deleted_at IS NULL ORDER BY id DESC LIMIT :limit OFFSET :offset")
                .bind("limit", limit).bind("offset", offset).mapTo(Long.class).list()
                .stream().map(id -> find(h, id).orElseThrow()).toList());
    }

    public int count() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM incident WHERE deleted_at IS NULL").mapTo(Integer.class).one());
    }

    private static void audit(Handle h, Incident added, String actor) {
        AuditLog.append(h, actor, "incident.create", "incident", Long.toString(added.id()), null,
                AuditJson.of("occurred_from", Columns.text(added.occurredFrom()), "place_pcode", added.placePcode(),
                        "cause", added.cause(), "perpetrator", added.perpetrator(), "grade", added.grade().code()));
    }

    static Incident add(Handle h, Incident i) {
        var created = Columns.now();
        long id = h.createQuery("INSERT INTO incident (occurred_from, occurred_to, date_precision, place_pcode, "
                        + "place_text, place_precision, cause, perpetrator, grade, created_at) VALUES (:from, :to, "
                        + ":datePrecision, :pcode, :placeText, :placePrecision, :cause, :perpetrator, :grade, "
                        + ":createdAt) RETURNING id")
                .bind("from", Columns.text(i.occurredFrom()))
                .bind("to", Columns.text(i.occurredTo()))
                .bind("datePrecision", i.datePrecision())
                .bind("pcode", i.placePcode())
                .bind("placeText", i.placeText())
                .bind("placePrecision", i.placePrecision())
                .bind("cause", i.cause())
                .bind("perpetrator", i.perpetrator())
                .bind("grade", i.grade().code())
                .bind("createdAt", Columns.text(created))
                .mapTo(Long.class).one();
        var batch = h.prepareBatch("INSERT INTO incident_figure (incident_id, group_code, outcome, low, best, high) "
                + "VALUES (:id, :group, :outcome, :low, :best, :high)");
        for (IncidentFigure f : i.figures()) {
            batch.bind("id", id).bind("group", f.group().code()).bind("outcome", f.outcome().code())
                    .bind("low", f.low()).bind("best", f.best()).bind("high", f.high()).add();
        }
        if (!i.figures().isEmpty()) {
            batch.execute();
        }
        return find(h, id).orElseThrow();
    }

    public Optional<Incident> find(long id) {
        return jdbi.withHandle(h -> find(h, id));
    }

    static Optional<Incident> find(Handle h, long id) {
        List<IncidentFigure> figures = h.createQuery("SELECT * FROM incident_figure WHERE incident_id = :id")
                .bind("id", id)
                .map((rs, ctx) -> new IncidentFigure(
                        Group.valueOf(rs.getString("group_code").toUpperCase(Locale.ROOT)),
                        Outcome.valueOf(rs.getString("outcome").toUpperCase(Locale.ROOT)),
                        rs.getLong("low"), rs.getLong("best"), rs.getLong("high")))
                .list();
        return h.createQuery("SELECT * FROM incident WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> map(rs, ctx, figures)).findOne();
    }

    private static Incident map(ResultSet rs, StatementContext ctx, List<IncidentFigure> figures) throws SQLException {
        return new Incident(rs.getLong("id"), Columns.date(rs, "occurred_from"), Columns.date(rs, "occurred_to"),
                rs.getInt("date_precision"), rs.getString("place_pcode"), rs.getString("place_text"),
                rs.getInt("place_precision"), rs.getString("cause"), rs.getString("perpetrator"),
                Grade.ofCode(rs.getString("grade")), figures, Columns.instant(rs, "created_at"),
                rs.getInt("version"));
    }
}
