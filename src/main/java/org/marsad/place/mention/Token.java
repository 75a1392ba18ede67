package org.marsad.place.mention;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.marsad.place.name.NameKeys;
import org.marsad.text.SpellingFolding;

/**
 * A word of a place mention: as written, and folded for matching (Arabic letters by
 * {@link SpellingFolding}, Latin letters lower-cased without diacritics or apostrophes). Its readings are
 * worked out once: the parser asks for them at every step (place word? direction? name?), and building them
 * anew each time was a tenth of the resolver's time.
 */
public final class Token {
    private final String raw;
    private final String folded;
    private final List<String> readings;
    /** Each reading without its article ({@link NameKeys#bareWord}), in the order of {@link #readings}. */
    private final String[] bareReadings;
    /** What the word is on its own (place word, direction …), worked out at the parser's first question. */
    private WordGrammar grammar;

    Token(String raw, String folded) {
        this.raw = raw;
        this.folded = folded;
        this.readings = readingsOf(folded);
        this.bareReadings = new String[readings.size()];
        for (int i = 0; i < bareReadings.length; i++) {
            bareReadings[i] = NameKeys.bareWord(readings.get(i));
        }
    }

    public String raw() {
        return raw;
    }

    public String folded() {
        return folded;
    }

    private static final Pattern POSSESSIVE_S = Pattern.compile("(?<=\\p{L})['’]s\\b");
    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    /**
     * Tokens already made, by the word as written: the words of mentions repeat (قرية، بريف، the governorates,
     * a batch's towns), and a token's readings are worked out once per distinct word, not once per mention.
     * About 200 bytes a word; 16,384 words a generation.
     */
    private static final Memo<String, Token> MADE = new Memo<>(16_384);
    /** Longer runs of letters are no word of a place name (a pasted text without spaces): not kept. */
    private static final int LONGEST_KEPT = 40;

    /** Splits text into words at spaces, hyphens and punctuation; "Raqqa's" loses its "'s". */
    public static List<Token> split(String text) {
        List<Token> tokens = new ArrayList<>(4);
        scan(text, (s, start, end, folded, length) -> {
            String raw = s.substring(start, end);
            Token token = raw.length() > LONGEST_KEPT ? null : MADE.get(raw);
            if (token == null) {
                // the folded form is a function of the word as written, letter by letter: one token per word
                token = new Token(raw, new String(folded, 0, length));
                if (raw.length() <= LONGEST_KEPT) {
                    MADE.put(raw, token);
                }
            }
            tokens.add(token);
        });
        return tokens;
    }

    /**
     * The folded words of a text, as {@link #split} folds them, without the tokens' readings: the gazetteer
     * folds every one of its names at load, and needs only this.
     */
    public static List<String> foldedWords(String text) {
        List<String> words = new ArrayList<>(4);
        scan(text, (s, start, end, folded, length) -> words.add(new String(folded, 0, length)));
        return words;
    }

    /** A word found by {@link #scan}: {@code s[start, end)} as written, folded into {@code folded[0, length)}. */
    private interface WordSink {
        void accept(String s, int start, int end, char[] folded, int length);
    }

