package org.marsad.link.name;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finding a name in either script: a name's keys are the consonant skeletons of its tokens (see
 * {@link Skeleton#of}), the same for خالد and Khaled or Khalid, for محمد and Mohammad. A search
 * matches a name when every word asked for is a word of the name in one script or the other.
 */
public final class CrossScriptNames {
    private CrossScriptNames() {
    }

    /** The keys of a name's words; empty for a name without letters. */
    public static Set<String> of(String name) {
        List<String> tokens = NameTokens.of(name == null ? "" : name);
        Set<String> keys = new HashSet<>();
        for (String t : tokens) {
            String k = Skeleton.of(t);
            if (!k.isEmpty()) {
                keys.add(k);
            }
        }
        return keys;
    }

    /**
     * The keys a name is indexed by ({@code store.victim.NameIndex}): each word as spelled once Arabic
     * spellings are folded ({@code w:} and the word), and each word's skeleton ({@code s:} and the skeleton).
     */
    public static Set<String> indexKeys(String name) {
        Set<String> keys = new HashSet<>();
        for (String word : foldedWords(name)) {
            keys.add(WORD + word);
            // الخطيب is also found as خطيب, and by the skeleton of خطيب, which Latin spellings without al- share
            if (word.length() > ARTICLE.length() + 1 && word.startsWith(ARTICLE)) {
                String bare = word.substring(ARTICLE.length());
                keys.add(WORD + bare);
                of(bare).forEach(k -> keys.add(SKELETON + k));
            }
        }
        for (String skeleton : of(name)) {
            keys.add(SKELETON + skeleton);
        }
        return keys;
    }

    /**
     * A search as the index reads it: for each word asked, a name word that starts with it (folded), or a
     * word of the same skeleton in either script (Khaled finds خالد).
     */
    public static java.util.List<org.marsad.store.victim.NameIndex.Word> query(String text) {
        java.util.List<org.marsad.store.victim.NameIndex.Word> words = new java.util.ArrayList<>();
        for (String word : foldedWords(text)) {
            Set<String> skeletons = new HashSet<>();
            of(word).forEach(k -> skeletons.add(SKELETON + k));
            words.add(new org.marsad.store.victim.NameIndex.Word(WORD + word, skeletons));
        }
        return words;
    }

    private static final java.util.regex.Pattern NOT_LETTERS = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final String WORD = "w:";
    /** ال (al-), the article written joined to a family name. */
    private static final String ARTICLE = "\u0627\u0644";
    private static final String SKELETON = "s:";

    /** The words of a name with Arabic spellings folded and Latin letters lower-cased; punctuation splits words. */
    static List<String> foldedWords(String name) {
        String folded = org.marsad.text.SpellingFolding.fold(name == null ? "" : name).toLowerCase(java.util.Locale.ROOT);
        return java.util.Arrays.stream(NOT_LETTERS.split(folded)).filter(w -> !w.isEmpty()).toList();
    }

    /** Whether every word of {@code query} is, by its key, a word of {@code name}. */
    public static boolean matches(Set<String> queryKeys, String name) {
        return !queryKeys.isEmpty() && of(name).containsAll(queryKeys);
    }
}
