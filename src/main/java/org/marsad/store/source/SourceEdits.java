package org.marsad.store.source;

import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.marsad.InputError;
import org.marsad.store.Columns;
import org.marsad.store.ConflictException;
import org.marsad.store.Database;
import org.marsad.store.NotFound;
import org.marsad.store.audit.AuditJson;
import org.marsad.store.audit.AuditLog;

/**
 * Corrections to a source: its name, kind, reliability and (sealed) confidential identity, checked
 * against the version the editor read and audited; the audit says whether the identity changed, never what it is.
 */
public final class SourceEdits {
    private final Jdbi jdbi;

    public SourceEdits(Database db) {
        this.jdbi = db.jdbi();
    }

    /** The source's current version, for an edit form or the API. */
    public Optional<Integer> version(long id) {
        return jdbi.withHandle(h -> version(h, id));
    }

    /**
     * Replaces name, kind and reliability by those of {@code next}, and the identity too unless
     * {@code next.confidentialIdentity()} is null (kept as it is).
     */
    public Source edit(long id, Source next, int expectedVersion, String actor) {
        if (next.name() == null || next.name().isBlank() || next.kind() == null || next.kind().isBlank()) {
            throw new InputError("name and kind are required");
        }
        if ("ABCDEF".indexOf(next.reliability()) < 0) {
            throw new InputError("reliability must be a letter from A (reliable) to F (cannot be judged)");
        }
        return jdbi.inTransaction(h -> {
            Source before = find(h, id);
            int beforeVersion = version(h, id).orElseThrow();
            if (h.createQuery("SELECT COUNT(*) FROM source WHERE name = :n AND id <> :id").bind("n", next.name())
                    .bind("id", id).mapTo(Integer.class).one() > 0) {
                throw new InputError("name: a source named '" + next.name() + "' already exists");
            }
            int updated = h.createUpdate("""
                            UPDATE source SET name = :name, kind = :kind, reliability = :reliability,
                                confidential_identity = COALESCE(:identity, confidential_identity), version = version + 1
                            WHERE id = :id AND version = :version""")
                    .bind("name", next.name().strip()).bind("kind", next.kind().strip())
                    .bind("reliability", String.valueOf(next.reliability())).bind("identity", next.confidentialIdentity())
                    .bind("id", id).bind("version", expectedVersion).execute();
            if (updated == 0) {
                throw new ConflictException("source", id, beforeVersion, expectedVersion);
            }
            Source after = find(h, id);
            AuditLog.append(h, actor, "source.edit", "source", Long.toString(id), auditJson(before, beforeVersion, false),
                    auditJson(after, beforeVersion + 1, next.confidentialIdentity() != null));
            return after;
        });
    }

    private static Source find(Handle h, long id) {
        return h.createQuery("SELECT * FROM source WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> new Source(rs.getLong("id"), rs.getString("name"), rs.getString("kind"),
                        rs.getString("reliability").charAt(0), rs.getString("confidential_identity"),
                        Columns.instant(rs, "created_at")))
                .findOne().orElseThrow(() -> new NotFound("source", id));
    }

    private static Optional<Integer> version(Handle h, long id) {
        return h.createQuery("SELECT version FROM source WHERE id = :id").bind("id", id).mapTo(Integer.class).findOne();
    }

    private static String auditJson(Source s, int version, boolean identityChanged) {
        return AuditJson.of("name", s.name(), "kind", s.kind(), "reliability", String.valueOf(s.reliability()),
                "identity_changed", identityChanged, "version", version);
    }
}
