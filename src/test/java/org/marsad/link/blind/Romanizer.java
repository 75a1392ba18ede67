package org.marsad.link.blind;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Arabic name parts in Latin letters, two ways. As people spell them: each word as the real list's English
 * names spell it, else as Google's pairs do, else letter by letter. Letter by letter without short vowels,
 * as machine romanization of unvocalized Arabic writes it: long vowels as a, w, y, ة as a, the article as
 * "Al-" or "el-" at the head of a part and "al-" inside one ("Blal Al-Qasm", "Smyra Abd-al-rhmn el-Khlyl").
 */
final class Romanizer {
    private static final Map<Character, String> LETTERS = Map.ofEntries(
            Map.entry('ا', "a"), Map.entry('أ', "a"), Map.entry('إ', "i"), Map.entry('آ', "a"), Map.entry('ء', "'"),
            Map.entry('ؤ', "'"), Map.entry('ئ', "'"), Map.entry('ب', "b"), Map.entry('ت', "t"), Map.entry('ث', "th"),
            Map.entry('ج', "j"), Map.entry('ح', "h"), Map.entry('خ', "kh"), Map.entry('د', "d"), Map.entry('ذ', "dh"),
            Map.entry('ر', "r"), Map.entry('ز', "z"), Map.entry('س', "s"), Map.entry('ش', "sh"), Map.entry('ص', "s"),
            Map.entry('ض', "d"), Map.entry('ط', "t"), Map.entry('ظ', "z"), Map.entry('ع', "'"), Map.entry('غ', "gh"),
            Map.entry('ف', "f"), Map.entry('ق', "q"), Map.entry('ك', "k"), Map.entry('ل', "l"), Map.entry('م', "m"),
            Map.entry('ن', "n"), Map.entry('ه', "h"), Map.entry('ة', "a"), Map.entry('و', "w"), Map.entry('ى', "a"),
            Map.entry('ي', "y"));

    private final Map<String, Weighted<String>> realSpellings;
    private final Map<String, Weighted<String>> pairs;

    Romanizer(Map<String, Weighted<String>> realSpellings, Map<String, Weighted<String>> pairs) {
        this.realSpellings = realSpellings;
        this.pairs = pairs;
    }

    /** One part as people spell it, word by word. */
    String asPeopleSpell(String part, SplittableRandom random) {
        List<String> out = new ArrayList<>();
        for (String word : part.split(" ")) {
            Weighted<String> known = realSpellings.get(word);
            if (known == null) {
                known = pairs.get(word);
            }
            out.add(known != null ? known.draw(random) : letters(word, true, "Al-"));
        }
        return String.join(" ", out);
    }

    /** One part letter by letter, its words hyphenated; {@code article} is how the list writes ال heading a part. */
    String letterByLetter(String part, String article) {
        String[] words = part.split(" ");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                out.append('-');
            }
            out.append(letters(words[i], i == 0, article));
        }
        return out.toString();
    }

    private static String letters(String word, boolean head, String article) {
        StringBuilder out = new StringBuilder();
        String rest = word;
        if (word.startsWith("ال") && word.length() > 2) {
            out.append(head ? article : "al-");
            rest = word.substring(2);
        }
        int start = out.length();
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            String latin = LETTERS.get(c);
            if (latin == null) {
                continue;
            }
            // ع opening a word is heard as its vowel ("Amar" for عمار), as romanizers write it
            if (c == 'ع' && i == 0) {
                latin = "a";
            }
            out.append(latin);
        }
        if (head && out.length() > start) {
            out.setCharAt(start, Character.toUpperCase(out.charAt(start)));
        }
        return out.toString();
    }
}
