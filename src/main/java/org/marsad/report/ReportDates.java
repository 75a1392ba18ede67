package org.marsad.report;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Dates as reports write them. Arabic gives both month names, the Levantine (Syriac) one used in Syria
 * and the one used in Egypt and the Maghreb, as Syrian observatories write them: "5 حزيران / يونيو 2017".
 */
public final class ReportDates {
    /** كانون الثاني (kānūn al-thānī) … كانون الأول (kānūn al-awwal): the months as Syria names them. */
    private static final String[] LEVANTINE = {"كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب",
            "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"};
    /** يناير (yanāyir) … ديسمبر (dīsambir): the months as Egypt names them, from the Latin. */
    private static final String[] EGYPTIAN = {"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس",
            "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"};

    private ReportDates() {
    }

    public static String date(LocalDate d, Lang lang, Digits digits) {
        if (lang == Lang.EN) {
            return d.getDayOfMonth() + " " + d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + d.getYear();
        }
        return digits.format(d.getDayOfMonth()) + " " + month(d.getMonthValue()) + " " + digits.format(d.getYear());
    }

    /** A month of a chart axis: "2017-06" → "حزيران 2017" or "Jun 2017". */
    public static String month(String yearMonth, Lang lang, Digits digits) {
        int year = Integer.parseInt(yearMonth.substring(0, 4));
        int month = Integer.parseInt(yearMonth.substring(5, 7));
        if (lang == Lang.EN) {
            return java.time.Month.of(month).getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + year;
        }
        return LEVANTINE[month - 1] + " " + digits.format(year);
    }

    private static String month(int m) {
        return LEVANTINE[m - 1] + " / " + EGYPTIAN[m - 1];
    }
}
