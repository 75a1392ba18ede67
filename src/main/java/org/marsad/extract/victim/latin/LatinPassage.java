package org.marsad.extract.victim.latin;

import java.util.List;
import java.util.Set;
import org.marsad.text.Token;

/**
 * English text being read for names: which words are capitalised, where sentences and clauses end, headlines.
 * It knows no casualty words; every stage of the Latin-script reader asks it where a name's clause stops.
 */
final class LatinPassage {

    final String text;
    final List<Token> t;
    final int n;

    LatinPassage(String text, List<Token> tokens) {
        this.text = text;
        this.t = tokens;
        this.n = tokens.size();
    }

    /** Words of a line in Title Case beyond which it is read as a headline. */
    private static final int HEADLINE_WORDS = 4;

    boolean capital(int k) {
        Token tok = t.get(k);
        if (!tok.isWord()) {
            return false;
        }
        char c = text.charAt(tok.start());
        return Character.isUpperCase(c) && c < 0x250;
    }

    /** A word written in capitals only, two letters or more: an organisation's initials (SNHR, OHCHR). */
    boolean acronym(int k) {
        Token tok = t.get(k);
        if (tok.end() - tok.start() < 2) {
            return false;
        }
        for (int c = tok.start(); c < tok.end(); c++) {
            if (!Character.isUpperCase(text.charAt(c))) {
                return false;
            }
        }
        return true;
    }

    int words(int from, int to) {
        int c = 0;
        for (int k = from; k < to; k++) {
            if (t.get(k).isWord()) {
                c++;
            }
        }
        return c;
    }

    boolean boundary(int k) {
        Token tok = t.get(k);
        return tok.kind() == Token.Kind.BREAK || tok.kind() == Token.Kind.PUNCT && (tok.is(".") || tok.is("!")
                || tok.is("?") || tok.is(";"));
    }

    static boolean quote(Token tok) {
        String p = tok.norm();
        return p.equals("\"") || p.equals("“") || p.equals("”") || p.equals("‘") || p.equals("’") || p.equals("'");
    }

    /**
     * "Plane Strike Hits Yemen Mourners Killing 9 Women": a line whose words of four letters or more are all
     * capitalised is a headline, where a capital starts every word, not a name.
     */
    boolean headline(int i) {
        int from = i;
        while (from > 0 && t.get(from - 1).kind() != Token.Kind.BREAK) {
            from--;
        }
        int words = 0;
        for (int k = from; k < n && t.get(k).kind() != Token.Kind.BREAK; k++) {
            if (t.get(k).isWord() && t.get(k).end() - t.get(k).start() >= 4) {
                if (!capital(k)) {
                    return false;
                }
                words++;
            }
        }
        return words >= HEADLINE_WORDS;
    }

    boolean clauseStart(int i) {
        if (i == 0) {
            return true;
        }
        Token prev = t.get(i - 1);
        if (boundary(i - 1) || prev.is("that")) {
            return true;
        }
        if (prev.is(",")) {
            // "According to the Euphrates Post, Muhammad Al-Shalash and his son ..."
            for (int k = i - 2; k >= Math.max(0, i - 8); k--) {
                if (boundary(k)) {
                    return false;
                }
                if (t.get(k).is("according")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether one of {@code words} stands within {@code reach} tokens before {@code at}, in its sentence. */
    boolean wordBefore(int at, int reach, Set<String> words) {
        for (int k = at - 1; k >= Math.max(0, at - reach); k--) {
            if (boundary(k)) {
                return false;
            }
            if (words.contains(t.get(k).norm())) {
                return true;
            }
        }
        return false;
    }
}
