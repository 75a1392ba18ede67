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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
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
 * Twenty writers at once on one real SQLite file or PostgreSQL database, as twenty reviewers or imports
 * would be: each transaction reads, then writes, which SQLite refused with SQLITE_BUSY when another had
 * written first, and PostgreSQL refused when another had appended to the audit trail first.
 */
class ConcurrentWritersTest {
    private static final int WRITERS = 20;

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void twentyReviewersConfirmingAtOnceAllSucceed(Dialect dialect) throws Exception {
        try (Database db = TestDatabases.fresh(dialect)) {
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

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void twentyWritersEnteringReportsWithNewSourcesAtOnceAllSucceed(Dialect dialect) throws Exception {
        try (Database db = TestDatabases.fresh(dialect)) {
            Reports reports = new Reports(db);
            Sources sources = new Sources(db);
            List<Throwable> failures = all(i -> reports.store(Report.of(sources.named("list " + i, "observatory").id(),
                    null, "report " + i, "en", LocalDate.of(2024, 1, 1)), List.of(), "editor" + i));
            assertThat(failures).isEmpty();
            assertThat(reports.count()).isEqualTo(WRITERS);
            assertThat(sources.all()).hasSize(WRITERS);
            assertThat(new AuditLog(db).verify()).isEmpty();
        }
    }

    /**
     * Twenty writers appending to the audit trail five times each, on PostgreSQL where two transactions
     * can read the same head (the later one failed on the chain's unique prev_hash): all 100 entries are
     * written, one chain, and the anchor holds its head.
     */
    @ParameterizedTest
    @EnumSource(Dialect.class)
    void twentyWritersAppendingToTheAuditTrailAtOnceMakeOneChain(Dialect dialect) throws Exception {
        try (Database db = TestDatabases.fresh(dialect)) {
            AuditLog log = new AuditLog(db);
            long before = log.head().map(h -> h.entries()).orElse(0L);
            List<Throwable> failures = all(i -> {
                for (int n = 0; n < 5; n++) {
                    log.append("writer" + i, "test.append", "test", i + "-" + n, null, null);
                }
                return null;
            });
            assertThat(failures).isEmpty();
            assertThat(log.head().orElseThrow().entries()).isEqualTo(before + WRITERS * 5);
            assertThat(log.verify()).isEmpty();
        }
    }

    /** A transaction that lost the race for the chain's next place runs again and then commits. */
    @Test
    void aPostgresWriterThatForkedTheChainRunsAgain() {
        try (Database db = TestDatabases.fresh(Dialect.POSTGRESQL)) {
            AuditLog log = new AuditLog(db);
            log.append("first", "test.append", "test", "1", null, null);
            java.util.concurrent.atomic.AtomicInteger tries = new java.util.concurrent.atomic.AtomicInteger();
            db.jdbi().useTransaction(h -> {
                if (tries.incrementAndGet() == 1) {
                    // what a writer that read the head before another's commit writes: a second entry after it
                    String head = AuditLog.head(h).orElseThrow().hash();
                    h.createUpdate("INSERT INTO audit_entry (at, actor, action, entity, prev_hash, hash) "
                            + "VALUES ('2026-12-06T00:00:00Z', 'x', 'x', 'x', :prev, :hash)")
                            .bind("prev", findPrev(h, head))
                            .bind("hash", "f".repeat(64)).execute();
                }
                AuditLog.append(h, "second", "test.append", "test", "2", null, null);
            });
            assertThat(tries.get()).isEqualTo(2);
            assertThat(log.head().orElseThrow().entries()).isEqualTo(log.anchor().read().orElseThrow().entries());
            assertThat(log.verify()).isEmpty();
        }
    }

    /** Other errors are not races: they fail at once. */
    @Test
    void aPostgresWriteThatBreaksAnotherRuleFailsAtOnce() {
        try (Database db = TestDatabases.fresh(Dialect.POSTGRESQL)) {
            java.util.concurrent.atomic.AtomicInteger tries = new java.util.concurrent.atomic.AtomicInteger();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> db.jdbi().useTransaction(h -> {
                tries.incrementAndGet();
                h.createUpdate("INSERT INTO setting (name, value) VALUES ('a', '1')").execute();
                h.createUpdate("INSERT INTO setting (name, value) VALUES ('a', '2')").execute();
            })).hasRootCauseInstanceOf(java.sql.SQLException.class)
                    .satisfies(e -> assertThat(((java.sql.SQLException) org.assertj.core.util.Throwables.getRootCause(e))
                            .getSQLState()).isEqualTo("23505"));
            assertThat(tries.get()).isEqualTo(1);
        }
    }

    /** The prev_hash of the entry whose hash is {@code hash}: writing it again is the fork a race makes. */
    private static String findPrev(org.jdbi.v3.core.Handle h, String hash) {
        return h.createQuery("SELECT prev_hash FROM audit_entry WHERE hash = :h").bind("h", hash).mapTo(String.class).one();
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
