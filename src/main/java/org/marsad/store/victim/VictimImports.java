package org.marsad.store.victim;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.marsad.InputError;
import org.marsad.store.BulkWrites;
import org.marsad.store.Columns;
import org.marsad.store.Database;
import org.marsad.store.audit.AuditJson;
import org.marsad.store.audit.AuditLog;
import org.marsad.store.source.Source;
import org.marsad.store.source.Sources;

/**
 * Imports of victim lists while they are written. SQLite has one writer at a time, and an import written
 * in one transaction held that lock for minutes (a web write during a 300,000-row import waited 12 s and
 * was refused, issue 16). So on SQLite an import writes its rows in short commits of their own, each row
 * marked with its import, and they count for nothing until one last short commit marks the import
 * committed: every reader of the records asks for {@link #SETTLED}, and a backup leaves pending imports
 * out. An import whose process died is removed by the next process that opens the database
 * ({@link #cleanUp}), or by the next import into the same source. Staging the rows elsewhere and moving
 * them in with one {@code INSERT … SELECT} was measured and dropped: the move of 300,000 rows with their
 * 2.3 million name keys held the lock 48.8 s (the whole import held it 50.2 s), the records alone 6.3 s.
 *
 * <p>PostgreSQL has no single write lock: there an import stays one transaction (a killed one leaves
 * nothing), and what other writers would wait on is taken only at its end (the audit chain's lock, the
 * change counter's row).
 */
public final class VictimImports {
    /** SQL: the victim row {@code v} belongs to no import still being written. */
    public static final String SETTLED = settled("v");

    /** How long a batch should hold SQLite's write lock: a web write waits for one batch at most. */
    static final Duration HOLD = Duration.ofMillis(500);
    /**
     * How long the lock is left free between two batches at least: a writer waiting on SQLite's busy
     * handler tries again every 100 ms at most, and must find the lock free when it does.
     */
    static final Duration GAP = Duration.ofMillis(120);
    /** Small: the first batch runs in a cold process (classes loaded, code not yet compiled). */
    static final int FIRST_BATCH = 500;
    static final int MIN_BATCH = 500;
    static final int MAX_BATCH = 20_000;
    /** Rows per statement group on PostgreSQL, where the batch size decides only the heap an import needs. */
    static final int SERVER_BATCH = 5_000;
    /** Records removed per commit when an import is abandoned. */
    static final int REMOVE_BATCH = 5_000;
    /** How often an import waiting for another import into the same source looks again. */
    private static final Duration POLL = Duration.ofMillis(500);

    private VictimImports() {
    }

    /** {@link #SETTLED} for the victim table under another alias, or none ({@code ""}). */
    public static String settled(String alias) {
        String column = alias.isEmpty() ? "import_id" : alias + ".import_id";
        return "(" + column + " IS NULL OR " + column
                + " NOT IN (SELECT pi.id FROM victim_import pi WHERE pi.committed_at IS NULL))";
    }

    /** An import not yet committed, as the database records it. */
    record Pending(long id, long sourceId, boolean sourceCreated, String fileName, String sha256, String owner,
                   long idsAfter, String startedAt) {
    }

    /** Who runs an import: this process, by its id and start, so that a dead one is told from a live one. */
    static String owner() {
        ProcessHandle self = ProcessHandle.current();
        return self.pid() + "@" + self.info().startInstant().map(java.time.Instant::toEpochMilli).orElse(0L);
    }

    /** Whether the process that {@code owner} names still runs (on this machine: an SQLite file is not shared). */
    static boolean alive(String owner) {
        int at = owner.indexOf('@');
        long pid;
        long started;
        try {
            pid = Long.parseLong(owner.substring(0, at));
            started = Long.parseLong(owner.substring(at + 1));
        } catch (RuntimeException e) {
            return false;
        }
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .map(p -> started == 0 || p.info().startInstant().map(i -> i.toEpochMilli() == started).orElse(true))
                .orElse(false);
    }

