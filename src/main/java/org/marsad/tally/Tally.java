package org.marsad.tally;

import java.util.List;
import java.util.Map;

/**
 * A count broken down by dimensions. Each row holds its dimension values (in the order of {@code by})
 * and, per outcome, the range of deaths or injuries; {@code provisional} is what single-source incidents
 * would add; {@code killedDoubt} how far the links the linker doubts may move the counted dead. {@code total} counts each death once under the filters: it is not the sum of rows when a
 * breakdown by group nests groups.
 */
public record Tally(List<Dimension> by, TallyFilter filter, List<Row> rows, Row total) {

    public record Row(List<String> key, Range killed, Range injured, Range provisionalKilled,
                      Range provisionalInjured, LinkDoubt killedDoubt) {

        /** The value of dimension {@code d} in this row. */
        public String get(List<Dimension> by, Dimension d) {
            return key.get(by.indexOf(d));
        }
    }

    /** The row with these dimension values, if any. */
    public java.util.Optional<Row> row(String... key) {
        List<String> k = List.of(key);
        return rows.stream().filter(r -> r.key().equals(k)).findFirst();
    }

    Map<String, Object> filterMap() {
        return TallyJson.filterMap(filter);
    }
}
