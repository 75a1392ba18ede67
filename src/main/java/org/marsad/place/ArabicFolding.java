package org.marsad.place;

import java.util.List;

/**
 * The spellings of Arabic letters that writers use interchangeably in place names, folded to one form.
 * The table reads top to bottom; each rule names the letters it touches and an example. Like Lucene's
 * {@code ArabicNormalizer}, but kept to place names inside this package until {@code org.marsad.text}
 * offers a shared normalizer.
 */
final class ArabicFolding {

    /** Every letter of {@code from} becomes {@code to}; an empty {@code to} drops the letter. */
    record Rule(String from, String to, String example) {
    }

    static final List<Rule> RULES = List.of(
            // أ إ آ ٱ: alif with hamza above, hamza below, madda, wasla → ا bare alif
            new Rule("\u0623\u0625\u0622\u0671", "\u0627", "إدلب → ادلب"),
            // ة taa marbuta (tied t) → ه haa, as much informal typing writes it
            new Rule("\u0629", "\u0647", "حماة → حماه"),
            // ى alif maqsura → ي yaa; the two are swapped freely
            new Rule("\u0649", "\u064A", "نوى → نوي"),
            // ؤ waw with hamza → و waw
            new Rule("\u0624", "\u0648", "مؤته → موته"),
            // ئ yaa with hamza → ي yaa
            new Rule("\u0626", "\u064A", "بئر → بير"),
            // ء hamza on the line is dropped: final hamza is often left unwritten
            new Rule("\u0621", "", "السويداء → السويدا"),
            // tashkeel: fathatan, dammatan, kasratan, fatha, damma, kasra, shadda, sukun, dagger alif
            new Rule("\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0670", "", "كنّسبّا → كنسبا"),
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

    private ArabicFolding() {
    }

    /** The replacement of {@code c} ("" to drop it), or null when no rule touches it. */
    static String fold(char c) {
        int i = c - BLOCK_START;
        return i >= 0 && i < TABLE.length ? TABLE[i] : null;
    }

    static boolean isArabic(char c) {
        return c >= BLOCK_START && c < BLOCK_START + TABLE.length;
    }
}
