package org.marsad.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;

/**
 * Large writes (an import of a list, a restore) in one transaction on one connection set for them. On
 * SQLite that connection keeps its statement journals in memory rather than in a temporary file (a file
 * write for every page a statement touches) and a larger page cache, so the indexes of a large table stay
 * in memory while rows go in; both go back to the defaults before the connection returns to the pool, so
 * the web app's readers keep their small footprint. PostgreSQL needs nothing of this.
 */
public final class BulkWrites {
    /** Page cache of a bulk write, in KiB (SQLite's negative form): 64 MB of native memory, not heap. */
    static final int CACHE_KIB = 65_536;

    private BulkWrites() {
    }

    /** Runs {@code work} in one transaction of {@code db} on a connection set for a bulk write. */
    public static <T, X extends Exception> T inTransaction(Database db, HandleCallback<T, X> work) throws X {
        return db.jdbi().withHandle(h -> inTransaction(h, db.dialect(), work));
    }

    /** {@link #inTransaction(Database, HandleCallback)} on a handle the caller holds. */
    public static <T, X extends Exception> T inTransaction(Handle h, Database.Dialect dialect, HandleCallback<T, X> work)
            throws X {
        if (dialect != Database.Dialect.SQLITE) {
            return h.inTransaction(work);
        }
        long cache = h.createQuery("PRAGMA cache_size").mapTo(Long.class).one();
        h.execute("PRAGMA temp_store = MEMORY");
        h.execute("PRAGMA cache_size = -" + CACHE_KIB);
        T result;
        try {
            result = h.inTransaction(work);
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

    private static void reset(Handle h, long cache) {
        h.execute("PRAGMA temp_store = DEFAULT");
        h.execute("PRAGMA cache_size = " + cache);
    }
}
