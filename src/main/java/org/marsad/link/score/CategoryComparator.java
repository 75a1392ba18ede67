package org.marsad.link.score;

import java.util.List;
import java.util.function.Function;

/** Compares a field with a few values (sex, status): agree or disagree. */
final class CategoryComparator implements FieldComparator {

    private final String field;
    private final Function<RecordProfile, ?> value;

    CategoryComparator(String field, Function<RecordProfile, ?> value) {
        this.field = field;
        this.value = value;
    }

    @Override
    public String field() {
        return field;
    }

    @Override
    public List<String> levels() {
        return List.of("agree", "disagree");
    }

    @Override
    public int compare(RecordProfile a, RecordProfile b) {
        return compare(value.apply(a), value.apply(b));
    }

    static int compare(Object x, Object y) {
        if (x == null || y == null) {
            return MISSING;
        }
        return x.equals(y) ? 0 : 1;
    }
}
