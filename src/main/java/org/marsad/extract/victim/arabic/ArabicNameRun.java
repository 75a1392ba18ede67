package org.marsad.extract.victim.arabic;

import java.util.List;
import java.util.Set;
import org.marsad.text.Token;

/**
 * The name-shaped run of Arabic words that starts (or ends) at a token: up to six words none of which
 * is a function word, casualty word, role noun or place noun, with the particles that join the next word
 * (عبد الله، أبو عرار، بن محمد). A kunya appended after a family name (بشار الترك أبو عرب) is an alias and
 * left out of the name.
 */
final class ArabicNameRun {

    static final int MAX_WORDS = 6;

    private ArabicNameRun() {
    }

    static boolean isNameWord(Token t, boolean first) {
        if (!t.isWord()) {
            return false;
        }
        String w = t.norm();
        if (w.length() < 2 || !isArabicLetter(w.charAt(0))) {
            return false;
        }
        if (w.length() >= 5 && (w.endsWith("تان") || w.endsWith("تين"))) {
            return false; // a feminine dual ("قابلتان", two midwives; "ممرضتين"), which no name ends in
        }
        if (!first && w.length() > 4 && w.startsWith("بال")) {
            return false; // "نمر بالعلم" (Nimr, with the flag): ب and the article, a phrase after the name
        }
        if (!first && w.charAt(0) == 'و' && !ArabicWords.WAW_NAMES.contains(w) && w.length() > 2) {
            return false;
        }
        if (first && w.charAt(0) == 'و' && w.length() > 3 && !ArabicWords.WAW_NAMES.contains(w)) {
            // "وحمزة": the conjunction and a name
            String rest = w.substring(1);
            return !ArabicWords.isStop(rest) && !ArabicWords.isStop(w) && opensName(rest);
        }
        return !ArabicWords.isStop(w) && (!first || opensName(w));
    }

    /**
     * A name's first word: not the article ال (a family name alone is how reports refer back, not how they
     * name), and not ب/ل/ك (by, for, like) written against a noun (بجوار، للطفل، بثلاثة).
     */
    private static boolean firstWordShape(String w) {
        if (w.startsWith("ال") && w.length() > 3 && !HAMZA_AL_NAMES.contains(w)) {
            return false;
        }
        char c = w.charAt(0);
        if (!(c == 'ب' || c == 'ل' || c == 'ك') || w.length() <= 3 || ArabicWords.PREPOSITION_NAMES.contains(w)) {
            return true;
        }
        String rest = w.substring(1);
        return !rest.startsWith("ال") && !ArabicWords.isStop(rest);
    }

    /**
     * Given names that begin with آل، أل or إل, which folding writes like the article ال: آلاء، إلياس، إلهام،
     * ألفت، إلين. Without them a list item "إلين جهاد البكري" was read as a family name and dropped.
     */
    private static final Set<String> HAMZA_AL_NAMES = Set.of("الاء", "الياس", "الهام", "الفت",
            "الين", "الينا", "الما", "الطاف", "الماس", "الق", "الفة", "الفه");

    /** Titles that are also family names: السيد (the master, a descendant of the Prophet), الشيخ (the elder). */
    private static final Set<String> FAMILY_TITLES = Set.of("السيد", "الشيخ");

    static boolean isArabicLetter(char c) {
        return c >= '\u0620' && c <= '\u064A' || c >= '\u066E' && c <= '\u06D3';
    }

    /** The end (exclusive) of the run starting at {@code from}, or {@code from} when no name starts there. */
    static int forward(List<Token> tokens, int from) {
        int j = from;
        int words = 0;
        int n = tokens.size();
        while (j < n && words < MAX_WORDS) {
            Token t = tokens.get(j);
            if (t.isWord() && ArabicWords.JOINERS.contains(t.norm()) && j + 1 < n && tokens.get(j + 1).isWord()
                    && !ArabicWords.isStop(tokens.get(j + 1).norm()) || t.isWord() && t.is("عبد") && j + 1 < n
                    && tokens.get(j + 1).is("الله")) {
                if (words > 0 && isKunya(tokens, from, j)) {
                    break;
                }
                j += 2;
                words++;
                continue;
            }
            if (words >= 2 && t.is("الشيخ") && j + 1 < n && isNameWord(tokens.get(j + 1), false)
                    && !ArabicWords.TITLES.containsKey(tokens.get(j + 1).norm())) {
                // "علي محسن الشيخ علي": الشيخ after a given and a father's name opens a family name
                j += 2;
                words++;
                continue;
            }
            if (words >= 1 && FAMILY_TITLES.contains(t.norm()) && (j + 1 >= n || !isNameWord(tokens.get(j + 1), false))) {
                // "راغب السيد" (Ragheb al-Sayyid), "محمد الشيخ": a title after a given name, with no name after
                // it to be the title of, is the family name
                j++;
                words++;
                break;
            }
            if (!isNameWord(t, j == from) && !(words > 0 && t.isWord() && t.is("الله")) || isAla(tokens, j)
                    || Ages.possessed(tokens, j) != null) {
                break;
            }
            j++;
            words++;
        }
        return j;
    }

