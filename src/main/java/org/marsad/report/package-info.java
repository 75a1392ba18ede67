/**
 * Publishing: the narrative report ({@link org.marsad.report.NarrativeReport}, {@link
 * org.marsad.report.EstimateReport}) written from facts the tally counted, in Arabic or English, as Markdown
 * or one self-contained HTML page, with the language and digits every page of Marsad shares ({@link
 * org.marsad.report.Lang}, {@link org.marsad.report.Digits}). The stages live in sub-packages: {@code words}
 * agrees counted nouns with their numbers, {@code chart} draws the figures as SVG, {@code export} writes the
 * records as CSV, HXL, JSON and GeoJSON. It words what the tally counted and never counts itself: a
 * report that summed its own figures could count a victim twice.
 */
package org.marsad.report;
