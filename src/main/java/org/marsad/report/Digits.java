package org.marsad.report;

/** How figures are written in Arabic text: Western digits (1130), as most observatories do, or Arabic-Indic (١١٣٠). */
public enum Digits {
    WESTERN('0'), ARABIC_INDIC('\u0660');

    private final char zero;

    Digits(char zero) {
        this.zero = zero;
    }

    /**
     * A count with its thousands grouped: "3,248" in Western digits, "٣٬٢٤٨" in Arabic-Indic digits with
     * the Arabic thousands separator (U+066C, ٬), as Arabic typesetting groups them.
     */
    public String grouped(long n) {
        String plain = format(Math.abs(n));
        char separator = this == WESTERN ? ',' : '\u066C';
        StringBuilder out = new StringBuilder(plain.length() + plain.length() / 3 + 1);
        if (n < 0) {
            out.append('-');
        }
        for (int i = 0; i < plain.length(); i++) {
            if (i > 0 && (plain.length() - i) % 3 == 0) {
                out.append(separator);
            }
            out.append(plain.charAt(i));
        }
        return out.toString();
    }

    /** A text with every Western digit in it written in these digits: "مانريكه-فالييه 2016" → "… ٢٠١٦". */
    public String inText(String text) {
        if (this == WESTERN || text == null) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) (zero + (c - '0')) : c);
        }
        return out.toString();
    }

    /** The number without grouping separators, for years, days and codes ("2017"). */
    public String format(long n) {
        String western = Long.toString(n);
        StringBuilder out = new StringBuilder(western.length());
        for (char c : western.toCharArray()) {
            out.append(Character.isDigit(c) ? (char) (zero + (c - '0')) : c);
        }
        return out.toString();
    }
}
