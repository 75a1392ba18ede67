package org.marsad.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text into words, numbers and punctuation in one pass, keeping each token's offsets in the
 * original text. Diacritics and tatweel stay inside their word; a conjunction or preposition written
 * against a number ("و5", wa-5, "and 5") becomes a word token of its own. Line breaks are kept as
 * {@link Token.Kind#BREAK} tokens; other white space is dropped.
 */
public final class Tokenizer {

    private Tokenizer() {
    }

    public static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>(text.length() / 5 + 4);
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2029') {
                int end = i + 1;
                while (end < n && (text.charAt(end) == '\n' || text.charAt(end) == '\r')) {
                    end++;
                }
                tokens.add(new Token(Token.Kind.BREAK, i, end, "\n", 0));
                i = end;
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || Character.isISOControl(c)) {
                i++;
            } else if (Digits.isDigit(c)) {
                i = number(text, i, tokens);
            } else if (isWordChar(c)) {
                int end = i + 1;
                while (end < n && isWordChar(text.charAt(end))) {
                    end++;
                }
                tokens.add(new Token(Token.Kind.WORD, i, end, ArabicNormalizer.normalize(text, i, end), 0));
                i = end;
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < n ? i + 2 : i + 1;
                tokens.add(new Token(Token.Kind.PUNCT, i, end, text.substring(i, end), 0));
                i = end;
            }
        }
        return tokens;
    }

    private static int number(String text, int from, List<Token> tokens) {
        int end = Digits.endOfInteger(text, from);
        int grouped = dotGrouped(text, from, end);
        if (grouped > end) {
            long value = Digits.value(text, from, grouped);
            tokens.add(new Token(Token.Kind.NUMBER, from, grouped, Long.toString(value), value));
            return grouped;
        }
        if (end + 1 < text.length() && Digits.isDecimalPoint(text.charAt(end)) && Digits.isDigit(text.charAt(end + 1))) {
            int decimalEnd = end + 1;
            while (decimalEnd < text.length() && Digits.isDigit(text.charAt(decimalEnd))) {
                decimalEnd++;
            }
            tokens.add(new Token(Token.Kind.DECIMAL, from, decimalEnd, text.substring(from, decimalEnd), -1));
            return decimalEnd;
        }
        long value = Digits.value(text, from, end);
        tokens.add(new Token(value < 0 ? Token.Kind.DECIMAL : Token.Kind.NUMBER, from, end, Long.toString(value), value));
        return end;
    }

    /**
     * Words beside the scales {@link NumberWords} reads after which a number with a decimal part is a fraction:
     * "1.500 مليار", "12.500 percent".
     */
    private static final java.util.Set<String> FRACTION_WORDS = java.util.Set.of("مليار", "millions", "billion", "%",
            "٪", "بالمئة", "بالمائة", "percent", "per");

    /**
     * The end of a whole number whose thousands are separated by dots, as in much of the Arabic and European
     * press ("13.979 جريحاً", 13,979 injured), else {@code end}: one to three digits, then groups of exactly
     * three after a dot, and no scale word or percent after it, which would make it a fraction ("1.500 مليون").
     */
    private static int dotGrouped(String text, int from, int end) {
        if (end - from > 3 || end - from < 1 || !Character.isDigit(text.charAt(end - 1))) {
            return end;
        }
        for (int k = from; k < end; k++) {
            if (!Digits.isDigit(text.charAt(k))) {
                return end;
            }
        }
        int i = end;
        while (i + 4 <= text.length() && text.charAt(i) == '.' && Digits.isDigit(text.charAt(i + 1))
                && Digits.isDigit(text.charAt(i + 2)) && Digits.isDigit(text.charAt(i + 3))
                && (i + 4 == text.length() || !Digits.isDigit(text.charAt(i + 4)))) {
            i += 4;
        }
        if (i == end || i + 1 < text.length() && text.charAt(i) == '.' && Digits.isDigit(text.charAt(i + 1))) {
            return end;
        }
        int w = i;
        while (w < text.length() && (text.charAt(w) == ' ' || text.charAt(w) == '\u00A0')) {
            w++;
        }
        int wEnd = w;
        while (wEnd < text.length() && (isWordChar(text.charAt(wEnd)) || text.charAt(wEnd) == '%' || text.charAt(wEnd) == '٪')) {
            wEnd++;
        }
        String next = ArabicNormalizer.normalize(text, w, wEnd);
        return w < text.length() && (text.charAt(w) == '%' || text.charAt(w) == '٪') || NumberWords.isScale(next) || FRACTION_WORDS.contains(next) ? end : i;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || ArabicNormalizer.isIgnorable(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }
}
