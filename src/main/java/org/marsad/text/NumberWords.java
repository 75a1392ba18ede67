package org.marsad.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads numbers written in words, in Arabic and in English, from a run of tokens.
 *
 * <p>Arabic forms are read in every gender and case: واحد/إحدى (wāḥid/iḥdā, one), اثنان/اثنين/اثنتا
 * (two), ثلاث/ثلاثة … عشر/عشرة, teens of two words (خمسة عشر, fifteen), tens in -ūn/-īn (عشرون/عشرين),
 * مئة/مائة (hundred) with its dual مئتان/مئتين and compounds ثلاثمئة or ثلاث مئة, ألف/ألفاً/آلاف
 * (thousand, thousands after 3–10) with its dual ألفان/ألفين, مليون, and their compounds joined by و
 * (wa, and): "مئة وخمسة وعشرون" is 125, "ألف وخمسمائة" is 1500; نصف/ربع (half, a quarter) before ألف or
 * مليون divide it: "ربع مليون" is 250,000. Vague plurals (عشرات, tens of; مئات,
 * hundreds of; آلاف alone, thousands of) are not numbers. English: one … nineteen, twenty … ninety,
 * hyphenated compounds, hundred, thousand, million, with "and".
 */
public final class NumberWords {

    /** A number read from {@code tokens[start, end)}; {@code conjoined} if its first word carried و (and). */
    public record Match(long value, int start, int end, boolean conjoined) {
    }

    private enum Kind { UNIT, TEEN, TEN, HUNDREDS, HUNDRED, DOZEN, TEEN_TEN, THOUSAND, THOUSANDS, MILLION, MILLIONS, LINK, HYPHEN }

    private record Word(long value, Kind kind) {
    }

    private static final Map<String, Word> WORDS = new HashMap<>();

    /** نصف (half) and ربع (quarter), with or without ال, by the number they divide a scale word by. */
    private static final Map<String, Long> FRACTIONS = Map.of(
            ArabicNormalizer.normalize("نصف"), 2L, ArabicNormalizer.normalize("النصف"), 2L,
            ArabicNormalizer.normalize("ربع"), 4L, ArabicNormalizer.normalize("الربع"), 4L);

    static {
        arabic();
        english();
    }

    private NumberWords() {
    }

    private static void put(Kind kind, long value, String... forms) {
        for (String form : forms) {
            WORDS.put(ArabicNormalizer.normalize(form), new Word(value, kind));
        }
    }

    private static void arabic() {
        put(Kind.UNIT, 1, "واحد", "واحداً", "واحدة", "أحد", "إحدى", "احدى");
        put(Kind.UNIT, 2, "اثنان", "اثنين", "اثنتان", "اثنتين", "اثنا", "اثني", "اثنتا", "اثنتي", "إثنان", "إثنين");
        String[][] units = {
            {"ثلاث", "ثلاثة"}, {"أربع", "أربعة"}, {"خمس", "خمسة"}, {"ست", "ستة"}, {"سبع", "سبعة"},
            {"ثمان", "ثماني", "ثمانية"}, {"تسع", "تسعة"}};
        for (int u = 0; u < units.length; u++) {
            put(Kind.UNIT, u + 3, units[u]);
            for (String stem : units[u]) {
                if (!stem.endsWith("ة")) {
                    put(Kind.HUNDREDS, (u + 3) * 100L, stem + "مئة", stem + "مائة", stem + "مئه", stem + "مائه");
                }
            }
        }
        put(Kind.UNIT, 10, "عشر", "عشرة");
        String[][] tens = {
            {"عشرون", "عشرين"}, {"ثلاثون", "ثلاثين"}, {"أربعون", "أربعين"}, {"خمسون", "خمسين"}, {"ستون", "ستين"},
            {"سبعون", "سبعين"}, {"ثمانون", "ثمانين"}, {"تسعون", "تسعين"}};
        for (int t = 0; t < tens.length; t++) {
            put(Kind.TEN, (t + 2) * 10L, tens[t]);
        }
        put(Kind.HUNDRED, 100, "مئة", "مائة", "مئه", "مائه");
        put(Kind.HUNDREDS, 200, "مئتان", "مئتين", "مائتان", "مائتين", "مئتا", "مئتي", "مائتا", "مائتي");
        put(Kind.THOUSAND, 1000, "ألف", "ألفاً", "ألفا");
        put(Kind.THOUSANDS, 1000, "آلاف", "ألوف");
        // ألفي (alfay, two thousand) is the dual in construct: "أكثر من ألفي عنصر"
    put(Kind.HUNDREDS, 2000, "ألفان", "ألفين", "ألفي");
        put(Kind.MILLION, 1_000_000, "مليون", "مليوناً");
        put(Kind.MILLIONS, 1_000_000, "ملايين");
        put(Kind.HUNDREDS, 2_000_000, "مليونان", "مليونين");
    }

