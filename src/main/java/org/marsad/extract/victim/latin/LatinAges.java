package org.marsad.extract.victim.latin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.marsad.text.NumberWords;
import org.marsad.text.Token;

/**
 * The ages English writes around a name: "Ali, 25", "aged 10", "10-year-old", "six-month-old" (0),
 * "aged 10 and seven, respectively", ", an 18-year-old woman,".
 */
final class LatinAges {

    private final List<Token> t;
    private final int n;

    LatinAges(LatinPassage passage) {
        this.t = passage.t;
        this.n = passage.n;
    }

    /** An age written in digits or as one number word ("seven"). */
    Integer ageWord(int p) {
        Token tok = t.get(p);
        if (tok.kind() == Token.Kind.NUMBER && tok.value() < 120) {
            return (int) tok.value();
        }
        if (tok.isWord() && NumberWords.isNumberWord(tok.norm())) {
            OptionalLong v = NumberWords.parse(tok.norm());
            return v.isPresent() && v.getAsLong() < 120 ? (int) v.getAsLong() : null;
        }
        return null;
    }

    /**
     * The age of "two-year-old", "12-year-old", "53-year old", "six-month-old" (under a year: 0) ending
     * with the "old" at {@code old}; else null.
     */
    Integer yearsOld(int old) {
        int k = old - 1;
        if (k >= 0 && t.get(k).is("-")) {
            k--;
        }
        if (k < 2 || !(t.get(k).is("year") || t.get(k).is("month") || t.get(k).is("years") || t.get(k).is("months"))
                || !t.get(k - 1).is("-")) {
            return null;
        }
        boolean months = t.get(k).norm().startsWith("month");
        Integer count = ageWord(k - 2);
        return count == null ? null : months ? Integer.valueOf(0) : count;
    }

    /** "Ali, 25," or "aged 10" (or "aged around 70") right after a name. */
    Integer age(int end) {
        int p = end;
        if (p < n && t.get(p).is(",")) {
            p++;
        }
        if (p < n && t.get(p).is("aged")) {
            p++;
            if (p < n && (t.get(p).is("around") || t.get(p).is("about") || t.get(p).is("approximately"))) {
                p++;
            }
        }
        if (p < n && t.get(p).kind() == Token.Kind.NUMBER && t.get(p).value() < 120
                && (p + 1 >= n || !t.get(p + 1).is("-"))) {
            return (int) t.get(p).value();
        }
        if (p > end && p + 1 < n && t.get(p).isWord() && ageWord(p) != null
                && (t.get(p + 1).is(",") || t.get(p + 1).is("and") || t.get(p + 1).is("."))) {
            return ageWord(p); // "Rudeina, four, Hana"
        }
        return null;
    }

    /** "aged 10 and seven, respectively" after a list of names: the ages in order; else empty. */
    List<Integer> respectiveAges(int end) {
        int p = end;
        if (p < n && t.get(p).is(",")) {
            p++;
        }
        if (p >= n || !t.get(p).is("aged")) {
            return List.of();
        }
        List<Integer> ages = new ArrayList<>();
        p++;
        while (p < n) {
            Integer age = ageWord(p);
            if (age == null) {
                break;
            }
            ages.add(age);
            p++;
            if (p < n && (t.get(p).is(",") || t.get(p).is("and"))) {
                p++;
                if (p < n && t.get(p).is("and")) {
                    p++;
                }
            }
        }
        return ages;
    }

    /** Nouns of an apposition after a name, with the sex they state ("" when they state none). */
    static final Map<String, String> DESCRIBED_SEX = Map.of("woman", "F", "girl", "F", "mother", "F",
            "man", "M", "boy", "M", "father", "M", "child", "", "teenager", "", "student", "", "farmer", "");

    /**
     * ", an 18-year-old woman," right after a name: the index of the noun after "old", else -1.
     */
    int describedAs(int end) {
        int p = end;
        if (p + 7 >= n || !t.get(p).is(",") || !(t.get(p + 1).is("a") || t.get(p + 1).is("an"))) {
            return -1;
        }
        for (int k = p + 2; k < p + 8 && k + 1 < n; k++) {
            if (t.get(k).is("old")) {
                return yearsOld(k) != null && DESCRIBED_SEX.containsKey(t.get(k + 1).norm()) ? k + 1 : -1;
            }
        }
        return -1;
    }
}
