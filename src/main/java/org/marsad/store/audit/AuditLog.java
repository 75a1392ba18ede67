package org.marsad.store.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.marsad.store.Columns;
import org.marsad.store.Database;

/**
 * The append-only audit trail. Each entry is sealed with HMAC-SHA256, under a key kept outside the
 * database ({@link AuditSeal}), over the previous entry's seal and this entry's fields: editing or
 * deleting an entry breaks every seal after it, and without the key nobody can seal them again. The
 * head (entry count and last seal) is also written to an anchor file outside the database after each
 * commit ({@link AuditAnchor}), so deleting the newest entries or restoring an older copy shows too.
 */
public final class AuditLog {
    /** The previous hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private final Jdbi jdbi;

    public AuditLog(Database db) {
        this.jdbi = db.jdbi();
    }

    /** Appends an entry in its own transaction. */
    public AuditEntry append(String actor, String action, String entity, String entityId, String before, String after) {
        return jdbi.inTransaction(h -> append(h, actor, action, entity, entityId, before, after));
    }

    /**
     * Appends an entry inside the caller's transaction, so the change and its audit entry commit together;
     * the anchor moves once the transaction has committed.
     */
    public static AuditEntry append(Handle h, String actor, String action, String entity, String entityId,
                                    String before, String after) {
        AuditSeal seal = h.getConfig(AuditSeal.class);
        waitForOtherAppenders(h);
        AuditAnchor.Head last = head(h).orElse(new AuditAnchor.Head(0, GENESIS));
        String prev = last.hash();
        var at = Columns.now();
        String hash = seal.seal(prev, at.toString(), actor, action, entity, entityId, before, after);
        long id = h.createQuery("INSERT INTO audit_entry (at, actor, action, entity, entity_id, before_json, after_json, "
                        + "prev_hash, hash) VALUES (:at, :actor, :action, :entity, :entityId, :before, :after, :prev, "
                        + ":hash) RETURNING id")
                .bind("at", at.toString()).bind("actor", actor).bind("action", action).bind("entity", entity)
                .bind("entityId", entityId).bind("before", before).bind("after", after).bind("prev", prev)
                .bind("hash", hash).mapTo(Long.class).one();
        AuditAnchor anchor = seal.anchor();
        // the transaction holds the write lock, so nobody appended between the head read and this entry
        AuditAnchor.Head head = new AuditAnchor.Head(last.entries() + 1, hash);
        if (h.isInTransaction()) {
            h.afterCommit(() -> anchor.advance(head));
        } else {
            anchor.advance(head);
        }
        return new AuditEntry(id, at, actor, action, entity, entityId, before, after, prev, hash);
    }

    /** Any number: it names the one advisory lock that audit appends take on PostgreSQL. */
    private static final long APPEND_LOCK = 0x4d617273_61644175L;

    /**
     * On PostgreSQL, waits until no other transaction is appending, so that this one reads the head after
     * their commit: two writers reading the same head would fork the chain (its unique {@code prev_hash}
     * refuses the second, which then runs again). SQLite needs nothing: a write transaction holds the
     * database's only write lock from its start.
     */
    private static void waitForOtherAppenders(Handle h) {
        if (isPostgres(h)) {
            h.createQuery("SELECT pg_advisory_xact_lock(:lock)").bind("lock", APPEND_LOCK).map((rs, ctx) -> 0).one();
        }
    }

    private static boolean isPostgres(Handle h) {
        try {
            return h.getConnection().getMetaData().getDatabaseProductName().equals("PostgreSQL");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot tell which database this is", e);
        }
    }

    /** The database's own head: its entry count and newest seal; empty when there are no entries. */
    public static Optional<AuditAnchor.Head> head(Handle h) {
        return h.createQuery("SELECT hash FROM audit_entry ORDER BY id DESC LIMIT 1").mapTo(String.class).findOne()
                .map(hash -> new AuditAnchor.Head(h.createQuery("SELECT COUNT(*) FROM audit_entry").mapTo(Long.class).one(), hash));
    }

    /** The database's own head, for {@code audit head} beside the anchor. */
    public Optional<AuditAnchor.Head> head() {
        return jdbi.withHandle(AuditLog::head);
    }

