package org.marsad.store;

import java.time.Duration;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;

/**
 * Large writes (an import of a list, a restore, a link run's persons) in one transaction on one connection
 * set for them. On SQLite that connection keeps its statement journals in memory rather than in a temporary
 * file (a file write for every page a statement touches) and a larger page cache, so the indexes of a large
 * table stay in memory while rows go in; both go back to the defaults before the connection returns to the
 * pool, so the web app's readers keep their small footprint. PostgreSQL needs nothing of this.
 *
 * <p>SQLite has one writer at a time, and a large write holds the write lock for minutes: a second import
 * started meanwhile gave up after the connection's busy timeout (5 of 6 imports started together failed,
 * {@code WritesUnderLoadBenchmark}). A bulk write that finds the lock taken says so and waits for it up to
 * {@link #WAIT}, then fails with nothing written. Ordinary writes keep the connection's 10 s: a
 * web request should not hang for an import.
 */
public final class BulkWrites {
    /** Page cache of a bulk write, in KiB (SQLite's negative form): 64 MB of native memory, not heap. */
    static final int CACHE_KIB = 65_536;
    /** How long a bulk write waits for another writer: a 3-million-row import took 49 minutes on a loaded VM. */
    public static final Duration WAIT = Duration.ofHours(2);
    /** SQLite's default: the write-ahead log is copied into the file at a commit that finds it this many pages long. */
    private static final int AUTO_CHECKPOINT = 1_000;
    /** A wait for the lock longer than this is told: a web write holds it for milliseconds, an import for minutes. */
    static final Duration PROBE = Duration.ofSeconds(2);

    private BulkWrites() {
    }

    /**
     * Runs {@code work} in one transaction of {@code db} on a connection set for a bulk write; a wait for
     * another writer is told to the database's notices (stderr for the command line).
     */
    public static <T, X extends Exception> T inTransaction(Database db, HandleCallback<T, X> work) throws X {
        Consumer<String> notices = db.keeping() == null ? n -> { } : db.keeping().notices();
        return db.jdbi().withHandle(h -> inTransaction(h, db.dialect(), work, notices));
    }

    /** {@link #inTransaction(Database, HandleCallback)} on a handle the caller holds; a wait is not told. */
    public static <T, X extends Exception> T inTransaction(Handle h, Database.Dialect dialect, HandleCallback<T, X> work)
            throws X {
        return inTransaction(h, dialect, work, n -> { });
    }

    private static <T, X extends Exception> T inTransaction(Handle h, Database.Dialect dialect,
                                                            HandleCallback<T, X> work, Consumer<String> notices)
            throws X {
        if (dialect != Database.Dialect.SQLITE) {
            return h.inTransaction(work);
        }
        long cache = prepare(h);
        T result;
        try {
            result = waitingForTheLock(h, work, notices);
        } catch (Throwable failure) {
            try {
                reset(h, cache);
            } catch (RuntimeException alsoFailed) {
                failure.addSuppressed(alsoFailed);
            }
            throw failure;
        }
        reset(h, cache);
        return result;
    }

    /** Sets the connection for a bulk write; returns its page cache before, to {@link #reset} it to. */
    private static long prepare(Handle h) {
        long cache = h.createQuery("PRAGMA cache_size").mapTo(Long.class).one();
        h.execute("PRAGMA temp_store = MEMORY");
        h.execute("PRAGMA cache_size = -" + CACHE_KIB);
        return cache;
    }

    /**
     * A connection set for a bulk write that runs many short transactions, each waiting for the write lock
     * as {@link #inTransaction(Database, HandleCallback)} does: an import writing its rows in commits of
     * their own so that other writers get the lock between them. A wait is told once a session. Close it to
     * give the connection back as it was.
     */
    public static Session session(Database db) {
        Consumer<String> notices = db.keeping() == null ? n -> { } : db.keeping().notices();
        Handle h = db.jdbi().open();
        try {
            if (db.dialect() == Database.Dialect.SQLITE) {
                // the session copies its commits from the write-ahead log into the file itself, after each
                // commit, with the lock free: the automatic copy ran inside the commit, lengthening every
                // batch's hold and (measured as part of it) shrinking the batches
                h.execute("PRAGMA wal_autocheckpoint = 0");
            }
            return new Session(h, db.dialect(), db.dialect() == Database.Dialect.SQLITE ? prepare(h) : 0, notices);
        } catch (RuntimeException e) {
            h.close();
            throw e;
        }
    }

    /** See {@link #session(Database)}. */
    public static final class Session implements AutoCloseable {
        private final Handle h;
        private final Database.Dialect dialect;
        private final long cache;
        private final Consumer<String> notices;
        private boolean told;

        private Session(Handle h, Database.Dialect dialect, long cache, Consumer<String> notices) {
            this.h = h;
            this.dialect = dialect;
            this.cache = cache;
            this.notices = notices;
        }

        /** Runs {@code work} in one transaction of its own, waiting for the write lock as long as a bulk write does. */
        public <T, X extends Exception> T inTransaction(HandleCallback<T, X> work) throws X {
            if (dialect != Database.Dialect.SQLITE) {
                return h.inTransaction(work);
            }
            T result = waitingForTheLock(h, work, notice -> {
                if (!told) {
                    told = true;
                    notices.accept(notice);
                }
            });
            // PASSIVE: copies what no reader still needs, never waits for readers or writers
            h.createQuery("PRAGMA wal_checkpoint(PASSIVE)").mapTo(Integer.class).list();
            return result;
        }

        /** The session's connection, for what needs no transaction of its own. */
        public Handle handle() {
            return h;
        }

        @Override
        public void close() {
            try {
                if (dialect == Database.Dialect.SQLITE) {
                    reset(h, cache);
                    h.execute("PRAGMA wal_autocheckpoint = " + AUTO_CHECKPOINT);
                }
            } finally {
                h.close();
            }
        }
    }

    /**
     * The transaction, waiting up to {@link #WAIT} for the write lock, and saying so when another writer
     * still holds it after {@link #PROBE}. The lock is probed with a bare {@code BEGIN IMMEDIATE}: a failed
     * begin inside Jdbi's transaction leaves the driver believing a transaction is open, and the handle
     * then fails to close.
     */
    private static <T, X extends Exception> T waitingForTheLock(Handle h, HandleCallback<T, X> work,
                                                                Consumer<String> notices) throws X {
        long timeout = h.createQuery("PRAGMA busy_timeout").mapTo(Long.class).one();
        try {
            h.execute("PRAGMA busy_timeout = " + PROBE.toMillis());
            try {
                h.execute("BEGIN IMMEDIATE");
                h.execute("ROLLBACK");
            } catch (RuntimeException busy) {
                if (!DatabaseFailure.busy(busy)) {
                    throw busy;
                }
                notices.accept("marsad: waiting for another write (an import, a link, a restore) to finish, up to "
                        + WAIT.toMinutes() + " minutes · بانتظار انتهاء كتابة أخرى (استيراد أو ربط أو استعادة)، حتى "
                        + WAIT.toMinutes() + " دقيقة");
            }
            h.execute("PRAGMA busy_timeout = " + WAIT.toMillis());
            return h.inTransaction(work);
        } finally {
            h.execute("PRAGMA busy_timeout = " + timeout);
        }
    }

    private static void reset(Handle h, long cache) {
        h.execute("PRAGMA temp_store = DEFAULT");
        h.execute("PRAGMA cache_size = " + cache);
    }
}
