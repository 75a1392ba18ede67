package org.marsad.report.chart;

import java.util.List;

/** One line of a timeline: a group's label, already in the chart's language, and its count per period. */
public record Series(String label, List<Long> counts) {
    public Series {
        counts = List.copyOf(counts);
    }
}
