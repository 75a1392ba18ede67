package org.marsad.place.name;

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
public final class NameKeys {
    /** Latin transliterations of the Arabic article, assimilated or not (ar-Raqqa, ash-Sham, ez-Zor). */
    public static final Set<String> LATIN_ARTICLES = Set.of(
            "al", "el", "il", "ul", "l", "ar", "er", "as", "es", "ash", "esh", "ad", "ed", "adh", "an", "en",
            "at", "et", "ath", "az", "ez", "ag", "ak");
    private static final String ARABIC_ARTICLE = "ال";
    private static final String SKELETON_DROPS = "aeiouyw";
    /** The article written onto the next word, as OCHA's English names do (Deir Elasafir, Tal Elhawa). */
    private static final List<String> ATTACHED_ARTICLES = List.of("el", "al");

    private NameKeys() {
    }

    /** A run of words by its two strict keys, worked out once for the several tables a parser asks. */
    public record Spelled(String exact, String bare) {
    }

    public static Spelled spelled(List<String> words) {
        return new Spelled(exact(words), bare(words));
    }

    public static String exact(List<String> words) {
        return String.join("", words);
    }

    public static String bare(List<String> words) {
        StringBuilder key = new StringBuilder();
        for (String word : words) {
            key.append(bareWord(word));
        }
        return key.toString();
    }

    /** One word's piece of a bare key: without ال, or "" for a Latin article. */
    public static String bareWord(String word) {
        if (word.startsWith(ARABIC_ARTICLE) && word.length() > ARABIC_ARTICLE.length() + 1) {
            return word.substring(ARABIC_ARTICLE.length());
        }
        return LATIN_ARTICLES.contains(word) ? "" : word;
    }

    /** The key of a loose match: the Latin skeleton of Latin words, the Arabic one of Arabic words. */
    public static String loose(List<String> words) {
        if (words.isEmpty() || words.get(0).isEmpty()) {
            return "";
        }
        return SpellingFolding.isArabic(words.get(0).charAt(0)) ? arabicSkeleton(words) : skeleton(words);
    }

    /**
     * What a loose match is checked against by edit distance: the sound of Latin words (their bare key when
     * too short for one), the bare key of Arabic words.
     */
    public static String compared(List<String> words) {
        if (words.isEmpty() || words.get(0).isEmpty() || SpellingFolding.isArabic(words.get(0).charAt(0))) {
            return bare(words);
        }
        String sound = sound(words);
        return sound.isEmpty() ? bare(words) : sound;
    }

