package org.marsad.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The append-only audit trail. Each entry's hash is SHA-256 over the previous entry's hash and this
 * entry's fields, so editing or deleting any entry breaks every hash after it, which {@link #verify()}
 * reports. (A deleted last entry is only detectable against a copy of the last hash kept elsewhere.)
 */
public final class AuditLog {
    /** The previous hash of the first entry. */
    static final String GENESIS = "0".repeat(64);

    private final Jdbi jdbi;

    public AuditLog(Database db) {
        this.jdbi = db.jdbi();
    }

    /** Appends an entry in its own transaction. */
    public AuditEntry append(String actor, String action, String entity, String entityId, String before, String after) {
        return jdbi.inTransaction(h -> append(h, actor, action, entity, entityId, before, after));
    }

    /** Appends an entry inside the caller's transaction, so the change and its audit entry commit together. */
    public static AuditEntry append(Handle h, String actor, String action, String entity, String entityId,
                                    String before, String after) {
        String prev = h.createQuery("SELECT hash FROM audit_entry ORDER BY id DESC LIMIT 1")
                .mapTo(String.class).findOne().orElse(GENESIS);
        var at = Columns.now();
        String hash = hash(prev, at.toString(), actor, action, entity, entityId, before, after);
        long id = h.createQuery("INSERT INTO audit_entry (at, actor, action, entity, entity_id, before_json, after_json, "
                        + "prev_hash, hash) VALUES (:at, :actor, :action, :entity, :entityId, :before, :after, :prev, "
                        + ":hash) RETURNING id")
                .bind("at", at.toString()).bind("actor", actor).bind("action", action).bind("entity", entity)
                .bind("entityId", entityId).bind("before", before).bind("after", after).bind("prev", prev)
                .bind("hash", hash).mapTo(Long.class).one();
        return new AuditEntry(id, at, actor, action, entity, entityId, before, after, prev, hash);
    }

    /** The ids of entries whose hash or link to the previous entry does not hold; empty when the chain is intact. */
    public List<Long> verify() {
        return jdbi.withHandle(h -> {
            List<Long> broken = new ArrayList<>();
            String[] expectedPrev = {GENESIS};
            h.createQuery("SELECT * FROM audit_entry ORDER BY id")
                    .map((rs, ctx) -> new AuditEntry(rs.getLong("id"), Columns.instant(rs, "at"), rs.getString("actor"),
                            rs.getString("action"), rs.getString("entity"), rs.getString("entity_id"),
                            rs.getString("before_json"), rs.getString("after_json"), rs.getString("prev_hash"),
                            rs.getString("hash")))
                    .forEach(e -> {
                        String recomputed = hash(e.prevHash(), e.at().toString(), e.actor(), e.action(), e.entity(),
                                e.entityId(), e.before(), e.after());
                        if (!e.prevHash().equals(expectedPrev[0]) || !recomputed.equals(e.hash())) {
                            broken.add(e.id());
                        }
                        expectedPrev[0] = e.hash();
                    });
            return broken;
        });
    }

    static String hash(String... fields) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String f : fields) {
                // Length-prefixed, so that ("ab", "c") and ("a", "bc") hash differently; null differs from "".
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
