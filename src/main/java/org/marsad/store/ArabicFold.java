package org.marsad.store;

/**
 * Folds the spellings of an Arabic name that writers use interchangeably, so that a search finds them
 * all: hamza forms of alif (أ إ آ ٱ → ا), taa marbuta (ة → ه), alif maqsura (ى → ي), short-vowel marks
 * (tashkeel, U+064B–U+0652) and the superscript alif (U+0670) removed, tatweel (ـ, the stretching
 * stroke) removed; Latin letters lower-cased. The {@code text} and {@code link} packages will provide the
 * shared normalizer; this one serves the victim search until then.
 */
final class ArabicFold {
    private ArabicFold() {
    }

    static String fold(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case 'أ', 'إ', 'آ', 'ٱ' -> out.append('ا');
                case 'ة' -> out.append('ه');
                case 'ى' -> out.append('ي');
                case 'ـ' -> { }
                default -> {
                    if ((c >= '\u064B' && c <= '\u0652') || c == '\u0670') {
                        continue;
                    }
                    out.append(Character.toLowerCase(c));
                }
            }
        }
        return out.toString().replaceAll("\\s+", " ").trim();
    }
}
