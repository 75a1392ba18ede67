package org.marsad.tally;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.extract.Group;
import org.marsad.extract.Outcome;
import org.marsad.store.Database;

/**
 * Counts what the store holds, by the rules of this package (see package-info). The count units are
 * made once per version of the data and kept in memory, so that a tally over a million victims is an
 * in-memory pass, not a read of the database; any change to counted data, by any process, bumps the
 * store's data version and the next tally makes them anew.
 */
public final class Tallies {
    private record Snapshot(long version, UnitColumns units, PlaceTree places) {
    }

    private final Database db;
    private final Map<java.util.Set<org.marsad.store.incident.Grade>, Snapshot> snapshots = new java.util.concurrent.ConcurrentHashMap<>();

    public Tallies(Database db) {
        this.db = db;
    }

    public Tally count(List<Dimension> by, TallyFilter filter) {
        Snapshot s = snapshot(filter.grades());
        return aggregate(by, filter, s.units(), s.places());
    }

    /** An incident's figures as the counting rules settle them (named persons inside), by group. */
    public record IncidentCount(long incidentId, Map<Group, Range> killed, Map<Group, Range> injured) {
    }

    /** The settled figures of every incident, whatever its grade, for exports. */
    public Map<Long, IncidentCount> incidents() {
        Map<Long, IncidentCount> counts = new java.util.LinkedHashMap<>();
        for (CountUnit u : CountUnits.load(db, java.util.EnumSet.allOf(org.marsad.store.incident.Grade.class)).counted()) {
            if (u.incidentId() == null) {
                continue;
            }
            IncidentCount c = counts.computeIfAbsent(u.incidentId(),
                    id -> new IncidentCount(id, new java.util.EnumMap<>(Group.class), new java.util.EnumMap<>(Group.class)));
            Map<Group, Range> target = u.outcome() == org.marsad.extract.Outcome.KILLED ? c.killed() : c.injured();
            for (Group g : Group.values()) {
                if (u.of(g) != null) {
                    target.put(g, u.of(g));
                }
            }
        }
        return counts;
    }

    private Snapshot snapshot(java.util.Set<org.marsad.store.incident.Grade> grades) {
        // The version is read before the data: a change made while loading leaves the snapshot stale, not wrong.
        long version = db.dataVersion();
        Snapshot s = snapshots.get(grades);
        if (s == null || s.version() != version) {
            if (snapshots.size() > 8) {
                snapshots.clear();
            }
            s = new Snapshot(version, new UnitColumns(CountUnits.load(db, grades)), PlaceTree.load(db));
            snapshots.put(grades, s);
        }
        return s;
    }

    static Tally aggregate(List<Dimension> by, TallyFilter filter, UnitColumns c, PlaceTree places) {
        // Each unit counts once, through its figure for the group asked for (everyone by default); a
        // breakdown by group adds rows for the parts nested in that group, never to the total.
        Group top = filter.effectiveGroup();
        boolean byGroup = by.contains(Dimension.GROUP);
        List<Group> parts = Arrays.stream(Group.values()).filter(g -> nestedIn(g, top)).toList();
        UnitFilter matches = new UnitFilter(filter, c, places);
        KeySpace keys = new KeySpace(by, c, places);
        Sums rows = new Sums(keys.cells);
        Sums total = new Sums(1);
        for (int i = 0; i < c.size; i++) {
            Range whole = c.of(i, top);
            if (whole == null || !matches.test(i)) {
                continue;
            }
            int slot = Sums.slot(c.injured[i], c.provisional[i]);
            LinkDoubt doubt = slot == 0 ? c.doubt[i] : LinkDoubt.NONE;
            total.add(0, slot, whole);
            total.addDoubt(0, doubt);
            if (!byGroup) {
                long row = keys.row(c, i, top);
                rows.add(row, slot, whole);
                rows.addDoubt(row, doubt);
                continue;
            }
            for (Group g : parts) {
                Range part = c.of(i, g);
                if (part != null) {
                    long row = keys.row(c, i, g);
                    rows.add(row, slot, part);
                    rows.addDoubt(row, doubt);
                }
            }
        }
        List<Tally.Row> list = rows.rows().stream()
                .map(row -> rows.row(row, keys.labels(row)))
                .sorted(java.util.Comparator.comparing(Tally.Row::key, KEY_ORDER))
                .toList();
        return new Tally(List.copyOf(by), filter, list, total.row(0, List.of()));
    }

    /** Whether {@code g} is {@code whole} or one of its parts: children, women and men are civilians; all are people. */
    static boolean nestedIn(Group g, Group whole) {
        return g == whole || whole == Group.PERSON
                || whole == Group.CIVILIAN && (g == Group.CHILD || g == Group.WOMAN || g == Group.MAN);
    }

    /** Rows sort by their values, with "unknown" last in each dimension. */
    private static final Comparator<List<String>> KEY_ORDER = (a, b) -> {
        for (int i = 0; i < a.size(); i++) {
            String x = a.get(i);
            String y = b.get(i);
            int c = x.equals(y) ? 0 : x.equals(Dimension.UNKNOWN) ? 1 : y.equals(Dimension.UNKNOWN) ? -1 : x.compareTo(y);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    };
}
