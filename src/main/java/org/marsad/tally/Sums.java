package org.marsad.tally;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Running sums of ranges per row: for each row four slots (killed, injured, each counted or provisional)
 * of low, best, high and named. Rows live in one array when the tally has few possible rows, in a map
 * when it has many (a breakdown by day and sub-district).
 */
final class Sums {
    private static final int DENSE_LIMIT = 1 << 16;
    private static final int WIDTH = 16;

    private final long[] dense;
    /** Rows that some unit reached, so that a row whose sums are all zero still shows. */
    private final boolean[] reached;
    private final Map<Long, long[]> sparse;
    /** The linker's doubt about the counted dead of each row ({@link LinkDoubt}), kept beside the sums. */
    private final Map<Long, LinkDoubt> doubt = new HashMap<>();

    Sums(long rows) {
        boolean small = rows <= DENSE_LIMIT;
        dense = small ? new long[(int) rows * WIDTH] : null;
        reached = small ? new boolean[(int) rows] : null;
        sparse = small ? null : new HashMap<>();
    }

    static int slot(boolean injured, boolean provisional) {
        return (injured ? 1 : 0) + (provisional ? 2 : 0);
    }

    void add(long row, int slot, Range r) {
        long[] a;
        int at;
        if (dense != null) {
            a = dense;
            at = (int) row * WIDTH + slot * 4;
            reached[(int) row] = true;
        } else {
            a = sparse.computeIfAbsent(row, k -> new long[WIDTH]);
            at = slot * 4;
        }
        a[at] += r.low();
        a[at + 1] += r.best();
        a[at + 2] += r.high();
        a[at + 3] += r.named();
    }

    /** Adds what the links the linker doubts may move a row's counted dead by. */
    void addDoubt(long row, LinkDoubt d) {
        if (d != LinkDoubt.NONE) {
            doubt.merge(row, d, LinkDoubt::plus);
        }
    }

    List<Long> rows() {
        if (dense == null) {
            return new ArrayList<>(sparse.keySet());
        }
        List<Long> rows = new ArrayList<>();
        for (int i = 0; i < reached.length; i++) {
            if (reached[i]) {
                rows.add((long) i);
            }
        }
        return rows;
    }

    Tally.Row row(long row, List<String> key) {
        long[] a = dense != null ? dense : sparse.get(row);
        int base = dense != null ? (int) row * WIDTH : 0;
        return new Tally.Row(key, range(a, base), range(a, base + 4), range(a, base + 8), range(a, base + 12),
                doubt.getOrDefault(row, LinkDoubt.NONE));
    }

    private static Range range(long[] a, int at) {
        return new Range(a[at], a[at + 1], a[at + 2], a[at + 3]);
    }
}
