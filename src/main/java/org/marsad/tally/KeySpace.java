package org.marsad.tally;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.extract.Group;

/**
 * The rows of one tally as a mixed-radix number: each dimension maps the dictionary numbers of its column
 * to the index of a row label (a month, a governorate…), worked out once per distinct value; a unit's row
 * is then a few array reads.
 */
final class KeySpace {
    private final List<Dimension> by;
    private final int[][] labelOf;
    private final List<List<String>> labels = new ArrayList<>();
    private final long[] stride;
    final long cells;

    KeySpace(List<Dimension> by, UnitColumns c, PlaceTree places) {
        this.by = by;
        this.labelOf = new int[by.size()][];
        this.stride = new long[by.size()];
        long product = 1;
        for (int p = by.size() - 1; p >= 0; p--) {
            Dimension d = by.get(p);
            List<String> names = new ArrayList<>();
            Map<String, Integer> index = new HashMap<>();
            labelOf[p] = switch (d) {
                case DAY, WEEK, MONTH, YEAR -> map(c.days.values, date -> Dimension.timeKey(d, date), names, index);
                case GOVERNORATE, DISTRICT, SUBDISTRICT, COMMUNITY -> map(c.places.values,
                        pcode -> places.ancestorAt(pcode, d.placeLevel()), names, index);
                case CAUSE -> map(c.causes.values, v -> v, names, index);
                case PERPETRATOR -> map(c.perpetrators.values, v -> v, names, index);
                case STATUS -> map(c.statuses.values, v -> v, names, index);
                case AFFILIATION -> map(c.affiliations.values, v -> v, names, index);
                case GROUP -> map(List.of(Group.values()), Group::code, names, index);
            };
            labels.add(0, names);
            stride[p] = product;
            product = Math.multiplyExact(product, Math.max(1, names.size()));
        }
        this.cells = product;
    }

    /**
     * Maps dictionary values to label indexes; slot 0 is for a unit without a value ("unknown"), slot
     * k + 1 for dictionary value k.
     */
    private static <T> int[] map(List<T> values, java.util.function.Function<T, String> label, List<String> names,
                                 Map<String, Integer> index) {
        int[] map = new int[values.size() + 1];
        map[0] = indexOf(Dimension.UNKNOWN, names, index);
        for (int k = 0; k < values.size(); k++) {
            String l = label.apply(values.get(k));
            map[k + 1] = indexOf(l == null || l.isBlank() ? Dimension.UNKNOWN : l, names, index);
        }
        return map;
    }

    private static int indexOf(String label, List<String> names, Map<String, Integer> index) {
        return index.computeIfAbsent(label, l -> {
            names.add(l);
            return names.size() - 1;
        });
    }

    /** The row of unit {@code i}, counted as group {@code g}. */
    long row(UnitColumns c, int i, Group g) {
        long key = 0;
        for (int p = 0; p < labelOf.length; p++) {
            int value = switch (by.get(p)) {
                case DAY, WEEK, MONTH, YEAR -> c.day[i];
                case GOVERNORATE, DISTRICT, SUBDISTRICT, COMMUNITY -> c.place[i];
                case CAUSE -> c.cause[i];
                case PERPETRATOR -> c.perpetrator[i];
                case STATUS -> c.status[i];
                case AFFILIATION -> c.affiliation[i];
                case GROUP -> g.ordinal();
            };
            key += labelOf[p][value + 1] * stride[p];
        }
        return key;
    }

    /** The labels of a row number. */
    List<String> labels(long row) {
        List<String> key = new ArrayList<>(labelOf.length);
        for (int p = 0; p < labelOf.length; p++) {
            key.add(labels.get(p).get((int) (row / stride[p] % Math.max(1, labels.get(p).size()))));
        }
        return key;
    }
}
