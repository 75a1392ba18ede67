package org.marsad.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.http.RedirectResponse;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.marsad.web.Sessions.Session;

/**
 * Runs before every matched route: finds the visitor's session, refuses what their role must not reach
 * (403; anonymous visitors of a page are sent to sign in), and refuses any change without the session's
 * form token (CSRF, 403).
 */
final class Guard {
    private static final String SESSION = "marsad.session";
    private static final String GUARD = "marsad.guard";
    /**
     * Before sign-in the form token lives only in this cookie and the form (double submit): an anonymous
     * visitor costs the server no session (issue 16: 41,000 GET /login held 41,000 sessions for 30 min).
     */
    static final String LOGIN_COOKIE = "marsad_login";
    private static final SecureRandom RANDOM = new SecureRandom();
    static final String CSRF_FIELD = "csrf";
    static final String CSRF_HEADER = "X-CSRF-Token";

    private final Sessions sessions;
    private final boolean secureCookies;

    Guard(Sessions sessions, boolean secureCookies) {
        this.sessions = sessions;
        this.secureCookies = secureCookies;
    }

    void check(Context ctx) {
        Session s = sessions.find(ctx.cookie(Sessions.COOKIE));
        ctx.attribute(SESSION, s);
        ctx.attribute(GUARD, this);
        Access need = Access.of(ctx.routeRoles());
        if (!need.allows(s == null ? null : s.role())) {
            boolean signInFirst = (s == null || s.user() == null) && ctx.method() == HandlerType.GET
                    && !ctx.path().startsWith("/api/");
            if (signInFirst) {
                throw new RedirectResponse(HttpStatus.SEE_OTHER, "/login");
            }
            throw new ForbiddenResponse("not allowed for your role");
        }
        String expected = s != null ? s.csrf() : ctx.cookie(LOGIN_COOKIE);
        if (changes(ctx.method()) && (expected == null || !sameToken(expected, token(ctx)))) {
            throw new ForbiddenResponse("missing or wrong form token; reload the page and try again");
        }
    }

    /** The session of this request, or null for a visitor without one. */
    static Session session(Context ctx) {
        return ctx.attribute(SESSION);
    }

    /**
     * The form token of this request: the session's, or before sign-in the one in the visitor's login
     * cookie, set now when they have none. No server state is kept for it.
     */
    static String formToken(Context ctx) {
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
    void remember(Context ctx, Session s) {
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
