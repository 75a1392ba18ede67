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
    /** Each reading without its article ({@link NameKeys#bareWord}), in the order of {@link #readings}. */
    private final String[] bareReadings;

    Token(String raw, String folded) {
        this.raw = raw;
        this.folded = folded;
        this.readings = readingsOf(folded);
        this.bareReadings = new String[readings.size()];
        for (int i = 0; i < bareReadings.length; i++) {
            bareReadings[i] = NameKeys.bareWord(readings.get(i));
        }
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
        List<Token> tokens = new ArrayList<>();
        scan(text, (raw, folded) -> tokens.add(new Token(raw, folded)));
        return tokens;
    }

    /**
     * The folded words of a text, as {@link #split} folds them, without the tokens' readings: the gazetteer
     * folds every one of its names at load, and needs only this.
     */
    static List<String> foldedWords(String text) {
        List<String> words = new ArrayList<>(4);
        scan(text, (raw, folded) -> words.add(folded));
        return words;
    }

    private static void scan(String text, java.util.function.BiConsumer<String, String> word) {
        String s = text.indexOf('\'') < 0 && text.indexOf('’') < 0 ? text : POSSESSIVE_S.matcher(text).replaceAll("");
        StringBuilder folded = new StringBuilder();
        int start = -1;
        for (int i = 0; i <= s.length(); i++) {
            String letter = i < s.length() ? folding(s.charAt(i)) : SEPARATOR;
            if (letter == SILENT) {
                continue;
            }
            if (letter != SEPARATOR) {
                start = start < 0 ? i : start;
                folded.append(letter);
            } else if (start >= 0) {
                if (folded.length() > 0) {
                    word.accept(s.substring(start, i), folded.toString());
                }
                folded.setLength(0);
                start = -1;
            }
        }
    }

    /** A character that splits words (a space, a hyphen, punctuation). Compared by identity. */
    private static final String SEPARATOR = new String("|");
    /** A character that joins rather than splits ({@link #isSilent}). Compared by identity. */
    private static final String SILENT = new String("");

    /**
     * What a character adds to its word's folded form ("" for an Arabic mark folding drops), or
     * {@link #SEPARATOR} or {@link #SILENT}. Worked out once per character below U+2000 and kept: the
     * gazetteer folds some 15,000 names at load, still interpreted, and the tests this asked per letter
     * were most of that.
     */
    private static String folding(char c) {
        return remembered(FOLDINGS, c, Token::foldingOf);
    }

    private static final String[] FOLDINGS = new String[0x2000];

    private static String foldingOf(char c) {
        if (isSilent(c)) {
            return SILENT;
        }
        String replacement = SpellingFolding.fold(c);
        if (replacement != null) {
            return replacement;
        }
        if (!Character.isLetterOrDigit(c)) {
            return SEPARATOR;
        }
        return c < 0x80 ? String.valueOf(Character.toLowerCase(c)) : latin(c);
    }

    /** Marks that join rather than split a word: apostrophes and ayn signs (Dar'a, ‘Ayn), diacritics, format marks. */
    private static boolean isSilent(char c) {
        return "'’‘`ʿʾʼ′".indexOf(c) >= 0
                || Character.getType(c) == Character.NON_SPACING_MARK && !SpellingFolding.isArabic(c)
                || Character.getType(c) == Character.FORMAT;
    }

    /**
     * A letter beyond ASCII no Arabic rule touches: Arabic as it is; Latin lower-cased, its diacritics dropped
     * (ḩ → h). Worked out once per letter: names repeat the same few (ā, ḩ, ʿ), and decomposing each anew was
     * a third of what loading the gazetteer allocated.
     */
    private static String latin(char c) {
        return remembered(FOLDED_LETTERS, c, Token::foldLetter);
    }

    /** Letters below U+2000 (Latin, its extensions, Arabic) by code: where nearly all of a name's letters lie. */
    private static final String[] FOLDED_LETTERS = new String[0x2000];

    private interface CharRule {
        String apply(char c);
    }

    /** What {@code rule} makes of a character, kept in {@code table} for the characters it holds. */
    private static String remembered(String[] table, char c, CharRule rule) {
        if (c >= table.length) {
            return rule.apply(c);
        }
        String value = table[c];
        if (value == null) {
            value = rule.apply(c);
            table[c] = value; // a benign race: every thread computes the same immutable string
        }
        return value;
    }

    private static String foldLetter(char c) {
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

    /** The reading {@code i} of {@link #readings} without its article: its piece of a name's bare key. */
    String bareReading(int i) {
        return bareReadings[i];
    }

    /** The word as folded, without its article. */
    String bare() {
        return bareReadings[0];
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
