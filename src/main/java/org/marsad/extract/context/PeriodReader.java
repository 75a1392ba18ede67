package org.marsad.extract.context;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.marsad.extract.Period;
import org.marsad.extract.document.Document;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Months;
import org.marsad.text.Token;

/**
 * Reads the periods a report gives its figures: "منذ الـ 5 من حزيران / يونيو الفائت وحتى الـ 10 من
 * تشرين الأول / أكتوبر الجاري" (since 5 June last … until 10 October this year), "between 5 June and 10
 * October 2017", "since 21 September". A date without a year takes the other end's year, else the
 * report's year: الجاري/الحالي (al-jārī, the current) is that year; الفائت/الماضي (al-fāʾit, the past)
 * is the year before when its month is later than the report's.
 */
public final class PeriodReader {

    public record Found(Period period, int start, int end) {
    }

    private record Day(int day, int month, int year, boolean past, int end) {
    }

    private static final Set<String> FROM = normalized("منذ", "من", "since", "from", "between");
    private static final Set<String> UNTIL = normalized("حتى", "وحتى", "until");
    private static final Set<String> TO = normalized("حتى", "وحتى", "إلى", "وإلى", "until", "to", "and", "till", "through");
    private static final Set<String> PAST = normalized("الفائت", "الماضي", "المنصرم", "last");
    private static final int SPAN = 30;

    private final Document doc;
    private final int referenceYear;
    private final int referenceMonth;

    public PeriodReader(Document doc, LocalDate reportDate) {
        this.doc = doc;
        if (reportDate != null) {
            referenceYear = reportDate.getYear();
            referenceMonth = reportDate.getMonthValue();
        } else {
            referenceYear = latestYear(doc);
            referenceMonth = 13;
        }
    }

    /** The latest year written in the report, the year its relative dates refer to when no date is given. */
    private static int latestYear(Document doc) {
        int year = 0;
        for (Token t : doc.tokens()) {
            if (t.kind() == Token.Kind.NUMBER && t.value() >= 1950 && t.value() <= 2100) {
                year = Math.max(year, (int) t.value());
            }
        }
        return year;
    }

    private static Set<String> normalized(String... words) {
        return Arrays.stream(words).map(ArabicNormalizer::normalize).collect(Collectors.toUnmodifiableSet());
    }

    public List<Found> all() {
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < doc.size(); i++) {
            Token t = doc.token(i);
            if (!t.isWord()) {
                continue;
            }
            boolean from = FROM.contains(t.norm());
            boolean to = UNTIL.contains(t.norm());
            if (!from && !to) {
                continue;
            }
            Day first = dayNear(i + 1);
            if (first == null) {
                continue;
            }
            if (to) {
                found.add(new Found(new Period(null, date(first, null)), i, first.end));
                i = first.end - 1;
                continue;
            }
            Day second = null;
            for (int k = first.end; k < first.end + SPAN && k < doc.size() && doc.sameSentence(k, i); k++) {
                if (TO.contains(doc.token(k).norm())) {
                    second = dayNear(k + 1);
                    if (second != null) {
                        break;
                    }
                }
            }
            Period p = second == null ? new Period(date(first, null), null)
                    : new Period(date(first, second), date(second, first));
            if (p.from() != null || p.to() != null) {
                found.add(new Found(p, i, second == null ? first.end : second.end));
                i = (second == null ? first.end : second.end) - 1;
            }
        }
        return found;
    }

    /** A date starting at {@code i} or one word later ("الـ 5", "the 5th"). */
    private Day dayNear(int i) {
        Day d = day(i);
        return d != null ? d : day(i + 1);
    }

    private Day day(int i) {
        if (i >= doc.size()) {
            return null;
        }
        Token t = doc.token(i);
        if (t.kind() == Token.Kind.NUMBER && t.value() >= 1 && t.value() <= 31) {
            int k = doc.isWord(i + 1, "من") || doc.isWord(i + 1, "of") ? i + 2 : i + 1;
            Months.Match m = k < doc.size() ? Months.read(doc.tokens(), k) : null;
            return m == null ? null : year((int) t.value(), m.month(), m.end());
        }
        Months.Match m = t.isWord() ? Months.read(doc.tokens(), i) : null;
        if (m != null && m.end() < doc.size() && doc.token(m.end()).kind() == Token.Kind.NUMBER
                && doc.token(m.end()).value() <= 31) {
            int k = doc.isWord(m.end() + 1, ",") ? m.end() + 2 : m.end() + 1;
            return yearAt((int) doc.token(m.end()).value(), m.month(), k, false);
        }
        return null;
    }

    /** The year after a day and month: "2017", "من العام 2017", "الفائت من العام الجاري 2017". */
    private Day year(int day, int month, int k) {
        boolean past = false;
        if (k < doc.size() && PAST.contains(doc.token(k).norm())) {
            past = true;
            k++;
        } else if (doc.isWord(k, "الجاري") || doc.isWord(k, "الحالي")) {
            k++;
        }
        return yearAt(day, month, k, past);
    }

    private Day yearAt(int day, int month, int k, boolean past) {
        for (int j = k; j < k + 4 && j < doc.size(); j++) {
            Token t = doc.token(j);
            if (t.kind() == Token.Kind.NUMBER && t.value() >= 1950 && t.value() <= 2100) {
                return new Day(day, month, (int) t.value(), past, j + 1);
            }
            if (!(t.is("من") || t.is("العام") || t.is("عام") || t.is("الجاري") || t.is("الحالي") || t.is(",")
                    || t.is("لعام") || t.is("للعام"))) {
                break;
            }
        }
        return new Day(day, month, 0, past, k);
    }

    private LocalDate date(Day d, Day other) {
        int year = d.year();
        if (year == 0 && other != null && other.year() != 0) {
            year = other.year() - (d.month() > other.month() && other == otherEnd(d, other) ? 1 : 0);
        }
        if (year == 0 && referenceYear != 0) {
            year = d.past() && d.month() > referenceMonth && referenceMonth <= 12 ? referenceYear - 1 : referenceYear;
        }
        if (year == 0) {
            return null;
        }
        try {
            return LocalDate.of(year, d.month(), d.day());
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The later end of a period, whose year a yearless earlier end borrows. */
    private static Day otherEnd(Day d, Day other) {
        return other.end() > d.end() ? other : d;
    }
}
