package org.marsad.web.account;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.marsad.security.Passwords;
import org.marsad.store.Database;
import org.marsad.store.account.Account.Role;
import org.marsad.store.account.Account;
import org.marsad.store.account.Accounts;
import org.marsad.web.Access;
import org.marsad.web.Forms;
import org.marsad.web.Guard;
import org.marsad.web.Messages;
import org.marsad.web.Observatory;
import org.marsad.web.Sessions;
import org.marsad.web.Views;

/**
 * Accounts in the web app: admins add accounts, change roles, disable and enable them and reset
 * passwords, and set the observatory's name; everyone signed in changes their own password. Every change
 * is audited by {@link Accounts}. A disabled account, or one whose role changed, is signed out at once.
 */
public final class AccountPages {
    record Row(String name, String role, String roleLabel, boolean disabled, boolean self, String created,
               List<Choice> roles) {
    }

    record Choice(String code, String label, boolean chosen) {
    }

    private final Accounts accounts;
    private final AccountAdmin admin;
    private final Observatory observatory;

    public AccountPages(Database db, Sessions sessions, Observatory observatory) {
        this.accounts = new Accounts(db);
        this.admin = new AccountAdmin(db, sessions);
        this.observatory = observatory;
    }

    public void register(Javalin app) {
        app.get("/accounts", this::list, Access.ADMIN);
        app.post("/accounts", this::add, Access.ADMIN);
        app.post("/accounts/{name}/role", this::role, Access.ADMIN);
        app.post("/accounts/{name}/disable", ctx -> disabled(ctx, true), Access.ADMIN);
        app.post("/accounts/{name}/enable", ctx -> disabled(ctx, false), Access.ADMIN);
        app.post("/accounts/{name}/password", this::reset, Access.ADMIN);
        app.post("/settings", this::settings, Access.ADMIN);
        app.get("/account", ctx -> own(ctx, null, HttpStatus.OK), Access.READER);
        app.post("/account/password", this::changeOwn, Access.READER);
    }

    private void list(Context ctx) {
        Messages t = Views.words(ctx);
        String me = Guard.session(ctx).user();
        Map<String, Object> m = Views.model(ctx);
        m.put("accounts", accounts.all().stream().map(a -> new Row(a.name(), a.role().code(), t.label("role", a.role().code()),
                a.disabled(), a.name().equals(me), t.date(a.createdAt().atZone(java.time.ZoneOffset.UTC).toLocalDate()),
                roles(t, a.role()))).toList());
        m.put("roles", roles(t, Role.EDITOR));
        m.put("orgName", observatory.current());
        m.put("digitsOptions", java.util.stream.Stream.of(org.marsad.report.Digits.values()).map(d -> new Choice(
                Observatory.code(d), t.get("settings.digits." + Observatory.code(d)), d == observatory.digits())).toList());
        m.put("done", ctx.queryParam("done") == null ? null : t.get("accounts.done." + doneKey(ctx.queryParam("done"))));
        m.put("minLength", t.plain(Passwords.MIN_LENGTH));
        Views.render(ctx, "accounts.mustache", m);
    }

    private static List<Choice> roles(Messages t, Role chosen) {
        return Arrays.stream(Role.values()).map(r -> new Choice(r.code(), t.label("role", r.code()), r == chosen)).toList();
    }

    private static String doneKey(String done) {
        return switch (done) {
            case "added", "role", "disabled", "enabled", "reset", "settings" -> done;
            default -> "saved";
        };
    }

    private void add(Context ctx) {
        admin.add(Forms.required(ctx.formParam("name"), "name"),
                Forms.code(Role.class, Forms.required(ctx.formParam("role"), "role"), "role"), ctx.formParam("password"), actor(ctx));
        ctx.redirect("/accounts?done=added", HttpStatus.SEE_OTHER);
    }

    private void role(Context ctx) {
        admin.role(ctx.pathParam("name"), Forms.code(Role.class, Forms.required(ctx.formParam("role"), "role"), "role"),
                actor(ctx));
        ctx.redirect("/accounts?done=role", HttpStatus.SEE_OTHER);
    }

    private void disabled(Context ctx, boolean disabled) {
        admin.disabled(ctx.pathParam("name"), disabled, actor(ctx));
        ctx.redirect("/accounts?done=" + (disabled ? "disabled" : "enabled"), HttpStatus.SEE_OTHER);
    }

    private void reset(Context ctx) {
        admin.reset(ctx.pathParam("name"), ctx.formParam("password"), actor(ctx));
        ctx.redirect("/accounts?done=reset", HttpStatus.SEE_OTHER);
    }

    private void settings(Context ctx) {
        observatory.rename(Forms.required(ctx.formParam("org_name"), "org_name"), actor(ctx));
        String digits = Forms.text(ctx.formParam("digits"));
        if (digits != null) {
            observatory.setDigits(Observatory.digits(digits), actor(ctx));
        }
        ctx.redirect("/accounts?done=settings", HttpStatus.SEE_OTHER);
    }

    private void own(Context ctx, String errorKey, HttpStatus status) {
        Map<String, Object> m = Views.model(ctx);
        Messages t = Views.words(ctx);
        m.put("error", errorKey == null ? null : t.get(errorKey));
        m.put("done", "changed".equals(ctx.queryParam("done")) ? t.get("account.changed") : null);
        m.put("minLength", t.plain(Passwords.MIN_LENGTH));
        ctx.status(status);
        Views.render(ctx, "account.mustache", m);
    }

    /** One's own new password, only with the current one: a session left open is not enough to take the account. */
    private void changeOwn(Context ctx) {
        String me = actor(ctx);
        char[] current = Forms.text(ctx.formParam("current")) == null ? new char[0] : ctx.formParam("current").toCharArray();
        Account a = accounts.find(me).orElseThrow();
        if (!Passwords.verify(current, a.passwordHash())) {
            own(ctx, "account.wrong", HttpStatus.FORBIDDEN);
            return;
        }
        accounts.setPassword(me, Passwords.hash(AccountAdmin.password(ctx.formParam("password"))), me);
        ctx.redirect("/account?done=changed", HttpStatus.SEE_OTHER);
    }

    private static String actor(Context ctx) {
        return Guard.session(ctx).user();
    }
}
