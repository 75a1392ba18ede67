package org.marsad.extract.figure.phrase;

import java.util.Set;
import org.marsad.extract.document.Document;
import org.marsad.extract.document.Lexicon;
import org.marsad.extract.document.WordInfo;
import org.marsad.text.Months;
import org.marsad.text.NumberWords;
import org.marsad.text.Token;

/**
 * Numbers that are no count of people: a day of a date, a later age of a list of ages, and "one"/واحد that
 * says which or agrees with a noun ("in one house", "عائلة فلسطينية واحدة").
 */
public final class NotCounts {

    /** Numbers and separators an age list runs over back to its "aged" ("aged 12, 9 and seven"). */
    private static final int AGE_LIST_REACH = 6;

    private final Document doc;
    private final PhraseWords phrase;

    public NotCounts(Document doc, PhraseWords phrase) {
        this.doc = doc;
        this.phrase = phrase;
    }

    /** "10 members of one family", "in one house": "one" says which, it counts no one. */
    public boolean whichOne(int i) {
        return !doc.isArabic(i) && doc.isWord(i, "one") && (doc.isWord(i - 1, "of") || doc.isWord(i - 1, "from")
                || doc.isWord(i - 1, "in") || doc.isWord(i - 1, "at")) && i + 1 < doc.size()
                && doc.token(i + 1).isWord() && doc.noun(i + 1) == null && !phrase.isOf(i + 1)
                && !NumberWords.isNumberWord(doc.token(i + 1).norm());
    }

    /** Parents an English report describes by how many children they have: "a mother of four". */
    private static final Set<String> PARENTS = Set.of("mother", "father", "mothers", "fathers",
            "parent", "parents", "grandmother", "grandfather", "grandmothers", "grandfathers", "mum", "dad");

    /**
     * "a mother-of-four", "he was a father of three": the number says how many children the parent has, who
     * are neither killed nor counted by it. Only a bare number: "the father of two victims" counts victims.
     */
    public boolean childrenOfAParent(int i) {
        int k = doc.isWord(i - 1, "-") ? i - 2 : i - 1;
        if (!doc.isWord(k, "of")) {
            return false;
        }
        int parent = doc.isWord(k - 1, "-") ? k - 2 : k - 1;
        return parent >= 0 && doc.isLatin(parent) && PARENTS.contains(doc.token(parent).norm());
    }

    /** A later number of a list of ages: "her sisters, aged 12 and seven" (seven is an age, not a count). */
    public boolean listedAge(int i) {
        for (int k = i - 1; k >= Math.max(0, i - AGE_LIST_REACH); k--) {
            Token t = doc.token(k);
            if (doc.has(k, Lexicon.AGE) && !doc.isArabic(k)) {
                return k < i - 2;
            }
            boolean number = t.kind() == Token.Kind.NUMBER || t.isWord() && NumberWords.isNumberWord(t.norm());
            if (!(number || t.is(",") || t.is("and"))) {
                return false;
            }
        }
        return false;
    }

    /** The day of a date written month first: "April 26", "on May 5, 2016". */
    public boolean afterMonth(int i) {
        for (int k = Math.max(0, i - 2); k < i; k++) {
            Months.Match m = doc.token(k).isWord() ? Months.read(doc.tokens(), k) : null;
            if (m != null && m.end() == i) {
                return true;
            }
        }
        return false;
    }

    /** A day and a month ("الـ 5 من حزيران", "5 June"), or a numeric date ("5/6/2017"). */
    public boolean isDate(int next) {
        if (next >= doc.size()) {
            return false;
        }
        if (Months.read(doc.tokens(), next) != null || doc.isWord(next, "/") || doc.isWord(next, ".") && next + 1 < doc.size()
                && doc.token(next + 1).kind() == Token.Kind.NUMBER) {
            return true;
        }
        return doc.isWord(next, "من") && next + 1 < doc.size() && Months.read(doc.tokens(), next + 1) != null;
    }

    /**
     * A bare واحد/واحدة after a word that is no casualty noun, no cue, no preposition and no part marker is
     * the adjective "one" of the noun phrase before it ("عائلة فلسطينية واحدة"), not a count of one; so is
     * one after a thing counted that is no person ("من عائلة واحدة", "غارة واحدة": one family, one strike),
     * which would otherwise take the بينهم of the figure before it and drop its parts as larger than 1.
     */
    public boolean oneAfterAdjective(int i) {
        if (!(doc.isWord(i, "واحد") || doc.isWord(i, "واحدة")) || i == 0 || !doc.isArabic(i - 1)
                || !doc.token(i - 1).isWord()) {
            return false;
        }
        if (doc.has(i - 1, Lexicon.UNIT)) {
            return true;
        }
        WordInfo before = doc.info(i - 1);
        return before == WordInfo.NONE && !doc.has(i - 1, Lexicon.STOP) && doc.token(i - 1).norm().length() > 3;
    }
}
