package org.marsad.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.marsad.store.Database;
import org.marsad.store.Database.Dialect;
import org.marsad.store.TestDatabases;
import org.marsad.store.audit.AuditLog;
import org.marsad.store.backup.Backup;
import org.marsad.store.source.Source;
import org.marsad.store.source.Sources;
import org.marsad.store.victim.Victims;

/**
 * An import caught half-way (its rows stop coming until the test lets them go): other writers get the
 * database at once, and nothing of the import is seen (count, register, list, search, backup) until it
 * commits, on both databases (issue 16: a web write during a 300,000-row import waited 12 s, then 503).
 */
class ImportWhileOthersWriteTest {
    private static final int ROWS = 7_000;
    /** Where the rows stop: past the first batches an import on SQLite commits (500, then at most twice the one before). */
    private static final int PAUSE_AT = 6_500;
    private static final VictimImport.ListFile FILE = new VictimImport.ListFile("list.csv", "0".repeat(64));

    @TempDir
    Path dir;

    private static List<LinkageCsv.Row> rows() {
        StringBuilder csv = new StringBuilder("id,name,age\n");
        for (int i = 0; i < ROWS; i++) {
            csv.append("R").append(i).append(",Samir").append(i % 31).append(" Haddad").append(i % 17).append(',')
                    .append(i % 80).append('\n');
        }
        return LinkageCsv.rows(new StringReader(csv.toString()), "list.csv");
    }

    /** The rows, stopping before row {@code at} until {@code go} opens, after opening {@code paused}. */
    private static Iterable<LinkageCsv.Row> pausing(List<LinkageCsv.Row> rows, CountDownLatch paused, CountDownLatch go) {
        return () -> new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < rows.size();
            }

            @Override
            public LinkageCsv.Row next() {
                if (next == PAUSE_AT) {
                    paused.countDown();
                    try {
                        go.await(120, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return rows.get(next++);
            }
        };
    }

    private static long rawRecords(Database db) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM victim").mapTo(Long.class).one());
    }

    private static long count(Path backup, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + backup);
             ResultSet rs = c.createStatement().executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : -1;
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void othersWriteAtOnceAndSeeNothingOfAnImportUntilItCommits(Dialect dialect) throws Exception {
        try (Database db = TestDatabases.fresh(dialect)) {
            CountDownLatch paused = new CountDownLatch(1);
            CountDownLatch go = new CountDownLatch(1);
            CompletableFuture<Victims.ImportResult> importing = CompletableFuture.supplyAsync(() ->
                    VictimImport.run(db, pausing(rows(), paused, go), "list A", p -> null, FILE, "test"));
            try {
                assertThat(paused.await(120, TimeUnit.SECONDS)).as("the import reached row " + PAUSE_AT).isTrue();
                if (dialect == Dialect.SQLITE) {
                    assertThat(rawRecords(db)).as("batches committed before the pause").isGreaterThanOrEqualTo(2_000);
                }
                long start = System.nanoTime();
                CompletableFuture.runAsync(() -> new Sources(db).add(Source.of("field team", "report"), "editor"))
                        .get(20, TimeUnit.SECONDS);
                double seconds = (System.nanoTime() - start) / 1e9;
                assertThat(seconds).as("another writer's wait").isLessThan(5);

                Victims victims = new Victims(db);
                assertThat(victims.count()).isZero();
                assertThat(victims.register()).isEmpty();
                assertThat(victims.page(0, 20)).isEmpty();
                assertThat(victims.search("Samir1", 10)).isEmpty();
                Path backup = dir.resolve("during-" + dialect + ".backup");
                Backup.write(db, backup);
                assertThat(count(backup, "SELECT COUNT(*) FROM victim")).isZero();
                assertThat(count(backup, "SELECT COUNT(*) FROM source WHERE name = 'list A'")).isZero();
                assertThat(count(backup, "SELECT COUNT(*) FROM source WHERE name = 'field team'")).isEqualTo(1);
            } finally {
                go.countDown();
            }
            Victims.ImportResult result = importing.get(120, TimeUnit.SECONDS);
            assertThat(result.added()).isEqualTo(ROWS);
            Victims victims = new Victims(db);
            assertThat(victims.count()).isEqualTo(ROWS);
            assertThat(victims.register()).hasSize(ROWS);
            assertThat(victims.search("Samir1", 10)).isNotEmpty();
            assertThat(new AuditLog(db).verify()).isEmpty();
            List<String> actions = db.jdbi().withHandle(h -> h.createQuery("SELECT action FROM audit_entry ORDER BY id")
                    .mapTo(String.class).list());
            assertThat(actions).containsSubsequence("source.create", "source.create", "victims.import");
            Path after = dir.resolve("after-" + dialect + ".backup");
            Backup.write(db, after);
            assertThat(count(after, "SELECT COUNT(*) FROM victim")).isEqualTo(ROWS);
        }
    }
}
