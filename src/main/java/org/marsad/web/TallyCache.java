package org.marsad.web;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.marsad.store.Database;
import org.marsad.tally.Tallies;
import org.marsad.tally.TallyJson;

/**
 * The API's tallies, kept while the data they count has not changed. Counting reads every record, so
 * many readers asking the same tally share one count. Every change made through the app writes an audit
 * entry, and a new entry ends every kept tally at once; changes from outside the app (an import by the
 * command line) show within {@link #MAX_AGE_NANOS}.
 */
final class TallyCache {
    static final long MAX_AGE_NANOS = 10_000_000_000L;
    /** Distinct filters kept at most; past this the cache starts over rather than grow with odd queries. */
    private static final int MAX_KEPT = 1_000;

    private record Kept(long stamp, long madeAt, CompletableFuture<String> json) {
        boolean fresh(long now, long currentStamp) {
            return stamp == currentStamp && now - madeAt < MAX_AGE_NANOS && !json.isCompletedExceptionally();
        }
    }

    private final Database db;
    private final Tallies tallies;
    private final Map<TallyQuery, Kept> kept = new ConcurrentHashMap<>();

    TallyCache(Database db) {
        this.db = db;
        this.tallies = new Tallies(db);
    }

    /** The Tally JSON of a query, counted now or shared with the readers who asked it since the last change. */
    String json(TallyQuery q) {
        long stamp = stamp();
        long now = System.nanoTime();
        if (kept.size() > MAX_KEPT) {
            kept.clear();
        }
        CompletableFuture<String> mine = new CompletableFuture<>();
        Kept k = kept.compute(q, (key, old) -> old != null && old.fresh(now, stamp) ? old : new Kept(stamp, now, mine));
        if (k.json() == mine) {
            try {
                mine.complete(TallyJson.of(tallies.count(q.by(), q.filter())).toString());
            } catch (RuntimeException e) {
                kept.remove(q, k);
                mine.completeExceptionally(e);
            }
        }
        try {
            return k.json().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private long stamp() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT COALESCE(MAX(id), 0) FROM audit_entry")
                .mapTo(Long.class).one());
    }
}