    /**
     * Finds the words of a text and folds them, a letter at a time through {@link #code}: one look in a table
     * of chars and one char written, as this runs for every mention before the compiler has made anything of
     * it (a string and a builder's append per letter were a fifth of a mention's interpreted work).
     */
    private static void scan(String text, WordSink word) {
        String s = text.indexOf('\'') < 0 && text.indexOf('’') < 0 ? text : POSSESSIVE_S.matcher(text).replaceAll("");
        int n = s.length();
        char[] folded = new char[n + 4];
        int length = 0;
        int start = -1;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? s.charAt(i) : ' ';
            char k = i < n ? code(c) : SEPARATOR;
            if (k == SILENT) {
                continue;
            }
            if (k != SEPARATOR) {
                start = start < 0 ? i : start;
                if (k == MANY) {
                    String letters = foldingOf(c);
                    if (length + letters.length() > folded.length) {
                        folded = java.util.Arrays.copyOf(folded, 2 * folded.length + letters.length());
                    }
                    letters.getChars(0, letters.length(), folded, length);
                    length += letters.length();
                } else if (k != DROPPED) {
                    if (length == folded.length) {
                        folded = java.util.Arrays.copyOf(folded, 2 * folded.length);
                    }
                    folded[length++] = k;
                }
            } else if (start >= 0) {
                if (length > 0) {
                    word.accept(s, start, i, folded, length);
                }
                length = 0;
                start = -1;
            }
        }
    }

    /** Codes of {@link #code} beside the folded letter itself: characters no name is folded to. */
    private static final char SEPARATOR = '\uFFFF';
    private static final char SILENT = '\uFFFE';
    /** A mark folding drops (tashkeel, tatweel, hamza on the line): part of the word, no letter of it. */
    private static final char DROPPED = '\uFFFD';
    /** A character that folds to more than one letter: its {@link #foldingOf} is asked each time. */
    private static final char MANY = '\uFFFC';

    /**
     * What a character adds to its word's folded form: the one letter it folds to, or {@link #SEPARATOR},
     * {@link #SILENT}, {@link #DROPPED} or {@link #MANY}. Worked out once per character below U+2000 and kept
     * (0 is "not yet"): a benign race, as every thread works out the same char.
     */
    private static char code(char c) {
        if (c >= CODES.length) {
            return codeOf(c);
        }
        char k = CODES[c];
        if (k == 0) {
            k = codeOf(c);
            CODES[c] = k;
        }
        return k;
    }

    private static final char[] CODES = new char[0x2000];

    private static char codeOf(char c) {
        String letters = foldingOf(c);
        if (letters == SEPARATOR_TEXT) {
            return SEPARATOR;
        }
        if (letters == SILENT_TEXT) {
            return SILENT;
        }
        if (letters.isEmpty()) {
            return DROPPED;
        }
        char only = letters.charAt(0);
        return letters.length() == 1 && only != 0 && only < MANY ? only : MANY;
    }

    /** {@link #foldingOf}'s answer for a character that splits words. Compared by identity. */
    private static final String SEPARATOR_TEXT = new String("|");
    /** {@link #foldingOf}'s answer for a character that joins rather than splits ({@link #isSilent}). */
    private static final String SILENT_TEXT = new String("");

    /**
     * What a character adds to its word's folded form ("" for an Arabic mark folding drops), or
     * {@link #SEPARATOR_TEXT} or {@link #SILENT_TEXT}.
     */
    private static String foldingOf(char c) {
        if (isSilent(c)) {
            return SILENT_TEXT;
        }
        String replacement = SpellingFolding.fold(c);
        if (replacement != null) {
            return replacement;
        }
        if (!Character.isLetterOrDigit(c)) {
            return SEPARATOR_TEXT;
        }
        return c < 0x80 ? String.valueOf(Character.toLowerCase(c)) : foldLetter(c);
    }

    /** Marks that join rather than split a word: apostrophes and ayn signs (Dar'a, ‘Ayn), diacritics, format marks. */
    private static boolean isSilent(char c) {
        return "'’‘`ʿʾʼ′".indexOf(c) >= 0
                || Character.getType(c) == Character.NON_SPACING_MARK && !SpellingFolding.isArabic(c)
                || Character.getType(c) == Character.FORMAT;
    }

    /** A letter beyond ASCII no Arabic rule touches: Arabic as it is; Latin lower-cased, its diacritics dropped (ḩ → h). */
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
    public List<String> readings() {
        return readings;
    }

    /**
     * What the word is on its own, over its readings ({@link WordGrammar#of}): once per distinct word,
     * as tokens are made once per word. A benign race: every thread works out an equal immutable record.
     */
    public WordGrammar grammar() {
        WordGrammar g = grammar;
        if (g == null) {
            g = WordGrammar.of(readings);
            grammar = g;
        }
        return g;
    }

    /** The reading {@code i} of {@link #readings} without its article: its piece of a name's bare key. */
    public String bareReading(int i) {
        return bareReadings[i];
    }

    /** The word as folded, without its article. */
    public String bare() {
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
