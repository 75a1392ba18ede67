package org.marsad.link.score;

import java.util.List;

/**
 * Whether two records come from one list or two. A list names most of its dead once, so two records of
 * one list are less often one person than records of two lists; EM learns by how much. Levels are
 * ordered like the others, the more telling first: other list, then same list.
 */
final class ListComparator implements FieldComparator {

    @Override
    public String field() {
        return "list";
    }

    @Override
    public List<String> levels() {
        return List.of("other list", "same list");
    }

    @Override
    public int compare(RecordProfile a, RecordProfile b) {
        return compare(a.list(), b.list());
    }

    static int compare(String x, String y) {
        if (x == null || y == null) {
            return MISSING;
        }
        return x.equals(y) ? 1 : 0;
    }
}
