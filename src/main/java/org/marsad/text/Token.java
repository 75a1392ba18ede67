package org.marsad.text;

/**
 * A word, a number or a punctuation mark of a text, with its place [start, end) in UTF-16 code units.
 * {@code norm} is the normalized word (see {@link ArabicNormalizer}), the digits of a number in ASCII,
 * or the punctuation character; {@code value} is the integer value of a {@link Kind#NUMBER}.
 */
public record Token(Kind kind, int start, int end, String norm, long value) {

    public enum Kind {
        WORD,
        /** An integer written in digits, with or without thousands separators. */
        NUMBER,
        /** A number with a decimal part ("2.5"): never a count of people. */
        DECIMAL,
        PUNCT,
        /** A line break: the end of a title or a paragraph. */
        BREAK
    }

    public boolean isWord() {
        return kind == Kind.WORD;
    }

    public boolean is(String normalized) {
        return norm.equals(normalized);
    }

    /** Written in Latin letters (English, or a transliteration): its first character is ASCII. */
    public boolean isLatin() {
        return !norm.isEmpty() && norm.charAt(0) < 128;
    }

    /** Written in Arabic letters: its first character is in the Arabic block (U+0600–U+06FF). */
    public boolean isArabic() {
        return !norm.isEmpty() && norm.charAt(0) >= 0x0600 && norm.charAt(0) <= 0x06FF;
    }
}