    /** على before يد, أيدي, الفور...: the preposition, not the name علي. */
    static boolean isAla(List<Token> tokens, int j) {
        return tokens.get(j).is("علي") && j + 1 < tokens.size() && tokens.get(j + 1).isWord()
                && ArabicWords.AFTER_ALA.contains(tokens.get(j + 1).norm());
    }

    /**
     * A word that cannot open a name: a noun with a possessive ending (ركابها، عائلتهم) or the shape
     * {@link #firstWordShape} rules out.
     */
    static boolean opensName(String w) {
        if (w.charAt(0) == 'و' && w.length() > 3 && !ArabicWords.WAW_NAMES.contains(w)) {
            w = w.substring(1);
        }
        if (possessed(w)) {
            return false;
        }
        return firstWordShape(w);
    }

    /** A noun with a possessive ending (ركابها، عائلتهم، خلالها): her, their; no name ends so. */
    private static boolean possessed(String w) {
        return w.length() >= 5 && (w.endsWith("ها") || w.endsWith("هم") || w.endsWith("هما"));
    }

    /** The end of the name in [from, to) without a kunya after its family name ("X الترك أبو عرب" ends at أبو). */
    static int withoutKunya(List<Token> tokens, int from, int to) {
        for (int j = from + 2; j < to; j++) {
            if (isKunya(tokens, from, j)) {
                return j;
            }
        }
        return to;
    }

    /** A kunya after a family name (الترك أبو عرب) is an alias, not more of the name. */
    private static boolean isKunya(List<Token> tokens, int from, int at) {
        String w = tokens.get(at).norm();
        if (!(w.equals("ابو") || w.equals("ام"))) {
            return false;
        }
        String before = tokens.get(at - 1).norm();
        // "عبد الحميد أبو مساعد": the word with ال after عبد ends a compound given name, not a family name
        boolean compound = at - 2 >= from && tokens.get(at - 2).is("عبد");
        return at - 1 > from && before.startsWith("ال") && !before.equals("الله") && !before.startsWith("الدين")
                && !compound;
    }

    /** The start of the run that ends just before {@code end}, or {@code end} when no name ends there. */
    static int backward(List<Token> tokens, int end) {
        int j = end;
        int words = 0;
        while (j > 0 && words < MAX_WORDS) {
            Token t = tokens.get(j - 1);
            if (j - 2 >= 0 && tokens.get(j - 2).isWord() && ArabicWords.JOINERS.contains(tokens.get(j - 2).norm())
                    && t.isWord()) {
                j -= 2;
                words++;
                continue;
            }
            if (!t.isWord() || t.norm().length() < 2 || !isArabicLetter(t.norm().charAt(0))) {
                break;
            }
            String w = t.norm();
            if (possessed(w)) {
                break; // "اندلعت خلالها المواجهات التي أسفرت عن استشهاد": a noun with its pronoun is in no name
            }
            boolean conjoined = w.charAt(0) == 'و' && !ArabicWords.WAW_NAMES.contains(w) && w.length() > 3;
            if (conjoined ? ArabicWords.isStop(w.substring(1)) || ArabicWords.isStop(w) : ArabicWords.isStop(w)) {
                break;
            }
            j--;
            words++;
            if (conjoined || ArabicNameRun.isAla(tokens, j)) {
                break;
            }
        }
        while (j < end && !(tokens.get(j).isWord() && opensName(tokens.get(j).norm()))) {
            j++;
        }
        return j;
    }
}
