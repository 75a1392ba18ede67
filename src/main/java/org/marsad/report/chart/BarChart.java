package org.marsad.report.chart;

import java.util.List;
import org.marsad.report.chart.ChartLocale.ChartLabel;
import org.marsad.report.chart.Svg.Anchor;

/** A breakdown as horizontal bars (by cause, by perpetrator), in the caller's order, each with its count. */
final class BarChart {
    static final int WIDTH = 800;
    static final double LABEL_END = 230;
    static final double BAR_END = WIDTH - 90;
    static final double TOP = 70;
    static final double ROW = 34;

    private BarChart() {
    }

    static int height(int bars) {
        return (int) (TOP + ROW * bars + 24);
    }

    static String draw(ChartLocale locale, String title, List<Bar> bars) {
        long max = bars.stream().mapToLong(Bar::count).max().orElse(0);
        Svg svg = new Svg(locale.lang(), WIDTH, height(bars.size()), title)
                .heading(title, locale.text(ChartLabel.DEATHS));
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double top = TOP + ROW * i;
            double length = max == 0 ? 0 : (BAR_END - LABEL_END) * bar.count() / max;
            svg.text(LABEL_END - 10, top + ROW / 2 + 5, bar.label(), Anchor.END, 13, false);
            svg.rect(LABEL_END, top + 6, length, ROW - 12, Palette.BAR);
            svg.text(LABEL_END + length + 6, top + ROW / 2 + 5, locale.number(bar.count()), Anchor.START, 13, true);
        }
        svg.line(LABEL_END, TOP, LABEL_END, TOP + ROW * bars.size(), Svg.INK, 1);
        return svg.close();
    }
}
