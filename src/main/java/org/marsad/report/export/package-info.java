/**
 * Exports of victims, incidents and tallies as CSV, HXL, JSON and GeoJSON ({@link
 * org.marsad.report.export.Exports}), streamed so a million rows fit. Nothing confidential leaves: a victim
 * carries its source's name, never the source's identity or contact, because an export is meant to be
 * published.
 */
package org.marsad.report.export;
