package org.marsad.store.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.marsad.InputError;
import org.marsad.store.Columns;
import org.marsad.store.Database;
import org.marsad.store.audit.AuditJson;
import org.marsad.store.audit.AuditLog;
import org.marsad.store.source.Sources;

/**
 * User accounts. Hashing passwords is the caller's job: this class never sees a password. Every change
 * by a person is audited in the same transaction, with the account before and after (never the hash).
 */
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
            AuditLog.append(h, actor, "account.create", "account", Long.toString(added.id()), null, audit(added));
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

    /** Every account, by name, disabled ones included. */
    public List<Account> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM account ORDER BY name").map(Accounts::map).list());
    }

    /** Gives the account another role. */
    public Account setRole(String name, Account.Role role, String actor) {
        return change(name, actor, "account.role", h -> h.createUpdate("UPDATE account SET role = :role WHERE name = :name")
                .bind("role", role.code()).bind("name", name).execute());
    }

    /** Disables the account (it keeps its history and can no longer sign in), or enables it again. */
    public Account setDisabled(String name, boolean disabled, String actor) {
        return change(name, actor, disabled ? "account.disable" : "account.enable",
                h -> h.createUpdate("UPDATE account SET disabled_at = :at WHERE name = :name")
                        .bind("at", disabled ? Columns.text(Columns.now()) : null).bind("name", name).execute());
    }

    /**
     * A new password hash: {@code account.password} when the holder changed it, {@code account.reset}
     * when an admin set it. The audit entry says who and when, never the hash.
     */
    public Account setPassword(String name, String passwordHash, String actor) {
        String action = actor.equals(name) ? "account.password" : "account.reset";
        return change(name, actor, action, h -> h.createUpdate("UPDATE account SET password_hash = :hash WHERE name = :name")
                .bind("hash", passwordHash).bind("name", name).execute());
    }

    private Account change(String name, String actor, String action, java.util.function.Consumer<Handle> update) {
        return jdbi.inTransaction(h -> {
            Account before = find(h, name).orElseThrow(() -> new InputError("no account named '" + name + "'"));
            update.accept(h);
            Account after = find(h, name).orElseThrow();
            AuditLog.append(h, actor, action, "account", Long.toString(after.id()), audit(before), audit(after));
            return after;
        });
    }

    /** What the audit keeps of an account: its name, role and whether it is disabled; never the hash. */
    private static String audit(Account a) {
        return AuditJson.of("name", a.name(), "role", a.role().code(), "disabled", a.disabled());
    }

    static Optional<Account> find(Handle h, String name) {
        return h.createQuery("SELECT * FROM account WHERE name = :name").bind("name", name).map(Accounts::map).findOne();
    }

    static Account map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Account(rs.getLong("id"), rs.getString("name"), Account.Role.ofCode(rs.getString("role")),
                rs.getString("password_hash"), Columns.instant(rs, "created_at"), Columns.instant(rs, "disabled_at"));
    }
}
