package org.marsad.text;

/**
 * Folds the spelling variants of Arabic that carry no meaning for matching words, one letter at a time
 * (so a word keeps its shape): diacritics and tatweel are dropped, hamza-carrying alefs become a bare
 * alef, alef maqsura becomes ya, the Persian keyboard's look-alike letters become the Arabic ones, Latin
 * letters become lower case. Ta marbuta (ة) is kept: it separates
 * مواطن (muwāṭin, citizen) from مواطنة (muwāṭina, woman citizen).
 */
public final class ArabicNormalizer {

    private ArabicNormalizer() {
    }

    /** The normalized form of {@code text[from, to)}. */
    public static String normalize(CharSequence text, int from, int to) {
        StringBuilder out = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!isIgnorable(c)) {
                out.append(fold(c));
            }
        }
        return out.toString();
    }

    public static String normalize(CharSequence text) {
        return normalize(text, 0, text.length());
    }

    /**
     * Marks that do not change which word it is: harakat and tanwin (U+064B–U+065F), the dagger alef
     * (U+0670) and tatweel (ـ U+0640, the stretching stroke of "الـ").
     */
    static boolean isIgnorable(char c) {
        return (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640';
    }

    static char fold(char c) {
        switch (c) {
            case '\u0623': // أ alef with hamza above
            case '\u0625': // إ alef with hamza below
            case '\u0622': // آ alef with madda
            case '\u0671': // ٱ alef wasla
                return '\u0627'; // ا
            case '\u0649': // ى alef maqsura
            // Arabic typed on a Persian or Urdu keyboard: the letters look the same, the code points differ
            // ("مدنیاً" with Farsi yeh is مدنياً), and a report so typed matched no word at all
            case '\u06CC': // ی farsi yeh
            case '\u06D2': // ے yeh barree
                return '\u064A'; // ي
            case '\u06A9': // ک keheh
                return '\u0643'; // ك
            case '\u06BE': // ھ heh doachashmee
            case '\u06C1': // ہ heh goal
                return '\u0647'; // ه
            case '\u06C0': // ۀ heh with yeh above (Persian ezafe on ta marbuta words)
                return '\u0629'; // ة
            default:
                return c < 128 ? Character.toLowerCase(c) : c;
        }
    }
}
