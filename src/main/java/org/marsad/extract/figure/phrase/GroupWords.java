package org.marsad.extract.figure.phrase;

import org.marsad.extract.Group;
import org.marsad.extract.document.Document;
import org.marsad.extract.document.Lexicon;
import org.marsad.extract.document.Noun;
import org.marsad.extract.document.Plurality;
import org.marsad.extract.document.Words;
import org.marsad.extract.figure.Figure;
import org.marsad.text.NumberWords;

/**
 * Words after a figure's noun that say more about whom it counts: a second group joined by و/"and"
 * ("مدنيين ومقاتلين", "women and children"), an adjective ("مواطناً فلسطينياً", "ضحية مدنية"), the ranks or
 * the armed body they belong to ("في صفوف الفصائل", "من عناصر النظام").
 */
public final class GroupWords {

    private final Document doc;
    private final PhraseWords phrase;
    private final Affiliations affiliations;

    public GroupWords(Document doc, PhraseWords phrase, Affiliations affiliations) {
        this.doc = doc;
        this.phrase = phrase;
        this.affiliations = affiliations;
    }

    /**
     * Words after the noun that say more about whom it counts: a second group joined by و ("مدني
     * ومقاتل", civilians and fighters, together persons), an adjective ("أشخاص مدنيين", civilian
     * persons), or an armed body after من (min, of): "قتيلين من عناصر النظام".
     */
    public void refine(Figure f, boolean mayJoin) {
        int k = f.end;
        Noun next = doc.noun(k);
        Noun head = f.end > 0 ? doc.noun(f.end - 1) : null;
        if (head != null && head.outcome() != null && k + 1 < doc.size() && phrase.latinWord(k)
                && (doc.isWord(k, "and") || doc.isWord(k, "or")) && doc.noun(k + 1) != null
                && doc.noun(k + 1).outcome() != null && doc.noun(k + 1).outcome() != head.outcome()) {
            f.excluded = true; // "154 civilian injuries and deaths": the killed and the injured together
            f.end = k + 2;
            return;
        }
        if (next != null && !next.others() && next.plurality() != Plurality.DUAL && doc.isArabic(k)) {
            boolean joined = doc.hit(k).conjoined();
            // "مدنيين ومقاتلين" (civilians and fighters) together; after a singular count noun ("17 طفلاً
            // وسيدة", 17 children and a woman) the second noun is an item of its own
            // "8 أطفال وفتيان اثنان" (8 children and two youths): a noun counted by the number after it is a
            // figure of its own
            if (joined && mayJoin && f.group != null && head != null && head.plurality() == next.plurality()
                    && NumberWords.read(doc.tokens(), Math.min(k + 1, doc.size() - 1)) == null
                    && (head.plurality() == Plurality.PLURAL || !doc.isArabic(k) || bothSexes(head, next)
                    || head.outcome() != null && next.outcome() != null)) {
                if (next.outcome() != null && f.stated != null && next.outcome() != f.stated) {
                    f.excluded = true;
                }
                f.group = combine(f.group, next.group());
                f.end = k + 1;
            } else if (!joined && (f.group == Group.PERSON || f.inheritsGroup) && next.outcome() == null) {
                f.group = next.group();
                f.inheritsGroup = false;
                f.end = k + 1;
            }
        }
        // "24 women and children", "720 men, women, and children": one count of all, as "مدنيين ومقاتلين" is in
        // Arabic; a number after the comma starts an item of its own ("two men, three women and four children")
        while (mayJoin && f.group != null && head != null && head.plurality() == Plurality.PLURAL
                && head.outcome() == null && k < doc.size() && !doc.isArabic(k)) {
            int n = doc.isWord(k, ",") && doc.isWord(k + 1, "and") ? k + 2
                    : doc.isWord(k, ",") || doc.isWord(k, "and") ? k + 1 : -1;
            Noun joined = n > 0 ? doc.noun(n) : null;
            if (joined == null || joined.plurality() != Plurality.PLURAL || joined.others() || joined.outcome() != null
                    || n == k + 1 && doc.isWord(k, ",") && !groupListGoesOn(n + 1)) {
                break;
            }
            f.group = combine(f.group, joined.group());
            f.end = n + 1;
            k = f.end;
        }
        k = f.end;
        if (f.group != null && doc.has(k, Lexicon.NATIONALITY) && doc.noun(k - 1) != null) {
            f.end = k + 1; // "149 مواطناً فلسطينياً" (149 Palestinian citizens): the nationality is an adjective
            k = f.end;
        }
        if ((f.group == Group.PERSON || f.inheritsGroup) && doc.isWord(k, "مدنية")) {
            // "9500 حالة وفاة مدنية", "95 ضحية مدنية": the feminine adjective agrees with the noun of the
            // count (a case, a victim), not with a woman: civilians
            f.group = Group.CIVILIAN;
            f.inheritsGroup = false;
            f.end = k + 1;
            return;
        }
        if (f.group == Group.PERSON && doc.isArabic(k) && doc.has(k, Lexicon.ORG) && !doc.hit(k).conjoined()) {
            // "3 من أفراد قوات النظام" (members of the regime forces): members of an armed body are fighters
            f.group = Group.FIGHTER;
            affiliations.affiliation(f, k);
            affiliations.civilBody(f);
            return;
        }
        if (doc.isWord(k, "في") && doc.isWord(k + 1, "صفوف") && (f.group == Group.PERSON || f.inheritsGroup)) {
            // "9 إصابات في صفوف الفصائل" (in the ranks of the factions); "في صفوف المدنيين" among civilians
            Noun ranks = doc.noun(k + 2);
            f.group = ranks != null && !ranks.others() && ranks.outcome() == null ? ranks.group() : Group.FIGHTER;
            f.inheritsGroup = false;
            if (ranks == null) {
                affiliations.affiliation(f, k + 2);
            } else {
                f.end = k + 3;
            }
            return;
        }
        if (phrase.isOf(k) || doc.isWord(k, "from")) {
            int n = doc.isWord(k + 1, "the") ? k + 2 : k + 1;
            Noun of = doc.noun(n);
            if (of != null && !of.others() && (f.group == Group.PERSON || f.inheritsGroup) && of.outcome() == null) {
                f.group = of.group();
                f.inheritsGroup = false;
                f.end = n + 1;
                if (of.group() == Group.FIGHTER && phrase.isOf(n + 1)) {
                    affiliations.affiliation(f, n + 2);
                } else if (of.group() == Group.FIGHTER && affiliations.ofCivilBody(n)) {
                    f.group = Group.CIVILIAN; // "9 من عناصر الدفاع المدني" (members of the civil defence)
                    f.end = n + 3;
                }
            } else if (of != null && of.group() == Group.FIGHTER && f.group == Group.FIGHTER) {
                f.end = n + 1;
            } else if (of == null && affiliations.orgAhead(n) >= 0 && (f.group == Group.PERSON || f.group == Group.FIGHTER
                    || f.inheritsGroup)) {
                f.group = Group.FIGHTER;
                f.inheritsGroup = false;
                affiliations.affiliation(f, n);
                affiliations.civilBody(f);
            }
        }
    }

