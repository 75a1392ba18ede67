package org.marsad.store;

import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.marsad.InputError;

/** User accounts. Hashing passwords is the caller's job: this class never sees a password. */
public final class Accounts {
    private final Jdbi jdbi;

    public Accounts(Database db) {
        this.jdbi = db.jdbi();
    }

    /** {@link #add(String, Account.Role, String, String)} as Marsad's own change. */
    public Account add(String name, Account.Role role, String passwordHash) {
        return add(name, role, passwordHash, Sources.SYSTEM);
    }

    /** {@link #add}, with an audit entry by {@code actor} (never the hash) written in the same transaction. */
    public Account add(String name, Account.Role role, String passwordHash, String actor) {
        return jdbi.inTransaction(h -> {
            Account added = add(h, name, role, passwordHash);
            AuditLog.append(h, actor, "account.create", "account", Long.toString(added.id()), null,
                    AuditJson.of("name", name, "role", role.code()));
            return added;
        });
    }

    private static Account add(Handle h, String name, Account.Role role, String passwordHash) {
        if (find(h, name).isPresent()) {
            throw new InputError("an account named '" + name + "' already exists");
        }
        var created = Columns.now();
        long id = h.createQuery("INSERT INTO account (name, role, password_hash, created_at) "
                        + "VALUES (:name, :role, :hash, :at) RETURNING id")
                .bind("name", name).bind("role", role.code()).bind("hash", passwordHash)
                .bind("at", Columns.text(created)).mapTo(Long.class).one();
        return new Account(id, name, role, passwordHash, created);
    }

    public Optional<Account> find(String name) {
        return jdbi.withHandle(h -> find(h, name));
    }

    private static Optional<Account> find(Handle h, String name) {
        return h.createQuery("SELECT * FROM account WHERE name = :name").bind("name", name)
                .map((rs, ctx) -> new Account(rs.getLong("id"), rs.getString("name"),
                        Account.Role.ofCode(rs.getString("role")), rs.getString("password_hash"),
                        Columns.instant(rs, "created_at")))
                .findOne();
    }
}
