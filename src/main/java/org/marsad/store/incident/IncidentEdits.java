package org.marsad.store.incident;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.marsad.InputError;
import org.marsad.extract.Outcome;
import org.marsad.store.Columns;
import org.marsad.store.ConflictException;
import org.marsad.store.Database;
import org.marsad.store.NotFound;
import org.marsad.store.audit.AuditJson;
import org.marsad.store.audit.AuditLog;
import org.marsad.store.victim.VictimEdits;

/**
 * A documenter's changes to incidents: create one, correct when, where, cause, perpetrator, grade and
 * recorded figures, delete it with a reason, merge two reports of one event into one. Each checks the
 * version the editor read and writes an audit entry with before and after, in one transaction.
 */
public final class IncidentEdits {
    private final Jdbi jdbi;

    public IncidentEdits(Database db) {
        this.jdbi = db.jdbi();
    }

    /** The deletion mark of an incident, empty while it counts. */
    public Optional<IncidentDeletion> deletion(long id) {
        return jdbi.withHandle(h -> deletion(h, id));
    }

    /** The latest deleted (or merged) incidents with their marks, at most {@code limit}. */
    public List<Map.Entry<Incident, IncidentDeletion>> deleted(int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id FROM incident WHERE deleted_at IS NOT NULL "
                        + "ORDER BY deleted_at DESC, id DESC LIMIT :limit").bind("limit", limit).mapTo(Long.class).list()
                .stream().map(id -> Map.entry(Incidents.find(h, id).orElseThrow(), deletion(h, id).orElseThrow())).toList());
    }

    /** The names of the sources that account for an incident: of its attached figures' reports and of its named victims. */
    public List<String> sourceNames(long id) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT s.name FROM source s WHERE s.id IN (
                            SELECT r.source_id FROM claim c JOIN report r ON r.id = c.report_id WHERE c.incident_id = :id
                            UNION SELECT v.source_id FROM victim v WHERE v.incident_id = :id AND v.deleted_at IS NULL)
                        ORDER BY s.name""").bind("id", id).mapTo(String.class).list());
    }

    public Incident create(Incident i, String actor) {
        return jdbi.inTransaction(h -> {
            checkPlace(h, i.placePcode());
            Incident added = Incidents.add(h, i);
            AuditLog.append(h, actor, "incident.create", "incident", Long.toString(added.id()), null, auditJson(added));
            return added;
        });
    }

    /** Replaces what an incident says (and its recorded figures) by {@code next}, if unchanged since {@code expectedVersion}. */
    public Incident edit(long id, Incident next, int expectedVersion, String actor) {
        return jdbi.inTransaction(h -> {
            Incident before = live(h, id);
            checkPlace(h, next.placePcode());
            int updated = h.createUpdate("""
                            UPDATE incident SET occurred_from = :from, occurred_to = :to, date_precision = :datePrecision,
                                place_pcode = :pcode, place_text = :placeText, place_precision = :placePrecision,
                                cause = :cause, perpetrator = :perpetrator, grade = :grade, version = version + 1
                            WHERE id = :id AND version = :version""")
                    .bind("from", Columns.text(next.occurredFrom())).bind("to", Columns.text(next.occurredTo()))
                    .bind("datePrecision", next.datePrecision()).bind("pcode", next.placePcode())
                    .bind("placeText", next.placeText()).bind("placePrecision", next.placePrecision())
                    .bind("cause", next.cause()).bind("perpetrator", next.perpetrator()).bind("grade", next.grade().code())
                    .bind("id", id).bind("version", expectedVersion).execute();
            if (updated == 0) {
                throw new ConflictException("incident", id, live(h, id).version(), expectedVersion);
            }
            if (!next.figures().equals(before.figures())) {
                h.createUpdate("DELETE FROM incident_figure WHERE incident_id = :id").bind("id", id).execute();
                insertFigures(h, id, next.figures());
            }
            Incident after = Incidents.find(h, id).orElseThrow();
            AuditLog.append(h, actor, "incident.edit", "incident", Long.toString(id), auditJson(before), auditJson(after));
            return after;
        });
    }

    /** Marks an incident deleted: it no longer counts, its figures and named victims stay attached, and admins still see it. */
    public Incident delete(long id, String reason, int expectedVersion, String actor) {
        if (reason == null || reason.isBlank()) {
            throw new InputError("reason is required: say why the incident is deleted");
        }
        return jdbi.inTransaction(h -> {
            Incident before = live(h, id);
            mark(h, id, reason.strip(), null, expectedVersion, actor);
            Incident after = Incidents.find(h, id).orElseThrow();
            AuditLog.append(h, actor, "incident.delete", "incident", Long.toString(id), auditJson(before),
                    AuditJson.of("deleted", reason.strip(), "version", after.version()));
            return after;
        });
    }

    /**
     * Merges incident {@code absorbed} into {@code kept}, two accounts of one event: its claims and named
     * victims move over, each recorded figure becomes the larger of the two (accounts of one event are never
     * summed), and {@code absorbed} is marked deleted, merged into {@code kept}. A version, when given, must
     * be current.
     */
    public Incident merge(long kept, long absorbed, Integer keptVersion, Integer absorbedVersion, String actor) {
        if (kept == absorbed) {
            throw new InputError("an incident cannot be merged into itself");
        }
        return jdbi.inTransaction(h -> {
            Incident target = live(h, kept);
            Incident other = live(h, absorbed);
            expect(target, keptVersion);
            expect(other, absorbedVersion);
            h.createUpdate("DELETE FROM incident_figure WHERE incident_id = :id").bind("id", kept).execute();
            insertFigures(h, kept, larger(target.figures(), other.figures()));
            h.createUpdate("UPDATE claim SET incident_id = :kept, version = version + 1 WHERE incident_id = :other")
                    .bind("kept", kept).bind("other", absorbed).execute();
            h.createUpdate("UPDATE victim SET incident_id = :kept, version = version + 1 WHERE incident_id = :other")
                    .bind("kept", kept).bind("other", absorbed).execute();
            h.createUpdate("UPDATE incident SET version = version + 1 WHERE id = :id").bind("id", kept).execute();
            mark(h, absorbed, "merged into incident " + kept, kept, other.version(), actor);
            Incident after = Incidents.find(h, kept).orElseThrow();
            AuditLog.append(h, actor, "incident.merge", "incident", Long.toString(kept),
                    AuditJson.of("kept", AuditJson.nested(auditJson(target)), "absorbed", AuditJson.nested(auditJson(other))),
                    AuditJson.of("kept", AuditJson.nested(auditJson(after)), "absorbed_id", absorbed));
            return after;
        });
    }

    private static void expect(Incident i, Integer version) {
        if (version != null && version != i.version()) {
            throw new ConflictException("incident", i.id(), i.version(), version);
        }
    }

    /** Per group and outcome, the larger of two accounts of one event, bound by bound. */
    static List<IncidentFigure> larger(List<IncidentFigure> a, List<IncidentFigure> b) {
        Map<Outcome, Map<org.marsad.extract.Group, IncidentFigure>> by = new EnumMap<>(Outcome.class);
        for (IncidentFigure f : a) {
            by.computeIfAbsent(f.outcome(), k -> new EnumMap<>(org.marsad.extract.Group.class)).put(f.group(), f);
        }
        for (IncidentFigure f : b) {
            by.computeIfAbsent(f.outcome(), k -> new EnumMap<>(org.marsad.extract.Group.class)).merge(f.group(), f,
                    (x, y) -> new IncidentFigure(x.group(), x.outcome(), Math.max(x.low(), y.low()),
                            Math.max(x.best(), y.best()), Math.max(x.high(), y.high())));
        }
        return by.values().stream().flatMap(m -> m.values().stream()).toList();
    }

    private static void mark(Handle h, long id, String reason, Long mergedInto, int expectedVersion, String actor) {
        int updated = h.createUpdate("UPDATE incident SET deleted_at = :at, deleted_by = :by, deleted_reason = :reason, "
                        + "merged_into = :into, version = version + 1 WHERE id = :id AND version = :version")
                .bind("at", Columns.text(Columns.now())).bind("by", actor).bind("reason", reason).bind("into", mergedInto)
                .bind("id", id).bind("version", expectedVersion).execute();
        if (updated == 0) {
            throw new ConflictException("incident", id, live(h, id).version(), expectedVersion);
        }
    }

    private static void insertFigures(Handle h, long id, List<IncidentFigure> figures) {
        for (IncidentFigure f : figures) {
            h.createUpdate("INSERT INTO incident_figure (incident_id, group_code, outcome, low, best, high) "
                            + "VALUES (:id, :group, :outcome, :low, :best, :high)")
                    .bind("id", id).bind("group", f.group().code()).bind("outcome", f.outcome().code())
                    .bind("low", f.low()).bind("best", f.best()).bind("high", f.high()).execute();
        }
    }

    private static Incident live(Handle h, long id) {
        Incident i = Incidents.find(h, id).orElseThrow(() -> new NotFound("incident", id));
        if (deletion(h, id).isPresent()) {
            throw new InputError("incident " + id + " is deleted; it cannot be changed");
        }
        return i;
    }

    private static void checkPlace(Handle h, String pcode) {
        if (pcode != null && h.createQuery("SELECT COUNT(*) FROM place WHERE pcode = :p").bind("p", pcode)
                .mapTo(Integer.class).one() == 0) {
            throw new InputError("place_pcode: no place with p-code '" + pcode + "'");
        }
    }

    private static Optional<IncidentDeletion> deletion(Handle h, long id) {
        return h.createQuery("SELECT deleted_at, deleted_by, deleted_reason, merged_into FROM incident WHERE id = :id "
                        + "AND deleted_at IS NOT NULL").bind("id", id)
                .map((rs, ctx) -> new IncidentDeletion(VictimEdits.deletion(rs), Columns.longOrNull(rs, "merged_into")))
                .findOne();
    }

    /** What an incident says, as the audit trail keeps it before and after. */
    static String auditJson(Incident i) {
        return AuditJson.of("occurred_from", Columns.text(i.occurredFrom()), "occurred_to", Columns.text(i.occurredTo()),
                "place_pcode", i.placePcode(), "place", i.placeText(), "cause", i.cause(), "perpetrator", i.perpetrator(),
                "grade", i.grade().code(), "figures", i.figures().stream().map(f -> f.outcome().code() + " "
                        + f.group().code() + " " + f.low() + "/" + f.best() + "/" + f.high()).toList(),
                "version", i.version());
    }
}
