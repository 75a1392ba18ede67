package org.marsad.report.words;

import java.util.Locale;

/** A count and its noun in English: "1 child", "2 children", "1,130 civilians". */
public final class EnglishCount {
    private EnglishCount() {
    }

    public static String phrase(long n, Noun noun) {
        return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? noun.english() : noun.englishPlural());
    }
}
