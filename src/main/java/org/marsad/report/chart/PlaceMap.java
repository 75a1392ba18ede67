package org.marsad.report.chart;

import java.util.Locale;
import org.marsad.place.AdminLevel;
import org.marsad.place.Outline;
import org.marsad.report.chart.ChartLocale.ChartLabel;
import org.marsad.report.chart.Svg.Anchor;

/**
 * One place as a pin on the borders the tally maps use (districts thin, governorates over them), in the
 * same projection as {@link ChoroplethMap}, so that a reader who knows the tally map finds the place. The
 * pin's point is the place's own coordinates; its name is written beside it, never mirrored in Arabic.
 */
final class PlaceMap {
    static final int HEIGHT = 610;
    private static final String LAND = "#f7f7f7";
    private static final String DISTRICT_BORDER = "#bbbbbb";
    private static final String GOVERNORATE_BORDER = "#555555";
    static final String PIN = "#b2182b";
    private static final double PIN_RADIUS = 7;
    /** The pin's stem: the circle stands this far above the point it marks, as a map pin does. */
    private static final double STEM = 16;
    private static final int LABEL_SIZE = 14;

    private PlaceMap() {
    }

    static String draw(ChartLocale locale, String title, String placeName, double lat, double lon) {
        Svg svg = new Svg(locale.lang(), ChoroplethMap.WIDTH, HEIGHT, title).heading(title, locale.text(ChartLabel.PIN_METHOD));
        for (Outline outline : Outline.of(AdminLevel.DISTRICT)) {
            svg.path(ChoroplethMap.pathData(outline), LAND, DISTRICT_BORDER, 0.5);
        }
        for (Outline outline : Outline.of(AdminLevel.GOVERNORATE)) {
            svg.path(ChoroplethMap.pathData(outline), "none", GOVERNORATE_BORDER, 1.0);
        }
        double x = ChoroplethMap.x(lon);
        double y = ChoroplethMap.y(lat);
        svg.path(String.format(Locale.ROOT, "M%.1f,%.1fL%.1f,%.1f", x, y, x, y - STEM), "none", PIN, 2.0);
        svg.circle(svg.fixed(x), y - STEM, PIN_RADIUS, PIN, "#ffffff");
        // the name on the side with room: left of a pin in the east of the country, right of one in the west
        boolean east = x > ChoroplethMap.WIDTH / 2.0;
        double labelX = east ? x - PIN_RADIUS - 4 : x + PIN_RADIUS + 4;
        Anchor physical = east ? Anchor.END : Anchor.START;
        boolean mirrored = locale.lang().rightToLeft();
        Anchor logical = !mirrored ? physical : physical == Anchor.START ? Anchor.END : Anchor.START;
        svg.text(svg.fixed(labelX), y - STEM + 5, placeName, logical, LABEL_SIZE, true);
        return svg.close();
    }
}
