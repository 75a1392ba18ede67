package org.marsad.report;

import java.util.List;

/**
 * Longitude and latitude to pixels, equirectangular with longitudes shrunk by the cosine of the mean
 * latitude: true enough in shape for a country the size of Syria, and simple to check.
 */
record Projection(double west, double north, double pixelsPerDegree, double cosLat, double left, double top) {
    private static final double MARGIN_DEGREES = 0.6;

    /** The projection that fits the places, with a margin for circles and labels, into a box. */
    static Projection fit(List<GovernorateCount> places, double left, double top, double right, double bottom) {
        double west = places.stream().mapToDouble(GovernorateCount::lon).min().orElseThrow() - MARGIN_DEGREES;
        double east = places.stream().mapToDouble(GovernorateCount::lon).max().orElseThrow() + MARGIN_DEGREES;
        double south = places.stream().mapToDouble(GovernorateCount::lat).min().orElseThrow() - MARGIN_DEGREES;
        double north = places.stream().mapToDouble(GovernorateCount::lat).max().orElseThrow() + MARGIN_DEGREES;
        double cosLat = Math.cos(Math.toRadians((south + north) / 2));
        double scale = Math.min((right - left) / ((east - west) * cosLat), (bottom - top) / (north - south));
        double usedWidth = (east - west) * cosLat * scale;
        return new Projection(west, north, scale, cosLat, left + (right - left - usedWidth) / 2, top);
    }

    double x(double lon) {
        return left + (lon - west) * cosLat * pixelsPerDegree;
    }

    double y(double lat) {
        return top + (north - lat) * pixelsPerDegree;
    }
}
