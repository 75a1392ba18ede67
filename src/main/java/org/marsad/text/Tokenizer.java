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

    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || ArabicNormalizer.isIgnorable(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }
}
