package org.marsad.web.account;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import java.util.Optional;
import org.marsad.security.Passwords;
import org.marsad.store.Database;
import org.marsad.store.account.Account;
import org.marsad.store.account.Accounts;
import org.marsad.web.Access;
import org.marsad.web.Guard;
import org.marsad.web.Sessions.Session;
import org.marsad.web.Sessions;
import org.marsad.web.Views;

/** Signing in and out: the login form, password check (Argon2id), throttling and session rotation. */
public final class SignIn {
    private final Accounts accounts;
    private final Sessions sessions;
    private final Guard guard;
    private final LoginThrottle throttle = new LoginThrottle();

    public SignIn(Database db, Sessions sessions, Guard guard) {
        this.accounts = new Accounts(db);
        this.sessions = sessions;
        this.guard = guard;
    }

    public void register(Javalin app) {
        app.get("/login", ctx -> form(ctx, null, HttpStatus.OK));
        app.post("/login", this::signIn);
        app.post("/logout", this::signOut, Access.READER);
    }

    private void form(Context ctx, String errorKey, HttpStatus status) {
        Map<String, Object> m = Views.model(ctx);
        m.put("csrf", Guard.formToken(ctx));
        m.put("error", errorKey == null ? null : Views.words(ctx).get("login." + errorKey));
        m.put("next", target(ctx.queryParam("next") != null ? ctx.queryParam("next") : ctx.formParam("next")));
        ctx.status(status);
        Views.render(ctx, "login.mustache", m);
    }

    private void signIn(Context ctx) {
        String name = Optional.ofNullable(ctx.formParam("name")).orElse("").trim();
        char[] password = Optional.ofNullable(ctx.formParam("password")).orElse("").toCharArray();
        if (throttle.blocked(name, ctx.ip())) {
            form(ctx, "throttled", HttpStatus.TOO_MANY_REQUESTS);
            return;
        }
        Optional<Account> account = accounts.find(name);
        // An unknown name costs the same hash as a known one, so timing does not tell which names exist.
        boolean ok = Passwords.verify(password, account.map(Account::passwordHash).orElseGet(Unknown::hash))
                && account.isPresent();
        java.util.Arrays.fill(password, '\0');
        if (!ok) {
            throttle.failed(name, ctx.ip());
            form(ctx, "failed", HttpStatus.UNAUTHORIZED);
            return;
        }
        if (account.get().disabled()) {
            form(ctx, "disabled", HttpStatus.FORBIDDEN);
            return;
        }
        Session s = sessions.signIn(Guard.session(ctx), account.get().name(), account.get().role());
        guard.remember(ctx, s);
        ctx.removeCookie(Guard.LOGIN_COOKIE, "/");
        String next = target(ctx.formParam("next"));
        ctx.redirect(next == null ? "/" : next, HttpStatus.SEE_OTHER);
    }

    /** Where a visitor sent to sign in was going: this request's path and query, URL-encoded for {@code ?next=}. */
    public static String encodedTarget(Context ctx) {
        String query = ctx.queryString();
        return java.net.URLEncoder.encode(ctx.path() + (query == null ? "" : "?" + query),
                java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * A page of this app to return to after signing in, or null: only a path of this site ("/victims?q=x"),
     * never another site ("//evil.example", "https://…", "/\\evil"), so the form cannot be used to send
     * people elsewhere.
     */
    static String target(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")
                || next.chars().anyMatch(c -> c < 0x20 || c == '\\')) {
            return null;
        }
        return next;
    }

    private void signOut(Context ctx) {
        sessions.end(Guard.session(ctx));
        ctx.removeCookie(Sessions.COOKIE, "/");
        ctx.redirect("/", HttpStatus.SEE_OTHER);
    }

    /** The hash checked for names without an account, made once when first needed. */
    private static final class Unknown {
        private static final String HASH = Passwords.hash("no account has this password".toCharArray());

        static String hash() {
            return HASH;
        }
    }
}
