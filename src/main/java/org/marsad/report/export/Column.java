package org.marsad.report.export;

/**
 * A column of an export: its name, and its HXL hashtag (Humanitarian Exchange Language, hxlstandard.org),
 * written on the second header row of an HXL export so that humanitarian tools read the column.
 */
record Column(String name, String hxl) {
}
