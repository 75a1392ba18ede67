package org.marsad.store.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;
import org.marsad.InputError;
import org.marsad.security.OwnerOnly;
import org.marsad.store.BulkWrites;
import org.marsad.store.Columns;
import org.marsad.store.Database;
import org.marsad.store.audit.AuditAnchor;
import org.marsad.store.audit.AuditJson;
import org.marsad.store.audit.AuditLog;
import org.marsad.store.audit.AuditSeal;
import org.marsad.store.victim.NameIndex;

/**
 * Backups: one SQLite file holding a consistent snapshot of the whole database while others write (from
 * SQLite, {@code VACUUM INTO}, which reads in one transaction; from PostgreSQL, a logical copy in one
 * repeatable-read transaction, into the same portable form), with a {@code backup_info} table naming the
 * schema version, the database it came from and its audit head. A backup is checked after writing
 * (integrity, audit seals, head). {@link #restore} puts one into an empty database of either kind, which
 * is also how an observatory moves from the file to a PostgreSQL server.
 */
public final class Backup {
    /** Tables a copy leaves alone: each database keeps its own identity, migration history and change counter. */
    private static final Set<String> OWN_TABLES = Set.of("flyway_schema_history", "database_identity", "data_version",
            "backup_info");
    private static final String FORMAT = "marsad-backup 1";

    private Backup() {
    }

    /** What a backup holds, from its {@code backup_info} table. */
    public record Info(String schemaVersion, String databaseId, String takenAt, long auditEntries, String auditHead,
                       String keyCheck) {
    }

