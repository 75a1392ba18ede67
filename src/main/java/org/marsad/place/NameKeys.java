package org.marsad.place;

import java.util.List;
import java.util.Set;
import org.marsad.text.SpellingFolding;

/**
 * The lookup keys of a run of folded words. A name is stored and looked up under the same keys, so two
 * spellings match when any key agrees:
 * <ul>
 *   <li>exact: the words joined without spaces, so ديرالزور matches دير الزور and Deirezzor matches Deir Ezzor;
 *   <li>bare: the same without articles — the Arabic ال (al-) at the start of a word and the Latin
 *       transliterations of it (al, ar, as, ez …) — so الرقة matches رقة and Ar-Raqqa matches Raqqa;
 *   <li>skeleton (Latin only, a looser match): the consonants, one letter for each Arabic letter's digraph,
 *       an opening vowel kept as ', so Dayr az Zawr, Deir ez-Zor and Deir al-Zour all read "drzr" and
 *       Kafr Nobol, Kafranbel and Kfar Nabel all read "kfrnbl".
 * </ul>
 */
final class NameKeys {
    /** Latin transliterations of the Arabic article, assimilated or not (ar-Raqqa, ash-Sham, ez-Zor). */
    static final Set<String> LATIN_ARTICLES = Set.of(
            "al", "el", "il", "ul", "l", "ar", "er", "as", "es", "ash", "esh", "ad", "ed", "adh", "an", "en",
            "at", "et", "ath", "az", "ez", "ag", "ak");
    private static final String ARABIC_ARTICLE = "ال";
    private static final String SKELETON_DROPS = "aeiouyw";
    /** The article written onto the next word, as OCHA's English names do (Deir Elasafir, Tal Elhawa). */
    private static final List<String> ATTACHED_ARTICLES = List.of("el", "al");

    private NameKeys() {
    }

    /** A run of words by its two strict keys, worked out once for the several tables a parser asks. */
    record Spelled(String exact, String bare) {
    }

    static Spelled spelled(List<String> words) {
        return new Spelled(exact(words), bare(words));
    }

    static String exact(List<String> words) {
        return String.join("", words);
    }

    static String bare(List<String> words) {
        StringBuilder key = new StringBuilder();
        for (String word : words) {
            if (word.startsWith(ARABIC_ARTICLE) && word.length() > ARABIC_ARTICLE.length() + 1) {
                key.append(word, ARABIC_ARTICLE.length(), word.length());
            } else if (!LATIN_ARTICLES.contains(word)) {
                key.append(word);
            }
        }
        return key.toString();
    }

    /**
     * The consonant skeleton of Latin words, or "" when the words are Arabic or too short to compare. Per
     * word: an article written onto it (OCHA's "Elasafir", "Ezzor") is taken off; a vowel that opens it
     * becomes ' (an ayn or hamza: Ain, Ein and Ayn all read 'n, and Izra is kept apart from Zor), and an
     * opening w or y is the consonant و or ي (Wassit); the
     * digraphs for one Arabic letter become one letter (kh x, sh $, gh g, and th, dh d, since ذ is written
     * th, dh and d alike); q is k. Then vowels, w and y, a letter written twice (Tell) and a final h (ة) go.
     */
    static String skeleton(List<String> words) {
        if (words.isEmpty() || words.get(0).isEmpty() || SpellingFolding.isArabic(words.get(0).charAt(0))) {
            return "";
        }
        StringBuilder key = new StringBuilder();
        boolean first = true;
        for (String word : words) {
            if (LATIN_ARTICLES.contains(word) || word.isEmpty()) {
                continue;
            }
            String w = first ? word : withoutAttachedArticle(word);
            first = false;
            char opening = w.charAt(0);
            if (opening == 'w' || opening == 'y') {
                key.append(opening);
            } else if (SKELETON_DROPS.indexOf(opening) >= 0) {
                key.append('\'');
            }
            String letters = w.replace("kh", "x").replace("sh", "$").replace("gh", "g").replace("th", "d")
                    .replace("dh", "d").replace('q', 'k').replace('c', 'k');
            char previous = 0;
            for (char c : letters.toCharArray()) {
                if (SKELETON_DROPS.indexOf(c) < 0 && c != previous) {
                    key.append(c);
                }
                previous = c;
            }
        }
        if (key.length() > 2 && key.charAt(key.length() - 1) == 'h') {
            key.setLength(key.length() - 1);
        }
        return consonants(key) >= 2 ? key.toString() : "";
    }

    /** The letters of a skeleton that are consonants, not the ' that marks an opening vowel. */
    static int consonants(CharSequence skeleton) {
        int n = 0;
        for (int i = 0; i < skeleton.length(); i++) {
            n += skeleton.charAt(i) == '\'' ? 0 : 1;
        }
        return n;
    }

    private static String withoutAttachedArticle(String word) {
        for (String article : ATTACHED_ARTICLES) {
            if (word.length() > article.length() + 2 && word.startsWith(article)) {
                return word.substring(article.length());
            }
        }
        return word;
    }
}
