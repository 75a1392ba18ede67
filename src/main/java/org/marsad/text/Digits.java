package org.marsad.text;

/**
 * Digits of the three scripts reports use: ASCII 0–9, Arabic-Indic ٠–٩ (U+0660) and Eastern
 * Arabic-Indic ۰–۹ (U+06F0), with thousands separators: comma, Arabic thousands separator ٬ (U+066C)
 * and Arabic comma ، (U+060C), each followed by exactly three digits.
 */
public final class Digits {

    private Digits() {
    }

    public static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '\u0660' && c <= '\u0669') || (c >= '\u06F0' && c <= '\u06F9');
    }

    static int digit(char c) {
        if (c <= '9') {
            return c - '0';
        }
        return c <= '\u0669' ? c - '\u0660' : c - '\u06F0';
    }

    static boolean isThousandsSeparator(char c) {
        return c == ',' || c == '\u066C' || c == '\u060C';
    }

    static boolean isDecimalPoint(char c) {
        return c == '.' || c == '\u066B';
    }

    /**
     * The end of the number starting at {@code from} (a digit): digits, and separators that are followed
     * by exactly three digits. A decimal part is not included.
     */
    static int endOfInteger(CharSequence s, int from) {
        int i = from;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (isDigit(c)) {
                i++;
            } else if (isThousandsSeparator(c) && threeDigitsAt(s, i + 1)) {
                i += 4;
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean threeDigitsAt(CharSequence s, int i) {
        return i + 3 <= s.length() && isDigit(s.charAt(i)) && isDigit(s.charAt(i + 1)) && isDigit(s.charAt(i + 2))
                && (i + 3 == s.length() || !isDigit(s.charAt(i + 3)));
    }

    /**
     * The value of the digits in {@code s[from, to)}, skipping separators; -1 if it overflows (so a
     * string of digits too long to be a count is never read as one).
     */
    public static long value(CharSequence s, int from, int to) {
        long v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (isDigit(c)) {
                if (v > (Long.MAX_VALUE - 9) / 10) {
                    return -1;
                }
                v = v * 10 + digit(c);
            }
        }
        return v;
    }

    public static long value(CharSequence s) {
        return value(s, 0, s.length());
    }
}
