package org.marsad.link.name;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An Arabic spelling that came back from Latin (double transliteration): a list compiled from English
 * reports, retyped in Arabic by someone who never saw the names in Arabic, writes صالح as ساليه (Saleh),
 * محمد as موهاميد or مهمد (Mohamed), الحسن as الهاسن (al-Hasan). The Latin had no emphatic letters, no ح
 * apart from ه, no ع, and short vowels the retyper wrote as long letters or left out. Such a spelling is
 * read as Latin again, its ا, و and ي as the vowels a, u, i, and compared with the other spelling as a
 * Latin spelling is ({@link LatinReading#writesLongVowelsOf}): موهاميد writes محمد, not محمود, whose و
 * it lacks. Only for a spelling that is no name (in no list of names, seen fewer than
 * {@link NameLexicon#ESTABLISHED} times or written only in lists back from Latin, {@link NamePart#retyped}) beside one at least {@link #RATIO} times as common or a name
 * people bear: حلا and هلا, both names, stay two sisters.
 */
public final class BackFromLatin {

    /** How many times commoner the spelling it came back from must be, when that is no known name. */
    static final int RATIO = 3;

    private static final Map<Character, String> LETTERS = Map.ofEntries(
            Map.entry('ب', "b"), Map.entry('ت', "t"), Map.entry('ث', "th"), Map.entry('ج', "j"), Map.entry('ح', "h"),
            Map.entry('خ', "kh"), Map.entry('د', "d"), Map.entry('ذ', "dh"), Map.entry('ر', "r"), Map.entry('ز', "z"),
            Map.entry('س', "s"), Map.entry('ش', "sh"), Map.entry('ص', "s"), Map.entry('ض', "d"), Map.entry('ط', "t"),
            Map.entry('ظ', "z"), Map.entry('غ', "gh"), Map.entry('ف', "f"), Map.entry('ق', "q"), Map.entry('ك', "k"),
            Map.entry('ل', "l"), Map.entry('م', "m"), Map.entry('ن', "n"), Map.entry('ه', "h"),
            Map.entry('ا', "a"), Map.entry('أ', "a"), Map.entry('إ', "i"), Map.entry('آ', "a"), Map.entry('ى', "a"),
            Map.entry('ة', "a"), Map.entry('ء', ""), Map.entry('ئ', ""), Map.entry('ؤ', ""));

    /** Latin readings made, by Arabic spelling: the pairs that reach this test repeat their spellings. */
    private static final ConcurrentHashMap<String, NamePart> READ = new ConcurrentHashMap<>();

    private BackFromLatin() {
    }

    /** Whether one of two Arabic spellings of one loose skeleton came back from Latin as the other. */
    public static boolean sameName(NamePart x, NamePart y) {
        if (!x.looseSkeleton().equals(y.looseSkeleton())) {
            return false;
        }
        if (x.looseSkeleton().length() < 2 && !(shortWithItsLetters(x, y) || shortWithItsLetters(y, x))) {
            // one consonant and glides: too many names are written so, unless a list back from Latin
            // writes the very letters of a name (ديه for ضياء, وافه for وفاء)
            return false;
        }
        return cameBackAs(x, y) || cameBackAs(y, x);
    }

    private static boolean shortWithItsLetters(NamePart retyped, NamePart name) {
        return retyped.retyped() == Retyping.BACK && retyped.skeleton().equals(name.skeleton());
    }

    private static boolean cameBackAs(NamePart retyped, NamePart name) {
        // a spelling written only in lists back from Latin may be written often: the retyper writes a common
        // name the same way again and again (فتمه for فاطمة)
        if (retyped.count() >= NameLexicon.ESTABLISHED && retyped.retyped() == Retyping.NONE || KnownNames.GIVEN.contains(retyped.spelling())
                || retyped.kinship() || name.kinship()) {
            return false;
        }
        if (!KnownNames.GIVEN.contains(name.spelling()) && name.count() < RATIO * Math.max(1, retyped.count())) {
            return false;
        }
        NamePart latin = READ.computeIfAbsent(retyped.spelling(), s -> NamePart.of(latinReading(s)));
        return LatinReading.writesLongVowelsOf(latin, name)
                || retyped.retyped() == Retyping.BACK_WITHOUT_LONG_VOWELS && leavesOutLongVowels(retyped.skeleton(), name.skeleton());
    }

    /**
     * Whether a skeleton is another with some of its long vowels (w, y) left out, never its first letter:
     * Latin writes a long vowel with the letter of a short one (Ibrahim, Khadija), which the retyper
     * leaves out as often as he writes it (ابرهم, خادجه).
     */
    static boolean leavesOutLongVowels(String shorter, String skeleton) {
        if (shorter.length() >= skeleton.length() || shorter.isEmpty() || shorter.charAt(0) != skeleton.charAt(0)) {
            return false;
        }
        int j = 0;
        for (int i = 0; i < skeleton.length(); i++) {
            char letter = skeleton.charAt(i);
            if (j < shorter.length() && shorter.charAt(j) == letter) {
                j++;
            } else if (letter != 'w' && letter != 'y') {
                return false;
            }
        }
        return j == shorter.length();
    }

    /**
     * An Arabic spelling read as the Latin it came from: و and ي as the vowels u and i inside a word and
     * as w and y where they open it, ا as a; h kept apart from a consonant before it (س then ه is not ش).
     */
    static String latinReading(String arabic) {
        StringBuilder out = new StringBuilder(arabic.length() + 4);
        for (int i = 0; i < arabic.length(); i++) {
            char c = arabic.charAt(i);
            String letters;
            if (c == 'و' || c == 'ي') {
                letters = i == 0 ? (c == 'و' ? "w" : "y") : c == 'و' ? "u" : "i";
            } else if (c == 'ع') {
                // ʿayn opens a name as a vowel (Ammar, Omar) and is left out inside one (Saeed)
                letters = i == 0 ? "a" : "";
            } else {
                letters = LETTERS.getOrDefault(c, "");
            }
            if (letters.equals("h") && out.length() > 0 && "aeiou".indexOf(out.charAt(out.length() - 1)) < 0) {
                out.append('-');
            }
            out.append(letters);
        }
        return out.toString();
    }
}
