package org.marsad.store;

import java.sql.SQLException;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.transaction.SerializableTransactionRunner;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.jdbi.v3.core.transaction.TransactionHandler;

/**
 * PostgreSQL transactions that lost a race run again, a bounded number of times, instead of failing: a
 * serialization failure, a deadlock, or two writers appending to the audit trail at the same place (the
 * chain's unique {@code prev_hash} refuses the second; the later writer failed with HTTP 500 before).
 * Jdbi's runner retries the whole callback in a new transaction; any other error fails at once.
 */
final class RetriedWrites extends SerializableTransactionRunner {
    /** Tries of one transaction: after a lost race the next try reads the winner's commit, so a few suffice. */
    static final int TRIES = 8;

    private static final Set<String> RACES = Set.of(
            "40001", // serialization_failure
            "40P01"); // deadlock_detected
    private static final String UNIQUE_VIOLATION = "23505";

    /** The chain's unique columns: a second entry after the same head is the loser of a race, not bad data. */
    private static final Set<String> CHAIN = Set.of("audit_entry_prev_hash_key", "audit_entry_hash_key");

    RetriedWrites(TransactionHandler delegate) {
        super(delegate);
    }

    /** Installs the retries on a PostgreSQL database's Jdbi. */
    static void install(org.jdbi.v3.core.Jdbi jdbi) {
        jdbi.setTransactionHandler(new RetriedWrites(jdbi.getTransactionHandler()));
        jdbi.getConfig(Configuration.class).setMaxRetries(TRIES - 1);
    }

    /** Each handle gets its own runner: this one, not the plain runner Jdbi would make. */
    @Override
    public TransactionHandler specialize(Handle handle) throws SQLException {
        return new RetriedWrites(getDelegate().specialize(handle));
    }

    /** Only the outermost transaction runs again: an inner one shares its connection and its fate. */
    @Override
    public <R, X extends Exception> R inTransaction(Handle handle, HandleCallback<R, X> callback) throws X {
        return handle.isInTransaction() ? callback.withHandle(handle) : super.inTransaction(handle, callback);
    }

    @Override
    public <R, X extends Exception> R inTransaction(Handle handle, TransactionIsolationLevel level,
                                                    HandleCallback<R, X> callback) throws X {
        return handle.isInTransaction() ? callback.withHandle(handle) : super.inTransaction(handle, level, callback);
    }

    @Override
    protected boolean isSqlState(String expected, Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException e && lostRace(e)) {
                return true;
            }
        }
        return false;
    }

    static boolean lostRace(SQLException e) {
        String state = e.getSQLState();
        if (state == null) {
            return false;
        }
        if (RACES.contains(state)) {
            return true;
        }
        return state.equals(UNIQUE_VIOLATION) && e.getMessage() != null
                && CHAIN.stream().anyMatch(e.getMessage()::contains);
    }
}
