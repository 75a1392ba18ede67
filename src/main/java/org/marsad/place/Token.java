package org.marsad.place;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.marsad.text.SpellingFolding;

/**
 * A word of a place mention: as written, and folded for matching (Arabic letters by
 * {@link SpellingFolding}, Latin letters lower-cased without diacritics or apostrophes). Its readings are
 * worked out once: the parser asks for them at every step (place word? direction? name?), and building them
 * anew each time was a tenth of the resolver's time.
 */
final class Token {
    private final String raw;
    private final String folded;
    private final List<String> readings;

    Token(String raw, String folded) {
        this.raw = raw;
        this.folded = folded;
        this.readings = readingsOf(folded);
    }

    String raw() {
        return raw;
    }

    String folded() {
        return folded;
    }

    private static final Pattern POSSESSIVE_S = Pattern.compile("(?<=\\p{L})['’]s\\b");
    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    /** Splits text into words at spaces, hyphens and punctuation; "Raqqa's" loses its "'s". */
    static List<Token> split(String text) {
        String s = POSSESSIVE_S.matcher(text).replaceAll("");
        List<Token> tokens = new ArrayList<>();
        StringBuilder folded = new StringBuilder();
        int start = -1;
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            if (isSilent(c)) {
                continue;
            }
            String replacement = SpellingFolding.fold(c);
            if (replacement != null || Character.isLetterOrDigit(c)) {
                start = start < 0 ? i : start;
                folded.append(replacement != null ? replacement : latin(c));
            } else if (start >= 0) {
                if (folded.length() > 0) {
                    tokens.add(new Token(s.substring(start, i), folded.toString()));
                }
                folded.setLength(0);
                start = -1;
            }
        }
        return tokens;
    }

    /** Marks that join rather than split a word: apostrophes and ayn signs (Dar'a, ‘Ayn), diacritics, format marks. */
    private static boolean isSilent(char c) {
        return "'’‘`ʿʾʼ′".indexOf(c) >= 0
                || Character.getType(c) == Character.NON_SPACING_MARK && !SpellingFolding.isArabic(c)
                || Character.getType(c) == Character.FORMAT;
    }

    /** A letter no Arabic rule touches: Arabic as it is; Latin lower-cased, its diacritics dropped (ḩ → h). */
    private static String latin(char c) {
        if (c < 0x80) {
            return String.valueOf(Character.toLowerCase(c));
        }
        if (SpellingFolding.isArabic(c)) {
            return String.valueOf(c);
        }
        return MARKS.matcher(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
    }

    boolean isArabic() {
        return SpellingFolding.isArabic(folded.charAt(0));
    }

    /** The ways to read this word (see {@link #readingsOf}). */
    List<String> readings() {
        return readings;
    }

    /**
     * The ways to read this word: as written, then without the proclitics that attach to Arabic words —
     * و (wa, "and") or ف (fa, "so"), then ب (bi, "in"), ل (li, "to/of") or ك (ka, "like"); لل (lil) before
     * a name is ل + ال (the article whose alif is dropped): للرقة → الرقه.
     */
    private static List<String> readingsOf(String folded) {
        if (!SpellingFolding.isArabic(folded.charAt(0))) {
            return List.of(folded);
        }
        List<String> readings = new ArrayList<>(3);
        readings.add(folded);
        String word = folded;
        if (word.length() > 2 && (word.charAt(0) == 'و' || word.charAt(0) == 'ف')) {
            word = word.substring(1);
            readings.add(word);
        }
        if (word.length() > 2 && "بلك".indexOf(word.charAt(0)) >= 0) {
            if (word.startsWith("لل")) {
                readings.add("ال" + word.substring(2));
            }
            readings.add(word.substring(1));
        }
        return List.copyOf(readings);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Token t && raw.equals(t.raw) && folded.equals(t.folded);
    }

    @Override
    public int hashCode() {
        return raw.hashCode() * 31 + folded.hashCode();
    }

    @Override
    public String toString() {
        return raw;
    }
}
