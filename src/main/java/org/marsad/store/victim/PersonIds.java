package org.marsad.store.victim;

import org.jdbi.v3.core.Handle;
import org.marsad.store.Database;

/** New person ids taken in one step from the person table's own sequence, for a set-based write. */
final class PersonIds {
    private PersonIds() {
    }

    /**
     * {@code count} ids never used before. PostgreSQL hands them out of the identity sequence (other writers
     * get others); SQLite's AUTOINCREMENT counter is read and moved past them under the write lock that the
     * caller's transaction holds.
     */
    static long[] take(Handle h, Database.Dialect dialect, int count) {
        if (dialect == Database.Dialect.POSTGRESQL) {
            return h.createQuery("SELECT nextval(pg_get_serial_sequence('person', 'id')) FROM generate_series(1, :n)")
                    .bind("n", count).mapTo(Long.class).stream().mapToLong(Long::longValue).toArray();
        }
        long last = h.createQuery("SELECT COALESCE(MAX(seq), 0) FROM sqlite_sequence WHERE name = 'person'")
                .mapTo(Long.class).one();
        long[] ids = new long[count];
        for (int i = 0; i < count; i++) {
            ids[i] = last + 1 + i;
        }
        // inserting an explicit id moves the counter past it, so the next AUTOINCREMENT id follows these
        return ids;
    }
}
