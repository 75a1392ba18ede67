package org.marsad.store.victim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.marsad.store.Database;

/**
 * The index of victims' names (table {@code victim_name_key}, V11): each record's name keys, made by a
 * function of the caller's (the name code of {@code link}, which the store must not depend on), so that a
 * search reads the keys it asks for instead of every name. A record is keyed after it is written: one whose
 * {@code name_keyed} is 0 (new, or its name corrected) is keyed by {@link #catchUp()}, which every search runs
 * first; a record keyed from a name that changed meanwhile stays unkeyed and is keyed again.
 */
public final class NameIndex {
    /**
     * Records keyed per transaction: large enough that a million records take a hundred transactions, small
     * enough that a writer waiting behind one waits well under the 10 s busy timeout.
     */
    static final int BATCH = 10_000;

    /** One word of a search: a name word starting with {@code prefix}, or any of the {@code keys} exactly. */
    public record Word(String prefix, Set<String> keys) {
    }

    private final Jdbi jdbi;
    private final Function<String, Set<String>> keysOf;

    public NameIndex(Database db, Function<String, Set<String>> keysOf) {
        this.jdbi = db.jdbi();
        this.keysOf = keysOf;
    }

    /**
     * One keying at a time in this process: a search that finds another one under way (the server keying a
     * large import at start) searches what is keyed rather than wait for it.
     */
    private static final java.util.concurrent.locks.ReentrantLock KEYING = new java.util.concurrent.locks.ReentrantLock();

    /** Keys every record not keyed yet; returns how many. Cheap when none is (a partial index holds them). */
    public int catchUp() {
        KEYING.lock();
        try {
            return keyAll();
        } finally {
            KEYING.unlock();
        }
    }

    /** {@link #catchUp()} unless another is under way; then 0 at once. */
    public int catchUpUnlessBusy() {
        if (!KEYING.tryLock()) {
            return 0;
        }
        try {
            return keyAll();
        } finally {
            KEYING.unlock();
        }
    }

    /**
     * Keys every record not keyed yet inside the caller's transaction, however many (a restore keys what
     * its backup held unkeyed before it commits); returns how many.
     */
    public int catchUp(Handle h) {
        int total = 0;
        while (true) {
            List<Map.Entry<Long, String>> unkeyed = unkeyed(h);
            if (unkeyed.isEmpty()) {
                return total;
            }
            key(h, unkeyed);
            total += unkeyed.size();
        }
    }

    private static List<Map.Entry<Long, String>> unkeyed(Handle h) {
        return h.createQuery("SELECT id, full_name FROM victim WHERE name_keyed = 0 ORDER BY id LIMIT :n")
                .bind("n", BATCH).map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2))).list();
    }

    private int keyAll() {
        int total = 0;
        while (true) {
            List<Map.Entry<Long, String>> unkeyed = jdbi.withHandle(NameIndex::unkeyed);
            if (unkeyed.isEmpty()) {
                return total;
            }
            jdbi.useTransaction(h -> key(h, unkeyed));
            total += unkeyed.size();
        }
    }

    private void key(Handle h, List<Map.Entry<Long, String>> records) {
        var forget = h.prepareBatch("DELETE FROM victim_name_key WHERE victim_id = :id");
        // keyed from this name only: a record whose name changed since it was read stays unkeyed
        var done = h.prepareBatch("UPDATE victim SET name_keyed = 1 WHERE id = :id AND full_name = :name");
        List<NameKeys.Named> named = new ArrayList<>(records.size());
        for (Map.Entry<Long, String> r : records) {
            forget.bind("id", r.getKey()).add();
            named.add(new NameKeys.Named(r.getKey(), r.getValue()));
            done.bind("id", r.getKey()).bind("name", r.getValue()).add();
        }
        forget.execute();
        NameKeys.add(h, named, keysOf);
        done.execute();
    }

    /**
     * Live records whose name has every word asked for, at most {@code limit}, in id order. A prefix matches
     * the keys from it up to the next key that does not start with it (its last letter moved one on).
     */
    public List<Victim> search(List<Word> words, int limit) {
        if (words.isEmpty()) {
            return List.of();
        }
        catchUpUnlessBusy();
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String exact = words.get(i).keys().isEmpty() ? "" : " OR name_key IN (<k" + i + ">)";
            parts.add("SELECT victim_id FROM victim_name_key WHERE (name_key >= :lo" + i + " AND name_key < :hi" + i + ")" + exact);
        }
        String sql = "SELECT * FROM victim v WHERE v.deleted_at IS NULL AND v.id IN (" + String.join(" INTERSECT ", parts)
                + ") ORDER BY v.id LIMIT :limit";
        return jdbi.withHandle(h -> {
            Query q = h.createQuery(sql).bind("limit", limit);
            for (int i = 0; i < words.size(); i++) {
                Word w = words.get(i);
                q.bind("lo" + i, w.prefix()).bind("hi" + i, next(w.prefix()));
                if (!w.keys().isEmpty()) {
                    q.bindList("k" + i, List.copyOf(w.keys()));
                }
            }
            return q.map(Victims::map).list();
        });
    }

    /** The first string after every string that starts with {@code prefix}: its last character moved one on. */
    static String next(String prefix) {
        int last = prefix.codePointBefore(prefix.length());
        return prefix.substring(0, prefix.length() - Character.charCount(last)) + Character.toString(last + 1);
    }
}
