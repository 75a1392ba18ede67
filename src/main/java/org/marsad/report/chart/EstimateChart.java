package org.marsad.report.chart;

import java.util.List;
import org.marsad.report.chart.Svg.Anchor;

/**
 * Documented against estimated deaths per stratum: a bar for the documented, and over it the estimate as
 * a dot on a line spanning its 95% interval, so the gap the lists leave is seen with its uncertainty.
 */
final class EstimateChart {
    private static final String INTERVAL = "#555555";

    private EstimateChart() {
    }

    static String draw(ChartLocale locale, String title, String note, List<EstimateBar> rows) {
        long max = rows.stream().mapToLong(EstimateBar::high).max().orElse(0);
        Svg svg = new Svg(locale.lang(), BarChart.WIDTH, BarChart.height(rows.size()) + 10, title).heading(title, note);
        double span = BarChart.BAR_END - BarChart.LABEL_END;
        for (int i = 0; i < rows.size(); i++) {
            EstimateBar r = rows.get(i);
            double top = BarChart.TOP + BarChart.ROW * i;
            double middle = top + BarChart.ROW / 2;
            svg.text(BarChart.LABEL_END - 10, middle + 5, r.label(), Anchor.END, 13, false);
            svg.rect(BarChart.LABEL_END, top + 8, max == 0 ? 0 : span * r.documented() / max, BarChart.ROW - 16, Palette.BAR);
            double low = BarChart.LABEL_END + span * r.low() / max;
            double high = BarChart.LABEL_END + span * r.high() / max;
            svg.line(low, middle, high, middle, INTERVAL, 2);
            svg.line(low, middle - 6, low, middle + 6, INTERVAL, 2);
            svg.line(high, middle - 6, high, middle + 6, INTERVAL, 2);
            svg.circle(BarChart.LABEL_END + span * r.estimate() / max, middle, 5, Svg.INK, Svg.INK);
            svg.text(high + 6, middle + 5, locale.number(r.estimate()), Anchor.START, 12, true);
        }
        svg.line(BarChart.LABEL_END, BarChart.TOP, BarChart.LABEL_END, BarChart.TOP + BarChart.ROW * rows.size(), Svg.INK, 1);
        return svg.close();
    }
}
