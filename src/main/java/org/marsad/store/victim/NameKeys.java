package org.marsad.store.victim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.marsad.store.MultiRowInsert;

/**
 * Writes the name keys of records into {@code victim_name_key} ({@link NameIndex} reads them), many rows a
 * statement, in the caller's transaction: an import writes the keys of the records it adds with them, so a
 * search right after it finds them.
 */
final class NameKeys {
    private static final MultiRowInsert INSERT = new MultiRowInsert("victim_name_key", List.of("name_key", "victim_id"),
            "ON CONFLICT DO NOTHING");

    /** A record to key: its id and its name. */
    record Named(long id, String name) {
    }

    private NameKeys() {
    }

    /** One row of the index. */
    private record Key(String key, long id) {
    }

    /**
     * Adds the keys {@code keysOf} gives each record's name; keys it already has stay as they are. They go in
     * in the index's order, so that each part of it is read and changed once a call, not once a record.
     */
    static void add(Handle h, List<Named> records, Function<String, Set<String>> keysOf) {
        List<Key> keys = new ArrayList<>();
        for (Named r : records) {
            for (String key : keysOf.apply(r.name())) {
                keys.add(new Key(key, r.id()));
            }
        }
        keys.sort(Comparator.comparing(Key::key).thenComparingLong(Key::id));
        INSERT.write(h, keys.size(), (s, first, row) -> {
            s.setString(first, keys.get(row).key());
            s.setLong(first + 1, keys.get(row).id());
        });
    }
}
