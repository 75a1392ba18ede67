package org.marsad.web.tally;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.marsad.store.Database;
import org.marsad.tally.Tallies;
import org.marsad.tally.TallyJson;

/**
 * The API's tallies as JSON, kept while the data they count has not changed, so that many readers asking
 * the same tally share one count and one rendering. The store's data version moves with every change to
 * counted data, by the app or by any other process (an import on the command line), and ends every kept
 * tally at once.
 */
public final class TallyCache {
    /** Distinct filters kept at most; past this the cache starts over rather than grow with odd queries. */
    private static final int MAX_KEPT = 1_000;

    private record Kept(long stamp, CompletableFuture<String> json) {
        boolean fresh(long currentStamp) {
            return stamp == currentStamp && !json.isCompletedExceptionally();
        }
    }

    private final Database db;
    private final Tallies tallies;
    private final Map<TallyQuery, Kept> kept = new ConcurrentHashMap<>();

    public TallyCache(Database db, Tallies tallies) {
        this.db = db;
        this.tallies = tallies;
    }

    /** The Tally JSON of a query, counted now or shared with the readers who asked it since the last change. */
    public String json(TallyQuery q) {
        long stamp = db.dataVersion();
        if (kept.size() > MAX_KEPT) {
            kept.clear();
        }
        CompletableFuture<String> mine = new CompletableFuture<>();
        Kept k = kept.compute(q, (key, old) -> old != null && old.fresh(stamp) ? old : new Kept(stamp, mine));
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
}
