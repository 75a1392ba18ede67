package org.marsad.report.words;

import java.util.ArrayList;
import java.util.List;

/**
 * Arabic cardinal numbers in words with their counted noun (al-maʿdūd, المعدود), after Ryding,
 * "A Reference Grammar of Modern Standard Arabic" (2005), ch. 15, and Wright, "A Grammar of the
 * Arabic Language" (3rd ed.), the numerals in vol. I and their syntax in vol. II:
 * <ul>
 * <li>3–10 take the genitive plural and reverse gender (polarity): ثلاثة أطفال، ثلاث نساء;</li>
 * <li>11–99 take the accusative singular, the tamyīz (تمييز): أحد عشر طفلاً، إحدى عشرة امرأة;
 * 11 and 12 agree with the noun, 13–19 reverse the unit only;</li>
 * <li>hundreds, thousands and millions govern the genitive singular: مئة مدني، ثلاثة آلاف مدني;
 * مئتان and ألفان lose their nūn before the noun (مئتا مدني);</li>
 * <li>in a compound number the noun follows the last part: ألف ومئة وثلاثون مدنياً. A compound that
 * ends in 1 or 2 repeats the noun, as in ألف ليلة وليلة (a thousand and one nights).</li>
 * </ul>
 */
final class ArabicNumberWords {
    private static final long MILLION = 1_000_000;
    private static final Noun THOUSAND_UNIT = new Noun("ألف", "آلاف", Noun.Gender.MASCULINE, "thousand", "thousand");
    private static final Noun MILLION_UNIT = new Noun("مليون", "ملايين", Noun.Gender.MASCULINE, "million", "million");

    /** Roots of 3–9 as in ثلاث، أربع …; ثمان is the root form of ثمانٍ (eight) used in ثمانمئة and ثمانون. */
    private static final String[] ROOTS = {"", "", "", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثمان", "تسع"};
    private static final String[] TENS_ROOTS = {"", "", "عشر", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثمان", "تسع"};
    /** 3–10 before a feminine noun: the form without tāʾ marbūṭa (ثلاث نساء، ثماني نساء، عشر نساء). */
    private static final String[] FOR_FEMININE =
            {"", "", "", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثماني", "تسع", "عشر"};
    /** 3–10 before a masculine noun: the form with tāʾ marbūṭa (ثلاثة أطفال). */
    private static final String[] FOR_MASCULINE =
            {"", "", "", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة"};

    private ArabicNumberWords() {
    }

    /**
     * The number in words and its noun. {@code construct} is true when the phrase itself governs a
     * following noun (the thousands of "ثلاثون ألف مدني"): the tamyīz then loses its tanwīn (ألف, not
     * ألفاً) and a dual its nūn.
     */
    static String counted(long n, Noun noun, Case c, boolean construct) {
        if (n >= 1000 * MILLION) {
            throw new IllegalArgumentException("numbers from a thousand million up are not written in words: " + n);
        }
        if (n == 1) {
            return noun.singular() + " " + (noun.gender() == Noun.Gender.MASCULINE ? "واحد" : "واحدة");
        }
        if (n == 2) {
            return noun.dual(c);
        }
        long lastTwo = n % 100;
        if (n > 100 && lastTwo <= 2 && lastTwo > 0) {
            String repeated = lastTwo == 1 ? noun.singular() : noun.dual(c);
            return cardinal(n - lastTwo, noun.gender(), c, true) + " " + noun.singular() + " و" + repeated;
        }
        return cardinal(n, noun.gender(), c, lastTwo == 0) + " " + tamyiz(n, noun, construct);
    }

    /** The form of the noun after a number of 3 or more, decided by its last two digits. */
    static String tamyiz(long n, Noun noun, boolean construct) {
        long lastTwo = n % 100;
        if (lastTwo >= 3 && lastTwo <= 10) {
            return noun.plural();
        }
        if (lastTwo >= 11 && !construct) {
            return noun.accusativeSingular();
        }
        return noun.singular();
    }

    /** The number words alone; {@code construct} when the noun follows the last part directly. */
    private static String cardinal(long n, Noun.Gender gender, Case c, boolean construct) {
        long millions = n / MILLION;
        long thousands = n / 1000 % 1000;
        long rest = n % 1000;
        List<String> parts = new ArrayList<>();
        if (millions > 0) {
            parts.add(scaled(millions, MILLION_UNIT, c, construct && thousands == 0 && rest == 0));
        }
        if (thousands > 0) {
            parts.add(scaled(thousands, THOUSAND_UNIT, c, construct && rest == 0));
        }
        if (rest > 0) {
            parts.add(belowThousand((int) rest, gender, c, construct));
        }
        return String.join(" و", parts);
    }

    /** A count of thousands or millions is itself a counted phrase: ثلاثة آلاف، أحد عشر ألفاً، مئتا ألف. */
    private static String scaled(long k, Noun unit, Case c, boolean construct) {
        if (k == 1) {
            return unit.singular();
        }
        if (k == 2) {
            return withoutNunInConstruct(unit.dual(c), construct);
        }
        return counted(k, unit, c, construct);
    }

    private static String belowThousand(int n, Noun.Gender gender, Case c, boolean construct) {
        int hundreds = n / 100;
        int rest = n % 100;
        List<String> parts = new ArrayList<>();
        if (hundreds == 1) {
            parts.add("مئة");
        } else if (hundreds == 2) {
            parts.add(withoutNunInConstruct(c == Case.NOMINATIVE ? "مئتان" : "مئتين", construct && rest == 0));
        } else if (hundreds > 2) {
            parts.add(ROOTS[hundreds] + "مئة");
        }
        if (rest > 0) {
            parts.add(belowHundred(rest, gender, c));
        }
        return String.join(" و", parts);
    }

    /** 3–99: the unit before the tens (ثلاثة وعشرون), as Arabic reads them. */
    private static String belowHundred(int n, Noun.Gender gender, Case c) {
        boolean masculine = gender == Noun.Gender.MASCULINE;
        if (n <= 10) {
            return masculine ? FOR_MASCULINE[n] : FOR_FEMININE[n];
        }
        if (n == 11) {
            return masculine ? "أحد عشر" : "إحدى عشرة";
        }
        if (n == 12) {
            String two = masculine ? "اثن" : "اثنت";
            return two + (c == Case.NOMINATIVE ? "ا " : "ي ") + (masculine ? "عشر" : "عشرة");
        }
        if (n < 20) {
            return belowHundred(n - 10, gender, c) + " " + (masculine ? "عشر" : "عشرة");
        }
        String tens = TENS_ROOTS[n / 10] + (c == Case.NOMINATIVE ? "ون" : "ين");
        int unit = n % 10;
        return unit == 0 ? tens : unitBeforeTens(unit, gender, c) + " و" + tens;
    }

    /** One and two before the tens agree with the noun: واحد وعشرون رجلاً، إحدى وعشرون امرأة. */
    private static String unitBeforeTens(int unit, Noun.Gender gender, Case c) {
        boolean masculine = gender == Noun.Gender.MASCULINE;
        return switch (unit) {
            case 1 -> masculine ? "واحد" : "إحدى";
            case 2 -> (masculine ? "اثن" : "اثنت") + (c == Case.NOMINATIVE ? "ان" : "ين");
            default -> belowHundred(unit, gender, c);
        };
    }

    /** مئتان، ألفان lose their final nūn when they govern a noun: مئتا مدني، ألفي مدني. */
    private static String withoutNunInConstruct(String dual, boolean construct) {
        return construct ? dual.substring(0, dual.length() - 1) : dual;
    }
}
