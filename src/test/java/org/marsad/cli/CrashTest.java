package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.Database;
import org.marsad.store.audit.AuditLog;
import org.marsad.store.backup.Backup;

/**
 * {@code kill -9} of a real {@code marsad} process (a child JVM on the test classpath) at a random moment
 * of an import, an ingest, a link and a backup, then the invariants: the file passes SQLite's integrity
 * check, the work is all there or none of it, the persons have their review queue, the audit trail
 * verifies, and the same command run again completes. Two trials each, kills spread over the work's
 * first seconds (the seed is printed so a failure can be replayed).
 */
class CrashTest {
    private static final long SEED = Long.getLong("marsad.crash.seed", System.nanoTime());
    private static final int TRIALS = 2;
    private static final int LIST_ROWS = 5_000;

    @TempDir
    Path dir;

    private final Random random = new Random(SEED);

    @Test
    void anImportKilledAnywhereLeavesAllOrNothing() throws Exception {
        Path list = list(LIST_ROWS);
        for (int trial = 0; trial < TRIALS; trial++) {
            Path db = dir.resolve("import-" + trial + ".db");
            killed(db, "import", "victims", list.toString(), "--source", "list A");
            try (Database d = open(db)) {
                long victims = count(d, "victim");
                assertThat(victims).as("seed %d: victims after a kill", SEED).isIn(0L, (long) LIST_ROWS);
                assertThat(count(d, "source")).as("the source goes with its rows").isEqualTo(victims == 0 ? 0 : 1);
                whole(d);
            }
            assertThat(run(db, "import", "victims", list.toString(), "--source", "list A")).isZero();
            try (Database d = open(db)) {
                assertThat(count(d, "victim")).isEqualTo(LIST_ROWS);
                whole(d);
            }
        }
    }

    @Test
    void anIngestKilledAnywhereKeepsWholeReports() throws Exception {
        List<String> reports = reports(40);
        for (int trial = 0; trial < TRIALS; trial++) {
            Path db = dir.resolve("ingest-" + trial + ".db");
            List<String> args = new ArrayList<>(List.of("ingest", "--source", "field team"));
            args.addAll(reports);
            killed(db, args.toArray(String[]::new));
            try (Database d = open(db)) {
                // every stored report has its figures: a report is written with its claims or not at all
                long bare = d.jdbi().withHandle(h -> h.createQuery(
                        "SELECT COUNT(*) FROM report r WHERE NOT EXISTS (SELECT 1 FROM claim c WHERE c.report_id = r.id)")
                        .mapTo(Long.class).one());
                assertThat(bare).as("seed %d: reports without their figures", SEED).isZero();
                whole(d);
            }
            assertThat(run(db, args.toArray(String[]::new))).isZero();
            try (Database d = open(db)) {
                assertThat(count(d, "report")).isEqualTo(reports.size());
                whole(d);
            }
        }
    }

