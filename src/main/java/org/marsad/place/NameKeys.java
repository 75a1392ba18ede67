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
 *   <li>skeleton (Latin only, a looser match): the bare key's consonants, q written k, doubled letters and a
 *       final h (ة transliterated) dropped, so Dayr az Zawr, Deir ez-Zor and Deir al-Zour all read "drzr".
 * </ul>
 */
final class NameKeys {
    /** Latin transliterations of the Arabic article, assimilated or not (ar-Raqqa, ash-Sham, ez-Zor). */
    static final Set<String> LATIN_ARTICLES = Set.of(
            "al", "el", "il", "ul", "l", "ar", "er", "as", "es", "ash", "esh", "ad", "ed", "adh", "an", "en",
            "at", "et", "ath", "az", "ez", "ag", "ak");
    private static final String ARABIC_ARTICLE = "ال";
    private static final String SKELETON_DROPS = "aeiouyw";

    private NameKeys() {
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

    /** The consonant skeleton of Latin words, or "" when the words are Arabic or too short to compare. */
    static String skeleton(List<String> words) {
        String bare = bare(words);
        if (bare.isEmpty() || SpellingFolding.isArabic(bare.charAt(0))) {
            return "";
        }
        StringBuilder key = new StringBuilder();
        for (char c : bare.replace('q', 'k').toCharArray()) {
            boolean repeated = key.length() > 0 && key.charAt(key.length() - 1) == c;
            if (SKELETON_DROPS.indexOf(c) < 0 && !repeated) {
                key.append(c);
            }
        }
        if (key.length() > 2 && key.charAt(key.length() - 1) == 'h') {
            key.setLength(key.length() - 1);
        }
        return key.length() >= 2 ? key.toString() : "";
    }
}
