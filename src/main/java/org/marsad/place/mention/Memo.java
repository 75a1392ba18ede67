package org.marsad.place.mention;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Answers already worked out, kept for the keys asked again: a victims list of 100,000 names holds a few
 * thousand places, each written the same way many times, and the same words (قرية، بريف، the governorates)
 * open most mentions. Bounded by two generations of at most {@code capacity} keys each: when the young one
 * is full it becomes the old one and the former old one is dropped, so the keys asked since the last turn
 * stay (a key found in the old generation moves to the young one) and a long run of distinct keys costs at
 * most twice the capacity. Thread-safe; values must be immutable, as threads share them.
 */
public final class Memo<K, V> {
    private final int capacity;
    private volatile Map<K, V> young = new ConcurrentHashMap<>();
    private volatile Map<K, V> old = Map.of();

    /** @param capacity keys per generation, at least 1 */
    public Memo(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a memo holds at least one key, not " + capacity);
        }
        this.capacity = capacity;
    }

    /** The value kept for the key, or null. */
    public V get(K key) {
        V value = young.get(key);
        if (value == null) {
            value = old.get(key);
            if (value != null) {
                put(key, value);
            }
        }
        return value;
    }

    public void put(K key, V value) {
        Map<K, V> current = young;
        current.put(key, value);
        if (current.size() >= capacity) {
            turn(current);
        }
    }

    private synchronized void turn(Map<K, V> full) {
        if (young == full) {
            old = full;
            young = new ConcurrentHashMap<>();
        }
    }

    /** Keys kept now, both generations (a key in both counts twice). */
    int size() {
        return young.size() + old.size();
    }
}
