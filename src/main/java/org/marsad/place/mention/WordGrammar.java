package org.marsad.place.mention;

import java.util.List;
import java.util.Set;

/**
 * What a word of a mention is on its own, before any name is looked up: a place word (مدينة, "city"), a
 * direction (الشرقي, "eastern"), a word to skip (في, "near") or the country (سوريا). Every folded form that
 * is any of them is in one table, so a reading costs one look instead of four, each of which cut an article
 * or an ending and wrapped its answer anew.
 *
 * @param placeWord the place word, or null
 * @param direction the direction, or null
 * @param skipped   whether the word is skipped between names
 * @param country   whether the word names the country
 */
public record WordGrammar(PlaceWord.Found placeWord, Direction direction, boolean skipped, boolean country) {
    static final WordGrammar NONE = new WordGrammar(null, null, false, false);

    /**
     * في (fi, in), من (min, from), إلى (ila, to), على (ala, on), عند (inda, at), قرب (qurb, near), مع (ma'a,
     * with), التابعة (at-tabi'a, belonging to) and kin. A village spelled like one of them (علي) is never read
     * from it alone.
     */
    private static final Set<String> SKIPPED = Set.of(
            "في", "من", "الي", "علي", "عند", "قرب", "بالقرب", "داخل", "ضمن", "بين", "و", "ال", "نحو", "حول", "مع",
            "التابعه", "التابع", "الواقعه", "الواقع",
            "in", "of", "the", "near", "at", "on", "and", "its", "around", "inside", "within", "to", "from",
            "under", "beneath", "by", "with", "after", "before", "over", "across", "along", "behind", "outside",
            "into", "toward", "towards", "for", "during", "between", "a", "an",
            // Peoples and sides that qualify a place in English ("the Kurdish enclave of Afrin", "rebel-held
            // Douma"): capitalized like names, and spelled like villages (Kurdish, Kardish), but never one.
            "kurdish", "turkish", "syrian", "russian", "iranian", "israeli", "american", "iraqi", "lebanese",
            "jordanian", "islamic", "islamist", "alawite", "druze", "sunni", "shia", "shiite", "christian",
            "assyrian", "armenian", "turkmen", "rebel", "rebels", "regime", "government", "opposition", "held",
            "controlled", "besieged");
    /** سوريا، سورية (Suriya), Syria: the country, which the p-codes divide. */
    private static final Set<String> COUNTRY = Set.of("سوريا", "سوريه", "syria");

    /**
     * What a word is on its own over all its readings: the first reading's place word and direction that has
     * one, skipped or the country if any reading is. Asked once per distinct word ({@link Token#grammar}).
     */
    static WordGrammar of(List<String> readings) {
        PlaceWord.Found placeWord = null;
        Direction direction = null;
        boolean skipped = false;
        boolean country = false;
        boolean any = false;
        for (int r = 0; r < readings.size(); r++) {
            WordGrammar g = GRAMMAR.get(readings.get(r));
            if (g == null) {
                continue;
            }
            any = true;
            if (placeWord == null) {
                placeWord = g.placeWord();
            }
            if (direction == null) {
                direction = g.direction();
            }
            skipped |= g.skipped();
            country |= g.country();
        }
        return any ? new WordGrammar(placeWord, direction, skipped, country) : NONE;
    }

    /** Every folded form that is a place word, a direction, a word to skip or the country. */
    private static final java.util.Map<String, WordGrammar> GRAMMAR = table();

    private static java.util.Map<String, WordGrammar> table() {
        Set<String> forms = new java.util.HashSet<>(PlaceWord.forms());
        forms.addAll(Direction.forms());
        forms.addAll(SKIPPED);
        forms.addAll(COUNTRY);
        java.util.Map<String, WordGrammar> grammar = new java.util.HashMap<>();
        for (String form : forms) {
            grammar.put(form, new WordGrammar(PlaceWord.of(form).orElse(null), Direction.of(form).orElse(null),
                    SKIPPED.contains(form), COUNTRY.contains(form)));
        }
        return grammar;
    }
}
