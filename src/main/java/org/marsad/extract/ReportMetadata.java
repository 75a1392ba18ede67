package org.marsad.extract;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metadata lines a saved item opens with, "# source: URL" and "# outlet: NAME; date: …", are no part of
 * the report (GOLD.md): read as text, a URL's slug ("7-killed-in-shelling") became claims. They are blanked
 * with spaces, not cut, so every span stays an offset of the file's text, as the Claim JSON contract says.
 * Only a leading run of "# key:" lines; a "# " heading without a key, or such a line later on, stays. The
 * "date:" they give is the publication date, from which periods such as "since 24 January" take their year.
 */
public final class ReportMetadata {

    private static final Pattern KEY_LINE = Pattern.compile("# [a-z]+:.*");

    private ReportMetadata() {
    }

    private static final Pattern DATE = Pattern.compile("\\bdate: (\\d{4}-\\d{2}-\\d{2})\\b");

    /** The publication date the leading metadata lines give ("# outlet: NAME; date: 2020-02-12"), else null. */
    public static LocalDate date(String text) {
        Matcher m = DATE.matcher(text).region(0, end(text));
        if (!m.find()) {
            return null;
        }
        try {
            return LocalDate.parse(m.group(1));
        } catch (DateTimeParseException e) {
            return null; // "date: 2020-13-45": no date
        }
    }

    /** The text with its leading metadata lines written as spaces, line breaks kept. */
    public static String blank(String text) {
        int end = end(text);
        if (end == 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text);
        for (int k = 0; k < end; k++) {
            if (out.charAt(k) != '\n') {
                out.setCharAt(k, ' ');
            }
        }
        return out.toString();
    }

    /** Where the leading run of "# key:" lines ends: the offset after the last one's line break, 0 if none. */
    private static int end(String text) {
        int at = 0;
        while (at < text.length()) {
            int lineBreak = text.indexOf('\n', at);
            int lineEnd = lineBreak < 0 ? text.length() : lineBreak;
            if (!KEY_LINE.matcher(text.substring(at, lineEnd).stripTrailing()).matches()) {
                break;
            }
            at = Math.min(text.length(), lineEnd + 1);
        }
        return at;
    }
}
