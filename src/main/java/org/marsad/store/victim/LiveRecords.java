package org.marsad.store.victim;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * How many victim records are live (not deleted) and where each thousandth one starts, kept per database
 * so that the victims list does not count a million rows on every page (COUNT(*) over 1M records took
 * 0.2–2 s on the shared VM, issue 17) and a page number far down the list does not step over every record
 * before it (OFFSET 500,000).
 *
 * <p>A snapshot is checked on every use against a fingerprint read through indexes in a few milliseconds:
 * the highest record number and the count and sum of the deleted records' numbers (partial index
 * {@code victim_deleted}, V13). Records are only ever appended with higher numbers and hidden by marking
 * them deleted, so when the fingerprint moves the count is brought up to date exactly from the difference
 * (the records after the old highest number, the deletions among the older ones) without a full count.
 * The anchors of deep pages are rebuilt when a deep page is next asked for. A snapshot older than
 * {@link #RECOUNT_AFTER} is counted afresh anyway: on PostgreSQL two imports may commit out of the order
 * of their numbers, and a restore may replace rows, which the fingerprint cannot see.
 */
final class LiveRecords {
    /** Every how many live records an anchor is kept: a deep page steps over fewer than this many rows. */
    static final int STEP = 1_000;
    private static final Duration RECOUNT_AFTER = Duration.ofMinutes(10);
    /** Records of imports still being written are not live yet. */
    private static final String SETTLED = VictimImports.settled("");
    private static final Map<Jdbi, Snapshot> SNAPSHOTS = Collections.synchronizedMap(new WeakHashMap<>());

    /**
     * What the deleted records, the highest number and the imports still being written (how many, the sum of
     * their numbers) were when {@code count} was taken.
     */
    private record Fingerprint(long maxId, long deleted, long deletedSum, long pending, long pendingSum) {
    }

    /**
     * The count at a fingerprint, and the anchors (the number of the 1st, 1001st, 2001st… live record) when
     * they were built at this same fingerprint, else null.
     */
    private record Snapshot(Fingerprint at, int count, long[] anchors, long takenAt) {
    }

    private final Jdbi jdbi;

    LiveRecords(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** How many records are live now. */
    int count() {
        return jdbi.withHandle(h -> current(h).count());
    }

    /**
     * The number from which the live record at {@code offset} (0 for the first) is found by stepping over
     * fewer than {@link #STEP} records, and how many to step over: anchors built when asked for.
     */
    Start start(int offset) {
        if (offset < STEP) {
            return new Start(0, offset);
        }
        return jdbi.withHandle(h -> {
            Snapshot s = current(h);
            if (s.anchors() == null) {
                s = new Snapshot(s.at(), s.count(), anchors(h), s.takenAt());
                SNAPSHOTS.put(jdbi, s);
            }
            int i = offset / STEP;
            if (i >= s.anchors().length) {
                return new Start(Long.MAX_VALUE, 0);
            }
            return new Start(s.anchors()[i], offset % STEP);
        });
    }

    /** Where a page starts: at record number {@code fromId} or after it, {@code skip} live records on. */
    record Start(long fromId, int skip) {
    }

    private Snapshot current(Handle h) {
        Fingerprint now = fingerprint(h);
        Snapshot s = SNAPSHOTS.get(jdbi);
        long clock = System.nanoTime();
        if (s != null && s.at().equals(now) && clock - s.takenAt() < RECOUNT_AFTER.toNanos()) {
            return s;
        }
        Snapshot next;
        // an import committed or begun or removed changes which records count, not the records: counted afresh
        if (s == null || clock - s.takenAt() >= RECOUNT_AFTER.toNanos() || now.maxId() < s.at().maxId()
                || now.pending() != s.at().pending() || now.pendingSum() != s.at().pendingSum()) {
            next = new Snapshot(now, h.createQuery("SELECT COUNT(*) FROM victim WHERE deleted_at IS NULL AND " + SETTLED)
                    .mapTo(Integer.class).one(), null, clock);
        } else {
            next = new Snapshot(now, s.count() + appendedLive(h, s.at().maxId()) - newlyDeleted(h, s.at()), null, s.takenAt());
        }
        SNAPSHOTS.put(jdbi, next);
        return next;
    }

    private static Fingerprint fingerprint(Handle h) {
        long max = h.createQuery("SELECT COALESCE(MAX(id), 0) FROM victim").mapTo(Long.class).one();
        long[] pending = h.createQuery("SELECT COUNT(*), COALESCE(SUM(id), 0) FROM victim_import WHERE committed_at IS NULL")
                .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2)}).one();
        return h.createQuery("SELECT COUNT(*), COALESCE(SUM(id), 0) FROM victim WHERE deleted_at IS NOT NULL")
                .map((rs, ctx) -> new Fingerprint(max, rs.getLong(1), rs.getLong(2), pending[0], pending[1])).one();
    }

    /** Live records numbered after {@code maxId}: the ones appended since (a range of the primary key). */
    private static int appendedLive(Handle h, long maxId) {
        return h.createQuery("SELECT COUNT(*) FROM victim WHERE id > :m AND deleted_at IS NULL AND " + SETTLED)
                .bind("m", maxId).mapTo(Integer.class).one();
    }

    /** Records numbered up to the old highest that are deleted now, less those deleted then (restores count back). */
    private static int newlyDeleted(Handle h, Fingerprint then) {
        return h.createQuery("SELECT COUNT(*) FROM victim WHERE deleted_at IS NOT NULL AND id <= :m")
                .bind("m", then.maxId()).mapTo(Integer.class).one() - (int) then.deleted();
    }

    /**
     * The number of every {@link #STEP}th live record, from the first: a thousand short steps along the live
     * records' index, about one full scan of it. One query numbering every row (ROW_NUMBER) took 2.5 s on the
     * 1M file where the steps together take what COUNT(*) takes, since each step reads only the index.
     */
    private static long[] anchors(Handle h) {
        List<Long> ids = new java.util.ArrayList<>();
        Long at = h.createQuery("SELECT MIN(id) FROM victim WHERE deleted_at IS NULL AND " + SETTLED).mapTo(Long.class).one();
        while (at != null) {
            ids.add(at);
            at = h.createQuery("SELECT id FROM victim WHERE deleted_at IS NULL AND " + SETTLED + " AND id >= :at ORDER BY id LIMIT 1 OFFSET :step")
                    .bind("at", at).bind("step", STEP).mapTo(Long.class).findOne().orElse(null);
        }
        return ids.stream().mapToLong(Long::longValue).toArray();
    }
}
