package org.marsad.extract.figure.phrase;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.marsad.extract.document.Document;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.NumberWords;
import org.marsad.text.Token;

/**
 * The age written right after one unnamed person's noun: "شهيد يبلغ من العمر ستة عشر عاماً", "مواطن (15
 * عاماً)", "شاب عمره 17 عاماً". The documenter records a stated age under 18 as a child whatever the noun
 * (شاب, مواطن, شهيد), so a single figure's group follows it. Only an age introduced as one (a bracket, a
 * verb of being aged, a word of age) and closed by a unit of years or months is read: "شاب 17 …" is not.
 */
final class StatedAge {

    /** An age under this is a child's (GOLD.md: "a stated age under 18"). */
    static final int ADULT = 18;

    private static final Set<String> AGED = norm("يبلغ", "تبلغ", "البالغ", "البالغة", "عمره", "عمرها", "وعمره",
            "وعمرها", "يناهز", "تناهز");
    private static final Set<String> YEARS = norm("عام", "عاما", "عاماً", "أعوام", "سنة", "سنوات", "سنين", "سنه");
    private static final Set<String> MONTHS = norm("شهر", "شهرا", "شهراً", "أشهر", "شهور");

    private final Document doc;

    StatedAge(Document doc) {
        this.doc = doc;
    }

    /** The years of the age written at {@code at} (months are 0), else -1. */
    int at(int at) {
        int k = at;
        if (doc.isWord(k, "في")) {
            return ordinal(k + 1);
        }
        if (doc.isWord(k, "(")) {
            k++;
        } else if (k < doc.size() && AGED.contains(doc.token(k).norm())) {
            k++;
            if (doc.isWord(k, "من") && (doc.isWord(k + 1, "العمر") || doc.isWord(k + 1, "عمر"))) {
                k += 2; // "يبلغ من العمر"
            }
        } else {
            return -1;
        }
        if (k >= doc.size()) {
            return -1;
        }
        Token t = doc.token(k);
        long value;
        int unit;
        if (t.kind() == Token.Kind.NUMBER) {
            value = t.value();
            unit = doc.isWord(k + 1, ")") ? k + 2 : k + 1; // "(15) عاماً"
        } else if (t.isWord() && NumberWords.isNumberWord(t.norm())) {
            NumberWords.Match m = NumberWords.read(doc.tokens(), k);
            if (m == null) {
                return -1;
            }
            value = m.value();
            unit = m.end();
        } else {
            return -1;
        }
        if (unit >= doc.size() || value < 0 || value > 120) {
            return -1;
        }
        String u = doc.token(unit).norm();
        return YEARS.contains(u) ? (int) value : MONTHS.contains(u) ? 0 : -1;
    }

    /** Ordinals of age, "في الخامسة عشرة من العمر" (in his fifteenth year); the tens ("الستين") are adults. */
    private static final java.util.Map<String, Integer> ORDINALS = ordinals();
    private static final Set<String> TEENS = norm("عشر", "عشرة");
    private static final Set<String> TENS = norm("العشرين", "الثلاثين", "الأربعين", "الخمسين", "الستين", "السبعين",
            "الثمانين", "التسعين");
    private static final Set<String> OF_AGE = norm("العمر", "عمره", "عمرها");

    /** "الخامسة عشرة من العمر", "السابعة من عمرها", "الستين من عمره": the years, else -1. */
    private int ordinal(int k) {
        if (k >= doc.size()) {
            return -1;
        }
        String word = doc.token(k).norm();
        int years;
        int next;
        if (TENS.contains(word)) {
            years = 20;
            next = k + 1;
        } else if (ORDINALS.containsKey(word)) {
            years = ORDINALS.get(word);
            next = k + 1;
            if (next < doc.size() && TEENS.contains(doc.token(next).norm())) {
                years += 10;
                next++;
            }
        } else {
            return -1;
        }
        return doc.isWord(next, "من") && next + 1 < doc.size() && OF_AGE.contains(doc.token(next + 1).norm())
                ? years : -1;
    }

    private static java.util.Map<String, Integer> ordinals() {
        String[] words = {"الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة", "الثامنة",
            "التاسعة", "العاشرة", "الحادية"};
        java.util.Map<String, Integer> map = new java.util.HashMap<>();
        for (int i = 0; i < words.length; i++) {
            map.put(ArabicNormalizer.normalize(words[i]), i == 10 ? 1 : i + 1);
        }
        return java.util.Map.copyOf(map);
    }

    private static Set<String> norm(String... words) {
        return Arrays.stream(words).map(ArabicNormalizer::normalize).collect(Collectors.toUnmodifiableSet());
    }
}
