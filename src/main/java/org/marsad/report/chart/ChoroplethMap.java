package org.marsad.report.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.marsad.place.AdminLevel;
import org.marsad.place.Outline;
import org.marsad.report.Lang;
import org.marsad.report.chart.ChartLocale.ChartLabel;
import org.marsad.report.chart.Svg.Anchor;

/**
 * Governorates or districts drawn on OCHA's borders, each shaded by the deaths recorded in it (five
 * classes, the class limits in the legend), with a circle at each town or village sized by its deaths
 * (area in proportion). A unit with no deaths recorded is white; a unit the report does not cover (no
 * data) is hatched grey, so the two are never read alike. Projected equirectangular with longitude
 * shrunk by the cosine of Syria's mean latitude; never mirrored, only the labels move in Arabic.
 */
public final class ChoroplethMap {
    static final int WIDTH = 760;
    static final int HEIGHT = 700;
    static final double MAP_LEFT = 20;
    static final double MAP_TOP = 64;
    static final double MAP_RIGHT = WIDTH - 20;
    static final double MAP_BOTTOM = 590;
    private static final double LEGEND_TOP = 610;
    static final String ZERO_FILL = "#ffffff";
    static final String NO_DATA_FILL = "url(#nodata)";
    static final String POINT = "#08306b";
    private static final String BORDER = "#555555";
    private static final String HATCH = "<pattern id=\"nodata\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\">"
            + "<rect width=\"6\" height=\"6\" fill=\"#d9d9d9\"/><path d=\"M0,6 L6,0\" stroke=\"#888888\" stroke-width=\"1\"/>"
            + "</pattern>";
    /** Syria with a margin: 35.6–42.5 E, 32.2–37.4 N. */
    private static final double WEST = 35.6;
    private static final double EAST = 42.5;
    private static final double SOUTH = 32.2;
    private static final double NORTH = 37.4;
    static final double MAX_POINT_RADIUS = 14;
    private static final int LABEL_SIZE = 11;

    private ChoroplethMap() {
    }

    /** A unit on the map: its p-code, names and label point; {@code count} null when the report has no data for it. */
    public record Unit(String pcode, String nameAr, String nameEn, double lat, double lon, Long count) {
        String name(Lang lang) {
            return lang == Lang.AR ? nameAr : nameEn;
        }
    }

    /** A town or village with deaths, drawn as a circle. */
    public record Point(String nameAr, String nameEn, double lat, double lon, long count) {
    }

    static double x(double lon) {
        return MAP_LEFT + (lon - WEST) * COS_LAT * scale();
    }

    static double y(double lat) {
        return MAP_TOP + (NORTH - lat) * scale();
    }

    private static final double COS_LAT = Math.cos(Math.toRadians((SOUTH + NORTH) / 2));

    private static double scale() {
        return Math.min((MAP_RIGHT - MAP_LEFT) / ((EAST - WEST) * COS_LAT), (MAP_BOTTOM - MAP_TOP) / (NORTH - SOUTH));
    }

    static String draw(ChartLocale locale, String title, AdminLevel level, List<Unit> units, List<Point> points) {
        Map<String, Unit> byPcode = new java.util.HashMap<>();
        units.forEach(u -> byPcode.put(u.pcode(), u));
        long[] limits = Classes.limits(units.stream().map(Unit::count).filter(c -> c != null && c > 0)
                .mapToLong(Long::longValue).sorted().toArray());
        Svg svg = new Svg(locale.lang(), WIDTH, HEIGHT, title).defs(HATCH)
                .heading(title, locale.text(ChartLabel.CHOROPLETH_METHOD));
        for (Outline outline : Outline.of(level)) {
            Unit unit = byPcode.get(outline.pcode());
            String fill = unit == null || unit.count() == null ? NO_DATA_FILL
                    : unit.count() == 0 ? ZERO_FILL : Palette.sequential(Classes.of(unit.count(), limits));
            svg.path(pathData(outline), fill, BORDER, level == AdminLevel.GOVERNORATE ? 1.0 : 0.6);
        }
        long maxPoint = points.stream().mapToLong(Point::count).max().orElse(0);
        for (Point p : points.stream().sorted(Comparator.comparingLong(Point::count).reversed()).toList()) {
            svg.circle(svg.fixed(x(p.lon())), y(p.lat()), pointRadius(p.count(), maxPoint), POINT, "#ffffff");
        }
        if (level == AdminLevel.GOVERNORATE) {
            for (Unit unit : units) {
                svg.text(svg.fixed(x(unit.lon())), y(unit.lat()) + 4, unit.name(locale.lang()), Anchor.MIDDLE, LABEL_SIZE, false);
            }
        }
        legend(svg, locale, limits, maxPoint);
        return svg.close();
    }

