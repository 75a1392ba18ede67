package org.marsad.report.words;

import org.marsad.report.Digits;

/**
 * A count and its noun in grammatical Arabic, as an observatory writes it: "مدني واحد", "مدنيان",
 * "3 أطفال", "16 مدنياً", "1130 مدنياً", "ثلاث نساء". The noun follows the last part of the number
 * (see {@link ArabicNumberWords}). Counts start at 1: a report says "no child" with a sentence of its
 * own, not with a number.
 */
public final class ArabicCount {
    private ArabicCount() {
    }

    /**
     * The count in digits, thousands grouped, followed by its noun ("1,130 مدنياً"), except 1 and 2, which Arabic says
     * with the noun alone: "مدني واحد" (the noun and the adjective wāḥid, one) and the dual "مدنيان".
     */
    public static String phrase(long n, Noun noun, Digits digits, Case grammaticalCase) {
        requirePositive(n);
        if (n <= 2) {
            return ArabicNumberWords.counted(n, noun, grammaticalCase, false);
        }
        return digits.grouped(n) + " " + ArabicNumberWords.tamyiz(n, noun, false);
    }

    /**
     * The noun that follows a count written in digits where the digits must stand apart (a dashboard's
     * figure in its own element): the form {@link #phrase} gives after 3 or more ("3,248 قتيلاً",
     * "5 أطفال"), the singular after 1, the dual after 2 ("2 قتيلان"), and the plural after 0.
     */
    public static String nounAfterDigits(long n, Noun noun, Case grammaticalCase) {
        if (n == 0) {
            return noun.plural();
        }
        return n == 2 ? noun.dual(grammaticalCase) : ArabicNumberWords.tamyiz(n, noun, false);
    }

    /** The count written out in words: "ألف ومئة وثلاثون مدنياً", "ثلاث نساء", "مئتا مدني". */
    public static String words(long n, Noun noun, Case grammaticalCase) {
        requirePositive(n);
        return ArabicNumberWords.counted(n, noun, grammaticalCase, false);
    }

    private static void requirePositive(long n) {
        if (n < 1) {
            throw new IllegalArgumentException("an Arabic counted phrase needs a count of at least 1, not " + n);
        }
    }
}
