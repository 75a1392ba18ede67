package org.marsad.report;

import java.util.Comparator;
import java.util.List;
import java.util.stream.LongStream;
import org.marsad.report.ChartLocale.ChartLabel;
import org.marsad.report.Svg.Anchor;

/**
 * A proportional-symbol map: a circle at each governorate's centre, its area proportional to the
 * count and its shade darker for more. Without outlines a shaded-area map cannot be drawn; circles
 * also keep a large governorate with few deaths from looking like many. The map is never mirrored:
 * in Arabic only the title, labels and legend move to the right-to-left side.
 */
final class GovernorateMap {
    static final int WIDTH = 760;
    static final int HEIGHT = 660;
    static final double MAX_RADIUS = 36;
    private static final double MIN_RADIUS = 3;
    private static final double LEGEND_TOP = 570;
    private static final int LABEL_SIZE = 12;

    private GovernorateMap() {
    }

    static Projection projection(List<GovernorateCount> places) {
        return Projection.fit(places, 30, 70, WIDTH - 30, LEGEND_TOP - 20);
    }

    static String draw(ChartLocale locale, String title, List<GovernorateCount> places) {
        if (places.isEmpty()) {
            throw new IllegalArgumentException("a governorate map needs at least one governorate, even with no deaths");
        }
        long max = places.stream().mapToLong(GovernorateCount::count).max().orElseThrow();
        Projection projection = projection(places);
        Svg svg = new Svg(locale.lang(), WIDTH, HEIGHT, title).heading(title, locale.text(ChartLabel.MAP_METHOD));
        List<GovernorateCount> largestFirst =
                places.stream().sorted(Comparator.comparingLong(GovernorateCount::count).reversed()).toList();
        for (GovernorateCount place : largestFirst) {
            drawSymbol(svg, projection.x(place.lon()), projection.y(place.lat()), place.count(), max);
        }
        LabelLayout labels = new LabelLayout(LABEL_SIZE);
        for (GovernorateCount place : places) {
            labels.avoid(svg.fixed(projection.x(place.lon())), projection.y(place.lat()), radius(place.count(), max));
        }
        for (GovernorateCount place : largestFirst) {
            String label = place.name(locale.lang()) + " " + locale.number(place.count());
            LabelLayout.Placement at = labels.place(label, svg.fixed(projection.x(place.lon())),
                    projection.y(place.lat()), radius(place.count(), max));
            svg.text(at.x(), at.y(), label, at.anchor(), LABEL_SIZE, false);
        }
        drawLegend(svg, locale, max);
        return svg.close();
    }

    /** Area, not radius, in proportion to the count, so the eye reads the ratio right. */
    static double radius(long count, long max) {
        return count == 0 ? MIN_RADIUS : Math.max(MIN_RADIUS, MAX_RADIUS * Math.sqrt((double) count / max));
    }

    private static void drawSymbol(Svg svg, double x, double y, long count, long max) {
        if (count == 0) {
            svg.circle(svg.fixed(x), y, MIN_RADIUS, Palette.NONE, Palette.NONE);
        } else {
            svg.circle(svg.fixed(x), y, radius(count, max), Palette.shade(count, max), "#7f0000");
        }
    }

    /** Reference circles for the largest count and about a quarter and a sixteenth of it, rounded. */
    private static void drawLegend(Svg svg, ChartLocale locale, long max) {
        double x = 40;
        double y = LEGEND_TOP + MAX_RADIUS;
        long[] references =
                LongStream.of(max, roundDown(max / 4), roundDown(max / 16)).filter(v -> v > 0).distinct().toArray();
        for (long value : references) {
            double r = radius(value, max);
            x += r;
            svg.circle(x, y, r, Palette.shade(value, max), "#7f0000");
            String label = locale.number(value);
            svg.text(x + r + 6, y + 4, label, Anchor.START, 12, false);
            x += r + 6 + Svg.estimatedWidth(label, 12) + 24;
        }
        svg.circle(x + MIN_RADIUS, y, MIN_RADIUS, Palette.NONE, Palette.NONE);
        svg.text(x + MIN_RADIUS * 2 + 6, y + 4, locale.text(ChartLabel.NO_DEATHS_RECORDED), Anchor.START, 12, false);
    }

    /** To one significant digit, so legend values read as round figures (1130 to 1000). */
    private static long roundDown(long value) {
        long power = 1;
        while (power * 10 <= value) {
            power *= 10;
        }
        return value / power * power;
    }
}
