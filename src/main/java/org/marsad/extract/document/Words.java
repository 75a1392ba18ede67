package org.marsad.extract.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.text.Token;

/** Matching words and phrases of the vocabularies against tokens, allowing Arabic prefixes. */
public final class Words {

    /**
     * The prefixes an Arabic word may carry before a vocabulary word: و/ف (and), ب/ل/ك (by, for, like),
     * the article ال, and their combinations (وبال، لل for li-al).
     */
    private static final Set<String> PREFIXES = Set.of("", "و", "ف", "ب", "ل", "ك", "ال", "وال", "فال", "بال", "كال",
            "لل", "وب", "ول", "فب", "فل", "وك", "وبال", "ولل", "فبال", "فلل", "وكال");

    /** {@link #PREFIXES} by their length, 0 to 4. */
    private static final String[][] PREFIXES_BY_LENGTH = new String[5][];

    static {
        for (int length = 0; length < PREFIXES_BY_LENGTH.length; length++) {
            int l = length;
            PREFIXES_BY_LENGTH[length] = PREFIXES.stream().filter(p -> p.length() == l).sorted().toArray(String[]::new);
        }
    }

    private Words() {
    }

    /** Whether the normalized token {@code norm} is {@code word} with at most a prefix before it. */
    public static boolean matches(String norm, String word) {
        if (norm.equals(word)) {
            return true;
        }
        if (word.isEmpty() || word.charAt(0) < 128) {
            return false;
        }
        if (!norm.endsWith(word) || norm.length() - word.length() > 4) {
            return lilArticle(norm, word);
        }
        return startsWithPrefix(norm, norm.length() - word.length());
    }

    /**
     * Whether {@code norm} is the definite {@code word} after لِـ (li, for, by): ل and ال write "لل", the
     * article's alif dropped, so "للجيش السوداني" (lil-jaysh, by the army) is الجيش with li before it, as
     * are "وللتحالف" and "فللحوثيين".
     */
    private static boolean lilArticle(String norm, String word) {
        if (!word.startsWith("ال") || word.length() < 3) {
            return false;
        }
        int lam = norm.length() - (word.length() - 1);
        return lam >= 1 && lam <= 2 && norm.endsWith(word.substring(1)) && norm.charAt(lam - 1) == 'ل'
                && (lam == 1 || norm.charAt(0) == 'و' || norm.charAt(0) == 'ف');
    }

    /**
     * Whether the first {@code length} characters of {@code norm} are one of {@link #PREFIXES}, read in
     * place: vocabularies ask this for every word around every figure, and a substring each time made
     * the garbage of a long report.
     */
    private static boolean startsWithPrefix(String norm, int length) {
        if (length == 0) {
            return true;
        }
        for (String prefix : PREFIXES_BY_LENGTH[length]) {
            if (norm.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words {@code norm} may be, with and without its prefix: the words {@link #matches} would accept
     * it for. A vocabulary looks only these up instead of trying every phrase at every token.
     */
    public static List<String> bareForms(String norm) {
        List<String> forms = new ArrayList<>(3);
        forms.add(norm);
        for (int k = 1; k <= 4 && k < norm.length(); k++) {
            if (norm.charAt(k) >= 128 && startsWithPrefix(norm, k)) {
                forms.add(norm.substring(k));
            }
        }
        for (int lam = 1; lam <= 2 && lam + 2 < norm.length(); lam++) {
            if (norm.startsWith("ل", lam - 1) && norm.startsWith("ل", lam) && (lam == 1 || "وف".indexOf(norm.charAt(0)) >= 0)) {
                forms.add("ا" + norm.substring(lam)); // "للجيش" may be الجيش after li (see lilArticle)
            }
        }
        return forms;
    }

    /** The length of the prefix {@code norm} carries before {@code word}, as {@link #matches} accepted it. */
    public static int prefixLength(String norm, String word) {
        return norm.length() - word.length();
    }

    /** The end (exclusive) of {@code phrase} read from {@code tokens[i]}, or -1. */
    static int phraseAt(List<Token> tokens, int i, String[] phrase) {
        if (i < 0 || i + phrase.length > tokens.size()) {
            return -1;
        }
        for (int k = 0; k < phrase.length; k++) {
            if (!matches(tokens.get(i + k).norm(), phrase[k])) {
                return -1;
            }
        }
        return i + phrase.length;
    }

    /** The start of {@code phrase} when it ends right before {@code end}, or -1. */
    static int phraseBefore(List<Token> tokens, int end, String[] phrase) {
        int start = end - phrase.length;
        return start >= 0 && phraseAt(tokens, start, phrase) == end ? start : -1;
    }
}
