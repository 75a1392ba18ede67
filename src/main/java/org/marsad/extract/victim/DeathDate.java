package org.marsad.extract.victim;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.text.Digits;
import org.marsad.text.Months;
import org.marsad.text.Token;
import org.marsad.text.Tokenizer;

/**
 * The calendar date of a victim's death or injury, when the name's own sentence (or the sentence of the
 * figure that counts them) gives one in full: "قُتلا في 15-12-2024", "بتاريخ 17/7/2024", "يوم 2 آب 2012",
 * "on October 12, 2023". A day and month without a year, a date that starts or ends a period (منذ،
 * since), or two different dates in the sentence give none (GOLD.md: a date only when the text gives it).
 */
final class DeathDate {

    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d])(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})(?![\\d])");
    private static final Pattern ENGLISH = Pattern.compile(
            "\\b(january|february|march|april|may|june|july|august|september|october|november|december)"
                    + "\\s+(\\d{1,2}),?\\s+(\\d{4})\\b");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("january", 1),
            Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4), Map.entry("may", 5),
            Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8), Map.entry("september", 9),
            Map.entry("october", 10), Map.entry("november", 11), Map.entry("december", 12));

    private DeathDate() {
    }

    static LocalDate of(String text, int start, int end) {
        int from = start;
        while (from > 0 && start - from < 400 && !stop(text.charAt(from - 1))) {
            from--;
        }
        int to = end;
        while (to < text.length() && to - end < 400 && !stop(text.charAt(to))) {
            to++;
        }
        String sentence = ascii(text.substring(from, to));
        LocalDate found = null;
        Matcher m = NUMERIC.matcher(sentence);
        while (m.find()) {
            if (periodBefore(sentence, m.start())) {
                return null;
            }
            LocalDate d = date(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            if (d == null || found != null && !found.equals(d)) {
                return null;
            }
            found = d;
        }
        Matcher e = ENGLISH.matcher(sentence.toLowerCase(Locale.ROOT));
        while (e.find()) {
            if (periodBefore(sentence, e.start())) {
                return null;
            }
            LocalDate d = date(Integer.parseInt(e.group(3)), MONTHS.get(e.group(1)), Integer.parseInt(e.group(2)));
            if (d == null || found != null && !found.equals(d)) {
                return null;
            }
            found = d;
        }
        List<Token> tokens = Tokenizer.tokenize(sentence);
        for (int i = 0; i < tokens.size(); i++) {
            LocalDate d = dayMonthYear(tokens, i);
            if (d == null) {
                continue;
            }
            if (i > 0 && PERIOD_ENDS.contains(tokens.get(i - 1).norm().toLowerCase(Locale.ROOT)) || found != null && !found.equals(d)) {
                return null; // "منذ 5 حزيران 2017" starts a period: no day of death
            }
            found = d;
        }
        return found;
    }

    /** Words before a date that make it the end of a period, not a day. */
    private static final Set<String> PERIOD_ENDS = Set.of("منذ", "من", "حتى", "وحتى", "since", "from", "between",
            "until");

    /** Whether the word before {@code at} opens or closes a period ("since June 12, 2021"). */
    private static boolean periodBefore(String sentence, int at) {
        List<Token> before = Tokenizer.tokenize(sentence.substring(Math.max(0, at - 12), at));
        return !before.isEmpty() && PERIOD_ENDS.contains(before.get(before.size() - 1).norm().toLowerCase(Locale.ROOT));
    }

    /** "2 آب 2012", "20 أغسطس 2025", "12 June 2021" starting at {@code i}, else null. */
    private static LocalDate dayMonthYear(List<Token> tokens, int i) {
        Token day = tokens.get(i);
        if (day.kind() != Token.Kind.NUMBER || day.value() < 1 || day.value() > 31 || i + 1 >= tokens.size()) {
            return null;
        }
        Months.Match month = Months.read(tokens, i + 1);
        if (month == null) {
            return null;
        }
        for (int j = month.end(); j < Math.min(tokens.size(), month.end() + 3); j++) {
            Token y = tokens.get(j);
            if (y.kind() == Token.Kind.NUMBER) {
                return date((int) y.value(), month.month(), (int) day.value());
            }
            if (!(y.is(",") || y.is("عام") || y.is("العام") || y.is("من"))) {
                return null;
            }
        }
        return null;
    }

    /** A sentence ends at a full stop that is not inside a date, a question mark or a line break. */
    private static boolean stop(char c) {
        return c == '\n' || c == '!' || c == '?' || c == '؟' || c == '؛';
    }

    /** Arabic-Indic digits as ASCII, so one pattern reads both. */
    private static String ascii(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(Digits.isDigit(c) && c > '9' ? (char) ('0' + Digits.value(String.valueOf(c))) : c);
        }
        return out.toString();
    }

    private static LocalDate date(int year, int month, int day) {
        try {
            return year >= 1900 && year <= 2100 ? LocalDate.of(year, month, day) : null;
        } catch (DateTimeException ex) {
            return null;
        }
    }
}
