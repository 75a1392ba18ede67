package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.marsad.extract.Claim;
import org.marsad.extract.Group;
import org.marsad.extract.Outcome;
import org.marsad.extract.Qualifier;
import org.marsad.extract.Span;
import org.marsad.store.Database.Dialect;
import org.marsad.store.audit.AuditLog;
import org.marsad.store.report.Report;
import org.marsad.store.report.Reports;
import org.marsad.store.report.StoredClaim;
import org.marsad.store.source.Sources;

/**
 * Twenty writers at once on one real SQLite file, as twenty reviewers or imports would be: each
 * transaction reads, then writes, which SQLite refused with SQLITE_BUSY when another had written first.
 */
class ConcurrentWritersTest {
    private static final int WRITERS = 20;

    @Test
    void twentyReviewersConfirmingAtOnceAllSucceed() throws Exception {
        try (Database db = TestDatabases.fresh(Dialect.SQLITE)) {
            Reports reports = new Reports(db);
            List<Claim> claims = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                claims.add(new Claim(Outcome.KILLED, i + 1, Qualifier.EXACT, Group.CIVILIAN, null, null, null, null,
                        null, null, new Span(i, i + 1)));
            }
            long reportId = reports.store(Report.of(null, null, "x".repeat(WRITERS), "en", null), claims).report().id();
            List<StoredClaim> stored = reports.claims(reportId);
            List<Throwable> failures = all(i -> reports.review(stored.get(i).id(), ReviewStatus.CONFIRMED,
                    stored.get(i).version(), "reviewer" + i));
            assertThat(failures).isEmpty();
            assertThat(reports.claims(reportId)).extracting(StoredClaim::status).containsOnly(ReviewStatus.CONFIRMED);
            assertThat(new AuditLog(db).verify()).isEmpty();
        }
    }

    @Test
    void twentyWritersEnteringReportsWithNewSourcesAtOnceAllSucceed() throws Exception {
        try (Database db = TestDatabases.fresh(Dialect.SQLITE)) {
            Reports reports = new Reports(db);
            Sources sources = new Sources(db);
            List<Throwable> failures = all(i -> reports.store(Report.of(sources.named("list " + i, "observatory").id(),
                    null, "report " + i, "en", LocalDate.of(2024, 1, 1)), List.of(), "editor" + i));
            assertThat(failures).isEmpty();
            assertThat(reports.count()).isEqualTo(WRITERS);
            assertThat(sources.all()).hasSize(WRITERS);
        }
    }

    private interface Write {
        Object run(int writer) throws Exception;
    }

    /** Runs {@code write} on {@link #WRITERS} threads released together; returns what each threw. */
    private static List<Throwable> all(Write write) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> results = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            int writer = i;
            Callable<Object> task = () -> {
                start.await();
                return write.run(writer);
            };
            results.add(pool.submit(task));
        }
        start.countDown();
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        for (Future<Object> f : results) {
            try {
                f.get(120, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException e) {
                failures.add(e.getCause());
            }
        }
        pool.shutdown();
        return failures;
    }
}
