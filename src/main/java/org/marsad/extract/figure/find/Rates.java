package org.marsad.extract.figure.find;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.marsad.extract.document.Document;
import org.marsad.extract.document.Lexicon;
import org.marsad.extract.document.Words;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.NumberWords;
import org.marsad.text.Token;

/**
 * Numbers that count a share or an average, not people: "بين كل 10 شهداء", "one in every five",
 * "165 قتيلاً يومياً", "nine children a day".
 */
final class Rates {

    /** Words before a number within which "every ten" makes it a share. */
    private static final int RATE_REACH = 12;

    /** Words of a period that an average is counted over: "every day", "a week", "per month". */
    private static final Set<String> PERIODS = Set.of("day", "week", "month", "hour", "year");

    /** Words after "a day" that make it a time ("a day after the strike"), not a rate. */
    private static final Set<String> RELATIVE_TIME = Set.of("after", "before", "earlier", "later", "ago", "of");

    /** Words from an English figure's noun to the period of its average ("are killed every day"). */
    private static final int PERIOD_REACH = 4;

    private final Document doc;

    Rates(Document doc) {
        this.doc = doc;
    }

    /**
     * An English figure counted per period: "nine children a day", "seven are killed every day", "25 per
     * week", "daily". English only: Arabic averages are read in {@link #isRate}.
     */
    boolean perPeriod(int end) {
        for (int k = end; k < end + PERIOD_REACH && k + 1 < doc.size() && doc.sameSentence(k, end - 1); k++) {
            Token t = doc.token(k);
            if (doc.isArabic(k) || !t.isWord() || NumberWords.isNumberWord(t.norm())) {
                return false; // "234 children (nine children a day)": the average is the next figure's
            }
            // "40 killed in a day" is one day's count; "nine children a day" an average
            boolean within = k > 0 && (doc.isWord(k - 1, "in") || doc.isWord(k - 1, "within")
                    || doc.isWord(k - 1, "on") || doc.isWord(k - 1, "for"));
            boolean each = doc.isWord(k, "every") || doc.isWord(k, "each") || doc.isWord(k, "per")
                    || doc.isWord(k, "a") && !within;
            if (each && PERIODS.contains(doc.token(k + 1).norm())
                    && (k + 2 >= doc.size() || !RELATIVE_TIME.contains(doc.token(k + 2).norm()))) {
                return true;
            }
            if (doc.isWord(k, "daily")) {
                return true;
            }
        }
        return false;
    }

    /** Arabic adverbs of an average: "يومياً" (a day), "شهرياً" (a month). */
    private static final Set<String> DAILY = Stream.of("يومياً", "يوميا", "يوميًا", "أسبوعياً",
            "أسبوعيا", "شهرياً", "شهريا").map(ArabicNormalizer::normalize)
            .collect(Collectors.toUnmodifiableSet());

    /** Arabic periods an average is counted over, bare ("كل يوم") and with the article ("في اليوم"). */
    private static final Set<String> ARABIC_PERIODS = Stream.of("يوم", "أسبوع", "شهر", "ساعة",
            "عام", "سنة").map(ArabicNormalizer::normalize)
            .collect(Collectors.toUnmodifiableSet());

    /** Words that may follow "في اليوم" when it means "a day" ("200 قتيل في اليوم خلال الحصار"). */
    private static final Set<String> AFTER_PERIOD = Stream.of("خلال", "منذ", "طوال", "على", "في",
            "بسبب", "جراء", "نتيجة", "وسط").map(ArabicNormalizer::normalize)
            .collect(Collectors.toUnmodifiableSet());

    /** "نفسه" (itself) and its kin: "في اليوم نفسه" (on the same day) names a day told before. */
    private static final Set<String> SAME = Stream.of("نفسه", "ذاته", "عينه", "نفسها", "ذاتها",
            "عينها").map(ArabicNormalizer::normalize)
            .collect(Collectors.toUnmodifiableSet());

    /**
     * Whether the word after "في اليوم" names which day: a number ("في العام 2015"), an adjective or ordinal
     * with the article ("الأول", "التالي", "الـ 437"), "نفسه", a bracket. A clause that goes on with a verb or
     * a conjunction ("في اليوم أصبح أمراً مألوفاً") names none: the figure is counted per day.
     */
    private boolean namesTheDay(int next) {
        Token t = doc.token(next);
        if (AFTER_PERIOD.contains(t.norm())) {
            return false; // "200 قتيل في اليوم خلال الحصار"
        }
        if (t.kind() == Token.Kind.NUMBER || t.is("(")) {
            return true;
        }
        return t.isWord() && (t.norm().startsWith("ال") || SAME.contains(t.norm())
                || NumberWords.isNumberWord(t.norm()));
    }

