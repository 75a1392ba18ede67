package org.marsad.link.name;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The lists whose Arabic names came back from Latin ({@link BackFromLatin}): retyped from an English list
 * by someone who never saw the names in Arabic, such a list writes no emphatic letter (ص ض ط ظ), which
 * Latin has no letters for, where lists written in Arabic write one in many names (مصطفى, فاطمة, صالح,
 * طارق, المصري). Read from the lists themselves, never from a list's name: a list of at least
 * {@link #FEWEST_WORDS} Arabic name words is back from Latin when its share of words with an emphatic
 * letter is under {@link #SHARE_RATIO} of the other lists'. A spelling written only in such lists is a
 * spelling back from Latin however often it is written: the retyper writes a common name the same way
 * again and again (فتمه for فاطمة, هاسان for حسن).
 */
final class BackFromLatinLists {

    /** Fewest Arabic name words of a list, and of the other lists, to read a share from. */
    static final int FEWEST_WORDS = 100;

    /** How much rarer emphatic letters must be in a list than in the others for it to be back from Latin. */
    static final double SHARE_RATIO = 0.1;

    private BackFromLatinLists() {
    }

    /**
     * The Arabic spellings written only in lists back from Latin.
     *
     * @param names   each record's name tokens ({@link NameTokens#of})
     * @param sources each record's list, or null
     */
    static Set<String> spellingsOnlyThere(List<List<String>> names, List<String> sources) {
        Map<String, int[]> byList = new HashMap<>(); // list -> {Arabic words, words with an emphatic letter}
        for (int i = 0; i < names.size(); i++) {
            int[] counts = byList.computeIfAbsent(String.valueOf(sources.get(i)), k -> new int[2]);
            for (String token : names.get(i)) {
                if (NameTokens.isArabicScript(token)) {
                    counts[0]++;
                    counts[1] += emphatic(token) ? 1 : 0;
                }
            }
        }
        Set<String> retyped = new HashSet<>();
        byList.forEach((list, counts) -> {
            long otherWords = byList.values().stream().mapToLong(c -> c[0]).sum() - counts[0];
            long otherEmphatic = byList.values().stream().mapToLong(c -> c[1]).sum() - counts[1];
            if (counts[0] >= FEWEST_WORDS && otherWords >= FEWEST_WORDS && otherEmphatic > 0
                    && (double) counts[1] / counts[0] < SHARE_RATIO * otherEmphatic / otherWords) {
                retyped.add(list);
            }
        });
        if (retyped.isEmpty()) {
            return Set.of();
        }
        Set<String> there = new HashSet<>();
        Set<String> elsewhere = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            Set<String> into = retyped.contains(String.valueOf(sources.get(i))) ? there : elsewhere;
            for (String token : names.get(i)) {
                if (NameTokens.isArabicScript(token)) {
                    into.add(token);
                    into.add(PersonName.withoutArticle(token));
                }
            }
        }
        there.removeAll(elsewhere);
        return Set.copyOf(there);
    }

    /** Whether a word holds one of the emphatic letters Latin writes as plain ones: ص ض ط ظ. */
    static boolean emphatic(String token) {
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c == 'ص' || c == 'ض' || c == 'ط' || c == 'ظ') {
                return true;
            }
        }
        return false;
    }
}
