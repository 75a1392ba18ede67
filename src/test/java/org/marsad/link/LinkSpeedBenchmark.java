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
 * persons). Not part of the suite: run it by name with the sizes,
 * {@code mvn -o -B test -Dtest=LinkSpeedBenchmark -Dmarsad.bench.records=100000}.
 */
class LinkSpeedBenchmark {
    @Test
    void linkOnSqliteAndPostgres() {
        String sizes = System.getProperty("marsad.bench.records");
        assumeTrue(sizes != null, "a benchmark: run with -Dmarsad.bench.records=100000[,1000000]");
        for (String size : sizes.split(",")) {
            int records = Integer.parseInt(size.strip());
            List<LinkageCsv.Row> rows = SyntheticLists.generate(records / 2, 4, 2026).stream()
                    .map(v -> new LinkageCsv.Row(v.record(), Map.of())).toList();
            for (Dialect dialect : Dialect.values()) {
                try (Database db = TestDatabases.fresh(dialect)) {
                    VictimImport.run(db, rows, "generated", p -> null, new VictimImport.ListFile("generated.csv",
                            "0".repeat(64)), "bench");
                    for (int run = 1; run <= 2; run++) {
                        long start = System.nanoTime();
                        DatabaseLinking.Result result = new DatabaseLinking(db).run(null, "bench");
                        System.out.printf("link %-10s run %d: %,d records, %,d persons, %,d review pairs: %.1f s%n",
                                dialect, run, result.records(), result.persons(), result.review(),
                                (System.nanoTime() - start) / 1e9);
                    }
                }
            }
        }
    }
}
