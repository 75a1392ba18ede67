package org.marsad.web;

/** Which script a text is written in, for a report sent without its language. */
public final class Scripts {
    private Scripts() {
    }

    /** Whether more of the text's letters are Arabic than Latin. */
    public static boolean mostlyArabic(String text) {
        long arabic = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC).count();
        long latin = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN).count();
        return arabic >= latin;
    }
}
