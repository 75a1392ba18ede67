package org.marsad.store.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.marsad.InputError;
import org.marsad.demo.DemoData;
import org.marsad.link.LinkageCsv;
import org.marsad.link.VictimImport;
import org.marsad.link.name.CrossScriptNames;
import org.marsad.security.Keeping;
import org.marsad.store.Database.Dialect;
import org.marsad.store.Database;
import org.marsad.store.TestDatabases;
import org.marsad.store.audit.AuditLog;
import org.marsad.store.report.Reports;
import org.marsad.store.source.Source;
import org.marsad.store.source.Sources;
import org.marsad.store.victim.Victims;

/**
 * Backups taken while an import writes hold all of it or none, pass SQLite's integrity check, and restore
 * into an empty database of either kind on which the audit trail verifies against the new database's own
 * anchor (issue 16).
 */
class BackupTest {
    private static final int IMPORTED = 60_000;

    @TempDir
    Path keep;

    @TempDir
    Path files;

    private Keeping keeping() {
        return Keeping.of(Map.of("MARSAD_KEY_FILE", keep.resolve("secret.key").toString(),
                "MARSAD_ANCHORS", keep.resolve("anchors").toString()), notice -> { });
    }

    private static List<LinkageCsv.Row> list(int n) {
        StringBuilder csv = new StringBuilder("id,name,sex,age,date\n");
        for (int i = 0; i < n; i++) {
            csv.append(i).append(",Name").append(i).append(" Father").append(i % 97).append(" Family").append(i % 13)
                    .append(',').append(i % 2 == 0 ? 'M' : 'F').append(',').append(i % 80).append(",2017-08-")
                    .append(10 + i % 18).append('\n');
        }
        return LinkageCsv.rows(new StringReader(csv.toString()), "list.csv");
    }

