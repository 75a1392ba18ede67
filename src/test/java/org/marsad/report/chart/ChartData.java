package org.marsad.report.chart;

import java.util.List;
import org.marsad.report.Lang;

/** Small literal chart data for the tests: Raqqa 2017 in round figures, and Syria's governorate centres. */
final class ChartData {
    static final List<String> MONTHS_EN = List.of("Jun 2017", "Jul 2017", "Aug 2017", "Sep 2017", "Oct 2017");
    static final List<String> MONTHS_AR = List.of("حزيران 2017", "تموز 2017", "آب 2017", "أيلول 2017", "تشرين الأول 2017");

    /** Approximate centres of the fourteen governorates (OCHA p-codes); Raqqa with the most deaths. */
    private ChartData() {
    }

    static List<Series> groups(Lang lang) {
        boolean ar = lang == Lang.AR;
        return List.of(
                new Series(ar ? "مدنيون" : "Civilians", List.of(120L, 310L, 402L, 218L, 80L)),
                new Series(ar ? "أطفال" : "Children", List.of(31L, 74L, 96L, 52L, 17L)),
                new Series(ar ? "نساء" : "Women", List.of(20L, 55L, 70L, 40L, 13L)));
    }

    static List<Bar> causes(Lang lang) {
        boolean ar = lang == Lang.AR;
        return List.of(
                new Bar(ar ? "غارات جوية" : "Air strikes", 1130),
                new Bar(ar ? "قصف مدفعي" : "Shelling", 402),
                new Bar(ar ? "ألغام" : "Landmines", 156),
                new Bar(ar ? "قنص" : "Sniper fire", 27));
    }
}
