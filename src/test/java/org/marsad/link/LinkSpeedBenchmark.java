package org.marsad.link;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marsad.link.synthetic.SyntheticLists;
import org.marsad.store.Database;
import org.marsad.store.Database.Dialect;
import org.marsad.store.TestDatabases;

/**
 * {@code link} over the same generated lists in SQLite and in a real PostgreSQL (embedded binaries): prints
 * records, persons, review pairs and seconds for each, twice each (the second run replaces the first's
 * persons; {@code -Dmarsad.bench.runs=1} for one). Not part of the suite: run it by name with the sizes,
 * {@code mvn -o -B test -Dtest=LinkSpeedBenchmark -Dmarsad.bench.records=100000}; 1M records need
 * {@code -Dmarsad.test.heap=4g}. Each line prints the run's wall time and the test JVM's processor time
 * (PostgreSQL's own processes not included).
 */
class LinkSpeedBenchmark {
    /** The test JVM's processor time so far, in nanoseconds (every thread, the garbage collector's too). */
    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    @Test
    void linkOnSqliteAndPostgres() {
        String sizes = System.getProperty("marsad.bench.records");
        assumeTrue(sizes != null, "a benchmark: run with -Dmarsad.bench.records=100000[,1000000]");
        for (String size : sizes.split(",")) {
            int records = Integer.parseInt(size.strip());
            int runs = Integer.getInteger("marsad.bench.runs", 2);
            for (Dialect dialect : Dialect.values()) {
                try (Database db = TestDatabases.fresh(dialect)) {
                    // generated again for each database, and unreachable once imported: at 1M records the
                    // lists held through the link took the test JVM past 4 GB of heap
                    List<LinkageCsv.Row> rows = SyntheticLists.generate(records / 2, 4, 2026).stream()
                            .map(v -> new LinkageCsv.Row(v.record(), Map.of())).toList();
                    int imported = rows.size();
                    long start = System.nanoTime();
                    long cpu = processCpu();
                    VictimImport.run(db, rows, "generated", p -> null, new VictimImport.ListFile("generated.csv",
                            "0".repeat(64)), "bench");
                    rows = null;
                    System.out.printf("import %-10s %,d records: %.1f s, processor %.1f s%n", dialect, imported,
                            (System.nanoTime() - start) / 1e9, (processCpu() - cpu) / 1e9);
                    for (int run = 1; run <= runs; run++) {
                        start = System.nanoTime();
                        cpu = processCpu();
                        DatabaseLinking.Result result = new DatabaseLinking(db).run(null, "bench");
                        System.out.printf("link %-10s run %d: %,d records, %,d persons, %,d review pairs: %.1f s, "
                                        + "processor %.1f s%n", dialect, run, result.records(), result.persons(),
                                result.review(), (System.nanoTime() - start) / 1e9, (processCpu() - cpu) / 1e9);
                    }
                }
            }
        }
    }
}
