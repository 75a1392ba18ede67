package org.marsad.web.account;

import java.util.List;
import org.marsad.security.Passwords;
import org.marsad.store.Database;
import org.marsad.store.account.Account.Role;
import org.marsad.store.account.Account;
import org.marsad.store.account.Accounts;
import org.marsad.web.Refusal;
import org.marsad.web.Sessions;

/**
 * An admin's changes to accounts, the same from the accounts page and the API: checked (a login name's
 * letters, a password's length), audited by {@link Accounts}, and an account whose role, state or password
 * changed is signed out at once everywhere (its tokens follow its state: a disabled account's are refused).
 */
public final class AccountAdmin {
    private final Accounts accounts;
    private final Sessions sessions;

    public AccountAdmin(Database db, Sessions sessions) {
        this.accounts = new Accounts(db);
        this.sessions = sessions;
    }

    List<Account> all() {
        return accounts.all();
    }

    Account add(String name, Role role, String password, String actor) {
        if (!Account.validName(name)) {
            throw new Refusal(400, "accounts.badname");
        }
        return accounts.add(name, role, Passwords.hash(password(password)), actor);
    }

    Account role(String name, Role role, String actor) {
        Account a = accounts.setRole(existing(name), role, actor);
        sessions.endAll(name);
        return a;
    }

    Account disabled(String name, boolean disabled, String actor) {
        if (disabled && name.equals(actor)) {
            // an admin who disables themselves may leave nobody able to manage accounts
            throw new Refusal(400, "accounts.self");
        }
        Account a = accounts.setDisabled(existing(name), disabled, actor);
        sessions.endAll(name);
        return a;
    }

    Account reset(String name, String password, String actor) {
        Account a = accounts.setPassword(existing(name), Passwords.hash(password(password)), actor);
        sessions.endAll(name);
        return a;
    }

    /** The account's name when it exists; else 404. */
    String existing(String name) {
        if (accounts.find(name).isEmpty()) {
            throw new org.marsad.store.NotFound("account", name);
        }
        return name;
    }

    /** A new password, refused when shorter than the CLI accepts. */
    static char[] password(String p) {
        if (p == null || p.length() < Passwords.MIN_LENGTH) {
            throw new Refusal(400, "accounts.short", Passwords.MIN_LENGTH);
        }
        return p.toCharArray();
    }
}