    static double pointRadius(long count, long max) {
        return max == 0 ? 0 : Math.max(2, MAX_POINT_RADIUS * Math.sqrt((double) count / max));
    }

    static String pathData(Outline outline) {
        StringBuilder d = new StringBuilder();
        for (double[][] ring : outline.rings()) {
            for (int i = 0; i < ring.length; i++) {
                d.append(i == 0 ? 'M' : 'L').append(String.format(Locale.ROOT, "%.1f,%.1f", x(ring[i][0]), y(ring[i][1])));
            }
            d.append('Z');
        }
        return d.toString();
    }

    /** One swatch a class (its limits), then "none recorded", "no data" and the largest circle. */
    private static void legend(Svg svg, ChartLocale locale, long[] limits, long maxPoint) {
        List<String[]> entries = new ArrayList<>();
        long lower = 1;
        for (int i = 0; i < limits.length; i++) {
            String range = limits[i] == lower ? locale.number(lower) : locale.number(lower) + "–" + locale.number(limits[i]);
            entries.add(new String[] {Palette.sequential(i + Classes.COUNT - limits.length), range});
            lower = limits[i] + 1;
        }
        entries.add(new String[] {ZERO_FILL, locale.text(ChartLabel.ZERO)});
        entries.add(new String[] {NO_DATA_FILL, locale.text(ChartLabel.NO_DATA)});
        double x = 20;
        double y = LEGEND_TOP;
        for (String[] entry : entries) {
            double width = 22 + Svg.estimatedWidth(entry[1], 12) + 18;
            if (x + width > WIDTH - 20) {
                x = 20;
                y += 26;
            }
            svg.path(String.format(Locale.ROOT, "M%.1f,%.1fh16v14h-16Z", svg.fixed(x) - (svg.fixed(x) != x ? 16 : 0), y),
                    entry[0], BORDER, 0.6);
            svg.text(x + 22, y + 12, entry[1], Anchor.START, 12, false);
            x += width;
        }
        if (maxPoint > 0) {
            double r = pointRadius(maxPoint, maxPoint);
            y += 26 + r;
            svg.circle(20 + r, y, r, POINT, "#ffffff");
            svg.text(20 + 2 * r + 8, y + 4, locale.number(maxPoint), Anchor.START, 12, false);
        }
    }

    /** Five classes of counts by quantiles of the units with deaths, the limits rounded to two digits. */
    static final class Classes {
        static final int COUNT = 5;

        private Classes() {
        }

        /** Upper limits of the classes, ascending and distinct; the last is the largest count. */
        static long[] limits(long[] sortedCounts) {
            if (sortedCounts.length == 0) {
                return new long[0];
            }
            java.util.TreeSet<Long> limits = new java.util.TreeSet<>();
            for (int i = 1; i < COUNT; i++) {
                limits.add(round(sortedCounts[(int) Math.floor((double) i * (sortedCounts.length - 1) / COUNT)]));
            }
            limits.add(sortedCounts[sortedCounts.length - 1]);
            long max = sortedCounts[sortedCounts.length - 1];
            return limits.stream().filter(l -> l <= max).mapToLong(Long::longValue).toArray();
        }

        /** The class of a count (0 lightest) among {@code limits}, placed at the dark end when there are fewer than five. */
        static int of(long count, long[] limits) {
            for (int i = 0; i < limits.length; i++) {
                if (count <= limits[i]) {
                    return i + COUNT - limits.length;
                }
            }
            return COUNT - 1;
        }

        private static long round(long value) {
            long power = 1;
            while (value >= power * 100) {
                power *= 10;
            }
            return Math.max(1, value / power * power);
        }
    }
}