    /** Writes a backup of {@code db} to {@code out}, which must not exist yet, and checks it; returns what it holds. */
    public static Info write(Database db, Path out) {
        Path file = out.toAbsolutePath();
        if (Files.exists(file)) {
            throw new InputError("the backup file " + file + " already exists; name a new one");
        }
        if (file.getParent() == null || !Files.isDirectory(file.getParent())) {
            throw new InputError("the folder of the backup file " + file + " does not exist");
        }
        // written and checked under a name of its own, then renamed: a backup killed half-way leaves no
        // half file under the name asked for, and the same command can simply run again
        Path partial = file.resolveSibling("." + file.getFileName() + ".partial-" + ProcessHandle.current().pid());
        try {
            Files.deleteIfExists(partial);
            if (db.dialect() == Database.Dialect.SQLITE) {
                db.jdbi().useHandle(h -> h.execute("VACUUM INTO '" + partial.toString().replace("'", "''") + "'"));
            } else {
                copyFromServer(db, partial);
            }
            OwnerOnly.restrict(partial);
            leaveOutPendingImports(partial);
            Info info = describe(partial, db.databaseId());
            check(partial, info, db);
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            return info;
        } catch (SQLException | IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // the message below names the file either way
            }
            if (e instanceof InputError ie) {
                throw ie;
            }
            throw new InputError("the backup " + file + " failed and was removed: " + Database.rootMessage(e), e);
        }
    }

    /** PostgreSQL into a new SQLite file of the same schema, read in one snapshot. */
    private static void copyFromServer(Database db, Path file) throws SQLException {
        String url = "jdbc:sqlite:" + file;
        try (Database empty = Database.open(url, db.keeping())) {
            empty.jdbi().useHandle(h -> h.execute("DELETE FROM database_identity"));
        }
        try (var handle = db.jdbi().open(); Connection to = DriverManager.getConnection(url)) {
            Connection from = handle.getConnection();
            from.setAutoCommit(false);
            from.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            from.setReadOnly(true);
            to.setAutoCommit(false);
            try (Statement s = to.createStatement()) {
                s.execute("PRAGMA defer_foreign_keys = ON");
                // a connection of its own, closed after: statement journals in memory, as BulkWrites does
                s.execute("PRAGMA temp_store = MEMORY");
            }
            for (String table : TableCopy.tables(to, OWN_TABLES)) {
                TableCopy.copy(from, to, table);
            }
            TableCopy.copy(from, to, "database_identity");
            to.commit();
            from.rollback();
            from.setReadOnly(false);
            from.setAutoCommit(true);
        }
    }

    /**
     * Removes from a snapshot the imports that were still being written when it was taken (on SQLite an
     * import commits its rows in batches and makes them count in one last commit): their records, name keys
     * and rows, and the sources they created that nothing else uses, so a backup holds all of an import or
     * none of it. Their audit entries come with their last commit, so the snapshot holds none to remove.
     */
    private static void leaveOutPendingImports(Path file) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA foreign_keys = ON");
            c.setAutoCommit(false);
            s.execute("CREATE TEMP TABLE pending AS SELECT id, source_id, source_created FROM victim_import "
                    + "WHERE committed_at IS NULL");
            // the name keys and link decisions go with their records (ON DELETE CASCADE)
            int records = s.executeUpdate("DELETE FROM victim WHERE import_id IN (SELECT id FROM pending)");
            s.executeUpdate("DELETE FROM victim_import WHERE id IN (SELECT id FROM pending)");
            s.executeUpdate("DELETE FROM source WHERE id IN (SELECT source_id FROM pending WHERE source_created = 1) "
                    + "AND id NOT IN (SELECT source_id FROM victim) AND id NOT IN (SELECT source_id FROM report WHERE source_id IS NOT NULL) "
                    + "AND id NOT IN (SELECT source_id FROM victim_import)");
            c.commit();
            c.setAutoCommit(true);
            if (records > 0) {
                s.execute("VACUUM");
            }
        }
    }

    /** Writes {@code backup_info} into the backup from what the snapshot itself holds. */
    private static Info describe(Path file, String databaseId) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            Info info = read(c, databaseId);
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE backup_info (name VARCHAR(40) PRIMARY KEY, value TEXT)");
            }
            Map<String, String> rows = new LinkedHashMap<>();
            rows.put("format", FORMAT);
            rows.put("schema_version", info.schemaVersion());
            rows.put("database_id", info.databaseId());
            rows.put("taken_at", info.takenAt());
            rows.put("audit_entries", Long.toString(info.auditEntries()));
            rows.put("audit_head", info.auditHead());
            try (PreparedStatement p = c.prepareStatement("INSERT INTO backup_info (name, value) VALUES (?, ?)")) {
                for (var e : rows.entrySet()) {
                    p.setString(1, e.getKey());
                    p.setString(2, e.getValue());
                    p.addBatch();
                }
                p.executeBatch();
            }
            return info;
        }
    }

    private static Info read(Connection c, String databaseId) throws SQLException {
        String version = one(c, "SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL "
                + "ORDER BY installed_rank DESC LIMIT 1");
        long entries = Long.parseLong(one(c, "SELECT COUNT(*) FROM audit_entry"));
        String head = entries == 0 ? AuditLog.GENESIS : one(c, "SELECT hash FROM audit_entry ORDER BY id DESC LIMIT 1");
        String keyCheck = one(c, "SELECT key_check FROM database_identity");
        return new Info(version, databaseId, Columns.now().toString(), entries, head, keyCheck);
    }

    /** Reads a backup's {@code backup_info}; a file that is not a Marsad backup is refused with its name. */
    public static Info info(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InputError("no backup file " + file);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + file.toAbsolutePath() + "?mode=ro")) {
            Map<String, String> v = new LinkedHashMap<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT name, value FROM backup_info")) {
                while (rs.next()) {
                    v.put(rs.getString(1), rs.getString(2));
                }
            }
            if (!FORMAT.equals(v.get("format"))) {
                throw new InputError(file + " is not a Marsad backup (format " + v.get("format") + ")");
            }
            return new Info(v.get("schema_version"), v.get("database_id"), v.get("taken_at"),
                    Long.parseLong(v.get("audit_entries")), v.get("audit_head"),
                    one(c, "SELECT key_check FROM database_identity"));
        } catch (SQLException e) {
            throw new InputError(file + " is not a Marsad backup: " + Database.rootMessage(e), e);
        }
    }

    /** The checks after writing and before restoring: integrity, every audit seal under this key, the head recorded. */
    private static void check(Path file, Info info, Database keyed) {
        String url = "jdbc:sqlite:file:" + file.toAbsolutePath() + "?mode=ro";
        try (Connection c = DriverManager.getConnection(url)) {
            String integrity = one(c, "PRAGMA integrity_check");
            if (!"ok".equals(integrity)) {
                throw new InputError("the backup " + file + " is damaged: " + integrity);
            }
        } catch (SQLException e) {
            throw new InputError("the backup " + file + " cannot be read: " + Database.rootMessage(e), e);
        }
        if (!keyed.key().check().equals(info.keyCheck())) {
            throw new InputError("the backup " + file + " was sealed with another key than " + keyed.keeping().where()
                    + " (set MARSAD_KEY_FILE to the key kept with that database)");
        }
        Jdbi backup = Jdbi.create(url);
        backup.getConfig(AuditSeal.class).use(keyed.key().auditKey(), keyed.jdbi().getConfig(AuditSeal.class).anchor());
        List<Long> broken = backup.withHandle(AuditLog::broken);
        if (!broken.isEmpty()) {
            throw new InputError("the backup " + file + " holds audit entries whose seal does not hold: " + broken);
        }
        var head = backup.withHandle(AuditLog::head);
        long entries = head.map(AuditAnchor.Head::entries).orElse(0L);
        String hash = head.map(AuditAnchor.Head::hash).orElse(AuditLog.GENESIS);
        if (entries != info.auditEntries() || !hash.equals(info.auditHead())) {
            throw new InputError("the backup " + file + " records an audit head of " + info.auditEntries()
                    + " entries but holds " + entries + ": it was cut back or changed");
        }
    }

    /**
     * Restores {@code file} into {@code target}, which must be empty (just created), in one transaction;
     * checks the backup first. The restored database keeps its own identity and anchor, which starts at
     * the backup's head; a {@code database.restore} entry records where the data came from. Records the
     * backup holds unkeyed for name search are keyed by {@code nameKeys} (the name code's {@code indexKeys})
     * in the same transaction, so a search finds every name at once.
     * {@code notices} hears of a newer head the original database's anchor records than the backup holds.
     */
    public static Info restore(Path file, Database target, String actor, Function<String, Set<String>> nameKeys,
                               Consumer<String> notices) {
        Info info = info(file);
        String ours = target.jdbi().withHandle(h -> h.createQuery("SELECT version FROM flyway_schema_history "
                + "WHERE success AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1").mapTo(String.class).one());
        if (!ours.equals(info.schemaVersion())) {
            throw new InputError("the backup " + file + " has schema version " + info.schemaVersion() + ", this Marsad "
                    + ours + ": restore it with the Marsad that wrote it");
        }
        check(file, info, target);
        String url = "jdbc:sqlite:file:" + file.toAbsolutePath() + "?mode=ro";
        try (var handle = target.jdbi().open(); Connection from = DriverManager.getConnection(url)) {
            Connection to = handle.getConnection();
            List<String> tables = TableCopy.tables(to, OWN_TABLES);
            for (String t : tables) {
                if (!one(to, "SELECT COUNT(*) FROM " + t).equals("0") && !t.equals("place")) {
                    throw new InputError("database " + target.redactedUrl() + " is not empty (table " + t
                            + " has rows): restore only into a new, empty database");
                }
            }
            BulkWrites.inTransaction(handle, target.dialect(), h -> {
                if (target.dialect() == Database.Dialect.SQLITE) {
                    h.execute("PRAGMA defer_foreign_keys = ON");
                }
                // the gazetteer may already have been written by a command that opened the database
                h.execute("DELETE FROM place");
                for (String t : tables) {
                    TableCopy.copy(from, to, t);
                }
                if (target.dialect() == Database.Dialect.POSTGRESQL) {
                    TableCopy.resetIdentities(to, tables);
                }
                new NameIndex(target, nameKeys).catchUp(h);
                // the new database's anchor starts at the backup's head once this commits; the entry below
                // then moves it one further
                AuditAnchor anchor = target.jdbi().getConfig(AuditSeal.class).anchor();
                h.afterCommit(() -> anchor.reset(new AuditAnchor.Head(info.auditEntries(), info.auditHead())));
                AuditLog.append(h, actor, "database.restore", "database", target.databaseId(), null,
                        AuditJson.of("backup_of", info.databaseId(), "taken_at", info.takenAt(),
                                "schema_version", info.schemaVersion(), "audit_entries", info.auditEntries(),
                                "audit_head", info.auditHead()));
                return null;
            });
        } catch (SQLException e) {
            throw new InputError("the restore of " + file + " failed, nothing was written: " + Database.rootMessage(e), e);
        }
        new AuditAnchor(target.keeping().anchors().resolve(info.databaseId() + ".head")).read()
                .filter(h -> h.entries() > info.auditEntries())
                .ifPresent(h -> notices.accept("marsad: database " + info.databaseId() + "'s anchor records " + h.entries()
                        + " audit entries, this backup holds " + info.auditEntries() + ": the changes after it are not in it"));
        return info;
    }

    private static String one(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