    /**
     * After "men, women": the list of group nouns goes on to its "and" ("men, women, and children"), so the
     * comma joins nouns of one count, not a noun and the next clause ("30 civilians, women were …").
     */
    private boolean groupListGoesOn(int k) {
        for (int j = k; j < k + 4 && j < doc.size(); j++) {
            if (doc.isWord(j, "and")) {
                Noun last = doc.noun(j + 1);
                return last != null && last.plurality() == Plurality.PLURAL && last.outcome() == null;
            }
            if (!doc.isWord(j, ",") && doc.noun(j) == null) {
                return false;
            }
        }
        return false;
    }

    /**
     * "طفلاً وطفلة" (boys and girls), "مواطناً ومواطنة", "مدني ومقاتل": one count of people of both sexes
     * or of two broad groups.
     */
    private static boolean bothSexes(Noun head, Noun next) {
        return head.group() == next.group() || head.group() == Group.CIVILIAN && next.group() == Group.WOMAN
                || broad(head.group()) && broad(next.group());
    }

    /** "3250 مدني ومقاتل" (civilians and fighters): two broad groups counted together. */
    private static boolean broad(Group g) {
        return g == Group.CIVILIAN || g == Group.FIGHTER || g == Group.PERSON;
    }

    public static Group combine(Group a, Group b) {
        if (a == b) {
            return a;
        }
        boolean civilianA = a == Group.CIVILIAN || a == Group.CHILD || a == Group.WOMAN || a == Group.MAN;
        boolean civilianB = b == Group.CIVILIAN || b == Group.CHILD || b == Group.WOMAN || b == Group.MAN;
        return civilianA && civilianB ? Group.CIVILIAN : Group.PERSON;
    }
}
