package org.marsad.report.chart;

/** One bar of a breakdown: a label in the chart's language (a cause, a perpetrator) and its count. */
public record Bar(String label, long count) {
}
