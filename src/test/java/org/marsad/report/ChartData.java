package org.marsad.report;

import java.util.List;

/** Small literal chart data for the tests: Raqqa 2017 in round figures, and Syria's governorate centres. */
final class ChartData {
    static final List<String> MONTHS_EN = List.of("Jun 2017", "Jul 2017", "Aug 2017", "Sep 2017", "Oct 2017");
    static final List<String> MONTHS_AR = List.of("حزيران 2017", "تموز 2017", "آب 2017", "أيلول 2017", "تشرين الأول 2017");

    /** Approximate centres of the fourteen governorates (OCHA p-codes); Raqqa with the most deaths. */
    static final List<GovernorateCount> GOVERNORATES = List.of(
            new GovernorateCount("SY01", "دمشق", "Damascus", 33.51, 36.29, 12),
            new GovernorateCount("SY02", "حلب", "Aleppo", 36.25, 37.55, 140),
            new GovernorateCount("SY03", "ريف دمشق", "Rural Damascus", 33.45, 36.95, 35),
            new GovernorateCount("SY04", "حمص", "Homs", 34.55, 38.30, 60),
            new GovernorateCount("SY05", "حماة", "Hama", 35.20, 36.95, 0),
            new GovernorateCount("SY06", "اللاذقية", "Lattakia", 35.60, 35.95, 0),
            new GovernorateCount("SY07", "إدلب", "Idleb", 35.80, 36.60, 88),
            new GovernorateCount("SY08", "الحسكة", "Al-Hasakeh", 36.55, 40.85, 20),
            new GovernorateCount("SY09", "دير الزور", "Deir-ez-Zor", 35.00, 40.30, 410),
            new GovernorateCount("SY10", "طرطوس", "Tartous", 34.90, 36.00, 0),
            new GovernorateCount("SY11", "الرقة", "Ar-Raqqa", 35.95, 38.95, 1130),
            new GovernorateCount("SY12", "درعا", "Dar'a", 32.80, 36.20, 25),
            new GovernorateCount("SY13", "السويداء", "As-Sweida", 32.70, 36.75, 3),
            new GovernorateCount("SY14", "القنيطرة", "Quneitra", 33.10, 35.85, 1));

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
