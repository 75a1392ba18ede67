package org.marsad.text;

import java.util.List;

/**
 * The spellings of Arabic letters that writers use interchangeably in names of persons and places,
 * folded to one form, one letter at a time. Like Lucene's {@code ArabicNormalizer}, but it also folds the
 * hamza carriers (ؤ ئ ء) and taa marbuta, which names are written with and without. It never stems:
 * فاطمة keeps every root letter, only its final ة is folded. The table reads top to bottom; each rule
 * names the letters it touches and an example. Report text is read with {@link ArabicNormalizer}, which
 * keeps ة (مواطن, a citizen, is not مواطنة, a woman citizen).
 */
public final class SpellingFolding {

    /** Every letter of {@code from} becomes {@code to}; an empty {@code to} drops the letter. */
    public record Rule(String from, String to, String example) {
    }

    public static final List<Rule> RULES = List.of(
            // أ إ آ ٱ: alif with hamza above, hamza below, madda, wasla → ا bare alif
            new Rule("\u0623\u0625\u0622\u0671", "\u0627", "إدلب → ادلب"),
            // ة taa marbuta (tied t) → ه haa, as much informal typing writes it
            new Rule("\u0629", "\u0647", "فاطمة → فاطمه"),
            // ى alif maqsura → ي yaa; the two are swapped freely
            new Rule("\u0649", "\u064A", "مصطفى → مصطفي"),
            // ؤ waw with hamza → و waw
            new Rule("\u0624", "\u0648", "مؤته → موته"),
            // ئ yaa with hamza → ي yaa
            new Rule("\u0626", "\u064A", "عائشة → عايشه"),
            // ء hamza on the line is dropped: final hamza is often left unwritten
            new Rule("\u0621", "", "ضياء → ضيا"),
            // tashkeel: fathatan, dammatan, kasratan, fatha, damma, kasra, shadda, sukun, maddah and
            // hamza above or below as marks, dagger alif
            new Rule("\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0653\u0654\u0655\u0670", "",
                    "مُحَمَّد → محمد"),
            // ـ tatweel (kashida), the stroke that only stretches a word
            new Rule("\u0640", "", "الرقــة → الرقه"),
            // Persian and Kurdish letters in Kurdish names: ک keheh → ك kaf, ی ێ yeh → ي, ە ae → ه, ۆ oe → و
            new Rule("\u06A9", "\u0643", "کوبانی → كوباني"),
            new Rule("\u06CC\u06CE", "\u064A", "کۆبانێ → كوباني"),
            new Rule("\u06D5", "\u0647", "سەری → سهري"),
            new Rule("\u06C6", "\u0648", "کۆبانی → كوباني"));

    private static final int BLOCK_START = 0x0600;
    private static final String[] TABLE = new String[0x100];

    static {
        for (Rule rule : RULES) {
            rule.from().chars().forEach(c -> TABLE[c - BLOCK_START] = rule.to());
        }
    }

    private SpellingFolding() {
    }

    /** The replacement of {@code c} ("" to drop it), or null when no rule touches it. */
    public static String fold(char c) {
        int i = c - BLOCK_START;
        return i >= 0 && i < TABLE.length ? TABLE[i] : null;
    }

    /** The folded form of a text; characters no rule touches are kept as they are. */
    public static String fold(String text) {
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

    /** Whether a character is of the Arabic block (U+0600–U+06FF). */
    public static boolean isArabic(char c) {
        return c >= BLOCK_START && c < BLOCK_START + TABLE.length;
    }
}
