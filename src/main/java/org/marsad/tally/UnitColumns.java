package org.marsad.tally;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.extract.Group;

/**
 * The count units of a snapshot stored by column, each text value replaced by its number in a small
 * dictionary. A tally is then one pass over int arrays: a million units take milliseconds, and the
 * per-value work (is this place within the filter's place? which month is this day in?) is done once
 * per distinct value, not once per unit.
 */
final class UnitColumns {
    /** Values of one column, numbered in order of first appearance; -1 stands for none. */
    static final class Dictionary<T> {
        private final Map<T, Integer> ids = new HashMap<>();
        final List<T> values = new ArrayList<>();

        int id(T value) {
            if (value == null) {
                return -1;
            }
            return ids.computeIfAbsent(value, v -> {
                values.add(v);
                return values.size() - 1;
            });
        }

        /** The number of a value, or -2 (matches nothing) when the column never holds it. */
        int find(T value) {
            return ids.getOrDefault(value, -2);
        }

        int size() {
            return values.size();
        }
    }

    final int size;
    final int[] day;
    final int[] place;
    final int[] cause;
    final int[] perpetrator;
    final int[] status;
    final int[] affiliation;
    final int[] sources;
    final boolean[] injured;
    final boolean[] provisional;
    final Range[][] byGroup;
    final LinkDoubt[] doubt;

    final Dictionary<LocalDate> days = new Dictionary<>();
    final Dictionary<String> places = new Dictionary<>();
    final Dictionary<String> causes = new Dictionary<>();
    final Dictionary<String> perpetrators = new Dictionary<>();
    final Dictionary<String> statuses = new Dictionary<>();
    final Dictionary<String> affiliations = new Dictionary<>();
    final Dictionary<Set<String>> sourceSets = new Dictionary<>();

    UnitColumns(CountUnits.Units units) {
        size = units.counted().size() + units.provisional().size();
        day = new int[size];
        place = new int[size];
        cause = new int[size];
        perpetrator = new int[size];
        status = new int[size];
        affiliation = new int[size];
        sources = new int[size];
        injured = new boolean[size];
        provisional = new boolean[size];
        byGroup = new Range[size][];
        doubt = new LinkDoubt[size];
        int i = 0;
        for (List<CountUnit> list : List.of(units.counted(), units.provisional())) {
            for (CountUnit u : list) {
                day[i] = days.id(u.date());
                place[i] = places.id(u.pcode());
                cause[i] = causes.id(u.cause());
                perpetrator[i] = perpetrators.id(u.perpetrator());
                status[i] = statuses.id(u.status());
                affiliation[i] = affiliations.id(u.affiliation());
                sources[i] = sourceSets.id(u.sources());
                injured[i] = u.outcome() == org.marsad.extract.Outcome.INJURED;
                provisional[i] = list == units.provisional();
                byGroup[i] = u.byGroup();
                doubt[i] = u.doubt();
                i++;
            }
        }
    }

    Range of(int unit, Group g) {
        return byGroup[unit][g.ordinal()];
    }
}