    private static void english() {
        String[] units = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
        for (int u = 0; u < units.length; u++) {
            put(Kind.UNIT, u + 1, units[u]);
        }
        String[] teens = {"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen"};
        for (int t = 0; t < teens.length; t++) {
            put(Kind.TEEN, t + 10, teens[t]);
        }
        String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int t = 0; t < tens.length; t++) {
            put(Kind.TEN, (t + 2) * 10L, tens[t]);
        }
        put(Kind.HUNDRED, 100, "hundred");
        // "two dozen" (24) multiplies like hundred does; "dozens" alone stays vague
        put(Kind.DOZEN, 12, "dozen");
        put(Kind.THOUSAND, 1000, "thousand");
        put(Kind.MILLION, 1_000_000, "million");
        put(Kind.LINK, 0, "and", "و");
        put(Kind.HYPHEN, 0, "-");
    }

    /** Whether {@code normalized} is a number word on its own (not "and", not a hyphen). */
    public static boolean isNumberWord(String normalized) {
        Word w = WORDS.get(normalized);
        return w != null && w.kind != Kind.LINK && w.kind != Kind.HYPHEN && w.kind != Kind.THOUSANDS
                && w.kind != Kind.MILLIONS;
    }

    /** The whole of {@code phrase} read as one number, if it is one. */
    public static OptionalLong parse(String phrase) {
        List<Token> tokens = Tokenizer.tokenize(phrase);
        Match m = read(tokens, 0);
        return m != null && m.end() == tokens.size() ? OptionalLong.of(m.value()) : OptionalLong.empty();
    }

    /** The number written in words that starts at {@code tokens[start]}, or null (also past the last token). */
    public static Match read(List<Token> tokens, int start) {
        if (start >= tokens.size()) {
            // callers look ahead ("one of the …") past a text's last word: a report cut there crashed (ParserFuzzTest)
            return null;
        }
        Token first = tokens.get(start);
        if (!first.isWord()) {
            return null;
        }
        String w = first.norm();
        Word word = WORDS.get(w);
        boolean conjoined = false;
        if (word == null && w.length() > 2 && w.charAt(0) == 'و') {
            word = WORDS.get(w.substring(1));
            conjoined = true;
        }
        if (word == null && w.length() > 4 && w.charAt(0) == 'ل') {
            // "ارتفعت الحصيلة لثلاثة" (rose to three): the preposition ل joined to the number word. Only
            // before words of four letters or more, as "لست" (am not) and "لست" are not "to six".
            word = WORDS.get(w.substring(1));
        }
        if (word == null && w.length() > 3 && w.charAt(0) == 'ب') {
            // "مودية بخمسة مدنيين" (taking five civilians' lives): the preposition ب joined to the number word
            word = WORDS.get(w.substring(1));
        }
        if (word == null && FRACTIONS.containsKey(w) && start + 1 < tokens.size()) {
            // "ربع مليون" (a quarter of a million), "نصف مليون": a fraction of the scale word right after it
            Word scale = WORDS.get(tokens.get(start + 1).norm());
            if (scale != null && (scale.kind == Kind.THOUSAND || scale.kind == Kind.MILLION)) {
                return new Match(scale.value / FRACTIONS.get(w), start, start + 2, false);
            }
        }
        if (word == null || !startsNumber(word.kind)) {
            return null;
        }
        Reader r = new Reader();
        r.add(word);
        int j = start + 1;
        while (j < tokens.size()) {
            int next = r.extend(tokens, j);
            if (next < 0) {
                break;
            }
            j = next;
        }
        int end = Math.max(r.lastEnd < 0 ? start + 1 : r.lastEnd, start + 1);
        long value = r.value();
        if (end == start + 1 && dualInConstruct(tokens, start)) {
            return new Match(2000, start, end, conjoined);
        }
        Word lastWord = WORDS.get(tokens.get(end - 1).norm());
        if (isScale(r.last) || lastWord != null && lastWord.kind == Kind.HUNDREDS && lastWord.value >= 1000) {
            // a dual of thousands or millions takes its remainder as its scale does: "ألفين و760" is 2,760
            Word scale = lastWord != null && lastWord.kind == Kind.HUNDREDS ? new Word(lastWord.value / 2, Kind.THOUSAND)
                    : lastWord;
            long[] rest = remainder(tokens, end, scale);
            if (rest != null) {
                value += rest[0];
                end = (int) rest[1];
            }
        }
        return new Match(value, start, end, conjoined);
    }

    /**
     * A number written in digits with a scale word after it, as the press writes large tolls: "41 ألفاً
     * و431" (41,431), "3 آلاف و679", "50 ألف", "2 million", "(68) ألفًا و(234)"; null when no scale word
     * follows the digits.
     */
    public static Match scaled(List<Token> tokens, int start) {
        Token first = tokens.get(start);
        boolean decimal = first.kind() == Token.Kind.DECIMAL;
        if (!decimal && first.kind() != Token.Kind.NUMBER || start + 1 >= tokens.size() || first.value() >= 1000) {
            return null;
        }
        // "(68) ألفًا و(234)": the digits in brackets of their own, the scale word after the closing one
        int at = start + 1;
        if (start > 0 && isOpening(tokens.get(start - 1)) && isClosing(tokens.get(at)) && at + 1 < tokens.size()) {
            at++;
        }
        Word scale = WORDS.get(tokens.get(at).norm());
        if (scale == null || !isScale(scale.kind)) {
            return null;
        }
        long value = decimal ? times(first.norm(), scale.value) : first.value() * scale.value;
        if (value < 0) {
            return null;
        }
        int end = at + 1;
        long[] rest = remainder(tokens, end, scale);
        if (rest != null) {
            value += rest[0];
            end = (int) rest[1];
        }
        return new Match(value, start, end, false);
    }

    /** "2.5 مليون" (2.5 million): a decimal times its scale, or -1 when the product is no whole number. */
    private static long times(String decimal, long scale) {
        int point = 0;
        while (point < decimal.length() && !Digits.isDecimalPoint(decimal.charAt(point))) {
            point++;
        }
        if (point == 0 || point >= decimal.length() - 1 || decimal.length() - point - 1 > 6) {
            return -1;
        }
        long whole = Digits.value(decimal, 0, point);
        long fraction = Digits.value(decimal, point + 1, decimal.length());
        long unit = 1;
        for (int k = point + 1; k < decimal.length(); k++) {
            unit *= 10;
        }
        return whole < 0 || fraction < 0 || fraction * scale % unit != 0 ? -1 : whole * scale + fraction * scale / unit;
    }

    /** Whether a normalized word is a scale word ("ألف", "مليوناً", "million") that multiplies the number before it. */
    public static boolean isScale(String normalized) {
        Word w = WORDS.get(normalized);
        return w != null && isScale(w.kind);
    }

    private static boolean isScale(Kind kind) {
        return kind == Kind.THOUSAND || kind == Kind.THOUSANDS || kind == Kind.MILLION || kind == Kind.MILLIONS;
    }

    /**
     * What a number ending in a scale word adds after و (and): digits, perhaps in brackets ("و431",
     * "و[157]", "و(157)"), or words ("وتسعة"), smaller than the scale. {value, end}, or null.
     */
    private static long[] remainder(List<Token> tokens, int j, Word scale) {
        if (scale == null || j >= tokens.size()) {
            return null;
        }
        Token link = tokens.get(j);
        if (link.isWord() && (link.norm().equals("و") || link.norm().equals("and"))) {
            int k = j + 1;
            boolean bracket = k < tokens.size() && isOpening(tokens.get(k));
            if (bracket) {
                k++;
            }
            if (k < tokens.size() && tokens.get(k).kind() == Token.Kind.NUMBER && tokens.get(k).value() < scale.value) {
                int end = k + 1;
                if (bracket && end < tokens.size() && isClosing(tokens.get(end))) {
                    end++;
                }
                return new long[] {tokens.get(k).value(), end};
            }
            return null;
        }
        if (link.kind() == Token.Kind.NUMBER && scale.kind == Kind.THOUSAND && link.norm().length() == 3
                && link.value() >= 100) {
            // "44 ألفًا 532 مصابًا": the hundreds written after the thousands without و, as some wires do
            return new long[] {link.value(), j + 1};
        }
        if (link.isWord() && link.norm().length() > 2 && link.norm().charAt(0) == 'و') {
            Match words = read(tokens, j);
            if (words != null && words.value() < scale.value && words.value() > 0) {
                return new long[] {words.value(), words.end()};
            }
        }
        return null;
    }

    private static final String ALFA = ArabicNormalizer.normalize("ألفا");

    /** Particles that may follow ألفاً (a thousand, accusative) where it stands alone: "ألفاً من المدنيين". */
    private static final Set<String> AFTER_ACCUSATIVE = Stream.of("من", "على", "في",
            "عن", "إلى", "الى", "أو", "او", "خلال", "منذ", "بين", "حتى", "تقريبا", "تقريباً")
            .map(ArabicNormalizer::normalize).collect(Collectors.toUnmodifiableSet());

    /**
     * "ألفا قتيل" (alfā qatīl, two thousand dead): ألفا right before the noun it counts is the dual in
     * construct, as ألفي is; the accusative ألفاً (a thousand) is written so only before و, من or the end.
     * Tashkīl is stripped in the normalized token, so the word after it decides.
     */
    private static boolean dualInConstruct(List<Token> tokens, int start) {
        if (!tokens.get(start).norm().equals(ALFA) || start + 1 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(start + 1);
        String w = next.norm();
        return next.isArabic() && !WORDS.containsKey(w) && !AFTER_ACCUSATIVE.contains(w)
                && !(w.length() > 2 && w.charAt(0) == 'و' && WORDS.containsKey(w.substring(1)));
    }

    private static boolean isOpening(Token t) {
        return t.kind() == Token.Kind.PUNCT && (t.norm().equals("[") || t.norm().equals("("));
    }

    private static boolean isClosing(Token t) {
        return t.kind() == Token.Kind.PUNCT && (t.norm().equals("]") || t.norm().equals(")"));
    }

    private static boolean startsNumber(Kind kind) {
        return kind == Kind.UNIT || kind == Kind.TEEN || kind == Kind.TEN || kind == Kind.HUNDREDS
                || kind == Kind.HUNDRED || kind == Kind.THOUSAND || kind == Kind.MILLION;
    }

    /** Accumulates the components of one number: {@code total} of completed thousands, {@code group} below. */
    private static final class Reader {
        long total;
        long group;
        Kind last;
        int lastEnd = -1;

        void add(Word w) {
            switch (w.kind) {
                case UNIT, TEEN, TEN -> group += w.value;
                case HUNDREDS -> {
                    if (w.value >= 1000) {
                        total += w.value;
                    } else {
                        group += w.value;
                    }
                }
                case HUNDRED -> group = group == 0 ? 100 : group * 100;
                case DOZEN -> group = group == 0 ? 12 : group * 12;
                case THOUSAND, THOUSANDS, MILLION, MILLIONS -> {
                    total += (group == 0 ? 1 : group) * w.value;
                    group = 0;
                }
                default -> throw new IllegalStateException(w.kind.name());
            }
            last = w.kind;
        }

        long value() {
            return total + group;
        }

        /** Takes the component at {@code tokens[j]} if it continues this number; the next index, or -1. */
        int extend(List<Token> tokens, int j) {
            Token t = tokens.get(j);
            String w = t.norm();
            Word direct = WORDS.get(w);
            if (direct != null && directlyFollows(direct, tokens, j)) {
                if (direct.kind == Kind.LINK || direct.kind == Kind.HYPHEN) {
                    return extendAfterLink(tokens, j + 1, direct.kind);
                }
                add(direct);
                lastEnd = j + 1;
                return j + 1;
            }
            if (t.isWord() && w.length() > 2 && w.charAt(0) == 'و') {
                Word joined = WORDS.get(w.substring(1));
                if (joined != null && canJoin(joined)) {
                    add(joined);
                    lastEnd = j + 1;
                    return j + 1;
                }
            }
            return -1;
        }

        private int extendAfterLink(List<Token> tokens, int j, Kind link) {
            if (j >= tokens.size()) {
                return -1;
            }
            Word next = WORDS.get(tokens.get(j).norm());
            if (next == null) {
                return -1;
            }
            boolean fits = link == Kind.HYPHEN
                    ? last == Kind.TEN && next.kind == Kind.UNIT
                    : canJoin(next) && (afterScale() || !tokens.get(j).isLatin());
            if (!fits) {
                return -1;
            }
            add(next);
            lastEnd = j + 1;
            return j + 1;
        }

        /** A component written right after the previous one, without و: a multiplier or a teen's ten. */
        private boolean directlyFollows(Word w, List<Token> tokens, int j) {
            switch (w.kind) {
                case UNIT:
                    // عشر/عشرة (ʿashar/ʿashara, ten) after a unit makes a teen: خمسة عشر, fifteen
                    if (w.value == 10 && !tokens.get(j).isLatin()) {
                        return last == Kind.UNIT && group > 0 && group % 100 < 10;
                    }
                    return tokens.get(j).isLatin() && (last == Kind.TEN || afterScale() && canJoin(w));
                case TEEN:
                case TEN:
                    return tokens.get(j).isLatin() && afterScale() && canJoin(w);
                case HUNDRED:
                    return (last == Kind.UNIT || last == Kind.TEEN) && group > 0 && group < 10;
                case DOZEN:
                    return last == Kind.UNIT && group > 0 && group < 10 && tokens.get(j).isLatin();
                case THOUSAND:
                case MILLION:
                    return group > 0 && (last == Kind.HUNDRED || !afterScale());
                case THOUSANDS:
                case MILLIONS:
                    return group >= 3 && group <= 10 && last == Kind.UNIT;
                case LINK:
                case HYPHEN:
                    return true;
                default:
                    return false;
            }
        }

        private boolean afterScale() {
            return last == Kind.HUNDRED || last == Kind.THOUSAND || last == Kind.THOUSANDS
                    || last == Kind.MILLION || last == Kind.MILLIONS;
        }

        /** A component joined by و/"and": smaller than what came before, in the order Arabic writes them. */
        private boolean canJoin(Word w) {
            long below100 = group % 100;
            switch (w.kind) {
                case UNIT:
                case TEEN:
                    return below100 == 0;
                case TEN:
                    return below100 == 0 || (below100 < 10 && last == Kind.UNIT);
                case HUNDREDS:
                case HUNDRED:
                    return group == 0 && total > 0 && w.value < 1000;
                default:
                    return false;
            }
        }
    }
}
