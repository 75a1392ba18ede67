package org.marsad.report.chart;

/** One stratum of the estimate chart: the documented dead and the estimate of all, with its interval. */
public record EstimateBar(String label, long documented, long estimate, long low, long high) {
}