    /**
     * Starts an import into the source named {@code source} (created if new, audited when the import
     * commits). On SQLite, another import into the same source still running is waited for (told to the
     * database's notices), and one whose process died is removed first.
     */
    public static Writing begin(Database db, String source, String fileName, String sha256, String actor) {
        if (db.dialect() != Database.Dialect.SQLITE) {
            Handle h = db.jdbi().open();
            try {
                h.begin();
                // the change counter's row is moved at the end, not locked from the first row on (V15)
                h.execute("SET LOCAL marsad.defer_version = 'on'");
                Object started = start(h, source, fileName, sha256, true);
                return new Writing(db, null, h, (Pending) started, actor);
            } catch (RuntimeException e) {
                h.rollback();
                h.close();
                throw e;
            }
        }
        BulkWrites.Session session = BulkWrites.session(db);
        try {
            Consumer<String> notices = db.keeping() == null ? n -> { } : db.keeping().notices();
            long deadline = System.nanoTime() + BulkWrites.WAIT.toNanos();
            boolean told = false;
            while (true) {
                Object started = session.inTransaction(h -> start(h, source, fileName, sha256, false));
                if (started instanceof Pending mine) {
                    return new Writing(db, session, null, mine, actor);
                }
                Pending other = (Pending) ((Object[]) started)[0];
                if (!alive(other.owner())) {
                    abandon(session, other, Sources.SYSTEM, notices);
                    continue;
                }
                if (!told) {
                    told = true;
                    notices.accept("marsad: waiting for another import into the same source to finish · "
                            + "بانتظار انتهاء استيراد آخر إلى المصدر نفسه");
                }
                if (System.nanoTime() > deadline) {
                    throw new InputError("another import into the same source has been running for more than "
                            + BulkWrites.WAIT.toMinutes() + " minutes; nothing was written · استيراد آخر إلى المصدر نفسه ما زال جارياً");
                }
                sleep(POLL);
            }
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
    }

    /**
     * In one transaction: the import's row (and its source, if new), or, when another import into the same
     * source is still pending, that import wrapped in an array.
     */
    private static Object start(Handle h, String name, String fileName, String sha256, boolean alone) {
        Source source = Sources.find(h, name).orElse(null);
        boolean created = false;
        if (source != null && !alone) {
            var other = h.createQuery("SELECT * FROM victim_import WHERE source_id = :s AND committed_at IS NULL "
                    + "ORDER BY id LIMIT 1").bind("s", source.id()).map(VictimImports::pending).findOne();
            if (other.isPresent()) {
                return new Object[] {other.get()};
            }
        }
        if (source == null) {
            source = Sources.addUnaudited(h, Source.of(name, "list"));
            created = true;
        }
        long after = h.createQuery("SELECT COALESCE(MAX(id), 0) FROM victim").mapTo(Long.class).one();
        String at = Columns.now().toString();
        String owner = owner();
        long id = h.createQuery("INSERT INTO victim_import (source_id, source_created, file_name, sha256, owner, ids_after, "
                        + "started_at) VALUES (:s, :created, :file, :sha, :owner, :after, :at) RETURNING id")
                .bind("s", source.id()).bind("created", created ? 1 : 0).bind("file", fileName).bind("sha", sha256)
                .bind("owner", owner).bind("after", after).bind("at", at).mapTo(Long.class).one();
        return new Pending(id, source.id(), created, fileName, sha256, owner, after, at);
    }

    private static Pending pending(java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx)
            throws java.sql.SQLException {
        return new Pending(rs.getLong("id"), rs.getLong("source_id"), rs.getInt("source_created") == 1,
                rs.getString("file_name"), rs.getString("sha256"), rs.getString("owner"), rs.getLong("ids_after"),
                rs.getString("started_at"));
    }

    /**
     * Removes the imports on this SQLite database whose process died before they committed: their records
     * (with their name keys), their row, and their source if they created it and nothing else uses it, each
     * removal audited. Returns how many imports were removed. PostgreSQL has none: an import there is one
     * transaction.
     */
    public static int cleanUp(Database db) {
        if (db.dialect() != Database.Dialect.SQLITE) {
            return 0;
        }
        List<Pending> pending = db.jdbi().withHandle(h -> h.createQuery(
                "SELECT * FROM victim_import WHERE committed_at IS NULL ORDER BY id").map(VictimImports::pending).list());
        int removed = 0;
        for (Pending p : pending) {
            if (alive(p.owner())) {
                continue;
            }
            Consumer<String> notices = db.keeping() == null ? n -> { } : db.keeping().notices();
            try (BulkWrites.Session session = BulkWrites.session(db)) {
                abandon(session, p, Sources.SYSTEM, notices);
            }
            removed++;
        }
        return removed;
    }

    /**
     * Removes a pending import's records in short commits (they count for nothing, so no reader sees the
     * difference), then in one commit its row, its source if it made it and nothing else uses it, and an
     * audit entry. Another process removing the same import meanwhile is harmless: the last step is done once.
     */
    private static void abandon(BulkWrites.Session session, Pending p, String actor, Consumer<String> notices) {
        notices.accept("marsad: removing the records of an import that did not finish (" + p.fileName() + ", started "
                + p.startedAt() + ") · حذف سجلات استيراد لم يكتمل");
        long removed = 0;
        while (true) {
            int n = session.inTransaction(h -> h.createUpdate("DELETE FROM victim WHERE id IN (SELECT id FROM victim "
                            + "WHERE id > :after AND import_id = :i ORDER BY id LIMIT :n)")
                    .bind("after", p.idsAfter()).bind("i", p.id()).bind("n", REMOVE_BATCH).execute());
            removed += n;
            if (n < REMOVE_BATCH) {
                break;
            }
        }
        long total = removed;
        session.inTransaction(h -> {
            h.createUpdate("DELETE FROM victim WHERE id > :after AND import_id = :i")
                    .bind("after", p.idsAfter()).bind("i", p.id()).execute();
            if (h.createUpdate("DELETE FROM victim_import WHERE id = :i AND committed_at IS NULL").bind("i", p.id()).execute() == 0) {
                return null;
            }
            if (p.sourceCreated()) {
                boolean used = h.createQuery("SELECT (SELECT COUNT(*) FROM victim WHERE source_id = :s) "
                                + "+ (SELECT COUNT(*) FROM report WHERE source_id = :s) "
                                + "+ (SELECT COUNT(*) FROM victim_import WHERE source_id = :s)")
                        .bind("s", p.sourceId()).mapTo(Long.class).one() > 0;
                if (used) {
                    // another writer took the source while the import ran: it stays, and its creation is told
                    Sources.audited(h, Sources.byId(h, p.sourceId()), actor);
                } else {
                    h.createUpdate("DELETE FROM source WHERE id = :s").bind("s", p.sourceId()).execute();
                }
            }
            AuditLog.append(h, actor, "victims.import.abandoned", "source", Long.toString(p.sourceId()), null,
                    AuditJson.of("file", p.fileName(), "sha256", p.sha256(), "started_at", p.startedAt(),
                            "removed", total, "source_removed", p.sourceCreated()));
            return null;
        });
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for another import", e);
        }
    }

