package org.marsad.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.http.RedirectResponse;
import io.javalin.http.SameSite;
import io.javalin.http.UnauthorizedResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.marsad.store.account.Account;
import org.marsad.store.account.ApiTokens;
import org.marsad.web.Sessions.Session;
import org.marsad.web.account.SignIn;

/**
 * Runs before every matched route: finds the visitor's session, refuses what their role must not reach
 * (403; anonymous visitors of a page are sent to sign in), and refuses any change without the session's
 * form token (CSRF, 403).
 */
public final class Guard {
    private static final String SESSION = "marsad.session";
    private static final String GUARD = "marsad.guard";
    /**
     * Before sign-in the form token lives only in this cookie and the form (double submit): an anonymous
     * visitor costs the server no session (issue 16: 41,000 GET /login held 41,000 sessions for 30 min).
     */
    public static final String LOGIN_COOKIE = "marsad_login";
    private static final SecureRandom RANDOM = new SecureRandom();
    static final String CSRF_FIELD = "csrf";
    static final String CSRF_HEADER = "X-CSRF-Token";

    private static final String BEARER = "Bearer ";

    private final Sessions sessions;
    private final boolean secureCookies;
    private final ApiTokens tokens;

    Guard(Sessions sessions, boolean secureCookies, ApiTokens tokens) {
        this.sessions = sessions;
        this.secureCookies = secureCookies;
        this.tokens = tokens;
    }

    /**
     * A script's {@code Authorization: Bearer TOKEN} signs in as the token's account for this request
     * alone, with no form token: a header a page cannot make another site's browser send is no CSRF risk.
     * A wrong token is refused (401) rather than treated as anonymous, so a script learns it at once.
     */
    void check(Context ctx) {
        String authorization = ctx.header("Authorization");
        boolean bearer = authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length());
        Session s;
        if (bearer) {
            Account a = tokens.account(authorization.substring(BEARER.length()).trim())
                    .orElseThrow(() -> new UnauthorizedResponse("unknown or revoked API token"));
            s = Session.forToken(a.name(), a.role());
        } else {
            s = sessions.find(ctx.cookie(Sessions.COOKIE));
        }
        ctx.attribute(SESSION, s);
        ctx.attribute(GUARD, this);
        Access need = Access.of(ctx.routeRoles());
        boolean signedIn = s != null && s.user() != null;
        if (!need.allows(signedIn ? s.role() : null)) {
            boolean api = ctx.path().startsWith("/api/");
            if (!signedIn && ctx.method() == HandlerType.GET && !api) {
                throw new RedirectResponse(HttpStatus.SEE_OTHER, "/login?next=" + SignIn.encodedTarget(ctx));
            }
            if (!signedIn && api) {
                throw new UnauthorizedResponse("sign in first: send Authorization: Bearer TOKEN (marsad user token NAME)");
            }
            throw new ForbiddenResponse("not allowed for your role");
        }
        String expected = s != null ? s.csrf() : ctx.cookie(LOGIN_COOKIE);
        if (changes(ctx.method()) && !bearer && (expected == null || !sameToken(expected, token(ctx)))) {
            throw new ForbiddenResponse("missing or wrong form token; reload the page and try again");
        }
    }

    /** The session of this request, or null for a visitor without one. */
    public static Session session(Context ctx) {
        return ctx.attribute(SESSION);
    }

    /** The account name of this request's visitor, who changes something (null when not signed in). */
    public static String actor(Context ctx) {
        Session s = session(ctx);
        return s == null ? null : s.user();
    }

    /** The role of this request's visitor, or null when not signed in. */
    public static org.marsad.store.account.Account.Role role(Context ctx) {
        Session s = session(ctx);
        return s == null ? null : s.role();
    }

    /**
     * The form token of this request: the session's, or before sign-in the one in the visitor's login
     * cookie, set now when they have none. No server state is kept for it.
     */
    public static String formToken(Context ctx) {
        Session s = session(ctx);
        if (s != null) {
            return s.csrf();
        }
        String kept = ctx.cookie(LOGIN_COOKIE);
        if (kept != null && kept.matches("[A-Za-z0-9_-]{43}")) {
            return kept;
        }
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
        Guard guard = ctx.attribute(GUARD);
        ctx.cookie(new Cookie(LOGIN_COOKIE, token, "/", -1, guard != null && guard.secure(ctx), 0, true, null, null,
                SameSite.STRICT));
        return token;
    }

    private boolean secure(Context ctx) {
        return secureCookies || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
    }

    /** Sets the session cookie: script-proof, same-site only, and HTTPS-only behind TLS. */
    public void remember(Context ctx, Session s) {
        ctx.cookie(new Cookie(Sessions.COOKIE, s.id(), "/", -1, secure(ctx), 0, true, null, null, SameSite.STRICT));
        ctx.attribute(SESSION, s);
    }

    private static boolean changes(HandlerType method) {
        return method == HandlerType.POST || method == HandlerType.PUT || method == HandlerType.PATCH
                || method == HandlerType.DELETE;
    }

    private static String token(Context ctx) {
        String header = ctx.header(CSRF_HEADER);
        if (header != null) {
            return header;
        }
        String type = ctx.contentType() == null ? "" : ctx.contentType();
        boolean form = type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data");
        return form ? ctx.formParam(CSRF_FIELD) : null;
    }

    private static boolean sameToken(String expected, String given) {
        return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                given.getBytes(StandardCharsets.US_ASCII));
    }
}
