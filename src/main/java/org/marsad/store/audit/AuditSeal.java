package org.marsad.store.audit;

import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jdbi.v3.core.config.JdbiConfig;

/**
 * How this database's audit entries are sealed: HMAC-SHA256 under a key kept outside the database, so
 * that whoever can write the database but lacks the key cannot re-chain edited entries (plain SHA-256
 * could be recomputed by anyone), and the anchor file the head is recorded in. Jdbi configuration, so
 * that every store's transaction finds it on its handle.
 */
public final class AuditSeal implements JdbiConfig<AuditSeal> {
    private byte[] key;
    private AuditAnchor anchor;

    public AuditSeal() {
    }

    private AuditSeal(AuditSeal other) {
        this.key = other.key;
        this.anchor = other.anchor;
    }

    public void use(byte[] auditKey, AuditAnchor headAnchor) {
        this.key = auditKey.clone();
        this.anchor = headAnchor;
    }

    public AuditAnchor anchor() {
        return Objects.requireNonNull(anchor, "the audit seal is not set: open the database with Database.open");
    }

    /** The seal of one entry: HMAC over its fields, each length-prefixed so ("ab","c") and ("a","bc") differ. */
    String seal(String... fields) {
        Objects.requireNonNull(key, "the audit seal is not set: open the database with Database.open");
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            for (String f : fields) {
                byte[] b = Objects.requireNonNullElse(f, "\u0000null").getBytes(java.nio.charset.StandardCharsets.UTF_8);
                mac.update(Integer.toString(b.length).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                mac.update((byte) ':');
                mac.update(b);
            }
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }

    @Override
    public AuditSeal createCopy() {
        return new AuditSeal(this);
    }
}
