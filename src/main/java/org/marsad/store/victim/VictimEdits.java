package org.marsad.store.victim;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.marsad.InputError;
import org.marsad.store.Columns;
import org.marsad.store.ConflictException;
import org.marsad.store.Database;
import org.marsad.store.Deletion;
import org.marsad.store.NotFound;
import org.marsad.store.audit.AuditJson;
import org.marsad.store.audit.AuditLog;

/**
 * A documenter's changes to single victim records: enter one, correct it, attach it to an incident,
 * delete it with a reason. Each change checks the version the editor read (a stale one is a
 * {@link ConflictException}) and writes an audit entry with the record before and after, in one transaction.
 */
public final class VictimEdits {
    /** The columns a person may change; the record's source key and person stay as they are. */
    private static final String EDITABLE = """
            source_id = :sourceId, full_name = :fullName, name_keyed = 0, given_name = :givenName, father_name = :fatherName,
            grandfather_name = :grandfatherName, family_name = :familyName, sex = :sex, age = :age,
            age_group = :ageGroup, status = :status, affiliation = :affiliation, died_on = :diedOn,
            place_text = :placeText, place_pcode = :placePcode, cause = :cause, perpetrator = :perpetrator,
            incident_id = :incidentId""";

    private final Jdbi jdbi;

    public VictimEdits(Database db) {
        this.jdbi = db.jdbi();
    }

    public Optional<StoredVictim> find(long id) {
        return jdbi.withHandle(h -> find(h, id));
    }