    /** "المعدل" (the average), "متوسط" (mean), with or without ب: "المعدل اليومي للضحايا … بلغ 165 قتيلاً". */
    private static final Set<String> AVERAGE = Stream.of("معدل", "المعدل", "بمعدل", "متوسط", "المتوسط", "بمتوسط")
            .map(ArabicNormalizer::normalize).collect(Collectors.toUnmodifiableSet());

    /** Words before a number within which an average word makes it the average (SOHR's "المعدل اليومي … بلغ"). */
    private static final int AVERAGE_REACH = 10;

    /**
     * "المعدل اليومي للضحايا منذ الأول من آب بلغ 165 قتيلاً" (the daily average of the victims since 1 August
     * reached 165): a number the clause says is an average, with no other number between the two.
     */
    private boolean averageBefore(int i) {
        for (int k = i - 1; k >= 0 && k >= i - AVERAGE_REACH && doc.sameSentence(k, i); k--) {
            Token t = doc.token(k);
            if (t.kind() == Token.Kind.NUMBER || t.isWord() && NumberWords.isNumberWord(t.norm())
                    || t.is("،") || t.is(",")) {
                return false; // "قتل 300 شخص بمعدل 10 يومياً": the 300 is a count, only the 10 an average
            }
            if (doc.isArabic(k) && AVERAGE.contains(t.norm())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "70 شخصاً كل يوم" (every day), "200 قتيل في اليوم" (a day): an Arabic average after the noun. "في اليوم"
     * is a day's count when a word names the day ("في اليوم الأول", "في اليوم التالي", "في العام 2015"), so it
     * is an average only where the clause goes on without naming one.
     */
    private boolean perArabicPeriod(int i, int numberEnd) {
        for (int k = numberEnd; k < numberEnd + 4 && k + 1 < doc.size() && doc.sameSentence(k, i); k++) {
            if (doc.isWord(k, "كل") && ARABIC_PERIODS.contains(doc.token(k + 1).norm())) {
                return true;
            }
            String period = doc.token(k + 1).norm();
            if (doc.isWord(k, "في") && period.startsWith("ال") && ARABIC_PERIODS.contains(period.substring(2))) {
                int next = k + 2;
                return next >= doc.size() || !doc.sameSentence(next, i) || !namesTheDay(next);
            }
        }
        return false;
    }

    /**
     * A number that counts a share, not people: "بين كل 10 شهداء" (among every ten martyrs), "3 إلى 7
     * شهداء من كل 10" (three to seven of every ten), "one in every five", "per 100,000".
     */
    boolean isRate(int i, int numberEnd) {
        if (doc.isWord(i - 1, "كل") || doc.isWord(i - 1, "every") || doc.isWord(i - 1, "per")) {
            return true;
        }
        for (int k = i - 1; k > 0 && k >= i - RATE_REACH && doc.sameSentence(k, i); k--) {
            // "بين كل 10 شهداء كان 3 إلى 7 أطفالاً" (among every ten martyrs, three to seven were children)
            if ((doc.isWord(k, "كل") || doc.isWord(k, "every")) && k + 1 < i
                    && doc.token(k + 1).kind() == Token.Kind.NUMBER) {
                return true;
            }
        }
        if (numberEnd + 1 < doc.size() && DAILY.contains(doc.token(numberEnd + 1).norm())) {
            return true; // "بمعدل 165 قتيلاً يومياً" (165 dead a day on average): the word after the noun
        }
        for (int k = numberEnd; k < numberEnd + 4 && k + 2 < doc.size() && doc.sameSentence(k, i); k++) {
            if (doc.isWord(k, "في") && doc.isWord(k + 1, "كل") && doc.has(k + 2, Lexicon.UNIT)) {
                return true; // "161 قتيلاً في كل عام" (161 dead in every year): an average
            }
        }
        if (perArabicPeriod(i, numberEnd) || averageBefore(i)) {
            return true;
        }
        for (int k = numberEnd; k < numberEnd + 4 && k + 1 < doc.size() && doc.sameSentence(k, i); k++) {
            if ((doc.isWord(k, "من") || doc.isWord(k, "in") || doc.isWord(k, "of") || doc.isWord(k, "out"))
                    && (doc.isWord(k + 1, "كل") && !doc.isWord(k + 2, "من") || doc.isWord(k + 1, "every"))) {
                return true;
            }
        }
        return false;
    }
}
