package org.marsad.place.name;

/**
 * Arabic names written in Latin letters as the press romanizes them, for matching only: OCHA's English
 * names are one romanization among many (and sometimes a slip: كفرومة is "Karfuma"), while a reporter
 * romanizes the Arabic name. So each place's Arabic name also yields the Latin keys a romanization of it
 * would have: its consonant skeleton (as {@link NameKeys#skeleton} reads Latin) and a rough spelling with
 * the long vowels, to tell apart places one skeleton finds. Short vowels are not written in Arabic, so the
 * spelling has none; the skeleton needs none.
 */
public final class Romanization {
    /**
     * Each folded Arabic letter's consonant in the Latin skeleton: one letter per Arabic letter, with the
     * Latin skeleton's conflations (ث ذ ض ظ → d as th, dh and d are; ح and ه → h; ص → s; ط → t; ق → k).
     * ا و ي are vowels inside a word, and ع is written as a vowel or an apostrophe: null drops them.
     */
    private static final String[] SKELETON = new String[0x100];
    /** The same letters spelled as the press most often does, long vowels kept (ا a, و u, ي i). */
    private static final String[] SPELLING = new String[0x100];

    static {
        String letters = "بتثجحخدذرزسشصضطظغفقكلمنه";
        String[] skeleton = {"b", "t", "d", "j", "h", "x", "d", "d", "r", "z", "s", "$", "s", "d", "t", "d", "g", "f",
                "k", "k", "l", "m", "n", "h"};
        String[] spelling = {"b", "t", "th", "j", "h", "kh", "d", "dh", "r", "z", "s", "sh", "s", "d", "t", "z", "gh", "f",
                "q", "k", "l", "m", "n", "h"};
        for (int i = 0; i < letters.length(); i++) {
            SKELETON[letters.charAt(i) - 0x600] = skeleton[i];
            SPELLING[letters.charAt(i) - 0x600] = spelling[i];
        }
        SPELLING['ا' - 0x600] = "a";
        SPELLING['و' - 0x600] = "u";
        SPELLING['ي' - 0x600] = "i";
    }

    private Romanization() {
    }

    /**
     * The Latin consonant skeleton of folded Arabic words, as {@link NameKeys#skeleton} would read a
     * romanization of them: the article ال goes; a word opening with ا or ع opens with ' (عين and Ain both
     * read 'n), one opening with و or ي with w or y; inside a word the long vowels, ع and a final ة (folded
     * ه) go, and a letter twice is once. "" when fewer than two consonants remain.
     */
    public static String skeleton(java.util.List<String> words) {
        StringBuilder key = new StringBuilder();
        for (String word : words) {
            String w = withoutArticle(word);
            if (w.isEmpty()) {
                continue;
            }
            char opening = w.charAt(0);
            int from = 0;
            if (opening == 'ا' || opening == 'ع') {
                key.append('\'');
                from = 1;
            } else if (opening == 'و' || opening == 'ي') {
                key.append(opening == 'و' ? 'w' : 'y');
                from = 1;
            }
            int to = w.length() > 2 && w.charAt(w.length() - 1) == 'ه' ? w.length() - 1 : w.length();
            char previous = 0;
            for (int i = from; i < to; i++) {
                String letter = letter(SKELETON, w.charAt(i));
                if (letter != null && (key.length() == 0 || letter.charAt(0) != previous)) {
                    key.append(letter);
                    previous = letter.charAt(0);
                }
            }
        }
        return NameKeys.consonants(key) >= 2 ? key.toString() : "";
    }

    /**
     * A rough Latin spelling of folded Arabic words (المليحة → mliha, كفرومة → kfruma), read through
     * {@link NameKeys#sound} like any Latin name: what a press spelling is compared with by edit distance.
     */
    public static String spelling(java.util.List<String> words) {
        java.util.List<String> latin = new java.util.ArrayList<>(words.size());
        for (String word : words) {
            String w = withoutArticle(word);
            StringBuilder out = new StringBuilder(w.length() + 2);
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                if (i == 0 && c == 'و') {
                    out.append('w');
                } else if (i == 0 && c == 'ي') {
                    out.append('y');
                } else if (i == w.length() - 1 && c == 'ه' && i > 1) {
                    out.append('a');
                } else {
                    String letter = letter(SPELLING, c);
                    if (letter != null) {
                        out.append(letter);
                    }
                }
            }
            if (out.length() > 0) {
                latin.add(out.toString());
            }
        }
        return NameKeys.sound(latin);
    }

    private static String withoutArticle(String word) {
        return word.startsWith("ال") && word.length() > 3 ? word.substring(2) : word;
    }

    private static String letter(String[] table, char c) {
        int i = c - 0x600;
        return i >= 0 && i < table.length ? table[i] : null;
    }
}
