package org.marsad.extract;

import java.util.List;
import org.marsad.text.Token;
import org.marsad.text.Tokenizer;

/**
 * A report read once: its tokens, what the lexicon knows of each word, and the sentence each token
 * belongs to. A sentence ends at a full stop, question or exclamation mark, semicolon or line break;
 * Arabic reports often run a whole paragraph as one sentence joined by commas.
 */
final class Document {
    final String text;
    final List<Token> tokens;
    final WordInfo.Hit[] hits;
    final int[] sentence;
    /** The token index where the first line ends when the report has a title line, else 0. */
    final int titleEnd;

    Document(String text) {
        this.text = text;
        this.tokens = Tokenizer.tokenize(text);
        int n = tokens.size();
        this.hits = new WordInfo.Hit[n];
        this.sentence = new int[n];
        int s = 0;
        int firstBreak = -1;
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            hits[i] = t.isWord() ? Lexicon.lookup(t.norm()) : punctuationHit(t);
            sentence[i] = s;
            if (t.kind() == Token.Kind.BREAK || isSentenceEnd(t)) {
                s++;
                if (firstBreak < 0 && t.kind() == Token.Kind.BREAK) {
                    firstBreak = i;
                }
            }
        }
        this.titleEnd = firstBreak > 0 && firstBreak < n - 1 ? firstBreak : 0;
    }

    private static WordInfo.Hit punctuationHit(Token t) {
        if (t.kind() == Token.Kind.PUNCT && (t.is("%") || t.is("٪"))) {
            return Lexicon.lookup("%");
        }
        return WordInfo.Hit.NONE;
    }

    private static boolean isSentenceEnd(Token t) {
        if (t.kind() != Token.Kind.PUNCT) {
            return false;
        }
        String p = t.norm();
        return p.equals(".") || p.equals("!") || p.equals("?") || p.equals("؟") || p.equals(";") || p.equals("؛");
    }

    int size() {
        return tokens.size();
    }

    Token token(int i) {
        return tokens.get(i);
    }

    WordInfo info(int i) {
        return hits[i].info();
    }

    boolean has(int i, int role) {
        return i >= 0 && i < hits.length && hits[i].info().has(role);
    }

    Noun noun(int i) {
        return i >= 0 && i < hits.length ? hits[i].info().noun : null;
    }

    boolean isWord(int i, String normalized) {
        return i >= 0 && i < tokens.size() && tokens.get(i).is(normalized);
    }

    boolean sameSentence(int a, int b) {
        return a >= 0 && b >= 0 && a < sentence.length && b < sentence.length && sentence[a] == sentence[b];
    }

    /** The original text of tokens [from, to). */
    String slice(int from, int to) {
        return text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }
}
