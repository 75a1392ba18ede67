/**
 * The report's figures drawn as SVG documents: deaths over time, bars of a breakdown, estimates with their
 * intervals, and governorates and districts shaded on OCHA's borders ({@link org.marsad.report.chart.Charts}
 * is the entry), right to left in Arabic. It draws the numbers and labels it is given, in the language it
 * is given; it does not choose, count or word them, so a chart never says more than the report's text.
 */
package org.marsad.report.chart;
