package org.marsad.report.export;

/** The forms data leaves Marsad in: spreadsheets (CSV), programs (JSON), maps (GeoJSON), humanitarian data (HXL). */
public enum ExportFormat {
    CSV, JSON, GEOJSON, HXL
}
