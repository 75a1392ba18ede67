package org.marsad.extract.victim.arabic;

import java.util.List;
import org.marsad.text.Token;

/**
 * The text being read for names and its layout: where sentences and lines end, list bullets, brackets and
 * quotes. Every stage of the Arabic reader asks it where a name's clause stops; it knows no words.
 */
final class Passage {

    final String text;
    final List<Token> t;
    final int n;

    Passage(String text, List<Token> tokens) {
        this.text = text;
        this.t = tokens;
        this.n = tokens.size();
    }

    /** A line break or a sentence's closing mark; "2." numbers a list item and ends nothing. */
    boolean boundary(int j) {
        Token tok = t.get(j);
        if (tok.kind() == Token.Kind.BREAK) {
            return true;
        }
        if (tok.kind() != Token.Kind.PUNCT) {
            return false;
        }
        String p = tok.norm();
        if (p.equals(".") && j > 0 && t.get(j - 1).kind() == Token.Kind.NUMBER) {
            return false;
        }
        return p.equals(".") || p.equals("!") || p.equals("?") || p.equals("؟") || p.equals("؛") || p.equals(";");
    }

    boolean lineStart(int i) {
        return i == 0 || t.get(i - 1).kind() == Token.Kind.BREAK;
    }

    int endOfLine(int from) {
        int j = from;
        while (j < n && t.get(j).kind() != Token.Kind.BREAK) {
            j++;
        }
        return j;
    }

    /** The token after a list marker at a line start ("1-", "2.", "3)", "–", "•"), or {@code i}. */
    int bullet(int i) {
        Token tok = t.get(i);
        if (tok.kind() == Token.Kind.NUMBER && i + 1 < n && t.get(i + 1).kind() == Token.Kind.PUNCT
                && isMarker(t.get(i + 1).norm()) && tok.value() < 1000) {
            return i + 2;
        }
        if (tok.kind() == Token.Kind.PUNCT && (tok.is("-") || tok.is("–") || tok.is("—") || tok.is("•")
                || tok.is("*") || tok.is("·"))) {
            return i + 1;
        }
        return i;
    }

    static boolean isMarker(String p) {
        return p.equals("-") || p.equals(".") || p.equals(")") || p.equals("–") || p.equals("/") || p.equals("_");
    }

    /** An inline number marker "2- " before an item, skipped. */
    int inlineNumber(int p) {
        if (p + 1 < n && t.get(p).kind() == Token.Kind.NUMBER && t.get(p + 1).kind() == Token.Kind.PUNCT
                && isMarker(t.get(p + 1).norm())) {
            return p + 2;
        }
        return p;
    }

    /** The token after the bracket opened at {@code open}, or {@code open} when it does not close on its line. */
    int closeBracket(int open) {
        for (int j = open + 1; j < Math.min(n, open + 12); j++) {
            if (t.get(j).is(")") || t.get(j).is("]")) {
                return j + 1;
            }
            if (t.get(j).kind() == Token.Kind.BREAK) {
                return open;
            }
        }
        return open + 1 < n ? open : n;
    }

    static boolean isOpening(Token tok) {
        String p = tok.norm();
        return p.equals("(") || p.equals("\"") || p.equals("“") || p.equals("«") || p.equals("'") || p.equals("[")
                || p.equals("”") || p.equals("‘");
    }

    static boolean isClosing(Token tok) {
        String p = tok.norm();
        return p.equals(")") || p.equals("\"") || p.equals("”") || p.equals("»") || p.equals("'") || p.equals("]")
                || p.equals("“") || p.equals("’");
    }

    static boolean isQuoteMark(Token tok) {
        String p = tok.norm();
        return tok.kind() == Token.Kind.PUNCT && (p.equals("\"") || p.equals("”") || p.equals("“") || p.equals("«")
                || p.equals("»"));
    }

    /** The words of a name in [from, to), not counting the joiners of compound names (عبد، أبو، بن). */
    int words(int from, int to) {
        int c = 0;
        for (int j = from; j < to; j++) {
            if (t.get(j).isWord() && !ArabicWords.JOINERS.contains(t.get(j).norm())) {
                c++;
            }
        }
        return c;
    }
}
