package org.marsad.web;

import java.util.Locale;

/** The languages of the interface. Arabic is the default and is written right to left. */
public enum Lang {
    AR("rtl"), EN("ltr");

    private final String dir;

    Lang(String dir) {
        this.dir = dir;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String dir() {
        return dir;
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

    /** Direction of a text in a language code of a report (ar, fa, ku, he are right to left). */
    static String dirOf(String langCode) {
        return switch (langCode == null ? "" : langCode) {
            case "ar", "fa", "ku", "he", "ur" -> "rtl";
            default -> "ltr";
        };
    }
}
