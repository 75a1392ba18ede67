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

    private final int rare;
    private final int window;

    public NameIndex(Database db, Function<String, Set<String>> keysOf) {
        this(db, keysOf, RARE, WINDOW);
    }

    /** With other bounds than {@link #RARE} and {@link #WINDOW}: tests reach both ways of searching with a few records. */
    NameIndex(Database db, Function<String, Set<String>> keysOf, int rare, int window) {
        this.jdbi = db.jdbi();
        this.keysOf = keysOf;
        this.rare = rare;
        this.window = window;
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
     * Index entries counted per word to tell a rare word from a common one: under this many, the records
     * of the rarest word are read whole and checked against the other words; at or over it, the word is
     * common (محمد keys 150,000 of 1M generated records) and the records are read in number order instead,
     * each checked against every word, so that a page reads about {@code limit / share} records, not all
     * 150,000 matches.
     */
    static final int RARE = 5_000;

    /**
     * Live records read at most by one search of common words: two common words that seldom meet (a given
     * name and a common family name) would otherwise read the whole register to fill a page. The search
     * then ends early and says where it stopped, so that the reader can go on from there.
     */
    static final int WINDOW = 20_000;

    /**
     * What a search found: the records in number order, and {@code stoppedAt}, the number of the last
     * record it read when it stopped after {@link #WINDOW} records without filling the page (0 when it
     * read every record that could match).
     */
    public record Found(List<Victim> records, long stoppedAt) {
    }

    /**
     * Live records whose name has every word asked for, numbered after {@code after}, at most {@code limit},
     * in number order. A prefix matches the keys from it up to the next key that does not start with it
     * (its last letter moved one on).
     */
    public Found search(List<Word> words, long after, int limit) {
        if (words.isEmpty()) {
            return new Found(List.of(), 0);
        }
        catchUpUnlessBusy();
        return jdbi.withHandle(h -> {
            int rarest = 0;
            int fewest = Integer.MAX_VALUE;
            for (int i = 0; i < words.size(); i++) {
                int n = bind(h.createQuery(entries(i, words.get(i))), i, words.get(i)).bind("cap", rare).mapTo(Integer.class).one();
                if (n < fewest) {
                    fewest = n;
                    rarest = i;
                }
            }
            return fewest < rare ? fromRarest(h, words, rarest, after, limit) : inNumberOrder(h, words, after, limit);
        });
    }

    /** Every record of the rarest word (fewer than {@link #RARE}), checked against the other words. */
    private static Found fromRarest(Handle h, List<Word> words, int rarest, long after, int limit) {
        StringBuilder sql = new StringBuilder("SELECT * FROM victim v WHERE v.id IN (SELECT k.victim_id FROM victim_name_key k WHERE ")
                .append(matches(rarest, words.get(rarest))).append(") AND v.deleted_at IS NULL AND " + VictimImports.SETTLED + " AND v.id > :after");
        for (int i = 0; i < words.size(); i++) {
            if (i != rarest) {
                sql.append(" AND ").append(has(i, words.get(i)));
            }
        }
        Query q = h.createQuery(sql.append(" ORDER BY v.id LIMIT :limit").toString()).bind("after", after).bind("limit", limit);
        for (int i = 0; i < words.size(); i++) {
            bind(q, i, words.get(i));
        }
        return new Found(q.map(Victims::map).list(), 0);
    }

    /** Records in number order from {@code after}, each checked against every word, at most {@link #WINDOW} read. */
    private Found inNumberOrder(Handle h, List<Word> words, long after, int limit) {
        // along the live records' index (ids only): stepping over the table's rows read 20,000 whole records
        Long upTo = h.createQuery("SELECT id FROM victim WHERE deleted_at IS NULL AND " + VictimImports.settled("") + " AND id > :after ORDER BY id LIMIT 1 OFFSET :window")
                .bind("after", after).bind("window", window - 1).mapTo(Long.class).findOne().orElse(null);
        StringBuilder sql = new StringBuilder("SELECT * FROM victim v WHERE v.deleted_at IS NULL AND " + VictimImports.SETTLED + " AND v.id > :after AND v.id <= :upTo");
        for (int i = 0; i < words.size(); i++) {
            sql.append(" AND ").append(has(i, words.get(i)));
        }
        Query q = h.createQuery(sql.append(" ORDER BY v.id LIMIT :limit").toString()).bind("after", after)
                .bind("upTo", upTo == null ? Long.MAX_VALUE : upTo).bind("limit", limit);
        for (int i = 0; i < words.size(); i++) {
            bind(q, i, words.get(i));
        }
        List<Victim> found = q.map(Victims::map).list();
        return new Found(found, upTo != null && found.size() < limit ? upTo : 0);
    }

    /**
     * How many index entries word {@code i} has, counted up to {@code :cap} in its range and up to as many
     * among its exact keys: two index reads apart. As one condition (range OR keys) PostgreSQL read the
     * whole table of keys for it (a sequential scan, 48 ms at 100,000 records), where each part alone reads
     * its index.
     */
    private static String entries(int i, Word w) {
        String range = "SELECT 1 FROM (SELECT 1 FROM victim_name_key k WHERE k.name_key >= :lo" + i + " AND k.name_key < :hi" + i
                + " LIMIT :cap) r";
        return "SELECT COUNT(*) FROM (" + range + (w.keys().isEmpty() ? "" : " UNION ALL SELECT 1 FROM (SELECT 1 FROM "
                + "victim_name_key k WHERE k.name_key IN (<k" + i + ">) LIMIT :cap) e") + ") t";
    }

    /** The condition that an index entry {@code k} is a key of word {@code i}: in its prefix's range or one of its keys. */
    private static String matches(int i, Word w) {
        String exact = w.keys().isEmpty() ? "" : " OR k.name_key IN (<k" + i + ">)";
        return "((k.name_key >= :lo" + i + " AND k.name_key < :hi" + i + ")" + exact + ")";
    }

    /**
     * The condition that record {@code v} has word {@code i}: read from the index of a record's keys (about
     * ten a record, the key in the index, V13), never through the range of the word's keys, which for a
     * common word is long.
     */
    private static String has(int i, Word w) {
        return "EXISTS (SELECT 1 FROM victim_name_key k WHERE k.victim_id = v.id AND " + matches(i, w) + ")";
    }

    private static Query bind(Query q, int i, Word w) {
        q.bind("lo" + i, w.prefix()).bind("hi" + i, next(w.prefix()));
        if (!w.keys().isEmpty()) {
            q.bindList("k" + i, List.copyOf(w.keys()));
        }
        return q;
    }

    /** The first string after every string that starts with {@code prefix}: its last character moved one on. */
    static String next(String prefix) {
        int last = prefix.codePointBefore(prefix.length());
        return prefix.substring(0, prefix.length() - Character.charCount(last)) + Character.toString(last + 1);
    }
}
