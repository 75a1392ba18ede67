package org.marsad.web.account;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing without locking people out of their own accounts: after five failed sign-ins
 * within a minute for one account from one address, that account is refused (429) from that address
 * until the oldest failure is a minute old. Another account signing in from the same address (an
 * office behind one router) is not held up by it; only a spray of {@link #ADDRESS_LIMIT} failures from
 * one address, or {@link #ACCOUNT_LIMIT} against one account from many addresses, blocks wider.
 */
public final class LoginThrottle {
    public static final int LIMIT = 5;
    /** Failures against one account from any addresses: a guessing attack spread over many machines. */
    static final int ACCOUNT_LIMIT = 50;
    /** Failures from one address against any accounts: one password tried on every account. */
    static final int ADDRESS_LIMIT = 100;
    private static final long WINDOW_MILLIS = 60_000;
    private static final int MAX_KEYS = 10_000;

    private final Map<String, Deque<Long>> failures = new ConcurrentHashMap<>();

    boolean blocked(String account, String address) {
        return recent(pair(account, address)) >= LIMIT || recent("account:" + account) >= ACCOUNT_LIMIT
                || recent("address:" + address) >= ADDRESS_LIMIT;
    }

    void failed(String account, String address) {
        long now = System.currentTimeMillis();
        if (failures.size() > MAX_KEYS) {
            // Many names or addresses at once (a spray): forget those whose failures are all past the window.
            failures.values().removeIf(d -> d.isEmpty() || d.peekLast() < now - WINDOW_MILLIS);
        }
        for (String key : new String[] {pair(account, address), "account:" + account, "address:" + address}) {
            failures.compute(key, (k, times) -> {
                Deque<Long> d = times == null ? new ArrayDeque<>() : times;
                d.addLast(now);
                return d;
            });
        }
    }

    private static String pair(String account, String address) {
        return "pair:" + account + "\n" + address;
    }

    private int recent(String key) {
        long since = System.currentTimeMillis() - WINDOW_MILLIS;
        Deque<Long> d = failures.computeIfPresent(key, (k, times) -> {
            while (!times.isEmpty() && times.peekFirst() < since) {
                times.removeFirst();
            }
            return times.isEmpty() ? null : times;
        });
        return d == null ? 0 : d.size();
    }
}
