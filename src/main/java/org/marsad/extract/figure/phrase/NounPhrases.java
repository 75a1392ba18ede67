package org.marsad.extract.figure.phrase;

import java.util.Set;
import org.marsad.extract.Group;
import org.marsad.extract.Outcome;
import org.marsad.extract.document.Document;
import org.marsad.extract.document.Lexicon;
import org.marsad.extract.document.Noun;
import org.marsad.extract.document.Plurality;
import org.marsad.extract.document.WordInfo;
import org.marsad.extract.figure.Figure;
import org.marsad.text.NumberWords;
import org.marsad.text.Token;

/**
 * The noun that says whom a number counts: right after it, after a hedge, a quote or "of"/من, a
 * partitive ("منهم", "of them"), a verb of being ("11 were civilians"), or a noun shared with the next number
 * ("40 Gazan and two Israeli children").
 */
public final class NounPhrases {

    private static final Set<String> ONE_OF_THE = Set.of(org.marsad.text.ArabicNormalizer.normalize("أحد"),
            org.marsad.text.ArabicNormalizer.normalize("إحدى"));

    private static final Set<String> PARTICIPLES = Set.of("wounded", "injured", "dead");

    private final Document doc;
    private final PhraseWords phrase;
    private final GroupWords groups;
    private final Affiliations affiliations;

    public NounPhrases(Document doc, PhraseWords phrase, GroupWords groups, Affiliations affiliations) {
        this.doc = doc;
        this.phrase = phrase;
        this.groups = groups;
        this.affiliations = affiliations;
    }

    private boolean isQuote(int k) {
        Token t = doc.token(k);
        return t.kind() == Token.Kind.PUNCT && "“”\"«»".contains(t.norm());
    }

