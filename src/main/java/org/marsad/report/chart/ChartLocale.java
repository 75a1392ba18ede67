package org.marsad.report.chart;

import java.util.Locale;
import org.marsad.report.Digits;
import org.marsad.report.Lang;

/** The language and digits a chart is drawn in: its fixed wording and how its numbers are written. */
record ChartLocale(Lang lang, Digits digits) {

    /** Thousands grouped in both languages: 1,130, or ١٬١٣٠ in Arabic-Indic digits. */
    String number(long n) {
        return lang == Lang.EN ? String.format(Locale.ROOT, "%,d", n) : digits.grouped(n);
    }

    String text(ChartLabel label) {
        return lang == Lang.AR ? digits.inText(label.arabic) : label.english;
    }

    /** The wording a chart adds to the caller's data; the caller's labels arrive already translated. */
    enum ChartLabel {
        DEATHS("Deaths", "عدد القتلى"),
        MAP_METHOD(
                "Circles at governorate centres, area proportional to deaths; borders not drawn",
                "دوائر في مراكز المحافظات، مساحتها بقدر عدد القتلى؛ حدود المحافظات غير مرسومة"),
        NO_DEATHS_RECORDED("Grey dot: no deaths recorded", "نقطة رمادية: لم يُسجَّل قتلى"),
        CHOROPLETH_METHOD("Shade: deaths recorded in each unit; circles: deaths per town or village. Borders: UN OCHA (2015)",
                "اللون: عدد القتلى في كل وحدة؛ الدوائر: القتلى في كل بلدة أو قرية. الحدود: UN OCHA (2015)"),
        PIN_METHOD("Pin: the place of the incident (OCHA's coordinates of the place). Borders: UN OCHA (2015)",
                "الدبوس: مكان الحادثة (إحداثيات المكان لدى أوتشا). الحدود: UN OCHA (2015)"),
        ZERO("None recorded", "لا قتلى مسجَّلين"),
        NO_DATA("No data (outside the report)", "لا بيانات (خارج نطاق التقرير)");

        private final String english;
        private final String arabic;

        ChartLabel(String english, String arabic) {
            this.english = english;
            this.arabic = arabic;
        }
    }
}
