package org.marsad.store.source;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.marsad.store.Columns;
import org.marsad.store.Database;
import org.marsad.store.audit.AuditJson;
import org.marsad.store.audit.AuditLog;

/** Sources of reports and lists. */
public final class Sources {
    private final Jdbi jdbi;

    /** The source of reports and records whose source nobody named. */
    public static final String UNATTRIBUTED = "unattributed";

    public Sources(Database db) {
        this.jdbi = db.jdbi();
    }

    /** The actor of changes Marsad makes by itself (demo data, sealing an old audit trail). */
    public static final String SYSTEM = "marsad";

    /** Stores a new source and returns it with its id, audited as Marsad's own change. */
    public Source add(Source s) {
        return add(s, SYSTEM);
    }

    /**
     * {@link #add(Source)}, with an audit entry by {@code actor} in the same transaction. The entry says
     * whether the source has a confidential identity, never what it is.
     */
    public Source add(Source s, String actor) {
        return jdbi.inTransaction(h -> add(h, s, actor));
    }

    /** {@link #named(String, String, String)} as Marsad's own change. */
    public Source named(String name, String kind) {
        return named(name, kind, SYSTEM);
    }

    /** The source of that name, created with the given kind (and audited by {@code actor}) if there is none yet. */
    public Source named(String name, String kind, String actor) {
        return jdbi.inTransaction(h -> named(h, name, kind, actor));
    }

    /** {@link #named(String, String, String)} inside the caller's transaction, so an import that fails leaves no source. */
    public static Source named(Handle h, String name, String kind, String actor) {
        return find(h, name).orElseGet(() -> add(h, Source.of(name, kind), actor));
    }

    private static Source add(Handle h, Source s, String actor) {
        Source added = insert(h, s);
        audited(h, added, actor);
        return added;
    }

    /**
     * The source of that name, or a new one not yet audited, in the caller's transaction: an import writing
     * in commits of its own creates its source first and audits it ({@link #audited}) when its rows count,
     * so an import that never finishes leaves no entry for a source that goes with it.
     */
    public static Optional<Source> find(Handle h, String name) {
        return h.createQuery("SELECT * FROM source WHERE name = :name")
                .bind("name", name).map(Sources::map).findOne();
    }

    /** The source {@code id}, in the caller's transaction. */
    public static Source byId(Handle h, long id) {
        return h.createQuery("SELECT * FROM source WHERE id = :id").bind("id", id).map(Sources::map).one();
    }

    /** A new source not yet audited; see {@link #find(Handle, String)}. */
    public static Source addUnaudited(Handle h, Source s) {
        return insert(h, s);
    }

    /** The audit entry of a source's creation by {@code actor}: whether it has a confidential identity, never what it is. */
    public static void audited(Handle h, Source added, String actor) {
        AuditLog.append(h, actor, "source.create", "source", Long.toString(added.id()), null,
                AuditJson.of("name", added.name(), "kind", added.kind(),
                        "reliability", String.valueOf(added.reliability()),
                        "has_confidential_identity", added.confidentialIdentity() != null));
    }

    /** {@link #named(String, String)} inside the caller's transaction, as Marsad's own change. */
    public static Source named(Handle h, String name, String kind) {
        return named(h, name, kind, SYSTEM);
    }

    public Optional<Source> find(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM source WHERE id = :id")
                .bind("id", id).map(Sources::map).findOne());
    }

    public Optional<Source> find(String name) {
        return jdbi.withHandle(h -> find(h, name));
    }

    public List<Source> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM source ORDER BY id").map(Sources::map).list());
    }

    /** Every source's name by id, for lists that show where each record came from. */
    public java.util.Map<Long, String> names() {
        return jdbi.withHandle(h -> {
            java.util.Map<Long, String> names = new java.util.HashMap<>();
            h.createQuery("SELECT id, name FROM source").map((rs, ctx) -> names.put(rs.getLong(1), rs.getString(2)))
                    .forEach(x -> { });
            return names;
        });
    }

    private static Source insert(Handle h, Source s) {
        var created = Columns.now();
        long id = h.createQuery("INSERT INTO source (name, kind, reliability, confidential_identity, created_at) "
                        + "VALUES (:name, :kind, :reliability, :identity, :createdAt) RETURNING id")
                .bind("name", s.name())
                .bind("kind", s.kind())
                .bind("reliability", String.valueOf(s.reliability()))
                .bind("identity", s.confidentialIdentity())
                .bind("createdAt", Columns.text(created))
                .mapTo(Long.class).one();
        return new Source(id, s.name(), s.kind(), s.reliability(), s.confidentialIdentity(), created);
    }

    private static Source map(ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx) throws SQLException {
        return new Source(rs.getLong("id"), rs.getString("name"), rs.getString("kind"),
                rs.getString("reliability").charAt(0), rs.getString("confidential_identity"),
                Columns.instant(rs, "created_at"));
    }
}