    public void nounPhrase(Figure f, int at) {
        if (at + 1 < doc.size() && isQuote(at) && doc.noun(at + 1) != null) {
            at++; // 60 “مقاتلاً” (60 "fighters"): the noun quoted as the source wrote it
        }
        int k = phrase.skipEnglishAdjectives(at);
        Group adjective = k > at ? phrase.adjectiveGroup(at, k) : null;
        Noun noun = doc.noun(k);
        if (noun != null && doc.isArabic(k) && doc.hit(k).conjoined()) {
            noun = null; // "ارتفع عدد الشهداء إلى 2350 والجرحى إلى 10906": a noun after و opens the next clause
        }
        if (noun == null && doc.isWord(k, "صف") && (doc.isWord(k + 1, "ضابط") || doc.isWord(k + 1, "ضباط"))) {
            // "3 صف ضابط" (three non-commissioned officers): صف (row) is the first word of the rank
            takeNoun(f, new Noun(Group.FIGHTER, Plurality.PLURAL, null, false), k + 1, true);
            groups.refine(f, true);
            return;
        }
        if (noun == null && casualtyCase(k) != null) {
            // "12 إصابة" (twelve injuries), "100 حالة قتل" (a hundred cases of killing): a count of people
            boolean cases = doc.isWord(k, "حالة") || doc.isWord(k, "حالات");
            takeNoun(f, new Noun(Group.PERSON, Plurality.PLURAL, casualtyCase(k), false), cases ? k + 1 : k, true);
            groups.refine(f, false);
            return;
        }
        if (noun != null) {
            // "توفي أحد الجرحى" (one of the wounded died): أحد before a definite noun is "one of", and the noun
            // only hints at the outcome, as "two of the wounded died" does
            boolean oneOfThe = k == f.numberEnd && ONE_OF_THE.contains(doc.token(f.start).norm()) && doc.hit(k).definite();
            takeNoun(f, noun, k, !oneOfThe);
            if (adjective != null && (f.group == Group.PERSON || f.inheritsGroup)) {
                f.group = adjective;
                f.inheritsGroup = false;
            }
            groups.refine(f, true);
            return;
        }
        if (phrase.isOf(k)) {
            int n = doc.isWord(k + 1, "the") || doc.isWord(k + 1, "its") || doc.isWord(k + 1, "his")
                    || doc.isWord(k + 1, "her") || doc.isWord(k + 1, "their") ? k + 2 : k + 1;
            if (doc.isWord(n, "them") || doc.isWord(n, "whom")) {
                partitive(f, n + 1);
                return;
            }
            Noun after = doc.noun(n);
            if (after != null) {
                takeNoun(f, after, n, false);
                if (f.group == Group.FIGHTER && after.group() == Group.FIGHTER && affiliations.ofCivilBody(n)) {
                    f.group = Group.CIVILIAN; // "9 من عناصر الدفاع المدني" (members of the civil defence)
                } else if (f.group == Group.FIGHTER && doc.isArabic(n + 1) && affiliations.orgAhead(n + 1) >= 0) {
                    affiliations.affiliation(f, n + 1); // "200 من عناصر قوات النظام": the body they belong to
                }
                if (after.outcome() != null && !after.others() && doc.isWord(n - 1, "the") && doc.isLatin(n)) {
                    f.ofTheDead = true;
                    Noun which = doc.noun(n + 1);
                    if (which != null && which.outcome() == null && !which.others()) {
                        f.group = which.group(); // "four of the dead children"
                        f.inheritsGroup = false;
                        f.end = n + 2;
                    }
                }
                groups.refine(f, true);
                return;
            }
            if (doc.has(n, Lexicon.ORG)) {
                f.group = Group.FIGHTER;
                f.end = n;
                affiliations.affiliation(f, n);
                affiliations.civilBody(f);
                return;
            }
            if (doc.isArabic(n) && doc.token(n).norm().startsWith("ال") && doc.info(n) == WordInfo.NONE) {
                // "اثنين من الكوادر الطبية" (two of the medical staff): people of a kind the lexicon does not
                // name, of the group of the figure they are listed in
                f.end = n + 1;
                f.inheritsGroup = true;
                return;
            }
        }
        if (doc.has(k, Lexicon.PARTITIVE)) {
            partitive(f, k + 1);
            return;
        }
        if (phrase.isOf(k) && doc.isWord(k + 1, "the") && !doc.isArabic(k)) {
            NumberWords.Match words = NumberWords.read(doc.tokens(), k + 2);
            Token t = k + 2 < doc.size() ? doc.token(k + 2) : null;
            int end = words != null ? words.end() : t != null && t.kind() == Token.Kind.NUMBER ? k + 3 : -1;
            if (end > 0 && doc.noun(end) == null && phrase.skipEnglishAdjectives(end) == end) {
                // "one of the seven": a part of the figure of seven counted before
                f.partitive = true;
                f.inheritsGroup = true;
                f.ofCount = words != null ? words.value() : t.value();
                f.end = end;
                return;
            }
        }
        if (copula(f, k)) {
            return;
        }
        if (sharedNoun(f, at)) {
            return;
        }
        f.bare = true;
        f.inheritsGroup = true;
    }

    /**
     * "40 Gazan and two Israeli children", "12 Syrian and three Turkish soldiers": two English numbers,
     * each with its own adjective, sharing the noun written after the second. The first takes that noun
     * (and the adjective group it may carry); its span ends before "and".
     */
    private boolean sharedNoun(Figure f, int at) {
        if (at >= doc.size() || doc.isArabic(at)) {
            return false;
        }
        int and = at;
        // "138 killed and 451 injured": a participle after the first number is its outcome, not an adjective
        // of a noun shared with the second
        while (and < at + 3 && and < doc.size() && doc.token(and).isWord() && doc.noun(and) == null
                && doc.info(and).before() == null && doc.info(and).after() == null
                && !doc.isWord(and, "and") && !doc.isWord(and, "or") && !NumberWords.isNumberWord(doc.token(and).norm())) {
            and++;
        }
        if (and == at || !(doc.isWord(and, "and") || doc.isWord(and, "or"))) {
            return false;
        }
        int next = and + 1;
        NumberWords.Match words = next < doc.size() ? NumberWords.read(doc.tokens(), next) : null;
        int afterNumber = words != null ? words.end()
                : next < doc.size() && doc.token(next).kind() == Token.Kind.NUMBER ? next + 1 : -1;
        if (afterNumber < 0) {
            return false;
        }
        int k = phrase.skipEnglishAdjectives(afterNumber);
        Noun noun = doc.noun(k);
        if (noun == null || noun.others() || noun.plurality() != Plurality.PLURAL) {
            return false;
        }
        takeNoun(f, noun, k, true);
        Group adjective = phrase.adjectiveGroup(at, and);
        if (adjective != null && f.group == Group.PERSON) {
            f.group = adjective;
        }
        f.end = and;
        return true;
    }