    /** The anchor file of this database and what it holds. */
    public AuditAnchor anchor() {
        return jdbi.getConfig(AuditSeal.class).anchor();
    }

    /** A problem {@link #verify()} found, in English and Arabic. */
    public record Problem(String en, String ar) {
        @Override
        public String toString() {
            return en + " · " + ar;
        }
    }

    /** The ids of entries whose seal or link to the previous entry does not hold; empty when the chain is intact. */
    public List<Long> broken() {
        return jdbi.withHandle(AuditLog::broken);
    }

    /** {@link #broken()} on the database of {@code h}, with the seal configured on it. */
    public static List<Long> broken(Handle h) {
        AuditSeal seal = h.getConfig(AuditSeal.class);
        List<Long> broken = new ArrayList<>();
        String[] expectedPrev = {GENESIS};
        h.createQuery("SELECT * FROM audit_entry ORDER BY id")
                .map((rs, ctx) -> new AuditEntry(rs.getLong("id"), Columns.instant(rs, "at"), rs.getString("actor"),
                        rs.getString("action"), rs.getString("entity"), rs.getString("entity_id"),
                        rs.getString("before_json"), rs.getString("after_json"), rs.getString("prev_hash"),
                        rs.getString("hash")))
                .forEach(e -> {
                    String recomputed = seal.seal(e.prevHash(), e.at().toString(), e.actor(), e.action(), e.entity(),
                            e.entityId(), e.before(), e.after());
                    if (!e.prevHash().equals(expectedPrev[0]) || !recomputed.equals(e.hash())) {
                        broken.add(e.id());
                    }
                    expectedPrev[0] = e.hash();
                });
        return broken;
    }

    /**
     * Everything wrong with the trail: entries whose seal does not hold (edited, re-chained without the
     * key, or out of place), and a head behind or beside the anchor kept outside (newest entries deleted,
     * an older copy restored, the trail rewritten). Empty when the trail is whole.
     */
    public List<Problem> verify() {
        List<Problem> problems = new ArrayList<>();
        List<Long> broken = broken();
        if (!broken.isEmpty()) {
            String ids = broken.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(" "));
            problems.add(new Problem("entries whose seal does not hold (edited, deleted before them, or re-chained "
                    + "without the key): " + ids, "قيود لا يصح ختمها (عُدّلت أو حُذف ما قبلها أو أعيد ربطها بلا المفتاح): " + ids));
        }
        AuditAnchor anchor = anchor();
        Optional<AuditAnchor.Head> anchored = anchor.read();
        Optional<AuditAnchor.Head> own = head();
        long count = own.map(AuditAnchor.Head::entries).orElse(0L);
        if (anchored.isEmpty()) {
            if (count > 0) {
                problems.add(new Problem("no audit anchor " + anchor.file() + " for this database's " + count
                        + " entries: its head cannot be checked (keep the anchors folder with the key)",
                        "لا مرساة لسجل التدقيق في " + anchor.file() + ": لا يمكن التحقق من آخر قيوده"));
            }
            return problems;
        }
        AuditAnchor.Head a = anchored.get();
        if (count < a.entries()) {
            problems.add(new Problem("the anchor records " + a.entries() + " entries, the database holds " + count
                    + ": the newest entries were deleted or an older copy of the database was restored",
                    "تسجّل المرساة " + a.entries() + " قيداً وفي قاعدة البيانات " + count
                            + ": حُذفت أحدث القيود أو استُعيدت نسخة أقدم من قاعدة البيانات"));
        } else {
            String atAnchor = jdbi.withHandle(h -> h.createQuery("SELECT hash FROM audit_entry ORDER BY id LIMIT 1 OFFSET :n")
                    .bind("n", a.entries() - 1).mapTo(String.class).findOne().orElse(GENESIS));
            if (a.entries() > 0 && !atAnchor.equals(a.hash())) {
                problems.add(new Problem("entry " + a.entries() + " is not the head the anchor records: the trail was rewritten",
                        "القيد " + a.entries() + " ليس الذي تسجّله المرساة: أعيدت كتابة السجل"));
            }
        }
        return problems;
    }
}