    /** The latest deleted records, at most {@code limit}, for admins to see what was deleted, by whom and why. */
    public List<StoredVictim> deleted(int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM victim WHERE deleted_at IS NOT NULL "
                        + "ORDER BY deleted_at DESC, id DESC LIMIT :limit").bind("limit", limit)
                .map((rs, ctx) -> new StoredVictim(Victims.map(rs, ctx), rs.getInt("version"), deletion(rs))).list());
    }

    /** Enters a record a person adds by hand; without a record key of its source's own, one is made up. */
    public StoredVictim add(Victim v, String actor) {
        return jdbi.inTransaction(h -> {
            check(h, v);
            String key = v.recordKey() == null || v.recordKey().isBlank() ? "entered-" + UUID.randomUUID() : v.recordKey();
            if (h.createQuery("SELECT COUNT(*) FROM victim WHERE source_id = :s AND record_key = :k")
                    .bind("s", v.sourceId()).bind("k", key).mapTo(Integer.class).one() > 0) {
                throw new InputError("record_key: the source already has a record '" + key + "'", "problem.record_key_exists", key);
            }
            long id = h.createQuery("INSERT INTO victim (source_id, record_key, full_name, given_name, father_name, "
                            + "grandfather_name, family_name, sex, age, age_group, status, affiliation, died_on, place_text, "
                            + "place_pcode, cause, perpetrator, incident_id) VALUES (:sourceId, :key, :fullName, :givenName, "
                            + ":fatherName, :grandfatherName, :familyName, :sex, :age, :ageGroup, :status, :affiliation, "
                            + ":diedOn, :placeText, :placePcode, :cause, :perpetrator, :incidentId) RETURNING id")
                    .bindMethods(v).bind("key", key).bind("sex", sex(v)).bind("diedOn", Columns.text(v.diedOn()))
                    .mapTo(Long.class).one();
            StoredVictim added = find(h, id).orElseThrow();
            AuditLog.append(h, actor, "victim.create", "victim", Long.toString(id), null, auditJson(added));
            return added;
        });
    }

    /** Replaces a record's editable fields by those of {@code next}, if nobody changed it since {@code expectedVersion}. */
    public StoredVictim edit(long id, Victim next, int expectedVersion, String actor) {
        return jdbi.inTransaction(h -> {
            StoredVictim before = live(h, id);
            check(h, next);
            int updated = h.createUpdate("UPDATE victim SET " + EDITABLE + ", version = version + 1 "
                            + "WHERE id = :id AND version = :version")
                    .bindMethods(next).bind("sex", sex(next)).bind("diedOn", Columns.text(next.diedOn()))
                    .bind("id", id).bind("version", expectedVersion).execute();
            return audited(h, "victim.edit", before, updated, expectedVersion, actor);
        });
    }

    /** Marks a record deleted: it no longer counts nor links, and stays for admins to see, with who, when and why. */
    public StoredVictim delete(long id, String reason, int expectedVersion, String actor) {
        if (reason == null || reason.isBlank()) {
            throw new InputError("reason is required: say why the record is deleted", "problem.reason_required");
        }
        return jdbi.inTransaction(h -> {
            StoredVictim before = live(h, id);
            int updated = h.createUpdate("UPDATE victim SET deleted_at = :at, deleted_by = :by, deleted_reason = :reason, "
                            + "version = version + 1 WHERE id = :id AND version = :version")
                    .bind("at", Columns.text(Columns.now())).bind("by", actor).bind("reason", reason.strip())
                    .bind("id", id).bind("version", expectedVersion).execute();
            return audited(h, "victim.delete", before, updated, expectedVersion, actor);
        });
    }

    private static StoredVictim audited(Handle h, String action, StoredVictim before, int updated, int expectedVersion,
                                        String actor) {
        StoredVictim after = find(h, before.id()).orElseThrow();
        if (updated == 0) {
            throw new ConflictException("victim", before.id(), after.version(), expectedVersion);
        }
        AuditLog.append(h, actor, action, "victim", Long.toString(before.id()), auditJson(before), auditJson(after));
        return after;
    }

    /** The record, which must exist and not be deleted. */
    private static StoredVictim live(Handle h, long id) {
        StoredVictim v = find(h, id).orElseThrow(() -> new NotFound("victim", id));
        if (v.deleted() != null) {
            throw new InputError("victim " + id + " is deleted; it cannot be changed", "problem.deleted", new InputError.Word("entity.victim"), id);
        }
        return v;
    }

    /** The references a record makes must hold: its source, and the incident it is attached to, not deleted. */
    private static void check(Handle h, Victim v) {
        if (v.fullName() == null || v.fullName().isBlank()) {
            throw new InputError("name is required", "problem.name_required");
        }
        if (h.createQuery("SELECT COUNT(*) FROM source WHERE id = :id").bind("id", v.sourceId())
                .mapTo(Integer.class).one() == 0) {
            throw new InputError("source: no source " + v.sourceId(), "problem.not_found", new InputError.Word("entity.source"), v.sourceId());
        }
        if (v.incidentId() != null && h.createQuery("SELECT COUNT(*) FROM incident WHERE id = :id AND deleted_at IS NULL")
                .bind("id", v.incidentId()).mapTo(Integer.class).one() == 0) {
            throw new InputError("incident: no incident " + v.incidentId(), "problem.not_found", new InputError.Word("entity.incident"), v.incidentId());
        }
        if (v.age() != null && (v.age() < 0 || v.age() >= 130)) {
            throw new InputError("age must be between 0 and 129, not " + v.age(), "problem.age", v.age());
        }
    }

    private static String sex(Victim v) {
        return v.sex() == null ? null : v.sex().toString();
    }

    /** The record {@code id}, deleted or not; none while its import is still being written. */
    public static Optional<StoredVictim> find(Handle h, long id) {
        return h.createQuery("SELECT * FROM victim WHERE id = :id AND " + VictimImports.settled("")).bind("id", id)
                .map((rs, ctx) -> new StoredVictim(Victims.map(rs, ctx), rs.getInt("version"), deletion(rs)))
                .findOne();
    }

    public static Deletion deletion(ResultSet rs) throws SQLException {
        return rs.getString("deleted_at") == null ? null
                : new Deletion(Columns.instant(rs, "deleted_at"), rs.getString("deleted_by"), rs.getString("deleted_reason"));
    }

    /** The fields a person may change, as the audit trail keeps them before and after. */
    static String auditJson(StoredVictim s) {
        Victim v = s.victim();
        return AuditJson.of("name", v.fullName(), "source_id", v.sourceId(), "sex", sex(v), "age", v.age(),
                "status", v.status(), "died_on", Columns.text(v.diedOn()), "place", v.placeText(),
                "place_pcode", v.placePcode(), "cause", v.cause(), "perpetrator", v.perpetrator(),
                "incident_id", v.incidentId(), "deleted", s.deleted() == null ? null : s.deleted().reason(),
                "version", s.version());
    }
}