    /**
     * "11 were civilians", "three were nurses", "one was a child": an English number whose
     * group a verb of being names, a part of a figure before it.
     */
    private boolean copula(Figure f, int k) {
        if (doc.isArabic(k) || !(doc.isWord(k, "were") || doc.isWord(k, "was") || doc.isWord(k, "are"))) {
            return false;
        }
        int from = doc.isWord(k + 1, "a") || doc.isWord(k + 1, "an") ? k + 2 : k + 1;
        int n = phrase.skipEnglishAdjectives(from);
        Noun noun = doc.noun(n);
        if (noun == null || noun.outcome() != null || noun.others()
                || (noun.plurality() == Plurality.SINGULAR) != (f.count == 1)) {
            return false;
        }
        Group adjective = n > from ? phrase.adjectiveGroup(from, n) : null;
        f.group = adjective != null && noun.group() == Group.PERSON ? adjective : noun.group();
        f.partitive = true;
        f.copula = true;
        f.end = n + 1;
        return true;
    }

    /** The outcome of an injury or a case of death counted right after a number, else null. */
    private Outcome casualtyCase(int k) {
        if (doc.isWord(k, "حالة") || doc.isWord(k, "حالات")) {
            return doc.info(k + 1).before();
        }
        if (doc.isWord(k, "وفاة") || doc.isWord(k, "وفيات")) {
            // "(2) وفاة و(9) إصابات", "6 وفيات": health ministries and emergency rooms count deaths as
            // cases, as they count injuries; only right after the number, so "وفاة الطبيب" counts no one
            return Outcome.KILLED;
        }
        return doc.isWord(k, "اصابة") || doc.isWord(k, "اصابات")
                ? Outcome.INJURED : null;
    }

    private void partitive(Figure f, int next) {
        f.partitive = true;
        f.inheritsGroup = true;
        f.end = next;
        Noun noun = doc.noun(next);
        if (noun != null && !noun.others()) {
            f.group = noun.group();
            f.inheritsGroup = false;
            f.end = next + 1;
            groups.refine(f, false);
        } else if (doc.isWord(next, "من") && doc.noun(next + 1) != null && !doc.noun(next + 1).others()
                && doc.noun(next + 1).outcome() == null) {
            // "كان 9044 منهم من عسكريي الجيش" (9044 of them were of the army's soldiers): the kind after من
            f.group = doc.noun(next + 1).group();
            f.inheritsGroup = false;
            f.end = next + 2;
        }
    }

    /**
     * Takes the noun at {@code k} as the figure's. An outcome noun after "of"/من ("two of the wounded
     * died") only hints at the outcome; an English participle ("seven wounded") keeps the group of the
     * figures before.
     */
    private void takeNoun(Figure f, Noun noun, int k, boolean ownOutcome) {
        f.excluded |= doc.has(k, Lexicon.MIXED);
        f.group = noun.others() ? null : noun.group();
        f.inheritsGroup = noun.others() || noun.outcome() != null && PARTICIPLES.contains(doc.token(k).norm());
        f.others = noun.others();
        if (ownOutcome) {
            f.stated = noun.outcome();
        } else {
            f.nearBefore = noun.outcome();
        }
        f.end = k + 1;
    }
}
