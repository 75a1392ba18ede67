package org.marsad.web;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after five failed sign-ins within a minute for one account, or from one
 * address, further attempts are refused (429) until the oldest failure is a minute old.
 */
final class LoginThrottle {
    static final int LIMIT = 5;
    private static final long WINDOW_MILLIS = 60_000;
    private static final int MAX_KEYS = 10_000;

    private final Map<String, Deque<Long>> failures = new ConcurrentHashMap<>();

    boolean blocked(String account, String address) {
        return recent("account:" + account) >= LIMIT || recent("address:" + address) >= LIMIT;
    }

    void failed(String account, String address) {
        long now = System.currentTimeMillis();
        if (failures.size() > MAX_KEYS) {
            // Many names or addresses at once (a spray): forget those whose failures are all past the window.
            failures.values().removeIf(d -> d.isEmpty() || d.peekLast() < now - WINDOW_MILLIS);
        }
        for (String key : new String[] {"account:" + account, "address:" + address}) {
            failures.compute(key, (k, times) -> {
                Deque<Long> d = times == null ? new ArrayDeque<>() : times;
                d.addLast(now);
                return d;
            });
        }
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
