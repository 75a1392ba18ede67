package org.marsad.store.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.marsad.InputError;
import org.marsad.store.Columns;
import org.marsad.store.Database;
import org.marsad.store.audit.AuditJson;
import org.marsad.store.audit.AuditLog;

/**
 * Tokens with which scripts call the API as an account. A token is shown once, when made; the database
 * keeps only its SHA-256, so whoever reads the database cannot use a token. A disabled account's tokens
 * stop working with it.
 */
public final class ApiTokens {
    /** Every token starts so, which lets secret scanners and people recognise one. */
    static final String PREFIX = "marsad_";
    private static final int RANDOM_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Jdbi jdbi;

    public ApiTokens(Database db) {
        this.jdbi = db.jdbi();
    }

    /** A new token for the account, audited as made by {@code actor}; the only time the token is seen. */
    public String issue(String accountName, String actor) {
        byte[] b = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(b);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(b);
        jdbi.useTransaction(h -> {
            Account a = Accounts.find(h, accountName)
                    .orElseThrow(() -> new InputError("no account named '" + accountName + "'"));
            long id = h.createQuery("INSERT INTO api_token (account_id, token_hash, created_at) "
                            + "VALUES (:account, :hash, :at) RETURNING id")
                    .bind("account", a.id()).bind("hash", hash(token)).bind("at", Columns.text(Columns.now()))
                    .mapTo(Long.class).one();
            AuditLog.append(h, actor, "token.create", "account", Long.toString(a.id()), null,
                    AuditJson.of("account", a.name(), "token", id));
        });
        return token;
    }

    /** The enabled account a token belongs to; empty for an unknown token or a disabled account. */
    public Optional<Account> account(String token) {
        if (token == null || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return jdbi.withHandle(h -> h.createQuery("SELECT a.* FROM api_token t JOIN account a ON a.id = t.account_id "
                        + "WHERE t.token_hash = :hash AND a.disabled_at IS NULL")
                .bind("hash", hash(token)).map(Accounts::map).findOne());
    }

    static String hash(String token) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
