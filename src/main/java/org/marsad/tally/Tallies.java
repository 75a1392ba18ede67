package org.marsad.tally;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.marsad.extract.Group;
import org.marsad.extract.Outcome;
import org.marsad.store.Database;

/** Counts what the store holds, by the rules of this package (see package-info). */
public final class Tallies {
    private final Database db;

    public Tallies(Database db) {
        this.db = db;
    }

    public Tally count(List<Dimension> by, TallyFilter filter) {
        CountUnits.Units units = CountUnits.load(db, filter.grades());
        PlaceTree places = PlaceTree.load(db);
        return aggregate(by, filter, units, places);
    }

    static Tally aggregate(List<Dimension> by, TallyFilter filter, CountUnits.Units units, PlaceTree places) {
        // Without a breakdown by group, each death is counted through its one unit of its top group, so a
        // child is not counted again as a civilian and as a person.
        Group top = filter.effectiveGroup();
        boolean byGroup = by.contains(Dimension.GROUP);
        Map<List<String>, Cells> rows = new TreeMap<>(KEY_ORDER);
        Cells total = new Cells();
        UnitFilter matches = new UnitFilter(filter, places);
        for (int provisional = 0; provisional < 2; provisional++) {
            for (CountUnit u : provisional == 0 ? units.counted() : units.provisional()) {
                if (!matches.test(u)) {
                    continue;
                }
                boolean isTop = u.group() == top;
                if (byGroup ? nestedIn(u.group(), top) : isTop) {
                    rows.computeIfAbsent(key(by, u, places), k -> new Cells()).add(u, provisional == 1);
                }
                if (isTop) {
                    total.add(u, provisional == 1);
                }
            }
        }
        List<Tally.Row> list = new ArrayList<>();
        rows.forEach((k, c) -> list.add(c.row(k)));
        return new Tally(List.copyOf(by), filter, list, total.row(List.of()));
    }

    /** Whether {@code g} is {@code whole} or one of its parts: children, women and men are civilians; all are people. */
    static boolean nestedIn(Group g, Group whole) {
        return g == whole || whole == Group.PERSON
                || whole == Group.CIVILIAN && (g == Group.CHILD || g == Group.WOMAN || g == Group.MAN);
    }

    private static List<String> key(List<Dimension> by, CountUnit u, PlaceTree places) {
        List<String> key = new ArrayList<>(by.size());
        for (Dimension d : by) {
            key.add(switch (d) {
                case DAY, WEEK, MONTH, YEAR -> Dimension.timeKey(d, u.date());
                case GOVERNORATE, DISTRICT, SUBDISTRICT -> orUnknown(u.pcode() == null ? null
                        : places.ancestorAt(u.pcode(), d.placeLevel()));
                case GROUP -> u.group().code();
                case CAUSE -> orUnknown(u.cause());
                case PERPETRATOR -> orUnknown(u.perpetrator());
                case STATUS -> orUnknown(u.status());
                case AFFILIATION -> orUnknown(u.affiliation());
            });
        }
        return key;
    }

    private static String orUnknown(String s) {
        return s == null || s.isBlank() ? Dimension.UNKNOWN : s;
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

    /** The sums of one row. */
    private static final class Cells {
        private final Range[] counted = {Range.ZERO, Range.ZERO};
        private final Range[] provisional = {Range.ZERO, Range.ZERO};

        void add(CountUnit u, boolean isProvisional) {
            Range[] target = isProvisional ? provisional : counted;
            target[u.outcome().ordinal()] = target[u.outcome().ordinal()].plus(u.range());
        }

        Tally.Row row(List<String> key) {
            return new Tally.Row(List.copyOf(key), counted[Outcome.KILLED.ordinal()],
                    counted[Outcome.INJURED.ordinal()], provisional[Outcome.KILLED.ordinal()],
                    provisional[Outcome.INJURED.ordinal()]);
        }
    }
}
