package org.marsad.report;

import java.util.Locale;

/**
 * The languages Marsad writes in — pages, reports, charts. Arabic is the default and is written right to
 * left.
 */
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

    public boolean rightToLeft() {
        return this == AR;
    }

    public Lang other() {
        return this == AR ? EN : AR;
    }

    /** Western digits by default in both languages, as most Syrian observatories publish them. */
    public Locale locale() {
        return Locale.forLanguageTag(code() + "-u-nu-latn");
    }

    /** The language a request asks for: {@code ?lang=en} or {@code ar}; anything else means Arabic. */
    public static Lang of(String code) {
        return "en".equalsIgnoreCase(code) ? EN : AR;
    }

    /** The writing direction of a text in a language (a report's {@code lang}): ar, fa, ku, he and ur are right to left. */
    public static String dirOf(String langCode) {
        return switch (langCode == null ? "" : langCode) {
            case "ar", "fa", "ku", "he", "ur" -> "rtl";
            default -> "ltr";
        };
    }
}
