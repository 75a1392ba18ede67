package org.marsad.link;

/**
 * Folds the spelling variants of Arabic-script names that recorders use interchangeably, one letter at a
 * time. It never stems: فاطمة (Fāṭima) keeps every root letter, only its final ة is folded.
 */
final class ArabicNameFolding {

    private ArabicNameFolding() {
    }

    /**
     * The fold of one character: the replacement text, "" to drop it, or null to keep it as it is.
     * Read as a table, letter by letter.
     */
    static String fold(char c) {
        return switch (c) {
            // alef with hamza above/below, alef with madda, alef wasla (أ إ آ ٱ) → bare alef ا
            case '\u0623', '\u0625', '\u0622', '\u0671' -> "\u0627";
            // waw with hamza ؤ → waw و (سؤال / سوال)
            case '\u0624' -> "\u0648";
            // yeh with hamza ئ → yeh ي (عائشة / عايشة)
            case '\u0626' -> "\u064A";
            // lone hamza ء is often left out (ضياء / ضيا)
            case '\u0621' -> "";
            // teh marbuta ة → heh ه (فاطمة / فاطمه)
            case '\u0629' -> "\u0647";
            // alef maksura ى → yeh ي (مصطفى / مصطفي); Persian yeh ی and kaf ک → Arabic forms
            case '\u0649', '\u06CC' -> "\u064A";
            case '\u06A9' -> "\u0643";
            // tatweel ـ (kashida, a stretching stroke) carries no letter
            case '\u0640' -> "";
            // harakat (short-vowel marks: fatḥa, ḍamma, kasra, tanwīn, shadda, sukūn) and dagger alef
            case '\u064B', '\u064C', '\u064D', '\u064E', '\u064F', '\u0650', '\u0651', '\u0652',
                 '\u0653', '\u0654', '\u0655', '\u0670' -> "";
            default -> null;
        };
    }

    /** The folded form of a text; characters outside the table are kept. */
    static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String folded = fold(c);
            if (folded == null) {
                out.append(c);
            } else {
                out.append(folded);
            }
        }
        return out.toString();
    }

    static boolean isArabicLetter(char c) {
        return c >= '\u0600' && c <= '\u06FF';
    }
}
