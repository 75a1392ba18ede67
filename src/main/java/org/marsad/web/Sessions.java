package org.marsad.web;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.marsad.store.account.Account.Role;

/**
 * Server-side sessions, kept in memory: a restart signs everyone out, which is the safe failure. The
 * cookie carries only a random id; the account, its role and the form token stay on the server.
 */
public final class Sessions {
    public static final String COOKIE = "marsad_session";
    /** A signed-in session ends after eight idle hours, a working day; an anonymous one after thirty minutes. */
    private static final long SIGNED_IN_IDLE_MILLIS = 8 * 3_600_000L;
    private static final long ANONYMOUS_IDLE_MILLIS = 30 * 60_000L;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A visitor's session; {@code user} and {@code role} are null until they sign in. */
    public record Session(String id, String csrf, String user, Role role) {
        public boolean seesConfidential() {
            return role == Role.ADMIN || role == Role.EDITOR;
        }

        /** A script's request signed in by an API token: no session id, no form token, this request only. */
        static Session forToken(String user, Role role) {
            return new Session(null, null, user, role);
        }

        boolean byToken() {
            return id == null;
        }
    }

    private record Entry(Session session, long expires) {
    }

    private final Map<String, Entry> byId = new ConcurrentHashMap<>();

    /** The live session of that id, its idle time restarted; null when there is none. */
    Session find(String id) {
        if (id == null) {
            return null;
        }
        long now = System.currentTimeMillis();
        Entry e = byId.computeIfPresent(id, (k, old) -> old.expires() < now ? null : entry(old.session(), now));
        return e == null ? null : e.session();
    }

    /** Signs in under a new id and a new form token, so an id or token seen before sign-in is worthless after. */
    public Session signIn(Session before, String user, Role role) {
        end(before);
        return put(new Session(token(), token(), user, role));
    }

    /** Ends every session of an account (disabled, or given a new role): it must sign in again. */
    public void endAll(String user) {
        byId.values().removeIf(e -> user.equals(e.session().user()));
    }

    public void end(Session s) {
        if (s != null) {
            byId.remove(s.id());
        }
    }

    private Session put(Session s) {
        long now = System.currentTimeMillis();
        byId.values().removeIf(e -> e.expires() < now);
        byId.put(s.id(), entry(s, now));
        return s;
    }

    private static Entry entry(Session s, long now) {
        return new Entry(s, now + (s.user() == null ? ANONYMOUS_IDLE_MILLIS : SIGNED_IN_IDLE_MILLIS));
    }

    private static String token() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
