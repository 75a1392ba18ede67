package org.marsad.store;

import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.marsad.InputError;

/** User accounts. Hashing passwords is the caller's job: this class never sees a password. */
public final class Accounts {
    private final Jdbi jdbi;

    public Accounts(Database db) {
        this.jdbi = db.jdbi();
    }

    public Account add(String name, Account.Role role, String passwordHash) {
        if (find(name).isPresent()) {
            throw new InputError("an account named '" + name + "' already exists");
        }
        var created = Columns.now();
        long id = jdbi.inTransaction(h -> h.createQuery("INSERT INTO account (name, role, password_hash, created_at) "
                        + "VALUES (:name, :role, :hash, :at) RETURNING id")
                .bind("name", name).bind("role", role.code()).bind("hash", passwordHash)
                .bind("at", Columns.text(created)).mapTo(Long.class).one());
        return new Account(id, name, role, passwordHash, created);
    }

    public Optional<Account> find(String name) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM account WHERE name = :name").bind("name", name)
                .map((rs, ctx) -> new Account(rs.getLong("id"), rs.getString("name"),
                        Account.Role.ofCode(rs.getString("role")), rs.getString("password_hash"),
                        Columns.instant(rs, "created_at")))
                .findOne());
    }
}
