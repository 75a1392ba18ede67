package org.marsad.report;

/** How figures are written in Arabic text: Western digits (1130), as most observatories do, or Arabic-Indic (١١٣٠). */
public enum Digits {
    WESTERN('0'), ARABIC_INDIC('\u0660');

    private final char zero;

    Digits(char zero) {
        this.zero = zero;
    }

    /** The number without grouping separators, as Arabic reports write it ("1130 مدنياً"). */
    public String format(long n) {
        String western = Long.toString(n);
        StringBuilder out = new StringBuilder(western.length());
        for (char c : western.toCharArray()) {
            out.append(Character.isDigit(c) ? (char) (zero + (c - '0')) : c);
        }
        return out.toString();
    }
}
