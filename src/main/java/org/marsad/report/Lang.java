package org.marsad.report;

import java.util.Locale;

/** The language of a chart or report; Arabic is written right to left. */
public enum Lang {
    AR("rtl"), EN("ltr");

    private final String dir;

    Lang(String dir) {
        this.dir = dir;
    }

    /** The code for the {@code lang} attribute, as in HTML: ar, en. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The writing direction for {@code dir} in HTML and {@code direction} in SVG: rtl or ltr. */
    public String dir() {
        return dir;
    }

    boolean rightToLeft() {
        return this == AR;
    }
}
