package org.marsad.store.backup;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.link.LinkageCsv;
import org.marsad.link.VictimImport;
import org.marsad.link.name.CrossScriptNames;
import org.marsad.security.Keeping;
import org.marsad.store.Database;
import org.marsad.store.Database.Dialect;
import org.marsad.store.TestDatabases;

/**
 * {@code restore} of a backup holding generated victims into SQLite and into a real PostgreSQL (embedded
 * binaries): prints the rows, the wall time and the test JVM's processor time of each restore (PostgreSQL's
 * own processes not included). Not part of the suite: run it by name with the size,
 * {@code mvn -o -B test -Dtest=RestoreSpeedBenchmark -Dmarsad.bench.rows=200000}.
 */
class RestoreSpeedBenchmark {
    @TempDir
    Path dir;

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    @Test
    void restoreIntoSqliteAndPostgres() {
        String size = System.getProperty("marsad.bench.rows");
        assumeTrue(size != null, "a benchmark: run with -Dmarsad.bench.rows=200000");
        int n = Integer.parseInt(size.strip());
        StringBuilder csv = new StringBuilder("id,name,sex,age,date\n");
        for (int i = 0; i < n; i++) {
            csv.append(i).append(",Name").append(i % 5003).append(" Father").append(i % 97).append(" Family")
                    .append(i % 1013).append(',').append(i % 2 == 0 ? 'M' : 'F').append(',').append(i % 80)
                    .append(",2017-08-").append(10 + i % 18).append('\n');
        }
        List<LinkageCsv.Row> rows = LinkageCsv.rows(new StringReader(csv.toString()), "list.csv");
        Keeping keeping = Keeping.of(Map.of("MARSAD_KEY_FILE", dir.resolve("secret.key").toString(),
                "MARSAD_ANCHORS", dir.resolve("anchors").toString()), notice -> { });
        Path backup = dir.resolve("bench.backup");
        try (Database db = Database.open(TestDatabases.url(Dialect.SQLITE), keeping)) {
            VictimImport.run(db, rows, "list", p -> null, new VictimImport.ListFile("list.csv", "0".repeat(64)), "bench");
            Backup.write(db, backup);
        }
        for (Dialect kind : Dialect.values()) {
            try (Database target = Database.open(TestDatabases.url(kind), keeping)) {
                long start = System.nanoTime();
                long cpu = processCpu();
                Backup.restore(backup, target, "bench", CrossScriptNames::indexKeys, notice -> { });
                System.out.printf("restore %-10s %,d victims: %.1f s, processor %.1f s%n", kind, n,
                        (System.nanoTime() - start) / 1e9, (processCpu() - cpu) / 1e9);
            }
        }
    }
}
