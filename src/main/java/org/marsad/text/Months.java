package org.marsad.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Month names of both Arabic naming systems and English. The Levantine and Iraqi names (كانون الثاني
 * kānūn al-thānī … كانون الأول kānūn al-awwal) and the names borrowed from the Latin calendar (يناير
 * yanāyir … ديسمبر dīsambir) are often written together, "تشرين الأول / أكتوبر"; {@link #read} takes
 * such a pair as one month.
 */
public final class Months {

    /** A month read from {@code tokens[start, end)}: 1 = January. */
    public record Match(int month, int start, int end) {
    }

    private static final Map<String, Integer> SINGLE = new HashMap<>();
    /** Two-word Levantine names: the first word, then the ordinal that follows it. */
    private static final Map<String, Map<String, Integer>> DOUBLE = new HashMap<>();

    static {
        String[][] names = {
            {"كانون الثاني", "يناير", "january", "jan"},
            {"شباط", "فبراير", "february", "feb"},
            {"آذار", "مارس", "march", "mar"},
            {"نيسان", "أبريل", "ابريل", "إبريل", "april", "apr"},
            {"أيار", "مايو", "مايس", "may"},
            {"حزيران", "يونيو", "يونيه", "june", "jun"},
            {"تموز", "يوليو", "يوليه", "july", "jul"},
            {"آب", "أغسطس", "آغسطس", "اغسطس", "august", "aug"},
            {"أيلول", "سبتمبر", "september", "sep", "sept"},
            {"تشرين الأول", "أكتوبر", "اكتوبر", "october", "oct"},
            {"تشرين الثاني", "نوفمبر", "november", "nov"},
            {"كانون الأول", "ديسمبر", "december", "dec"}};
        for (int m = 0; m < names.length; m++) {
            for (String name : names[m]) {
                String norm = ArabicNormalizer.normalize(name);
                int space = norm.indexOf(' ');
                if (space < 0) {
                    SINGLE.put(norm, m + 1);
                } else {
                    DOUBLE.computeIfAbsent(norm.substring(0, space), k -> new HashMap<>())
                            .put(norm.substring(space + 1), m + 1);
                }
            }
        }
    }

    private Months() {
    }

    /** The month named at {@code tokens[start]}, with its other-system name after a slash if present. */
    public static Match read(List<Token> tokens, int start) {
        Match first = one(tokens, start);
        if (first == null) {
            return null;
        }
        int slash = first.end();
        if (slash + 1 < tokens.size() && (tokens.get(slash).is("/") || tokens.get(slash).is("-"))) {
            Match second = one(tokens, slash + 1);
            if (second != null && second.month() == first.month()) {
                return new Match(first.month(), start, second.end());
            }
        }
        return first;
    }

    private static Match one(List<Token> tokens, int start) {
        Token t = tokens.get(start);
        if (!t.isWord()) {
            return null;
        }
        Map<String, Integer> seconds = DOUBLE.get(t.norm());
        if (seconds != null && start + 1 < tokens.size()) {
            Integer m = seconds.get(tokens.get(start + 1).norm());
            return m == null ? null : new Match(m, start, start + 2);
        }
        Integer m = SINGLE.get(t.norm());
        return m == null ? null : new Match(m, start, start + 1);
    }
}