    /**
     * An import being written: batches of records ({@link #write}), then {@link #commit}. Closed without a
     * commit, it removes what it wrote (on PostgreSQL its transaction rolls back).
     */
    public static final class Writing implements AutoCloseable {
        private final Database db;
        private final BulkWrites.Session session;
        private final Handle server;
        private final Pending pending;
        private final String actor;
        private long added;
        private long unchanged;
        private int batch;
        private long freeSince;
        private long longestHold;
        private long commitHold;
        private boolean committed;

        private Writing(Database db, BulkWrites.Session session, Handle server, Pending pending, String actor) {
            this.db = db;
            this.session = session;
            this.server = server;
            this.pending = pending;
            this.actor = actor;
            this.batch = session == null ? SERVER_BATCH : FIRST_BATCH;
            this.freeSince = System.nanoTime();
        }

        /** The source the records go into. */
        public long sourceId() {
            return pending.sourceId();
        }

        /**
         * How many records the next batch should hold: on SQLite, as many as its write lock can take in
         * about {@link #HOLD}, from the time the batches before took.
         */
        public int batchSize() {
            return batch;
        }

        /** Writes a batch of records with the name keys {@code keysOf} gives their names; they count once committed. */
        public void write(List<Victim> records, Function<String, Set<String>> keysOf) {
            if (records.isEmpty()) {
                return;
            }
            if (server != null) {
                count(Victims.addAll(server, records, keysOf, pending.id()));
                return;
            }
            long wait = GAP.toNanos() - (System.nanoTime() - freeSince);
            if (wait > 0) {
                sleep(Duration.ofNanos(wait));
            }
            long[] locked = new long[1];
            Victims.ImportResult r = session.inTransaction(h -> {
                locked[0] = System.nanoTime();
                return Victims.addAll(h, records, keysOf, pending.id());
            });
            freeSince = System.nanoTime();
            count(r);
            longestHold = Math.max(longestHold, freeSince - locked[0]);
            double held = Math.max(1, freeSince - locked[0]);
            double factor = Math.max(0.5, Math.min(2.0, HOLD.toNanos() / held));
            batch = (int) Math.max(MIN_BATCH, Math.min(MAX_BATCH, Math.round(records.size() * factor)));
        }

