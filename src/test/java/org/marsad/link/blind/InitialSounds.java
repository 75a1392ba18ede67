package org.marsad.link.blind;

import java.util.Locale;
import java.util.Map;

/**
 * Whether an Arabic word and a Latin word begin with the same sound, to keep a list's English words that
 * were counted out of step with its Arabic ones from being learned as their spellings.
 */
final class InitialSounds {
    private static final String VOWELS = "aeiouy";
    /** The Latin letters each Arabic first letter is written with; vowel-initial letters take any vowel. */
    private static final Map<Character, String> LATIN = Map.ofEntries(
            Map.entry('ا', VOWELS), Map.entry('أ', VOWELS), Map.entry('إ', VOWELS), Map.entry('آ', VOWELS),
            Map.entry('ع', VOWELS), Map.entry('ء', VOWELS), Map.entry('ب', "bp"), Map.entry('ت', "t"),
            Map.entry('ث', "ts"), Map.entry('ج', "jg"), Map.entry('ح', "h"), Map.entry('خ', "k"),
            Map.entry('د', "d"), Map.entry('ذ', "dz"), Map.entry('ر', "r"), Map.entry('ز', "z"),
            Map.entry('س', "s"), Map.entry('ش', "s"), Map.entry('ص', "s"), Map.entry('ض', "d"),
            Map.entry('ط', "t"), Map.entry('ظ', "dz"), Map.entry('غ', "g"), Map.entry('ف', "f"),
            Map.entry('ق', "qkg"), Map.entry('ك', "k"), Map.entry('ل', "l"), Map.entry('م', "m"),
            Map.entry('ن', "n"), Map.entry('ه', "h"), Map.entry('و', "w" + VOWELS), Map.entry('ي', "y" + VOWELS));

    private InitialSounds() {
    }

    static boolean agree(String arabic, String latin) {
        String a = arabic;
        String l = latin.toLowerCase(Locale.ROOT);
        if (!a.startsWith("ال") && l.matches("(al|el)[ -].*")) {
            return false;
        }
        if (a.startsWith("ال") && a.length() > 2) {
            // the article may be written (Al-, El-, As-Sayed with the sun letter) or left out
            a = a.substring(2);
            l = l.replaceFirst("^(al|el|a[dnrstz]h?)[ -]", "");
        }
        if (a.isEmpty() || l.isEmpty()) {
            return false;
        }
        String allowed = LATIN.get(a.charAt(0));
        // a spelling far longer than the word is another name ("Momenzadeh" for مؤمن)
        return allowed != null && allowed.indexOf(l.charAt(0)) >= 0 && l.length() <= 2 * a.length() + 1;
    }
}
