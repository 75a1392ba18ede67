package org.marsad.store.victim;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marsad.store.BulkWrites;
import org.marsad.store.Database;
import org.marsad.store.Database.Dialect;
import org.marsad.store.ProcessorTime;
import org.marsad.store.TestDatabases;

/**
 * {@code link}'s write of persons alone ({@link Victims#assignPersons}) on SQLite, for records written
 * straight into the table (a recursive query: seconds, not an import's minutes) and put into clusters of one
 * to four at random, as a link run finds them all over the table. Prints wall and processor time. Not part of
 * the suite: {@code mvn -o -B test -Dtest=AssignPersonsBenchmark -Dmarsad.bench.records=1000000}.
 */
class AssignPersonsBenchmark {
    @Test
    void assignPersonsOnSqlite() {
        String size = System.getProperty("marsad.bench.records");
        assumeTrue(size != null, "a benchmark: run with -Dmarsad.bench.records=1000000");
        int records = Integer.parseInt(size.strip());
        try (Database db = TestDatabases.fresh(Dialect.SQLITE)) {
            db.jdbi().useTransaction(h -> {
                h.execute("INSERT INTO source (name, kind, reliability, created_at) VALUES ('bench', 'list', 'C', '2026-12-06')");
                h.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " + records + ") "
                        + "INSERT INTO victim (source_id, record_key, full_name, sex, age, died_on, place_text) "
                        + "SELECT 1, 'r' || i, 'name ' || (i * 7919 % 100003) || ' father ' || (i % 997) || ' family ' "
                        + "|| (i % 5003), CASE i % 2 WHEN 0 THEN 'M' ELSE 'F' END, i % 90, '2024-01-' || (10 + i % 18), "
                        + "'place ' || (i % 3001) FROM n");
            });
            List<Long> ids = db.jdbi().withHandle(h -> h.createQuery("SELECT id FROM victim").mapTo(Long.class).list());
            Collections.shuffle(ids, new Random(2026));
            List<List<Long>> clusters = new ArrayList<>();
            Random sizes = new Random(16);
            for (int i = 0; i < ids.size(); ) {
                int n = Math.min(ids.size() - i, 1 + sizes.nextInt(4));
                clusters.add(new ArrayList<>(ids.subList(i, i + n)));
                i += n;
            }
            for (int run = 1; run <= 2; run++) {
                long start = System.nanoTime();
                double cpu = ProcessorTime.jvm();
                double load = ProcessorTime.load();
                BulkWrites.inTransaction(db, h -> {
                    Victims.assignPersons(h, Dialect.SQLITE, clusters);
                    return null;
                });
                System.out.printf("assign persons, SQLite, run %d: %,d records, %,d persons: %.1f s, processor %.1f s, "
                                + "load %.1f-%.1f%n", run, records, clusters.size(), (System.nanoTime() - start) / 1e9,
                        ProcessorTime.jvm() - cpu, load, ProcessorTime.load());
            }
        }
    }
}
