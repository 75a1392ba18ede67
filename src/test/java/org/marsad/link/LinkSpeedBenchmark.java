package org.marsad.link;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marsad.link.synthetic.SyntheticLists;
import org.marsad.store.Database;
import org.marsad.store.Database.Dialect;
import org.marsad.store.ProcessorTime;
import org.marsad.store.TestDatabases;

/**
 * {@code link} over the same generated lists in SQLite and in a real PostgreSQL (embedded binaries): prints
 * records, persons, review pairs and seconds for each, twice each (the second run replaces the first's
 * persons; {@code -Dmarsad.bench.runs=1} for one). Not part of the suite: run it by name with the sizes,
 * {@code mvn -o -B test -Dtest=LinkSpeedBenchmark -Dmarsad.bench.records=100000}; 1M records need
 * {@code -Dmarsad.test.heap=8g}. Each line prints the wall time, the test JVM's processor time and, on
 * PostgreSQL, the server's processes' processor time ({@link ProcessorTime}), and the load average: the
 * machine is shared, and processor time is the figure that does not move with the others' work.
 */
class LinkSpeedBenchmark {
    @Test
    void linkOnSqliteAndPostgres() {
        String sizes = System.getProperty("marsad.bench.records");
        assumeTrue(sizes != null, "a benchmark: run with -Dmarsad.bench.records=100000[,1000000]");
        for (String size : sizes.split(",")) {
            int records = Integer.parseInt(size.strip());
            int runs = Integer.getInteger("marsad.bench.runs", 2);
            List<Database> dbs = new ArrayList<>();
            try {
                // generated once for both databases and unreachable once imported: at 1M records the lists
                // held through the link took the test JVM past 4 GB of heap
                List<LinkageCsv.Row> rows = SyntheticLists.generate(records / 2, 4, 2026).stream()
                        .map(v -> new LinkageCsv.Row(v.record(), Map.of())).toList();
                for (Dialect dialect : Dialect.values()) {
                    Database db = TestDatabases.fresh(dialect);
                    dbs.add(db);
                    Phase phase = Phase.start();
                    VictimImport.run(db, rows, "generated", p -> null, new VictimImport.ListFile("generated.csv",
                            "0".repeat(64)), "bench");
                    System.out.printf("import %-10s %,d records: %s%n", dialect, rows.size(), phase.end(dialect));
                }
                rows = null;
                for (Database db : dbs) {
                    for (int run = 1; run <= runs; run++) {
                        Phase phase = Phase.start();
                        DatabaseLinking.Result result = new DatabaseLinking(db).run(null, "bench");
                        System.out.printf("link %-10s run %d: %,d records, %,d persons, %,d review pairs: %s%n",
                                db.dialect(), run, result.records(), result.persons(), result.review(),
                                phase.end(db.dialect()));
                    }
                }
            } finally {
                dbs.forEach(Database::close);
            }
        }
    }

    /** Wall time, the JVM's and PostgreSQL's processor time, and the load, from a start to an end. */
    private record Phase(long nanos, double jvm, double server, double load) {
        static Phase start() {
            return new Phase(System.nanoTime(), ProcessorTime.jvm(), ProcessorTime.postgres(), ProcessorTime.load());
        }

        String end(Dialect dialect) {
            String line = String.format("%.1f s, processor %.1f s", (System.nanoTime() - nanos) / 1e9,
                    ProcessorTime.jvm() - jvm);
            if (dialect == Dialect.POSTGRESQL) {
                line += String.format(" + server %.1f s", ProcessorTime.postgres() - server);
            }
            return line + String.format(", load %.1f-%.1f", load, ProcessorTime.load());
        }
    }
}