    private static long count(Path backup, String table) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + backup);
             ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
            return rs.next() ? rs.getLong(1) : -1;
        }
    }

    @Test
    void aBackupDuringAnImportHoldsAllOrNoneOfItAndRestoresIntoEitherKind() throws Exception {
        List<LinkageCsv.Row> rows = list(IMPORTED);
        try (Database db = Database.open(TestDatabases.url(Dialect.SQLITE), keeping())) {
            DemoData.load(db);
            CompletableFuture<Void> importing = CompletableFuture.runAsync(() -> VictimImport.run(db, rows, "list", p -> null,
                    new VictimImport.ListFile("list.csv", "0".repeat(64)), "test"));
            List<Path> during = new ArrayList<>();
            List<Path> all = new ArrayList<>();
            for (int i = 0; !importing.isDone() || all.isEmpty(); i++) {
                boolean runningBefore = !importing.isDone();
                Path out = files.resolve("during-" + i + ".backup");
                Backup.write(db, out);
                all.add(out);
                if (runningBefore && !importing.isDone()) {
                    during.add(out);
                }
            }
            importing.join();
            Path after = files.resolve("after.backup");
            Backup.Info info = Backup.write(db, after);
            all.add(after);

            assertThat(during).as("backups taken while the import ran").isNotEmpty();
            for (Path b : all) {
                assertThat(count(b, "victim")).as(b.getFileName().toString()).isIn(0L, (long) IMPORTED);
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(b))).isEqualTo("rw-------");
            }
            assertThat(count(after, "victim")).isEqualTo(IMPORTED);
            assertThat(info.auditEntries()).isEqualTo(new AuditLog(db).head().orElseThrow().entries());

            for (Path b : List.of(during.get(during.size() - 1), after)) {
                for (Dialect kind : Dialect.values()) {
                    try (Database restored = Database.open(TestDatabases.url(kind), keeping())) {
                        Backup.restore(b, restored, "test", CrossScriptNames::indexKeys, notice -> { });
                        assertThat(new Victims(restored).count()).isEqualTo(count(b, "victim"));
                        assertThat(new Reports(restored).count()).isEqualTo(new Reports(db).count());
                        assertThat(restored.databaseId()).isNotEqualTo(db.databaseId());
                        AuditLog log = new AuditLog(restored);
                        assertThat(log.verify()).as(kind + " restored from " + b.getFileName()).isEmpty();
                        assertThat(log.head().orElseThrow().entries()).isEqualTo(count(b, "audit_entry") + 1);
                        // the restored database takes new writes with new ids
                        new Sources(restored).add(Source.of("after the restore", "list"), "test");
                        assertThat(log.verify()).isEmpty();
                    }
                }
            }
        }
    }

    @Test
    void aPostgresqlDatabaseBacksUpToTheSamePortableFileAndMovesToSqlite() throws Exception {
        Path out = files.resolve("pg.backup");
        long reports;
        try (Database pg = Database.open(TestDatabases.url(Dialect.POSTGRESQL), keeping())) {
            DemoData.load(pg);
            VictimImport.run(pg, list(500), "list", p -> null, new VictimImport.ListFile("l.csv", "0".repeat(64)), "test");
            reports = new Reports(pg).count();
            Backup.write(pg, out);
        }
        assertThat(count(out, "victim")).isEqualTo(500);
        try (Database file = Database.open(TestDatabases.url(Dialect.SQLITE), keeping())) {
            Backup.restore(out, file, "test", CrossScriptNames::indexKeys, notice -> { });
            assertThat(new Reports(file).count()).isEqualTo(reports);
            assertThat(new AuditLog(file).verify()).isEmpty();
            assertThatThrownBy(() -> Backup.restore(out, file, "test", CrossScriptNames::indexKeys, notice -> { })).isInstanceOf(InputError.class)
                    .hasMessageContaining("is not empty");
        }
    }

    @Test
    void aBackupSealedWithAnotherKeyIsRefused() throws Exception {
        Path out = files.resolve("k.backup");
        try (Database db = Database.open(TestDatabases.url(Dialect.SQLITE), keeping())) {
            DemoData.load(db);
            Backup.write(db, out);
        }
        Keeping other = Keeping.of(Map.of("MARSAD_KEY_FILE", files.resolve("other.key").toString(),
                "MARSAD_ANCHORS", files.resolve("anchors").toString()), n -> { });
        try (Database db = Database.open(TestDatabases.url(Dialect.SQLITE), other)) {
            assertThatThrownBy(() -> Backup.restore(out, db, "test", CrossScriptNames::indexKeys, n -> { })).isInstanceOf(InputError.class)
                    .hasMessageContaining("sealed with another key");
            assertThat(new Reports(db).count()).isZero();
        }
    }

    private static int unkeyed(Database db) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM victim WHERE name_keyed = 0")
                .mapTo(Integer.class).one());
    }

    /** The name index's rows, each as key and the record's key in its list. */
    private static java.util.Set<String> nameKeys(Database db) {
        return new java.util.HashSet<>(db.jdbi().withHandle(h -> h.createQuery(
                        "SELECT k.name_key, v.record_key FROM victim_name_key k JOIN victim v ON v.id = k.victim_id")
                .map((rs, ctx) -> rs.getString(1) + "|" + rs.getString(2)).list()));
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aRestoreKeysTheNamesItsBackupHeldUnkeyed(Dialect kind) throws Exception {
        Path out = files.resolve("unkeyed.backup");
        java.util.Set<String> keys;
        try (Database db = Database.open(TestDatabases.url(Dialect.SQLITE), keeping())) {
            VictimImport.run(db, list(300), "keyed", p -> null, new VictimImport.ListFile("l.csv", "0".repeat(64)), "test");
            long source = new Sources(db).named("typed in", "list").id();
            new Victims(db).addAll(List.of(new org.marsad.store.victim.Victim(null, source, "x1", "خالد العلي", null, null,
                    null, null, null, null, null, null, null, null, null, null, null, null, null, null)));
            assertThat(unkeyed(db)).isEqualTo(1);
            Backup.write(db, out);
            new org.marsad.store.victim.NameIndex(db, CrossScriptNames::indexKeys).catchUp();
            keys = nameKeys(db);
        }
        try (Database restored = Database.open(TestDatabases.url(kind), keeping())) {
            Backup.restore(out, restored, "test", CrossScriptNames::indexKeys, notice -> { });
            assertThat(unkeyed(restored)).isZero();
            assertThat(nameKeys(restored)).as("the keys copied and the keys made").hasSizeGreaterThan(300).isEqualTo(keys);
            assertThat(new AuditLog(restored).verify()).isEmpty();
        }
    }
}
