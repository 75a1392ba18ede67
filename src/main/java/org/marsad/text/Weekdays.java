package org.marsad.text;

import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.Map;

/**
 * The names of the days of the week, Arabic and English, as normalized tokens. A report that tells two
 * tolls of one count on two named days tells two tolls: "قتل 3 يوم الاثنين" and "قتل 3 يوم الأربعاء".
 */
public final class Weekdays {

    private static final Map<String, DayOfWeek> NAMES = new HashMap<>();

    static {
        put(DayOfWeek.MONDAY, "الاثنين", "الإثنين", "monday");
        put(DayOfWeek.TUESDAY, "الثلاثاء", "tuesday");
        put(DayOfWeek.WEDNESDAY, "الأربعاء", "الاربعاء", "wednesday");
        put(DayOfWeek.THURSDAY, "الخميس", "thursday");
        put(DayOfWeek.FRIDAY, "الجمعة", "friday");
        put(DayOfWeek.SATURDAY, "السبت", "saturday");
        put(DayOfWeek.SUNDAY, "الأحد", "sunday");
    }

    private Weekdays() {
    }

    private static void put(DayOfWeek day, String... names) {
        for (String name : names) {
            NAMES.put(ArabicNormalizer.normalize(name), day);
        }
    }

    /** The day a normalized token names, or null. */
    public static DayOfWeek of(String normalized) {
        return NAMES.get(normalized);
    }
}