        /** The longest a batch held SQLite's write lock so far (zero on PostgreSQL), for benchmarks. */
        public Duration longestHold() {
            return Duration.ofNanos(longestHold);
        }

        /** How long the last commit, which makes the records count, held SQLite's write lock (zero on PostgreSQL). */
        public Duration commitHold() {
            return Duration.ofNanos(commitHold);
        }

        private void count(Victims.ImportResult r) {
            added += r.added();
            unchanged += r.unchanged();
        }

        /**
         * Makes the records count, in one short transaction: the import marked committed, its source's creation
         * (if it made it) and the import audited with the file's name, SHA-256 and {@code rows}, the change counter moved.
         */
        public Victims.ImportResult commit(long rows) {
            Victims.ImportResult result = new Victims.ImportResult(Math.toIntExact(added), Math.toIntExact(rows - added));
            // made before the lock is taken: the first JSON a process writes loads its library (1.5 s measured
            // on a loaded machine, all of it inside the lock when it was made there)
            String audited = AuditJson.of("file", pending.fileName(), "sha256", pending.sha256(), "rows", rows,
                    "added", result.added(), "unchanged", result.unchanged());
            if (server != null) {
                finish(server, audited);
                server.commit();
            } else {
                long[] locked = new long[1];
                session.inTransaction(h -> {
                    locked[0] = System.nanoTime();
                    finish(h, audited);
                    return null;
                });
                commitHold = System.nanoTime() - locked[0];
            }
            committed = true;
            return result;
        }

        private void finish(Handle h, String audited) {
            if (pending.sourceCreated()) {
                Sources.audited(h, Sources.byId(h, pending.sourceId()), actor);
            }
            int marked = h.createUpdate("UPDATE victim_import SET committed_at = :at WHERE id = :i AND committed_at IS NULL")
                    .bind("at", Columns.now().toString()).bind("i", pending.id()).execute();
            if (marked != 1) {
                throw new IllegalStateException("import " + pending.id() + " was removed while it ran");
            }
            // no record changed, but which records count did
            h.execute(db.dialect() == Database.Dialect.SQLITE ? "UPDATE data_version SET n = n + 1"
                    : "UPDATE data_version SET n = n + 1, moved_by = txid_current() WHERE moved_by IS DISTINCT FROM txid_current()");
            AuditLog.append(h, actor, "victims.import", "source", Long.toString(pending.sourceId()), null, audited);
        }

        @Override
        public void close() {
            if (server != null) {
                try {
                    if (!committed) {
                        server.rollback();
                    }
                } finally {
                    server.close();
                }
                return;
            }
            try {
                if (!committed) {
                    abandon(session, pending, actor, n -> { });
                }
            } finally {
                session.close();
            }
        }
    }
}
