package org.marsad.extract;

import java.util.ArrayList;
import java.util.List;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Token;

/**
 * A small table of phrases, each naming a code; finds the phrases of a stretch of tokens. Used for
 * causes, perpetrators and qualifiers, whose Arabic and English wordings are listed side by side.
 */
final class Vocabulary<T> {

    record Found<T>(T code, int start, int end) {
    }

    private final List<String[]> phrases = new ArrayList<>();
    private final List<T> codes = new ArrayList<>();

    Vocabulary<T> add(T code, String... wordings) {
        for (String wording : wordings) {
            phrases.add(words(wording));
            codes.add(code);
        }
        return this;
    }

    static String[] words(String wording) {
        return ArabicNormalizer.normalize(wording).split(" ");
    }

    /** The longest phrase starting at {@code tokens[i]}, or null. */
    Found<T> at(List<Token> tokens, int i) {
        Found<T> best = null;
        for (int p = 0; p < phrases.size(); p++) {
            int end = Words.phraseAt(tokens, i, phrases.get(p));
            if (end > 0 && (best == null || end > best.end())) {
                best = new Found<>(codes.get(p), i, end);
            }
        }
        return best;
    }

    /** The longest phrase ending right before {@code tokens[end]}, or null. */
    Found<T> before(List<Token> tokens, int end) {
        Found<T> best = null;
        for (int p = 0; p < phrases.size(); p++) {
            int start = Words.phraseBefore(tokens, end, phrases.get(p));
            if (start >= 0 && (best == null || start < best.start())) {
                best = new Found<>(codes.get(p), start, end);
            }
        }
        return best;
    }
}
