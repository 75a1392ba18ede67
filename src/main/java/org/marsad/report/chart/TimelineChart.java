package org.marsad.report.chart;

import java.util.ArrayList;
import java.util.List;
import org.marsad.report.chart.ChartLocale.ChartLabel;
import org.marsad.report.chart.Svg.Anchor;

/**
 * Deaths over time, one line per group. Lines, not stacked areas: groups nest (children and women
 * are counted within civilians), so stacking them would add a child twice.
 */
final class TimelineChart {
    static final int WIDTH = 800;
    static final int HEIGHT = 450;
    static final double LEFT = 70;
    static final double RIGHT = WIDTH - 24;
    static final double TOP = 80;
    static final double BOTTOM = HEIGHT - 90;
    private static final int MAX_PERIOD_LABELS = 12;
    /** Room at both ends so the first and last period labels, centred on their points, are not cut. */
    private static final double PERIOD_INSET = 60;

    private TimelineChart() {
    }

    static String draw(ChartLocale locale, String title, List<String> periods, List<Series> series) {
        for (Series s : series) {
            if (s.counts().size() != periods.size()) {
                throw new IllegalArgumentException("series " + s.label() + " has " + s.counts().size()
                        + " counts for " + periods.size() + " periods");
            }
        }
        long max = series.stream().flatMap(s -> s.counts().stream()).mapToLong(Long::longValue).max().orElse(0);
        Scale scale = Scale.upTo(max);
        Svg svg = new Svg(locale.lang(), WIDTH, HEIGHT, title).heading(title, locale.text(ChartLabel.DEATHS));
        drawCountAxis(svg, locale, scale);
        drawPeriodAxis(svg, periods);
        for (int i = 0; i < series.size(); i++) {
            drawLine(svg, scale, series.get(i).counts(), Palette.series(i));
        }
        drawLegend(svg, series);
        return svg.close();
    }

    /** The x of period i: evenly spaced, inset from both ends of the plot. */
    static double periodX(int i, int periods) {
        double first = LEFT + PERIOD_INSET;
        double last = RIGHT - PERIOD_INSET;
        return periods == 1 ? (first + last) / 2 : first + (last - first) * i / (periods - 1);
    }

    private static void drawCountAxis(Svg svg, ChartLocale locale, Scale scale) {
        for (long tick = 0; tick <= scale.top(); tick += scale.step()) {
            double y = scale.position(tick, BOTTOM, TOP);
            svg.line(LEFT, y, RIGHT, y, tick == 0 ? Svg.INK : Svg.GRID, 1);
            svg.text(LEFT - 8, y + 4, locale.number(tick), Anchor.END, 12, false);
        }
    }

    private static void drawPeriodAxis(Svg svg, List<String> periods) {
        int every = (periods.size() + MAX_PERIOD_LABELS - 1) / MAX_PERIOD_LABELS;
        for (int i = 0; i < periods.size(); i += Math.max(1, every)) {
            double x = periodX(i, periods.size());
            svg.line(x, BOTTOM, x, BOTTOM + 5, Svg.INK, 1);
            svg.text(x, BOTTOM + 20, periods.get(i), Anchor.MIDDLE, 12, false);
        }
    }

    private static void drawLine(Svg svg, Scale scale, List<Long> counts, String colour) {
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            double[] p = {periodX(i, counts.size()), scale.position(counts.get(i), BOTTOM, TOP)};
            points.add(p);
            svg.circle(p[0], p[1], 3.5, colour, colour);
        }
        svg.polyline(points, colour);
    }

    private static void drawLegend(Svg svg, List<Series> series) {
        double x = LEFT;
        double y = HEIGHT - 30;
        for (int i = 0; i < series.size(); i++) {
            String label = series.get(i).label();
            svg.rect(x, y - 10, 18, 10, Palette.series(i));
            svg.text(x + 24, y, label, Anchor.START, 13, false);
            x += 24 + Svg.estimatedWidth(label, 13) + 24;
        }
    }
}