    /**
     * The consonant skeleton of Latin words, or "" when the words are Arabic or too short to compare. Per
     * word: an article written onto it (OCHA's "Elasafir", "Ezzor") is taken off; a vowel that opens it
     * becomes ' (an ayn or hamza: Ain, Ein and Ayn all read 'n, and Izra is kept apart from Zor), and an
     * opening w or y is the consonant و or ي (Wassit); the t of a ة before another word goes (Taybat al-Imam,
     * Tiba Elemam); an m before b is the n it is written for (Membij, Menbij); the
     * digraphs for one Arabic letter become one letter (kh x, sh $, gh g, and th, dh d, since ذ is written
     * th, dh and d alike); q is k. Then vowels, w and y, a letter written twice (Tell) and the h of a final
     * vowel (-eh, -ah: ة) go; an h after a consonant stays (Mliha reads mlh, as المليحة does).
     */
    public static String skeleton(List<String> words) {
        if (words.isEmpty() || words.get(0).isEmpty() || SpellingFolding.isArabic(words.get(0).charAt(0))) {
            return "";
        }
        StringBuilder key = new StringBuilder();
        boolean first = true;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (LATIN_ARTICLES.contains(word) || word.isEmpty()) {
                continue;
            }
            appendSkeleton(key, word, first, i == words.size() - 1);
            first = false;
        }
        return consonants(key) >= 2 ? key.toString() : "";
    }

    /**
     * One Latin word's piece of a skeleton ({@link #skeleton}), not an article: {@code first} when no word
     * before it in the name is more than an article, {@code last} when it ends the name. A name's skeleton is
     * its words' pieces one after the other, so the pieces of its first words are a beginning of it.
     */
    static void appendSkeleton(StringBuilder key, String word, boolean first, boolean last) {
        String w = latinWord(word, first, last);
        if (w.isEmpty()) {
            return;
        }
        char opening = w.charAt(0);
        if (opening == 'w' || opening == 'y') {
            key.append(opening);
        } else if (SKELETON_DROPS.indexOf(opening) >= 0) {
            key.append('\'');
        }
        char[] letters = w.toCharArray();
        int n = digraphs(letters, letters.length);
        char previous = 0;
        for (int j = 0; j < n; j++) {
            char c = letters[j];
            if (SKELETON_DROPS.indexOf(c) < 0 && c != previous) {
                key.append(c);
            }
            previous = c;
        }
    }

    /**
     * The skeleton of Latin words whose last ends in a vowel and h, the h kept as a consonant (ح: Malah, Milh);
     * "" when the last word does not end so.
     */
    public static String skeletonWithFinalH(List<String> words) {
        if (words.isEmpty() || words.get(words.size() - 1).isEmpty()) {
            return "";
        }
        String last = words.get(words.size() - 1);
        int n = last.length();
        if (n < 3 || last.charAt(n - 1) != 'h' || VOWELS.indexOf(last.charAt(n - 2)) < 0
                || SpellingFolding.isArabic(last.charAt(0))) {
            return "";
        }
        String skeleton = skeleton(words);
        return skeleton.isEmpty() ? "" : skeleton + "h";
    }

    /**
     * A Latin word as both skeleton and sound read it: without an attached article (not on the first word),
     * without the h of a final vowel (Talbiseh, Talbisa), and without the t of a ة before another word
     * (Taybat, Maarat, Khirbet before a name: a romanization of the Arabic shows it, the Arabic does not).
     */
    private static String latinWord(String word, boolean first, boolean last) {
        String w = first ? word : withoutAttachedArticle(word);
        int n = w.length();
        if (n > 2 && w.charAt(n - 1) == 'h' && VOWELS.indexOf(w.charAt(n - 2)) >= 0) {
            w = w.substring(0, n - 1);
            n--;
        }
        if (!last && n > 3 && w.charAt(n - 1) == 't' && (w.charAt(n - 2) == 'a' || w.charAt(n - 2) == 'e')
                && VOWELS.indexOf(w.charAt(n - 3)) < 0) {
            w = w.substring(0, n - 1);
        }
        return w;
    }

    private static final String VOWELS = "aeiou";

    /**
     * One letter for each Arabic letter's Latin digraph; q and c are k, and an m before b is n: the letters
     * {@code c[0..n)} rewritten in place, each rule over the whole word in turn as {@link String#replace} would
     * (kh x, sh $, gh g, th d, dh d, ck k, q k, c k, mb nb); returns the new length. Letters, not strings: the
     * parser asks this of every word a loose name may start with, and a chain of replaced strings was most of
     * what the compiler spent on the resolver.
     */
    static int digraphs(char[] c, int n) {
        n = pair(c, n, 'k', 'h', 'x');
        n = pair(c, n, 's', 'h', '$');
        n = pair(c, n, 'g', 'h', 'g');
        n = pair(c, n, 't', 'h', 'd');
        n = pair(c, n, 'd', 'h', 'd');
        n = pair(c, n, 'c', 'k', 'k');
        single(c, n, 'q', 'k');
        single(c, n, 'c', 'k');
        twin(c, n, 'm', 'b', 'n', 'b');
        return n;
    }

    /** Each {@code a b} (left to right, not overlapping) becomes {@code to}; returns the new length. */
    private static int pair(char[] c, int n, char a, char b, char to) {
        int j = 0;
        for (int i = 0; i < n; ) {
            if (c[i] == a && i + 1 < n && c[i + 1] == b) {
                c[j++] = to;
                i += 2;
            } else {
                c[j++] = c[i++];
            }
        }
        return j;
    }

    /** Each {@code a b} (left to right, not overlapping) becomes {@code x y}. */
    private static void twin(char[] c, int n, char a, char b, char x, char y) {
        for (int i = 0; i + 1 < n; ) {
            if (c[i] == a && c[i + 1] == b) {
                c[i] = x;
                c[i + 1] = y;
                i += 2;
            } else {
                i++;
            }
        }
    }

    private static void single(char[] c, int n, char a, char to) {
        for (int i = 0; i < n; i++) {
            if (c[i] == a) {
                c[i] = to;
            }
        }
    }

    /**
     * How Latin words sound, their vowels kept but read as the press's variants of one vowel: ou, oo, o and u
     * are u; ee is i; ei, ai, ey and ay are ay; e is a; a final -ia is -iya (Darbasieh, Darbasiyah). With the
     * skeleton's digraphs, articles and endings, and a letter twice once (Haffeh, Al-Haffa: hafa; Rabee'a,
     * Rabia: rabiya; Sour, Sur: sur). Arabic words sound as their {@link #arabicStem}. "" under three
     * letters. Closer than a skeleton (Raju is not Rajab), so a match scores higher, however short the name.
     */
    public static String sound(List<String> words) {
        if (words.isEmpty() || words.get(0).isEmpty()) {
            return "";
        }
        if (SpellingFolding.isArabic(words.get(0).charAt(0))) {
            return arabicStem(words);
        }
        StringBuilder key = new StringBuilder();
        boolean first = true;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (LATIN_ARTICLES.contains(word) || word.isEmpty()) {
                continue;
            }
            appendSound(key, word, first, i == words.size() - 1);
            first = false;
        }
        return key.length() >= 3 ? key.toString() : "";
    }

    /** One Latin word's piece of a sound ({@link #sound}), as {@link #appendSkeleton} is of a skeleton. */
    static void appendSound(StringBuilder key, String word, boolean first, boolean last) {
        char[] c = latinWord(word, first, last).toCharArray();
        int n = digraphs(c, c.length);
        n = pair(c, n, 'o', 'u', 'u');
        n = pair(c, n, 'o', 'o', 'u');
        single(c, n, 'o', 'u');
        n = pair(c, n, 'e', 'e', 'i');
        twin(c, n, 'e', 'i', 'a', 'y');
        twin(c, n, 'a', 'i', 'a', 'y');
        twin(c, n, 'e', 'y', 'a', 'y');
        single(c, n, 'e', 'a');
        char previous = 0;
        for (int j = 0; j < n; j++) {
            if (c[j] != previous) {
                key.append(c[j]);
            }
            previous = c[j];
        }
        // a final -ia is -iya (Darbasieh, Darbasiyah)
        if (n >= 2 && c[n - 2] == 'i' && c[n - 1] == 'a') {
            key.setLength(key.length() - 1);
            key.append("ya");
        }
    }

    /**
     * Folded Arabic words without the article and without the vowels that end them, ة (folded ه), ي and ا,
     * up to two letters: the endings writers vary (حمورية and حمورة read حمور, الشدادي and الشدادة شداد),
     * while the long vowels inside the word, which tell names apart (شمر is not شامر), are kept. "" when the
     * last word has no such ending: a name with an ending is another than the word without (يوسفية is not
     * يوسف, المقتلة is not مقتل). "" under three letters.
     */
    static String arabicStem(List<String> words) {
        StringBuilder key = new StringBuilder();
        boolean ended = false;
        for (String word : words) {
            ended = appendArabicStem(key, word);
        }
        return ended && key.length() >= 3 ? key.toString() : "";
    }

    /** One Arabic word's piece of a stem ({@link #arabicStem}); whether an ending was taken off it. */
    static boolean appendArabicStem(StringBuilder key, String word) {
        String w = word.startsWith(ARABIC_ARTICLE) && word.length() > 3 ? word.substring(2) : word;
        int to = w.length();
        while (to > 2 && w.length() - to < 2 && "هيا".indexOf(w.charAt(to - 1)) >= 0) {
            to--;
        }
        key.append(w, 0, to);
        return to < w.length();
    }

    /**
     * The consonants of folded Arabic words: without the article ال and the long vowels ا
     * و ي inside a word (an opening و or ي is a consonant; an opening ا a hamza, dropped), and a letter
     * twice once. القريتين and القريتان read قرتن. "" under four letters: three Arabic consonants name too
     * many places to match without the long vowels (شمر, a tribe, and شامر, a village).
     */
    static String arabicSkeleton(List<String> words) {
        StringBuilder key = new StringBuilder();
        for (String word : words) {
            appendArabicSkeleton(key, word);
        }
        return key.length() >= 4 ? key.toString() : "";
    }

    /** One Arabic word's piece of a skeleton ({@link #arabicSkeleton}). */
    static void appendArabicSkeleton(StringBuilder key, String word) {
        String w = word.startsWith(ARABIC_ARTICLE) && word.length() > 3 ? word.substring(2) : word;
        char previous = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            boolean vowel = c == 'ا' || (c == 'و' || c == 'ي') && i > 0;
            if (!vowel && c != previous) {
                key.append(c);
            }
            previous = c;
        }
    }

    /**
     * How many of these words (a run from a mention, longest first) a loose name could take at most: a name's
     * skeleton and sound are its words' pieces one after another, so a run whose first words already begin
     * no key of {@code prefixes} (their pieces as words before the last) cannot be one, however it ends. Most
     * words begin none; runs of up to six words were built and keyed for each before.
     */
    public static int looseReach(List<String> words, KeyPrefixes prefixes) {
        if (words.isEmpty() || words.get(0).isEmpty()) {
            return words.size();
        }
        boolean arabic = SpellingFolding.isArabic(words.get(0).charAt(0));
        StringBuilder skeleton = new StringBuilder();
        StringBuilder sound = new StringBuilder();
        boolean first = true;
        for (int k = 1; k < words.size(); k++) {
            String word = words.get(k - 1);
            if (arabic) {
                appendArabicSkeleton(skeleton, word);
                appendArabicStem(sound, word);
            } else if (!LATIN_ARTICLES.contains(word) && !word.isEmpty()) {
                appendSkeleton(skeleton, word, first, false);
                appendSound(sound, word, first, false);
                first = false;
            }
            if (!prefixes.mayBegin(KeyPrefixes.hash(skeleton), skeleton.length())
                    && !prefixes.mayBegin(KeyPrefixes.hash(sound), sound.length())) {
                return k;
            }
        }
        return words.size();
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
