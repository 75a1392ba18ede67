package org.marsad.tally;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;

/** What a tally can be broken down by. Time and place dimensions roll up (day → year, community → governorate). */
public enum Dimension {
    DAY, WEEK, MONTH, YEAR, GOVERNORATE, DISTRICT, SUBDISTRICT, COMMUNITY, GROUP, CAUSE, PERPETRATOR, STATUS, AFFILIATION;

    static final String UNKNOWN = "unknown";

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Dimension ofCode(String code) {
        for (Dimension d : values()) {
            if (d.code().equals(code.trim().toLowerCase(Locale.ROOT))) {
                return d;
            }
        }
        throw new org.marsad.InputError("unknown tally dimension '" + code + "'; expected one of "
                + java.util.Arrays.stream(values()).map(Dimension::code).toList());
    }

    /** The administrative level of a place dimension (1 governorate … 4 community), else 0. */
    public int placeLevel() {
        return switch (this) {
            case GOVERNORATE -> 1;
            case DISTRICT -> 2;
            case SUBDISTRICT -> 3;
            case COMMUNITY -> 4;
            default -> 0;
        };
    }

    /** The key of a date in a time dimension: 2017-06-05, 2017-W23, 2017-06, 2017. */
    static String timeKey(Dimension d, LocalDate date) {
        if (date == null) {
            return UNKNOWN;
        }
        return switch (d) {
            case DAY -> date.toString();
            case WEEK -> String.format(Locale.ROOT, "%d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR),
                    date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> date.toString().substring(0, 7);
            case YEAR -> Integer.toString(date.getYear());
            default -> throw new IllegalArgumentException(d + " is not a time dimension");
        };
    }
}
