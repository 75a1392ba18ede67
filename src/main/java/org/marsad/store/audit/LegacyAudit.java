package org.marsad.store.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.jdbi.v3.core.Handle;
import org.marsad.store.Columns;

/**
 * Audit trails written before entries were sealed with a key (chained with plain SHA-256, which anyone
 * can recompute). When such a database first meets its key, its chain is checked as it was written,
 * sealed again under the key, and an entry records how many entries were sealed and whether their old
 * chain held, so nothing of the past is hidden by the change.
 */
public final class LegacyAudit {
    private LegacyAudit() {
    }

    private record Row(long id, String at, String actor, String action, String entity, String entityId,
                       String before, String after, String prev, String hash) {
    }

    public static void reseal(Handle h) {
        List<Row> rows = h.createQuery("SELECT * FROM audit_entry ORDER BY id")
                .map((rs, ctx) -> new Row(rs.getLong("id"), Columns.instant(rs, "at").toString(), rs.getString("actor"),
                        rs.getString("action"), rs.getString("entity"), rs.getString("entity_id"), rs.getString("before_json"),
                        rs.getString("after_json"), rs.getString("prev_hash"), rs.getString("hash")))
                .list();
        if (rows.isEmpty()) {
            return;
        }
        AuditSeal seal = h.getConfig(AuditSeal.class);
        String oldPrev = AuditLog.GENESIS;
        String newPrev = AuditLog.GENESIS;
        int brokenBefore = 0;
        for (Row r : rows) {
            String recomputed = sha256(r.prev(), r.at(), r.actor(), r.action(), r.entity(), r.entityId(), r.before(), r.after());
            if (!r.prev().equals(oldPrev) || !recomputed.equals(r.hash())) {
                brokenBefore++;
            }
            oldPrev = r.hash();
            String sealed = seal.seal(newPrev, r.at(), r.actor(), r.action(), r.entity(), r.entityId(), r.before(), r.after());
            h.createUpdate("UPDATE audit_entry SET prev_hash = :prev, hash = :hash WHERE id = :id")
                    .bind("prev", newPrev).bind("hash", sealed).bind("id", r.id()).execute();
            newPrev = sealed;
        }
        AuditLog.append(h, "marsad", "audit.seal", "audit_entry", null, null,
                AuditJson.of("entries_sealed", rows.size(), "old_head", oldPrev, "old_entries_not_holding", brokenBefore));
    }

    private static String sha256(String... fields) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String f : fields) {
                byte[] b = Objects.requireNonNullElse(f, "\u0000null").getBytes(StandardCharsets.UTF_8);
                md.update(Integer.toString(b.length).getBytes(StandardCharsets.US_ASCII));
                md.update((byte) ':');
                md.update(b);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
