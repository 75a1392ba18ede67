package org.marsad.extract.document;

import java.util.ArrayList;
import java.util.List;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Token;

/**
 * A small table of phrases, each naming a code; finds the phrases of a stretch of tokens. Used for
 * causes, perpetrators and qualifiers, whose Arabic and English wordings are listed side by side.
 */
public final class Vocabulary<T> {

    public record Found<T>(T code, int start, int end) {
    }

    private final List<String[]> phrases = new ArrayList<>();
    private final List<T> codes = new ArrayList<>();
    /** Phrase numbers by their first and by their last word, so a token is tried only against its phrases. */
    private final java.util.Map<String, List<Integer>> byFirst = new java.util.HashMap<>();
    private final java.util.Map<String, List<Integer>> byLast = new java.util.HashMap<>();

    public Vocabulary<T> add(T code, String... wordings) {
        for (String wording : wordings) {
            String[] words = words(wording);
            byFirst.computeIfAbsent(words[0], w -> new ArrayList<>()).add(phrases.size());
            byLast.computeIfAbsent(words[words.length - 1], w -> new ArrayList<>()).add(phrases.size());
            phrases.add(words);
            codes.add(code);
        }
        return this;
    }

    private List<Integer> candidates(java.util.Map<String, List<Integer>> index, Token token) {
        List<Integer> found = new ArrayList<>();
        for (String form : Words.bareForms(token.norm())) {
            found.addAll(index.getOrDefault(form, List.of()));
        }
        return found;
    }

    /** The tokens of a wording as the tokenizer cuts text: a hyphen is a token of its own ("saudi - led"). */
    static String[] words(String wording) {
        return ArabicNormalizer.normalize(wording).replace("-", " - ").strip().split(" +");
    }

    /** The longest phrase starting at {@code tokens[i]}, or null. */
    public Found<T> at(List<Token> tokens, int i) {
        Found<T> best = null;
        if (i < 0 || i >= tokens.size()) {
            return null;
        }
        for (int p : candidates(byFirst, tokens.get(i))) {
            int end = Words.phraseAt(tokens, i, phrases.get(p));
            if (end > 0 && (best == null || end > best.end())) {
                best = new Found<>(codes.get(p), i, end);
            }
        }
        return best;
    }

    /** The longest phrase ending right before {@code tokens[end]}, or null. */
    public Found<T> before(List<Token> tokens, int end) {
        Found<T> best = null;
        if (end < 1 || end > tokens.size()) {
            return null;
        }
        for (int p : candidates(byLast, tokens.get(end - 1))) {
            int start = Words.phraseBefore(tokens, end, phrases.get(p));
            if (start >= 0 && (best == null || start < best.start())) {
                best = new Found<>(codes.get(p), start, end);
            }
        }
        return best;
    }
}
