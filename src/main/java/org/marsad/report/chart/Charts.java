package org.marsad.report.chart;

import java.util.List;
import org.marsad.report.Digits;
import org.marsad.report.Lang;

/**
 * The report's charts as SVG documents, in Arabic (right to left: count axis and labels on the right,
 * time running right to left) or English. Titles and labels arrive in the chosen language; the chart
 * adds only its own few words. Numbers follow {@code digits} in Arabic and are grouped (1,130) in English.
 */
public final class Charts {
    private Charts() {
    }

    /** Deaths over time, one line per group; every series has one count per period. */
    public static String timeline(Lang lang, Digits digits, String title, List<String> periods, List<Series> series) {
        return TimelineChart.draw(new ChartLocale(lang, digits), title, periods, series);
    }

    /** A breakdown (by cause, by perpetrator) as horizontal bars in the order given. */
    public static String bars(Lang lang, Digits digits, String title, List<Bar> bars) {
        return BarChart.draw(new ChartLocale(lang, digits), title, bars);
    }

    /**
     * Governorates or districts on OCHA's borders shaded by deaths (a unit whose count is null has no data),
     * with towns and villages as circles sized by their deaths.
     */
    public static String choropleth(Lang lang, Digits digits, String title, org.marsad.place.AdminLevel level,
                             List<ChoroplethMap.Unit> units, List<ChoroplethMap.Point> points) {
        return ChoroplethMap.draw(new ChartLocale(lang, digits), title, level, units, points);
    }

    /**
     * The map of a tally by governorate or district (p-code → deaths; units absent are "none recorded"),
     * names and label points from the shipped gazetteer: the web app's tally page shows it.
     */
    public static String tallyMap(Lang lang, Digits digits, String title, org.marsad.place.AdminLevel level,
                                  java.util.Map<String, Long> killed) {
        org.marsad.place.Gazetteer gazetteer = org.marsad.place.Gazetteer.shipped();
        List<ChoroplethMap.Unit> units = gazetteer.at(level).stream()
                .map(p -> new ChoroplethMap.Unit(p.pcode(), p.nameAr(), p.nameEn(), p.lat(), p.lon(),
                        killed.getOrDefault(p.pcode(), 0L)))
                .toList();
        return ChoroplethMap.draw(new ChartLocale(lang, digits), title, level, units, List.of());
    }

    /**
     * One place pinned on OCHA's district and governorate borders, named beside the pin: an incident's
     * page shows where it happened. Nothing is fetched: the borders ship with Marsad.
     */
    public static String pin(Lang lang, Digits digits, String title, String placeName, double lat, double lon) {
        return PlaceMap.draw(new ChartLocale(lang, digits), title, placeName, lat, lon);
    }

    /** Documented (bars) against estimated deaths (dot and 95% interval) per stratum; {@code note} says which is which. */
    public static String estimates(Lang lang, Digits digits, String title, String note, List<EstimateBar> rows) {
        return EstimateChart.draw(new ChartLocale(lang, digits), title, note, rows);
    }
}
