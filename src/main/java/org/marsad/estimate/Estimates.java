package org.marsad.estimate;

import java.util.LinkedHashMap;
import java.util.Map;
import org.marsad.store.Database;
import org.marsad.tally.TallyFilter;

/**
 * The estimates a report or a web page shows, by the default method and seed, kept while the database's
 * counted data stay the same: the sampler takes seconds per stratum, and the same figures must not be
 * recomputed (nor differ) on every page view.
 */
public final class Estimates {
    /** Runs kept; a page asks for a handful of filters at a time. */
    private static final int KEPT = 16;
    /** The seed of published figures: one seed, so the same data always give the same figures. */
    public static final long PUBLISHED_SEED = 1;

    private record Key(Database database, long version, TallyFilter filter, DocumentedLists.Stratum by, Method method) {
    }

    private static final Map<Key, EstimateRun> RUNS = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, EstimateRun> eldest) {
            return size() > KEPT;
        }
    };

    private Estimates() {
    }

    /** The database's persons under {@code filter}, all together and by {@code by}, by {@code method}. */
    public static EstimateRun of(Database db, TallyFilter filter, DocumentedLists.Stratum by, Method method) {
        Key key = new Key(db, db.dataVersion(), filter, by, method);
        synchronized (RUNS) {
            EstimateRun kept = RUNS.get(key);
            if (kept != null) {
                return kept;
            }
        }
        EstimateRun run = new DocumentedLists(db).estimate(filter, by, DocumentedLists.MIN_LIST,
                new Estimator(method, PUBLISHED_SEED), method);
        synchronized (RUNS) {
            RUNS.put(key, run);
        }
        return run;
    }
}