    @Test
    void aLinkKilledAnywhereLeavesPersonsWithTheirQueueOrThePreviousOnes() throws Exception {
        new org.marsad.link.synthetic.LinkBenchmark(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()))
                .write(List.of(1_500), 4, dir);
        Path list = dir.resolve("generated-1500.csv");
        // one database for all trials (a copy would share the original's audit anchor): the first kill
        // may land before any persons exist, the later ones replace the persons of the run before
        Path db = dir.resolve("link.db");
        assertThat(run(db, "import", "victims", list.toString(), "--source", "lists")).isZero();
        for (int trial = 0; trial < TRIALS; trial++) {
            killed(db, "link");
            try (Database d = open(db)) {
                long persons = count(d, "person");
                long unassigned = d.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM victim WHERE person_id IS NULL")
                        .mapTo(Long.class).one());
                long queued = d.jdbi().withHandle(h -> h.createQuery(
                        "SELECT COUNT(*) FROM link_decision WHERE decision = 'review'").mapTo(Long.class).one());
                if (persons == 0) {
                    assertThat(queued).as("seed %d: a queue without persons", SEED).isZero();
                } else {
                    assertThat(unassigned).as("seed %d: records left without a person", SEED).isZero();
                    assertThat(queued).as("seed %d: persons without their review queue", SEED).isPositive();
                }
                whole(d);
            }
            assertThat(run(db, "link")).isZero();
            try (Database d = open(db)) {
                assertThat(count(d, "person")).isPositive();
                whole(d);
            }
        }
    }

    @Test
    void aBackupKilledAnywhereLeavesTheDatabaseWholeAndNoHalfFile() throws Exception {
        Path db = dir.resolve("backup.db");
        assertThat(run(db, "import", "victims", list(LIST_ROWS).toString(), "--source", "list A")).isZero();
        for (int trial = 0; trial < TRIALS; trial++) {
            Path out = dir.resolve("backup-" + trial + ".marsad");
            killed(db, "backup", "--out", out.toString());
            if (Files.exists(out)) {
                assertThat(Backup.info(out).auditEntries()).as("seed %d: a backup file after a kill is whole", SEED)
                        .isPositive();
                Files.delete(out);
            }
            try (Database d = open(db)) {
                whole(d);
            }
            assertThat(run(db, "backup", "--out", out.toString())).isZero();
            Path restored = dir.resolve("restored-" + trial + ".db");
            assertThat(run(restored, "restore", out.toString())).isZero();
            try (Database d = open(restored)) {
                assertThat(count(d, "victim")).isEqualTo(LIST_ROWS);
                whole(d);
            }
        }
    }

    /** Starts the command and kills it (SIGKILL) at a random moment of its first seconds, unless it ended first. */
    private void killed(Path db, String... args) throws Exception {
        long after = 300 + random.nextInt(5_700);
        Process p = start(db, args);
        if (!p.waitFor(after, TimeUnit.MILLISECONDS)) {
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private int run(Path db, String... args) throws Exception {
        Process p = start(db, args);
        boolean finished = p.waitFor(300, TimeUnit.SECONDS);
        if (!finished) {
            p.destroyForcibly();
        }
        assertThat(finished).as("%s finished; its output: %s", List.of(args), Files.readString(dir.resolve("child.log")))
                .isTrue();
        return p.exitValue();
    }

    /** A child JVM running Marsad's main class from this test's classpath; its key and anchors are this JVM's. */
    private Process start(Path db, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), Main.class.getName(), "--db", db.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("child.log").toFile())).start();
    }

    private static Database open(Path db) {
        return Database.open(db.toString());
    }

    private static long count(Database d, String table) {
        return d.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one());
    }

    /** The invariants every kill must leave: a sound file and an audit trail that verifies. */
    private static void whole(Database d) {
        String integrity = d.jdbi().withHandle(h -> h.createQuery("PRAGMA integrity_check").mapTo(String.class).one());
        assertThat(integrity).as("seed %d: integrity", SEED).isEqualTo("ok");
        assertThat(new AuditLog(d).verify()).as("seed %d: audit trail", SEED).isEmpty();
    }

    private Path list(int rows) throws IOException {
        StringBuilder csv = new StringBuilder("id,name,sex,age,date,place\n");
        for (int i = 0; i < rows; i++) {
            csv.append("R").append(i).append(",name ").append(i).append(" ali,M,").append(i % 90)
                    .append(",2024-0").append(1 + i % 9).append("-1").append(i % 10).append(",Gaza\n");
        }
        Path file = dir.resolve("list-" + rows + ".csv");
        Files.writeString(file, csv);
        return file;
    }

    /** Short English reports, each with a figure of its own. */
    private List<String> reports(int n) throws IOException {
        List<String> files = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Path file = dir.resolve("report-" + i + ".txt");
            Files.writeString(file, (i % 9 + 2) + " civilians were killed and " + (i % 5 + 1)
                    + " were injured when a house was shelled in Gaza on 3 March 2024, report " + i + ".\n");
            files.add(file.toString());
        }
        return files;
    }
}
