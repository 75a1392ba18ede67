package org.marsad.extract.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.extract.Cause;
import org.marsad.extract.Group;
import org.marsad.extract.Outcome;
import org.marsad.extract.Qualifier;
import org.marsad.extract.document.Document;
import org.marsad.extract.document.Lexicon;
import org.marsad.extract.document.Nationality;
import org.marsad.extract.document.Noun;
import org.marsad.extract.document.Plurality;
import org.marsad.extract.document.Vocabulary;
import org.marsad.extract.document.WordInfo;
import org.marsad.extract.document.Words;
import org.marsad.text.Months;
import org.marsad.text.NumberWords;
import org.marsad.text.Token;

/**
 * Finds the candidate figures of a report in one pass over its tokens: a number (digits or words) and
 * the noun that says whom it counts, a dual noun (طفلان, ṭiflān, two children), a lone singular noun
 * where the sentence makes it a count of one (استشهد طفل, a child was killed; بينهم ناشط, among them an
 * activist), and أحدهم طفل (one of them a child). Numbers that are dates, ages, years or measures of
 * something other than people are skipped here; whether a candidate is a claim is decided later, from
 * the outcome its sentence states.
 */
final class FigureFinder {

    /** Words between a number's noun and its بينهم (among them) that do not end the phrase. */
    private static final int MARKER_REACH = 25;
    /** Words between two figures of one list beyond which a singular noun no longer continues the list. */
    private static final int LIST_REACH = 8;
    private static final int AFFILIATION_WORDS = 7;
    /** Words of the places after "في كل من" (in each of). */
    private static final int EACH_REACH = 12;
    private static final Set<String> ONE_OF_THE = Set.of(org.marsad.text.ArabicNormalizer.normalize("أحد"),
            org.marsad.text.ArabicNormalizer.normalize("إحدى"));
    private static final Set<String> ONE_OF = Set.of("احدهم", "احداهن", "احدهما", "احداهما");
    private static final Set<String> FORWARD_FILLERS = Set.of("were", "was", "have", "has", "had", "been", "are", "is",
            "reportedly", "also", "later", "who", "more", "to", "too", "قد", "الذين", "ممن", "اللذين", "اللواتي", "اللاتي", "allegedly");

    /** توزعوا (tawazzaʿū, they were distributed), "distributed": the figures after it split the one before. */
    static final Set<String> DISTRIBUTED = Set.of("توزعوا", "توزعت", "يتوزعون", "تتوزع", "موزعين", "موزعون",
            "وتوزعوا", "وتوزعت");
    /** تكبد (takabbada, suffered), said of losses. */
    private static final Set<String> SUFFERED = Set.of("تكبد", "تكبدت", "يتكبد", "تتكبد", "تكبدوا");
    /** Words between تكبد and the figure of losses: the armed body that suffered them. */
    private static final int LOSSES_REACH = 10;
    /** Words before a number within which "every ten" makes it a share. */
    private static final int RATE_REACH = 12;
    /** Words from a list's first item to the verb after its last. */
    private static final int LIST_VERB_REACH = 20;
    private static final Set<String> PARTICIPLES = Set.of("wounded", "injured", "dead");
    private static final Vocabulary<Cause> CAUSES = Cause.vocabulary();
    static final String TO = org.marsad.text.ArabicNormalizer.normalize("إلى");
    static final String OF_TOTAL = org.marsad.text.ArabicNormalizer.normalize("أصل");
    private static final String ON = org.marsad.text.ArabicNormalizer.normalize("على");
    private static final String ADDITION = org.marsad.text.ArabicNormalizer.normalize("إضافة");

    private final Document doc;
    private final List<Figure> found = new ArrayList<>();

    FigureFinder(Document doc) {
        this.doc = doc;
    }

    static List<Figure> find(Document doc) {
        FigureFinder finder = new FigureFinder(doc);
        int i = 0;
        while (i < doc.size()) {
            Figure f = finder.at(i);
            if (f != null) {
                finder.found.add(f);
                finder.eachOf(f);
                i = Math.max(f.end, i + 1);
            } else {
                i++;
            }
        }
        return finder.found;
    }

    /**
     * "وتسعة في كل من حمص ودير الزور والقنيطرة" (and nine in each of Homs, Deir ez-Zor and Quneitra),
     * "five in each of A and B": one figure for each place named, joined by و/"and".
     */
    private void eachOf(Figure f) {
        int k = f.end;
        while (k < f.end + 3 && k < doc.size() && (FORWARD_FILLERS.contains(doc.token(k).norm())
                || doc.info(k).after() != null)) {
            k++; // "six people were killed in each of …"
        }
        boolean arabic = doc.isWord(k, "في") && doc.isWord(k + 1, "كل") && doc.isWord(k + 2, "من");
        boolean english = doc.isWord(k, "in") && doc.isWord(k + 1, "each") && doc.isWord(k + 2, "of");
        if (!arabic && !english) {
            return;
        }
        int places = 1;
        for (int j = k + 4; j < k + 4 + EACH_REACH && j < doc.size() && doc.sameSentence(j, k); j++) {
            Token t = doc.token(j);
            boolean comma = t.is(",") || t.is("،");
            if (!t.isWord() && !comma || doc.has(j, Lexicon.STOP) && !t.is("and") || doc.info(j).before() != null
                    || doc.info(j).after() != null || NumberWords.read(doc.tokens(), j) != null) {
                break;
            }
            boolean nextPlace = j + 1 < doc.size() && doc.token(j + 1).isWord() && doc.info(j + 1) == WordInfo.NONE
                    && !doc.hit(j + 1).conjoined() && doc.token(j + 1).norm().charAt(0) != 'و'
                    && !doc.isWord(j + 1, "and");
            if (comma && nextPlace || t.is("and") || t.is("و")
                    || arabic && doc.hit(j).conjoined() || arabic && t.norm().length() > 3
                    && t.norm().charAt(0) == 'و' && !t.norm().startsWith("وادي") && doc.info(j) == WordInfo.NONE) {
                places++;
            }
        }
        for (int n = 1; n < places; n++) {
            Figure copy = new Figure();
            copy.start = f.start;
            copy.numberEnd = f.numberEnd;
            copy.end = f.end;
            copy.count = f.count;
            copy.qualifier = f.qualifier;
            copy.group = f.group;
            copy.inheritsGroup = f.inheritsGroup;
            copy.bare = f.bare;
            copy.stated = f.stated;
            copy.conjoined = true;
            copy.enumerated = f.bare;
            found.add(copy);
        }
    }

    /**
     * Whether the number at {@code i} is written inside a Latin word: the name of an armed group or a weapon
     * ("M23 fighters", "an F-16 strike", "Su-24 jets") or an ordinal or unit ("the 23rd Brigade", "155mm
     * shells"). No space parts it from its letters, so it counts no one.
     */
    private boolean partOfName(int i) {
        int start = doc.token(i).start();
        int end = doc.token(i).end();
        boolean lettersAfter = i + 1 < doc.size() && latinWord(i + 1) && doc.token(i + 1).start() == end;
        boolean lettersBefore = i > 0 && latinWord(i - 1) && doc.token(i - 1).end() == start;
        boolean hyphenated = i > 1 && doc.token(i - 1).is("-") && doc.token(i - 1).end() == start
                && latinWord(i - 2) && doc.token(i - 2).end() == doc.token(i - 1).start()
                && doc.token(i - 2).end() - doc.token(i - 2).start() <= 3
                && Character.isUpperCase(doc.text().charAt(doc.token(i - 2).start()));
        return lettersAfter || lettersBefore || hyphenated;
    }

    /**
     * Whether the English word at {@code k}, a noun that is also an adjective (a nationality, "civilian"),
     * describes the unknown word right after it: "One Sudanese monitoring group said", "two civilian homes".
     * "Five Sudanese were killed", "three Sudanese nationals", "two civilians" keep their count.
     */
    private boolean adjectiveOfAnotherNoun(int k) {
        if (!latinWord(k) || !doc.has(k, Lexicon.ADJECTIVE) || k + 1 >= doc.size() || !latinWord(k + 1)) {
            return false;
        }
        Token next = doc.token(k + 1);
        return (doc.info(k + 1) == WordInfo.NONE || doc.has(k + 1, Lexicon.UNIT)) && !NumberWords.isNumberWord(next.norm())
                && Character.isLowerCase(doc.text().charAt(next.start())) && !next.norm().endsWith("ed")
                && !VERBS_AFTER_PEOPLE.contains(next.norm());
    }

    /** Words that follow people counted by an adjective-noun ("one civilian had his legs amputated"). */
    private static final Set<String> VERBS_AFTER_PEOPLE = Set.of("had", "has", "have", "was", "were", "is", "are",
            "be", "been", "will", "would", "could", "may", "might", "must", "should", "who", "whom", "whose", "that",
            "which", "remain", "remains", "say", "says", "said", "die", "dies", "lost", "living", "aboard", "inside",
            "also", "still", "later", "each", "all", "both");

    /** People a vehicle carries: a load ("a bus carrying 40 passengers") unless a casualty word governs them. */
    private static final Set<String> ABOARD = Set.of("passengers", "passenger");
    /** Auxiliaries between a noun and its participle: "12 passengers were killed", "had been wounded". */
    private static final Set<String> AUXILIARIES = Set.of("were", "was", "are", "is", "have", "has", "had", "been");

    /**
     * Whether the passengers counted at {@code noun} are casualties: a casualty verb right before their
     * number ("killing a dozen passengers") or right after them ("12 passengers were killed").
     */
    private boolean aboardAndHit(int number, int noun) {
        if (!latinWord(noun) || !ABOARD.contains(doc.token(noun).norm())) {
            return false;
        }
        if (number > 0 && doc.info(number - 1).before() != null) {
            return true;
        }
        int k = noun + 1;
        while (k < doc.size() && k < noun + 3 && latinWord(k) && AUXILIARIES.contains(doc.token(k).norm())) {
            k++;
        }
        return k < doc.size() && (doc.info(k).after() != null || doc.info(k).before() != null);
    }

    /** The plural people noun of "Civilians, at 25,667," before the number at {@code i}, else null. */
    private Noun nounBeforeAt(int i) {
        if (i < 3 || !doc.isWord(i - 1, "at") || !doc.token(i - 2).is(",") || !latinWord(i - 3)) {
            return null;
        }
        Noun noun = doc.noun(i - 3);
        return noun != null && noun.plurality() == Plurality.PLURAL && noun.outcome() == null && !noun.others()
                ? noun : null;
    }

    private boolean latinWord(int k) {
        return doc.token(k).isWord() && doc.isLatin(k);
    }

    private Figure at(int i) {
        Token t = doc.token(i);
        if (i > 0 && doc.token(i - 1).kind() == Token.Kind.DECIMAL) {
            return null; // the word after "2.7" is its scale or unit ("مليون", "طن"), never a count of its own
        }
        if (t.kind() == Token.Kind.NUMBER && partOfName(i)) {
            return null;
        }
        if (t.kind() == Token.Kind.NUMBER && isBracketed(i)) {
            return number(i - 1, t.value(), i + 2, conjoinedBefore(i - 1));
        }
        if (t.kind() == Token.Kind.NUMBER || t.kind() == Token.Kind.DECIMAL) {
            NumberWords.Match scaled = NumberWords.scaled(doc.tokens(), i);
            if (scaled != null) {
                return number(i, scaled.value(), scaled.end(), conjoinedBefore(i));
            }
            // "2.7 مليار" that is no whole number of people: nothing, nor the scale word after it as a number
            return t.kind() == Token.Kind.DECIMAL ? null : number(i, t.value(), i + 1, conjoinedBefore(i));
        }
        if (!t.isWord()) {
            return null;
        }
        if (ONE_OF.contains(t.norm())) {
            return oneOf(i);
        }
        NumberWords.Match words = NumberWords.read(doc.tokens(), i);
        if (words != null && t.is("one") && (doc.isWord(i - 1, "no") || doc.isWord(i - 1, "not"))) {
            return null; // "no one had been injured", "not one was killed": nobody
        }
        if (words != null) {
            return number(i, words.value(), words.end(), words.conjoined() || conjoinedBefore(i));
        }
        if (t.is("a") && doc.isWord(i + 1, "dozen") && !doc.isWord(i + 2, "of")) {
            // "wounded a dozen more", "a dozen passengers injured": twelve, as the source rounds it
            Figure dozen = number(i, 12, i + 2, conjoinedBefore(i));
            if (dozen != null && dozen.qualifier == Qualifier.EXACT) {
                dozen.qualifier = Qualifier.APPROX;
            }
            return dozen;
        }
        if (t.is("another") && i + 1 < doc.size() && (doc.token(i + 1).kind() == Token.Kind.NUMBER
                || NumberWords.read(doc.tokens(), i + 1) != null)) {
            return null; // "another 1,771 were wounded": the number after it counts them, not one more person
        }
        if (t.is("a") || t.is("an") || t.is("another")) {
            Figure one = article(i);
            if (one != null || !t.is("another")) {
                return one;
            }
            // "a person was killed and another was wounded": another one, of the figure before
            return lone(i, new Noun(Group.PERSON, Plurality.SINGULAR, null, true), conjoinedBefore(i));
        }
        WordInfo.Hit hit = doc.hit(i);
        Noun noun = hit.info().noun();
        if (noun != null && noun.plurality() == Plurality.PLURAL && !noun.others()) {
            return countAfter(i, noun);
        }
        if (noun == null && !hit.definite() && doc.isArabic(i) && NATIONALS.contains(t.norm()) && i > 0
                && doc.info(i - 1).before() != null && doc.noun(i - 1) == null) {
            // "استشهاد فلسطيني" (the martyrdom of a Palestinian), "إصابة فلسطيني ثالث": the bare singular is an
            // adjective of armies and observatories (الجيش السوري) except as the one a casualty word names
            return lone(i, new Noun(Group.PERSON, Plurality.SINGULAR, null, false), conjoinedBefore(i));
        }
        boolean theOther = hit.definite() && noun != null && noun.others() && noun.plurality() != Plurality.PLURAL
                && doc.info(i - 1).before() != null; // "قتل الآخران" (the other two were killed)
        // a definite dual counts two as well: "قُتل الطفلان أحمد وعلي" (the two children, Ahmad and Ali)
        boolean theTwo = hit.definite() && noun != null && !noun.others() && noun.plurality() == Plurality.DUAL;
        if (noun != null && (!hit.definite() || theOther || theTwo) && noun.plurality() != Plurality.PLURAL
                && !theEnglish(i) && !doc.isWord(i - 1, FIRST)) {
            return lone(i, noun, hit.conjoined() || conjoinedBefore(i) || appositive(i));
        }
        return null;
    }

    /**
     * "the wounded person", "the son": English names someone already counted with "the", as Arabic does
     * with ال.
     */
    private boolean theEnglish(int i) {
        if (doc.isArabic(i)) {
            return false;
        }
        int k = i - 1;
        if (k >= 0 && (doc.info(k).before() != null || doc.info(k).after() != null || doc.has(k, Lexicon.ADJECTIVE))) {
            k--;
        }
        return doc.isWord(k, "the") || doc.isWord(k, "this") || doc.isWord(k, "that");
    }

    /**
     * An English noun set after a figure by a comma, dash or colon, as the people it counts are listed:
     * "a family of five - father, mother and three children -", "killed a farmer, his wife, and his son".
     */
    private boolean appositive(int i) {
        if (doc.isArabic(i) || found.isEmpty()) {
            return false;
        }
        int k = doc.isWord(i - 1, "her") || doc.isWord(i - 1, "his") || doc.isWord(i - 1, "their") ? i - 2 : i - 1;
        Figure last = found.get(found.size() - 1);
        return k > 0 && last.end == k && listMark(k) && doc.sameSentence(last.start, i);
    }

    private boolean isQuote(int k) {
        Token t = doc.token(k);
        return t.kind() == Token.Kind.PUNCT && "“”\"«»".contains(t.norm());
    }

    /** Whether the figure at {@code i} is set in apposition, or joined by "and" to one that is. */
    private boolean apposedList(int i, boolean conjoined) {
        if (appositive(i)) {
            return true;
        }
        Figure last = found.isEmpty() ? null : found.get(found.size() - 1);
        return conjoined && last != null && last.apposed && i - last.end <= 3 && !doc.isArabic(i);
    }

    private boolean listMark(int k) {
        return doc.isWord(k, ",") || doc.isWord(k, "-") || doc.isWord(k, "–") || doc.isWord(k, ":");
    }

    /**
     * A number set in brackets, as statistical statements print their figures: "(53)", "[565]". The
     * figure is read from the bracket, its noun after the closing one.
     */
    private boolean isBracketed(int i) {
        if (i < 1 || i + 1 >= doc.size()) {
            return false;
        }
        String open = doc.token(i - 1).norm();
        String close = doc.token(i + 1).norm();
        return open.equals("(") && close.equals(")") || open.equals("[") && close.equals("]");
    }

    private boolean conjoinedBefore(int i) {
        int k = doc.isWord(i - 1, "her") || doc.isWord(i - 1, "his") || doc.isWord(i - 1, "their") ? i - 2 : i - 1;
        // "مقتل 40 عنصراً … مقابل 25 مقاتلاً" (against 25 fighters): the second side of one count
        return doc.isWord(k, "و") || doc.isWord(k, "and") || doc.isWord(k, "مقابل");
    }

    private Figure number(int i, long value, int numberEnd, boolean conjoined) {
        if (isRate(i, numberEnd)) {
            return null;
        }
        int high = rangeEnd(i, value, numberEnd);
        if (high > numberEnd) {
            // "between five and nine civilians", "بين 5 و9 مدنيين": the documenter records the low count,
            // with the noun written after the high one; the high number is no figure of its own
            numberEnd = high;
        }
        // "تجاوز الـ 25 ألف" (passed the 25 thousand): thousands after the article are a toll, never a date
        boolean thousands = numberEnd > i + 1 && NumberWords.isScale(doc.token(numberEnd - 1).norm());
        if (doc.isWord(i - 1, "ال") && !restatedTotal(i, numberEnd) && !thousands || doc.has(i - 1, Lexicon.AGE)
                || doc.has(i - 2, Lexicon.AGE) || listedAge(i) || isDate(numberEnd)
                || value <= 31 && afterMonth(i)) {
            return null;
        }
        if (doc.isWord(numberEnd, "-") && doc.has(numberEnd + 1, Lexicon.UNIT)
                || doc.has(numberEnd, Lexicon.UNIT) && !aboardAndHit(i, numberEnd)) {
            return null;
        }
        int head = skipEnglishAdjectives(numberEnd);
        if (doc.noun(head) != null && adjectiveOfAnotherNoun(head)) {
            return null; // "one Sudanese monitoring group", "two civilian homes": the count of a thing, not of people
        }
        Figure f = new Figure();
        f.start = i;
        f.numberEnd = numberEnd;
        f.end = numberEnd;
        f.count = value;
        f.conjoined = conjoined;
        Vocabulary.Found<Qualifier> hedge = Qualifiers.AFTER.at(doc.tokens(), numberEnd);
        if (hedge != null && (doc.noun(hedge.end()) != null || isOf(hedge.end()))) {
            // "ثلاثة على الأقل من أفراد الحشد" (three at least of the militia's members): the hedge
            // stands between the number and whom it counts
            nounPhrase(f, hedge.end());
            f.qualifier = hedge.code();
        } else {
            nounPhrase(f, numberEnd);
        }
        if (f.bare && doc.isWord(i - 1, "of") && (doc.isWord(i - 2, "family") || doc.isWord(i - 2, "household"))) {
            // "a family of four": the number counts the family's members
            f.bare = false;
            f.inheritsGroup = false;
            f.group = Group.PERSON;
        }
        Noun apposed = f.bare ? nounBeforeAt(i) : null;
        if (apposed != null) {
            // "Civilians, at 25,667, represented …": the people counted are named before the number, set off
            f.bare = false;
            f.inheritsGroup = false;
            f.group = apposed.group();
        }
        if (f.bare && value >= 1900 && value <= 2100) {
            return null;
        }
        if (f.bare && doc.isLatin(i) && doc.isWord(numberEnd, "out") && doc.isWord(numberEnd + 1, "of")) {
            outOf(f, numberEnd + 2);
        }
        if (value > 1 && doc.isWord(i - 1, "ال")) {
            // "القتلى الـ 267 بينهم 72 طفلاً" (the 267 dead, among them 72 children), "الـ 267 قتيلاً": the
            // article written apart before the number restates a total said before; after a definite
            // casualty noun the number counts that noun's people
            f.definite = true;
            Noun named = definiteCasualtyNoun(i - 2);
            if (f.bare && named != null) {
                f.bare = false;
                f.inheritsGroup = false;
                f.group = named.group();
                f.stated = named.outcome();
            }
        }
        if (value == 1 && f.bare && whichOne(i)) {
            return null;
        }
        if (value == 1 && f.bare && oneAfterAdjective(i)) {
            return null; // "من عائلة فلسطينية واحدة" (of one Palestinian family): واحدة agrees with the family
        }
        if (perPeriod(f.end)) {
            return null; // "(seven children are killed every day)", "nine children a day": an average
        }
        f.conjoined |= listItem(i, f);
        if (f.bare && (doc.isWord(i - 1, OF_TOTAL) && doc.isWord(i - 2, "من") || doc.isWord(i - 1, "of")
                && doc.isWord(i - 2, "out"))) {
            f.refersBack = true; // "قتل 14 منهم معاً، من أصل 25" (14 of them killed together, out of 25)
        }
        Noun counted = f.bare ? null : doc.noun(f.end - 1);
        if (value == 1 && (doc.isWord(i, "واحد") || doc.isWord(i, "واحدة")) && counted != null
                && counted.plurality() == Plurality.PLURAL && !counted.others()) {
            // "عائلة واحدة ضحايا قصف" (one family, victims of shelling): واحدة describes the family. Not
            // أحد (one of): "أحد أبنائها" (one of her sons) counts one.
            return null;
        }
        finish(f);
        return f;
    }

    /** Words from "out of" to the number of the whole: "out of the Najjar family's 10 children". */
    private static final int OUT_OF_REACH = 6;

    /**
     * "At least seven out of the family's 10 children were killed": the first number counts the people the
     * noun after the second names; the second is the whole they were taken from, no count of the dead, so
     * the figure's phrase runs over it.
     */
    private void outOf(Figure f, int from) {
        for (int k = from; k < from + OUT_OF_REACH && k < doc.size() && doc.sameSentence(k, f.start); k++) {
            NumberWords.Match words = NumberWords.read(doc.tokens(), k);
            int end = words != null ? words.end() : doc.token(k).kind() == Token.Kind.NUMBER ? k + 1 : -1;
            if (end < 0) {
                continue;
            }
            int n = skipEnglishAdjectives(end);
            Noun noun = doc.noun(n);
            if (noun != null && !noun.others()) {
                f.bare = false;
                f.inheritsGroup = false;
                f.group = noun.group();
                f.stated = noun.outcome();
                f.end = n + 1;
            }
            return;
        }
    }

    /** Words of a period that an average is counted over: "every day", "a week", "per month". */
    private static final Set<String> PERIODS = Set.of("day", "week", "month", "hour", "year");
    /** Words after "a day" that make it a time ("a day after the strike"), not a rate. */
    private static final Set<String> RELATIVE_TIME = Set.of("after", "before", "earlier", "later", "ago", "of");
    /** Words from an English figure's noun to the period of its average ("are killed every day"). */
    private static final int PERIOD_REACH = 4;
    /** Numbers and separators an age list runs over back to its "aged" ("aged 12, 9 and seven"). */
    private static final int AGE_LIST_REACH = 6;

    /**
     * An English figure counted per period: "nine children a day", "seven are killed every day", "25 per
     * week", "daily". English only: Arabic averages are read in {@link #isRate}.
     */
    private boolean perPeriod(int end) {
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

    /**
     * "killed two men, two women and five children": an English item between commas, after a figure with
     * its noun and before more items, shares the verb of the list as the items joined by "and" do.
     */
    private boolean listItem(int i, Figure f) {
        if (doc.isArabic(i) || f.bare || found.isEmpty() || !doc.isWord(i - 1, ",")) {
            return false;
        }
        Figure last = found.get(found.size() - 1);
        if (last.end != i - 1 || last.bare || !doc.sameSentence(last.start, i)) {
            return false;
        }
        int k = doc.isWord(f.end, ",") ? f.end + 1 : f.end;
        if (doc.isWord(k, "and")) {
            k++;
        } else if (k == f.end) {
            return false;
        }
        return startsCount(k) || doc.isWord(k, "a") || doc.isWord(k, "an");
    }

    /** "10 members of one family", "in one house": "one" says which, it counts no one. */
    private boolean whichOne(int i) {
        return !doc.isArabic(i) && doc.isWord(i, "one") && (doc.isWord(i - 1, "of") || doc.isWord(i - 1, "from")
                || doc.isWord(i - 1, "in") || doc.isWord(i - 1, "at")) && i + 1 < doc.size()
                && doc.token(i + 1).isWord() && doc.noun(i + 1) == null && !isOf(i + 1)
                && !NumberWords.isNumberWord(doc.token(i + 1).norm());
    }

    /** A later number of a list of ages: "her sisters, aged 12 and seven" (seven is an age, not a count). */
    private boolean listedAge(int i) {
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

    /**
     * "القتلى الـ 267" (the 267 dead), "الـ 267 قتيلاً": a number after the article written apart counts
     * people only beside a casualty noun; elsewhere it is a date or a span ("الـ 5 من حزيران"، "الـ24 ساعة").
     */
    private boolean restatedTotal(int i, int numberEnd) {
        Noun after = doc.noun(numberEnd);
        return definiteCasualtyNoun(i - 2) != null || after != null && after.outcome() != null;
    }

    /** The noun at {@code k} if it is a definite casualty noun of its own group ("القتلى", not "الآخرين"). */
    private Noun definiteCasualtyNoun(int k) {
        Noun noun = doc.noun(k);
        return noun != null && noun.outcome() != null && !noun.others() && doc.hit(k).definite() ? noun : null;
    }

    /**
     * The token after the high number of a range opened by "between"/بين ("between 5 and 9", "ما بين
     * خمسة وتسعة"), else {@code numberEnd}.
     */
    private int rangeEnd(int i, long low, int numberEnd) {
        int k = numberEnd;
        if (!doc.isWord(i - 1, "between") && !doc.isWord(i - 1, "بين")) {
            k = englishRangeSecond(i, numberEnd);
            if (k < 0) {
                return numberEnd;
            }
        } else if (doc.isWord(k, "and") || doc.isWord(k, "و")) {
            k++;
        }
        if (k >= doc.size() || !doc.sameSentence(k, i)) {
            return numberEnd;
        }
        Token t = doc.token(k);
        if (t.kind() == Token.Kind.NUMBER) {
            return t.value() > low && (k > numberEnd || doc.hit(k).conjoined()) ? k + 1 : numberEnd;
        }
        NumberWords.Match words = NumberWords.read(doc.tokens(), k);
        return words != null && words.value() > low && (k > numberEnd || words.conjoined()) ? words.end() : numberEnd;
    }

    /**
     * The high number of an English range without "between": "13 and as many as 46 civilians", "five to
     * seven people", "three or four children", "10 and up to 15". Not after "from" ("rose from 10 to 15":
     * the toll's later figure is the claim). The index of the high number, else -1.
     */
    private int englishRangeSecond(int i, int numberEnd) {
        if (doc.isArabic(i) || doc.isWord(i - 1, "from") || numberEnd + 1 >= doc.size()) {
            return -1;
        }
        int k = numberEnd;
        if (doc.isWord(k, "to") || doc.isWord(k, "or")) {
            return k + 1;
        }
        if (doc.isWord(k, "and") && doc.isWord(k + 1, "as") && doc.isWord(k + 2, "many") && doc.isWord(k + 3, "as")) {
            return k + 4;
        }
        if (doc.isWord(k, "and") && doc.isWord(k + 1, "up") && doc.isWord(k + 2, "to")) {
            return k + 3;
        }
        return -1;
    }

    /** Arabic adverbs of an average: "يومياً" (a day), "شهرياً" (a month). */
    private static final Set<String> DAILY = java.util.stream.Stream.of("يومياً", "يوميا", "يوميًا", "أسبوعياً",
            "أسبوعيا", "شهرياً", "شهريا").map(org.marsad.text.ArabicNormalizer::normalize)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * A number that counts a share, not people: "بين كل 10 شهداء" (among every ten martyrs), "3 إلى 7
     * شهداء من كل 10" (three to seven of every ten), "one in every five", "per 100,000".
     */
    private boolean isRate(int i, int numberEnd) {
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
        for (int k = numberEnd; k < numberEnd + 4 && k + 1 < doc.size() && doc.sameSentence(k, i); k++) {
            if ((doc.isWord(k, "من") || doc.isWord(k, "in") || doc.isWord(k, "of") || doc.isWord(k, "out"))
                    && (doc.isWord(k + 1, "كل") && !doc.isWord(k + 2, "من") || doc.isWord(k + 1, "every"))) {
                return true;
            }
        }
        return false;
    }

    /** The day of a date written month first: "April 26", "on May 5, 2016". */
    private boolean afterMonth(int i) {
        for (int k = Math.max(0, i - 2); k < i; k++) {
            Months.Match m = doc.token(k).isWord() ? Months.read(doc.tokens(), k) : null;
            if (m != null && m.end() == i) {
                return true;
            }
        }
        return false;
    }

    /** A day and a month ("الـ 5 من حزيران", "5 June"), or a numeric date ("5/6/2017"). */
    private boolean isDate(int next) {
        if (next >= doc.size()) {
            return false;
        }
        if (Months.read(doc.tokens(), next) != null || doc.isWord(next, "/") || doc.isWord(next, ".") && next + 1 < doc.size()
                && doc.token(next + 1).kind() == Token.Kind.NUMBER) {
            return true;
        }
        return doc.isWord(next, "من") && next + 1 < doc.size() && Months.read(doc.tokens(), next + 1) != null;
    }

    private void nounPhrase(Figure f, int at) {
        if (at + 1 < doc.size() && isQuote(at) && doc.noun(at + 1) != null) {
            at++; // 60 “مقاتلاً” (60 "fighters"): the noun quoted as the source wrote it
        }
        int k = skipEnglishAdjectives(at);
        Group adjective = k > at ? adjectiveGroup(at, k) : null;
        Noun noun = doc.noun(k);
        if (noun != null && doc.isArabic(k) && doc.hit(k).conjoined()) {
            noun = null; // "ارتفع عدد الشهداء إلى 2350 والجرحى إلى 10906": a noun after و opens the next clause
        }
        if (noun == null && casualtyCase(k) != null) {
            // "12 إصابة" (twelve injuries), "100 حالة قتل" (a hundred cases of killing): a count of people
            boolean cases = doc.isWord(k, "حالة") || doc.isWord(k, "حالات");
            takeNoun(f, new Noun(Group.PERSON, Plurality.PLURAL, casualtyCase(k), false), cases ? k + 1 : k, true);
            refine(f, false);
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
            refine(f, true);
            return;
        }
        if (isOf(k)) {
            int n = doc.isWord(k + 1, "the") || doc.isWord(k + 1, "its") || doc.isWord(k + 1, "his")
                    || doc.isWord(k + 1, "her") || doc.isWord(k + 1, "their") ? k + 2 : k + 1;
            if (doc.isWord(n, "them") || doc.isWord(n, "whom")) {
                partitive(f, n + 1);
                return;
            }
            Noun after = doc.noun(n);
            if (after != null) {
                takeNoun(f, after, n, false);
                if (f.group == Group.FIGHTER && after.group() == Group.FIGHTER && ofCivilBody(n)) {
                    f.group = Group.CIVILIAN; // "9 من عناصر الدفاع المدني" (members of the civil defence)
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
                refine(f, true);
                return;
            }
            if (doc.has(n, Lexicon.ORG)) {
                f.group = Group.FIGHTER;
                f.end = n;
                affiliation(f, n);
                civilBody(f);
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
        if (isOf(k) && doc.isWord(k + 1, "the") && !doc.isArabic(k)) {
            NumberWords.Match words = NumberWords.read(doc.tokens(), k + 2);
            Token t = k + 2 < doc.size() ? doc.token(k + 2) : null;
            int end = words != null ? words.end() : t != null && t.kind() == Token.Kind.NUMBER ? k + 3 : -1;
            if (end > 0 && doc.noun(end) == null && skipEnglishAdjectives(end) == end) {
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
        int k = skipEnglishAdjectives(afterNumber);
        Noun noun = doc.noun(k);
        if (noun == null || noun.others() || noun.plurality() != Plurality.PLURAL) {
            return false;
        }
        takeNoun(f, noun, k, true);
        Group adjective = adjectiveGroup(at, and);
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
        int n = skipEnglishAdjectives(from);
        Noun noun = doc.noun(n);
        if (noun == null || noun.outcome() != null || noun.others()
                || (noun.plurality() == Plurality.SINGULAR) != (f.count == 1)) {
            return false;
        }
        Group adjective = n > from ? adjectiveGroup(from, n) : null;
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
        return doc.isWord(k, "إصابة") || doc.isWord(k, "اصابة") || doc.isWord(k, "إصابات") || doc.isWord(k, "اصابات")
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
            refine(f, false);
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

    /**
     * Up to three English words between a number and its noun: "five Syrian soldiers", "12 civilian
     * deaths", "three other family members", "120 pro-government fighters".
     */
    private int skipEnglishAdjectives(int at) {
        if (at >= doc.size() || doc.isArabic(at)) {
            return at;
        }
        for (int k = at; k < at + 4 && k < doc.size(); k++) {
            Token t = doc.token(k);
            if (doc.noun(k) != null && !doc.has(k, Lexicon.ADJECTIVE)) {
                return k;
            }
            boolean unknown = t.isWord() && doc.info(k) == WordInfo.NONE && !NumberWords.isNumberWord(t.norm());
            // "100 Hezbollah fighters", "five ISIS militants": an armed body's name before its members
            boolean body = doc.has(k, Lexicon.ORG) && doc.info(k).noun() == null;
            boolean hyphen = t.is("-") && k > 0 && doc.token(k - 1).end() == t.start(); // "pro-government"
            if (!(doc.has(k, Lexicon.ADJECTIVE) || unknown || body || hyphen)) {
                break;
            }
        }
        return at;
    }

    /**
     * The group the words before the noun give it: "five civilian deaths"; an armed body's name makes its
     * members fighters ("one ISIS member", "two army members").
     */
    private Group adjectiveGroup(int from, int to) {
        for (int k = from; k < to; k++) {
            Noun noun = doc.noun(k);
            if (noun != null && noun.group() != Group.PERSON) {
                return noun.group();
            }
            if (noun == null && doc.has(k, Lexicon.ORG)) {
                return Group.FIGHTER;
            }
        }
        return null;
    }

    /**
     * Words after the noun that say more about whom it counts: a second group joined by و ("مدني
     * ومقاتل", civilians and fighters, together persons), an adjective ("أشخاص مدنيين", civilian
     * persons), or an armed body after من (min, of): "قتيلين من عناصر النظام".
     */
    private void refine(Figure f, boolean mayJoin) {
        int k = f.end;
        Noun next = doc.noun(k);
        Noun head = f.end > 0 ? doc.noun(f.end - 1) : null;
        if (head != null && head.outcome() != null && k + 1 < doc.size() && latinWord(k)
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
            affiliation(f, k);
            civilBody(f);
            return;
        }
        if (doc.isWord(k, "في") && doc.isWord(k + 1, "صفوف") && (f.group == Group.PERSON || f.inheritsGroup)) {
            // "9 إصابات في صفوف الفصائل" (in the ranks of the factions); "في صفوف المدنيين" among civilians
            Noun ranks = doc.noun(k + 2);
            f.group = ranks != null && !ranks.others() && ranks.outcome() == null ? ranks.group() : Group.FIGHTER;
            f.inheritsGroup = false;
            if (ranks == null) {
                affiliation(f, k + 2);
            } else {
                f.end = k + 3;
            }
            return;
        }
        if (isOf(k) || doc.isWord(k, "from")) {
            int n = doc.isWord(k + 1, "the") ? k + 2 : k + 1;
            Noun of = doc.noun(n);
            if (of != null && !of.others() && (f.group == Group.PERSON || f.inheritsGroup) && of.outcome() == null) {
                f.group = of.group();
                f.inheritsGroup = false;
                f.end = n + 1;
                if (of.group() == Group.FIGHTER && isOf(n + 1)) {
                    affiliation(f, n + 2);
                } else if (of.group() == Group.FIGHTER && ofCivilBody(n)) {
                    f.group = Group.CIVILIAN; // "9 من عناصر الدفاع المدني" (members of the civil defence)
                    f.end = n + 3;
                }
            } else if (of != null && of.group() == Group.FIGHTER && f.group == Group.FIGHTER) {
                f.end = n + 1;
            } else if (of == null && orgAhead(n) >= 0 && (f.group == Group.PERSON || f.group == Group.FIGHTER
                    || f.inheritsGroup)) {
                f.group = Group.FIGHTER;
                f.inheritsGroup = false;
                affiliation(f, n);
                civilBody(f);
            }
        }
    }

    private static final Set<String> CIVIL = java.util.stream.Stream.of("المدنية", "المدني")
            .map(org.marsad.text.ArabicNormalizer::normalize).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * "204 من قوات الشرطة المدنية" (of the civil police), "من عناصر الدفاع المدني" (civil defence): a civil
     * body's members are counted among civilians, as the reports that name them count them (GOLD.md).
     */
    /** "عناصر الدفاع المدني", "عناصر الشرطة المدنية": the members at {@code n} of a civil body named after them. */
    private boolean ofCivilBody(int n) {
        return doc.isArabic(n + 1) && n + 2 < doc.size() && CIVIL.contains(doc.token(n + 2).norm());
    }

    private void civilBody(Figure f) {
        for (int k = f.affiliationStart; k >= 0 && k < f.affiliationEnd; k++) {
            if (CIVIL.contains(doc.token(k).norm())) {
                f.group = Group.CIVILIAN;
                return;
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

    /** An armed body named within the next few words (English puts it last: "Internal Security Forces"). */
    private int orgAhead(int from) {
        int limit = doc.isArabic(from) ? from + 1 : from + 5;
        for (int k = from; k < limit && k < doc.size(); k++) {
            if (doc.has(k, Lexicon.ORG)) {
                return k;
            }
            if (!doc.token(k).isWord() || doc.has(k, Lexicon.STOP) && !doc.isWord(k, "the")) {
                return -1;
            }
        }
        return -1;
    }

    private void affiliation(Figure f, int from) {
        int k = from;
        int words = 0;
        while (k < doc.size() && words < AFFILIATION_WORDS && doc.sameSentence(k, from)) {
            Token t = doc.token(k);
            boolean quote = t.kind() == Token.Kind.PUNCT && "“”\"«»'".contains(t.norm());
            if (!t.isWord() && !quote || t.isWord() && endsAffiliation(k)) {
                break;
            }
            k++;
            words++;
        }
        if (k > from) {
            f.affiliationStart = from;
            f.affiliationEnd = k;
            f.end = Math.max(f.end, k);
        }
    }

    private boolean endsAffiliation(int k) {
        WordInfo info = doc.info(k);
        if (doc.has(k, Lexicon.STOP) && !doc.isWord(k, "the") && !doc.isWord(k, "of") || info.before() != null
                || info.after() != null || doc.has(k, Lexicon.PART) || doc.has(k, Lexicon.DOC)) {
            return true;
        }
        Token next = k + 1 < doc.size() ? doc.token(k + 1) : null;
        boolean conjoined = doc.hit(k).conjoined() || doc.token(k).is("و") || doc.token(k).is("and");
        NumberWords.Match number = NumberWords.read(doc.tokens(), k);
        if (number != null && number.conjoined()) {
            return true; // "ثلاثة من الشرطة وواحد من …" (three of the police and one of …): the next item
        }
        return conjoined && (doc.noun(k) != null || next != null && next.kind() == Token.Kind.NUMBER || number != null);
    }

    /**
     * A plural noun counted by a definite number after it: "وأطفالها الأربعة" (and her four children),
     * "القتلى الثلاثة" (the three dead).
     */
    private Figure countAfter(int i, Noun noun) {
        if (i + 1 >= doc.size() || !doc.token(i + 1).isWord()) {
            return null;
        }
        String next = doc.token(i + 1).norm();
        boolean two = next.equals("اثنين") || next.equals("اثنان") || next.equals("اثنتين") || next.equals("اثنتان");
        if (!two && (!next.startsWith("ال") || next.length() < 4) || two && isOf(i + 2)) {
            return null; // "بين القتلى اثنين من المسعفين" (among the dead, two of the medics): a phrase of its own
        }
        // "مدنيين اثنين" (two civilians): the plural noun counted by اثنين after it
        java.util.OptionalLong n = two ? java.util.OptionalLong.of(2) : NumberWords.parse(next.substring(2));
        if (n.isEmpty() || n.getAsLong() < 2) {
            return null;
        }
        Figure f = new Figure();
        f.start = i;
        f.numberEnd = i + 2;
        f.end = i + 2;
        f.count = n.getAsLong();
        f.group = noun.group();
        f.stated = noun.outcome();
        f.conjoined = doc.hit(i).conjoined() || conjoinedBefore(i);
        f.definite = doc.hit(i).definite(); // "الأطفال الثلاثة" (the three children), not "وأطفالها الأربعة"
        finish(f);
        return f;
    }

    /**
     * A bare واحد/واحدة after a word that is no casualty noun, no cue, no preposition and no part marker is
     * the adjective "one" of the noun phrase before it ("عائلة فلسطينية واحدة"), not a count of one.
     */
    private boolean oneAfterAdjective(int i) {
        if (!(doc.isWord(i, "واحد") || doc.isWord(i, "واحدة")) || i == 0 || !doc.isArabic(i - 1)
                || !doc.token(i - 1).isWord()) {
            return false;
        }
        WordInfo before = doc.info(i - 1);
        return before == WordInfo.NONE && !doc.has(i - 1, Lexicon.STOP) && doc.token(i - 1).norm().length() > 3;
    }

    /** "منذ سقوط أول قتيل" (since the first death fell): a moment, not one more death. */
    private static final String FIRST = org.marsad.text.ArabicNormalizer.normalize("أول");

    /** Singular nationality nouns, one person only right after a casualty word. */
    private static final Set<String> NATIONALS = Nationality.singulars();

    /** Verbs after which a martyr in the accusative says how the one told of died: "سقط شهيداً". */
    private static final Set<String> FELL_AS = java.util.stream.Stream.of("سقط", "وسقط", "ارتقى", "وارتقى", "ارتقت",
            "سقطت", "قضى", "استشهد", "مضى", "رحل").map(org.marsad.text.ArabicNormalizer::normalize)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private Figure lone(int i, Noun noun, boolean conjoined) {
        if (doc.has(i, Lexicon.NATIONALITY) && doc.noun(i - 1) != null) {
            return null; // "مواطناً فلسطينياً": the adjective of the noun before, not one more person
        }
        if (i > 0 && doc.token(i - 1).kind() == Token.Kind.NUMBER || modifier(i)) {
            return null; // the noun of a number that counts no one here ("90 قتيلاً في كل شهر", an average)
        }
        if (noun.outcome() == Outcome.KILLED && noun.plurality() == Plurality.SINGULAR && i > 0 && doc.isArabic(i)
                && FELL_AS.contains(doc.token(i - 1).norm()) && !doc.hit(i).definite()
                && doc.token(i).norm().endsWith("ا")) { // the accusative: "سقط شهيد وجريحان" counts one
            return null; // "ثم ارتقى شهيداً", "سقط شهيداً" (fell a martyr): how the one told of died, not one more
        }
        if (noun.outcome() != null && (otherOutcome(i + 1, noun.outcome()) && between(i - 1)
                || otherOutcome(i - 1, noun.outcome()) && between(i - 2))) {
            return null; // "بين قتيل وجريح" (between dead and wounded): the words of a mixed total, not a count
        }
        Figure f = new Figure();
        f.start = i;
        f.numberEnd = i + 1;
        f.end = i + 1;
        f.group = noun.others() ? null : noun.group();
        f.inheritsGroup = noun.others();
        f.stated = noun.outcome();
        f.others = noun.others() && noun.plurality() != Plurality.SINGULAR;
        if (doc.info(i).kin() && noun.plurality() == Plurality.SINGULAR) {
            f.kin = doc.token(i).norm();
        } else if (doc.isWord(i - 1, "his") || doc.isWord(i - 1, "her") || doc.isWord(i - 1, "their")) {
            f.kin = doc.token(i - 1).norm() + " " + doc.token(i).norm(); // "his child": a relative, not a new count
        }
        f.conjoined = conjoined;
        f.apposed = apposedList(i, conjoined);
        if (noun.plurality() == Plurality.DUAL) {
            f.count = 2;
            f.definite = doc.hit(i).definite() && !noun.others(); // "والطفلان هما …" (and the two children are …)
            if (doc.isWord(i + 1, "اثنان") || doc.isWord(i + 1, "اثنين") || doc.isWord(i + 1, "اثنتان")
                    || doc.isWord(i + 1, "اثنتين")) {
                f.end = i + 2;
            }
        } else {
            f.count = 1;
            if (doc.isWord(i + 1, "واحد") || doc.isWord(i + 1, "واحدة")) {
                f.end = i + 2;
            } else if (noun.others() ? !licensesAnother(i, conjoined) : !licensesOne(i, noun, conjoined)) {
                return null;
            }
        }
        refine(f, false);
        finish(f);
        return f;
    }

    /**
     * Whether آخر or an ordinal counts one more person here: right after an outcome ("وأصيب آخر", and
     * another was injured), or joined by و to the list of figures before ("قتل شخص في الحي وآخر في السوق").
     */
    private boolean licensesAnother(int i, boolean conjoined) {
        if (doc.info(i - 1).before() != null) {
            return true;
        }
        if (!conjoined || found.isEmpty() || doc.noun(i + 1) != null) {
            return false;
        }
        Figure last = found.get(found.size() - 1);
        return doc.sameSentence(last.start, i) && i - last.end <= LIST_REACH;
    }

    /**
     * بين (between) opens a mixed total ("30 بين قتيل وجريح"); without it the two nouns are two counts, one
     * each ("الحصيلة شهيد وجريح", one dead and one injured; "سقط شهيد وجريحان").
     */
    private boolean between(int k) {
        return doc.isWord(k, "بين") || doc.isWord(k, "ما") && doc.isWord(k + 1, "بين") || !doc.isArabic(Math.max(k, 0));
    }

    private boolean otherOutcome(int k, Outcome outcome) {
        Noun n = doc.noun(k);
        return n != null && n.outcome() != null && n.outcome() != outcome && !n.others();
    }

    /** Whether a singular noun with no number counts one person here. */
    private boolean licensesOne(int i, Noun noun, boolean conjoined) {
        int cue = doc.isWord(i - 1, "his") || doc.isWord(i - 1, "her") || doc.isWord(i - 1, "their") ? i - 2 : i - 1;
        // ضحية (victim) alone is as often a figure of speech ("the rescuer became a victim") as a count
        boolean selfCounting = noun.outcome() != null && !doc.token(i).norm().endsWith("ضحية");
        if (selfCounting || cue >= 0 && doc.info(cue).before() != null || doc.has(i - 1, Lexicon.PART)
                || doc.isWord(i + 1, ",") && doc.isWord(i + 2, "who") && statedAfter(i + 1) != null) {
            return true;
        }
        if (doc.isArabic(i) && statedAfter(i + 1) != null) {
            return true; // "ومسن توفي في المستشفى" (and an old man died in hospital)
        }
        boolean possessed = cue == i - 2;
        if (possessed && statedAfter(i + 1) != null) {
            return true; // "their mother was wounded", "his son was killed": a relative, counted one
        }
        if (possessed && (doc.isWord(cue, "with") || doc.isWord(cue, "alongside")) && cue > 0
                && doc.info(cue - 1).before() != null) {
            return true; // "two children were killed with their father": the relative died with them
        }
        if (doc.isArabic(i) && !conjoined && verbAfterList(i + 1)) {
            return true;
        }
        if (!conjoined || found.isEmpty()) {
            return false;
        }
        Figure last = found.get(found.size() - 1);
        // "قتل 5 … في السوق، وشاب جراء قصف …" (and a young man by shelling): an item of the list, its cause
        // after it, however long the item before
        return doc.sameSentence(last.start, i) && (i - last.end <= LIST_REACH || doc.isArabic(i) && causeAt(i + 1));
    }

    /**
     * "أن قيادياً في الفصائل، و7 عناصر، قتلوا" (that a commander of the factions, and 7 members, were killed):
     * the first item of a list whose verb follows the last. The list goes on with a number or a noun after و
     * within a few words, and the verb comes before anything that starts another statement.
     */
    private boolean verbAfterList(int from) {
        boolean listed = false;
        for (int k = from; k < from + LIST_VERB_REACH && k < doc.size() && doc.sameSentence(k, from - 1); k++) {
            WordInfo.Hit hit = doc.hit(k);
            if (listed && hit.info().after() != null && !hit.conjoined()) {
                return hit.info().after() != null;
            }
            if (hit.info().before() != null || doc.has(k, Lexicon.EVENT) || doc.has(k, Lexicon.PART)) {
                return false;
            }
            Token t = doc.token(k);
            boolean and = t.is("و") || hit.conjoined();
            boolean count = t.kind() == Token.Kind.NUMBER || doc.noun(k) != null || NumberWords.read(doc.tokens(), k) != null;
            listed |= and && (count || t.is("و") && k + 1 < doc.size() && doc.token(k + 1).kind() == Token.Kind.NUMBER);
        }
        return false;
    }

    /** What killed them, named right after a list item: جراء، إثر، بقصف، برصاص (as a result of, by shelling, by bullets). */
    private boolean causeAt(int k) {
        if (k >= doc.size() || !doc.token(k).isWord()) {
            return false;
        }
        String w = doc.token(k).norm();
        if (w.equals("جراء") || w.equals("اثر") || w.equals("إثر") || w.equals("بسبب") || w.equals("نتيجة")
                || w.startsWith("متاثر")) {
            return true;
        }
        Vocabulary.Found<Cause> cause = CAUSES.at(doc.tokens(), k);
        return cause != null && w.charAt(0) == 'ب';
    }

    private Figure oneOf(int i) {
        Noun noun = doc.noun(i + 1);
        if ((noun == null || noun.others()) && doc.info(i - 1).before() != null) {
            // "قتل أحدهم على يد …" (one of them was killed by …): one person of the figure before
            Figure f = new Figure();
            f.start = i;
            f.numberEnd = i + 1;
            f.end = i + 1;
            f.count = 1;
            f.partitive = true;
            f.inheritsGroup = true;
            finish(f);
            return f;
        }
        if (noun == null || noun.others()) {
            return null;
        }
        Figure f = new Figure();
        f.start = i;
        f.numberEnd = i + 1;
        f.end = i + 2;
        f.count = 1;
        f.group = noun.group();
        f.oneOf = true;
        finish(f);
        return f;
    }

    /** "a woman", "a 12-year-old boy": one person, when the sentence says what happened to them. */
    private Figure article(int i) {
        int k = i + 1;
        // "a 12-year-old boy", "a six-year-old boy": the age, spelled in digits or words
        NumberWords.Match spelled = k < doc.size() && doc.token(k).isWord() ? NumberWords.read(doc.tokens(), k) : null;
        int age = spelled != null ? spelled.end() : k < doc.size() && doc.token(k).kind() == Token.Kind.NUMBER ? k + 1 : -1;
        if (age > 0 && age + 3 < doc.size() && doc.isWord(age, "-") && doc.has(age + 1, Lexicon.UNIT)) {
            k = doc.isWord(age + 2, "-") ? age + 4 : age + 2;
        }
        int adjectives = k;
        k = skipEnglishAdjectives(k);
        Noun noun = doc.noun(k);
        if (noun == null || noun.plurality() != Plurality.SINGULAR || noun.others() || predicate(i) || modifier(k)) {
            return null;
        }
        Group adjective = k > adjectives ? adjectiveGroup(adjectives, k) : null;
        Figure f = new Figure();
        f.start = i;
        f.numberEnd = i + 1;
        f.end = k + 1;
        f.count = 1;
        f.group = adjective != null && noun.group() == Group.PERSON ? adjective : noun.group();
        f.stated = noun.outcome();
        f.conjoined = conjoinedBefore(i) || appositive(i);
        f.apposed = apposedList(i, f.conjoined);
        refine(f, false);
        finish(f);
        return f;
    }

    /** Nouns of places, vehicles and bodies that an English person noun may stand before as a modifier. */
    private static final Set<String> COMPOUND_HEADS = Set.of("camp", "camps", "shelter", "shelters", "centre",
            "center", "site", "settlement", "convoy", "tent", "tents", "school", "hospital", "ward", "bus", "boat",
            "vehicle", "union", "syndicate", "association", "agency", "organisation", "organization", "rights",
            "group", "team", "crisis", "status",
            // "a suspected jihadist attack", "a militant hideout": the attack's, not a person
            "attack", "attacks", "raid", "raids", "assault", "ambush", "offensive", "insurgency", "bombing", "cell",
            "hideout", "stronghold", "base", "position", "positions", "faction", "movement", "threat");

    /**
     * "a refugee camp", "a refugee shelter", "a journalist union": an English person noun that only describes
     * the noun after it counts no one.
     */
    private boolean modifier(int k) {
        return doc.isLatin(k) && k + 1 < doc.size() && COMPOUND_HEADS.contains(doc.token(k + 1).norm());
    }

    /**
     * "a" after a verb of being says what someone is, not how many: "said to be a farmer or a
     * guard", "he was a father of three". An alternative ("or a member") is no count either.
     */
    private boolean predicate(int i) {
        return doc.isWord(i - 1, "be") || doc.isWord(i - 1, "being") || doc.isWord(i - 1, "is")
                || doc.isWord(i - 1, "was") || doc.isWord(i - 1, "became") || doc.isWord(i - 1, "become")
                || doc.isWord(i - 1, "or");
    }

    /**
     * A verb of exceeding before the toll the number ends: "تجاوز عدد الجرحى (منهم) 500", "فاق عدد القتلى
     * 300" say more than that number, as "أكثر من" would before it. Only the wordings of more_than: a
     * verb that states the toll ("بلغ عدد القتلى 300") leaves it exact.
     */
    private Qualifier overToll(int start) {
        int k = start - 1;
        if (doc.has(k, Lexicon.PARTITIVE)) {
            k--;
        }
        if (k < 2 || doc.noun(k) == null || doc.noun(k).outcome() == null || !doc.has(k - 1, Lexicon.TOLL)) {
            return null;
        }
        Vocabulary.Found<Qualifier> verb = Qualifiers.BEFORE.before(doc.tokens(), k - 1);
        return verb != null && verb.code() == Qualifier.MORE_THAN && verb.end() - verb.start() == 1 ? verb.code() : null;
    }

    /** The qualifier around the figure, its بينهم (among them), its outcome as stated in its own words. */
    private void finish(Figure f) {
        f.added = addedTo(f.start);
        if (f.count == 1 && doc.isArabic(f.start) && (f.group == Group.PERSON || f.group == Group.MAN
                || f.group == Group.CIVILIAN)) {
            // "شهيد يبلغ من العمر ستة عشر عاماً", "شاب (17 عاماً)": a stated age under 18 makes one a child
            int age = new StatedAge(doc).at(f.end);
            if (age >= 0 && age < StatedAge.ADULT) {
                f.group = Group.CHILD;
                f.inheritsGroup = false;
            }
        }
        Vocabulary.Found<Qualifier> before = Qualifiers.BEFORE.before(doc.tokens(), f.start);
        Qualifier overToll = overToll(f.start);
        if (before == null && overToll != null && f.count > 1) {
            f.qualifier = overToll; // "تجاوز عدد الجرحى منهم 500" (the number of wounded passed 500)
        }
        if (before != null && f.count > 1) {
            f.qualifier = before.code();
            f.start = before.start();
            String first = doc.token(before.start()).norm();
            f.conjoined |= first.length() > 1 && first.charAt(0) == 'و' && !first.equals("وفق")
                    || conjoinedBefore(before.start());
        }
        if (f.count > 1 && doc.isWord(f.start - 1, "the")) {
            f.definite = true; // "the two children", "the more than 70 civilian casualties": said before
        }
        if (doc.isWord(f.end, "بين") && doc.noun(f.end + 1) != null && doc.noun(f.end + 1).outcome() != null
                && otherOutcome(f.end + 2, doc.noun(f.end + 1).outcome())) {
            f.excluded = true; // "200 مدني بين قتيل وجريح" (between dead and wounded): killed and injured together
        }
        Vocabulary.Found<Qualifier> after = Qualifiers.AFTER.at(doc.tokens(), f.end);
        if (after != null) {
            f.qualifier = after.code();
            f.end = after.end();
        }
        if (f.group == Group.FIGHTER && f.affiliationStart < 0 && isOf(f.end)) {
            int n = doc.isWord(f.end + 1, "the") ? f.end + 2 : f.end + 1;
            if (orgAhead(n) >= 0 || doc.isArabic(n)) {
                affiliation(f, n);
            }
        }
        Noun named = doc.noun(f.end + 1);
        if (doc.isWord(f.end, "هم") && named != null && named.plurality() == Plurality.PLURAL && named.outcome() == null
                && !named.others() && (f.group == Group.PERSON || f.inheritsGroup) && !startsCount(f.end + 2)) {
            // "300 من الشهداء هم أطفال" (300 of the martyrs are children): the group, not a list of parts
            f.group = named.group();
            f.inheritsGroup = false;
            f.end += 2;
        }
        int they = doc.isWord(f.end, "،") || doc.isWord(f.end, ",") ? f.end + 1 : theyAfterPlace(f);
        if ((doc.isWord(they, "هم") || doc.isWord(they, "وهم") || doc.isWord(they, "هن"))
                && (doc.noun(they + 1) != null || doc.token(Math.min(they + 1, doc.size() - 1)).kind() == Token.Kind.NUMBER
                || NumberWords.read(doc.tokens(), Math.min(they + 1, doc.size() - 1)) != null)) {
            // "19 مواطناً هم 5 مواطنات وأربعة أطفال" (19 citizens: they are 5 women and four children),
            // "8 مواطنين، وهم 6 بينهم …"
            f.marker = they;
        }
        if (f.marker < 0 && !doc.isArabic(f.start) && doc.isWord(f.start - 1, "the") && doc.isWord(f.start - 2, "among")) {
            // "Among the 46 dead were five women": the figures after the verb are parts of this one
            int verb = doc.info(f.end).after() != null ? f.end + 1 : f.end;
            if (doc.isWord(verb, "were") || doc.isWord(verb, "was") || doc.isWord(verb, "are")) {
                f.marker = verb;
            }
        }
        int split = they;
        if (f.marker < 0 && split + 1 < doc.size() && DISTRIBUTED.contains(doc.token(split).norm())
                && (doc.isWord(split + 1, ON) || doc.isWord(split + 1, "بين"))) {
            // "623 مدنياً توزعوا على 224 شهيداً و399 جريحاً" (623 civilians, distributed among 224 dead and 399
            // injured): the figures after it are its parts
            f.marker = split + 1;
            f.distributed = true;
        }
        for (int k = f.end; f.marker < 0 && k < f.end + MARKER_REACH && k < doc.size() && doc.sameSentence(k, f.start); k++) {
            // "1,200 civilian deaths, of whom 452 are children": English's منهم
            boolean ofWhom = doc.isWord(k, "whom") && (doc.isWord(k - 1, "of") || doc.isWord(k - 1, "among"));
            if (doc.isWord(k, "بما") && doc.isWord(k + 1, "في") && doc.isWord(k + 2, "ذلك")) {
                f.marker = k + 2; // "928 شخصاً (بما في ذلك 204 من قوات الشرطة المدنية)": Arabic's "including"
                break;
            }
            if (doc.has(k, Lexicon.PART) || ofWhom) {
                if (k == f.end && doc.has(k, Lexicon.PARTITIVE) && !startsCount(k + 1)) {
                    continue; // "130 مدنياً منهم على يد …" (130 civilians of them, by …): a part, not a list
                }
                f.marker = k;
                break;
            }
            Noun tolled = doc.noun(k + 1);
            if (k > f.end && doc.isArabic(k) && doc.has(k, Lexicon.TOLL) && tolled != null && tolled.outcome() != null) {
                // "قتلى … 231 فيما تجاوز عدد الجرحى منهم 500": a toll of its own outcome opens, its منهم is its own
                // ("وبلغ عدد الأطفال منهم 5", the children among them, names no outcome and stays a part)
                break;
            }
            Token t = doc.token(k);
            boolean number = t.kind() == Token.Kind.NUMBER || t.isWord() && NumberWords.isNumberWord(t.norm())
                    && !whichOne(k) && !oneAfterAdjective(k);
            boolean measure = doc.has(k + 1, Lexicon.UNIT) || doc.isWord(k - 1, "ال");
            if (number && !measure || doc.info(k).before() != null && doc.info(k).after() == null) {
                break;
            }
        }
        if (f.stated == Outcome.INJURED && f.inheritsGroup && doc.isLatin(f.start)) {
            diedOfWounds(f);
        }
        if (f.stated == null && f.marker != f.end) {
            f.stated = statedAfter(f.end);
            f.statedAfter = f.stated != null;
            f.excluded |= f.statedAfter && bothAfter(f.end, f.stated);
        }
        losses(f);
    }

    /**
     * "تكبدت قوات النظام 507 قتلى" (the regime forces suffered 507 dead): the losses an armed body suffers
     * are its own fighters, though the noun counts persons.
     */
    private void losses(Figure f) {
        if (f.group != Group.PERSON || f.inheritsGroup || !doc.isArabic(f.end - 1)) {
            return;
        }
        Figure last = found.isEmpty() ? null : found.get(found.size() - 1);
        if (f.conjoined && last != null && last.suffered && f.start - last.end <= 1) {
            f.group = Group.FIGHTER;
            f.suffered = true;
            f.affiliationStart = last.affiliationStart;
            f.affiliationEnd = last.affiliationEnd;
            return;
        }
        int org = -1;
        for (int k = f.start - 1; k >= Math.max(0, f.start - LOSSES_REACH) && doc.sameSentence(k, f.start); k--) {
            if (suffered(k)) {
                if (org > k) {
                    f.group = Group.FIGHTER;
                    f.suffered = true;
                    f.affiliationStart = org;
                    f.affiliationEnd = f.start;
                }
                return;
            }
            WordInfo info = doc.info(k);
            if (info.before() != null || info.after() != null || doc.token(k).kind() == Token.Kind.NUMBER) {
                return;
            }
            if (doc.has(k, Lexicon.ORG) && doc.noun(k) == null) {
                org = k;
            }
        }
    }

    private boolean suffered(int k) {
        for (String form : Words.bareForms(doc.token(k).norm())) {
            if (SUFFERED.contains(form)) {
                return true;
            }
        }
        return false;
    }

    /** "إضافة إلى 40 امرأة" (in addition to 40 women), "in addition to", "as well as". */
    private boolean addedTo(int start) {
        boolean arabic = doc.isWord(start - 1, TO) || doc.isWord(start - 1, "ل");
        String before = start >= 2 ? doc.token(start - 2).norm() : "";
        return arabic && before.endsWith(ADDITION)
                // "إلى جانب 16" (alongside 16), as a list goes on
                || doc.isWord(start - 1, "جانب") && (doc.isWord(start - 2, TO) || doc.isWord(start - 2, "و" + TO))
                || doc.isWord(start - 1, "to") && doc.isWord(start - 2, "addition") && doc.isWord(start - 3, "in")
                || doc.isWord(start - 1, "as") && doc.isWord(start - 2, "well") && doc.isWord(start - 3, "as");
    }

    /** Whether a number or a counting noun starts at {@code k}. */
    private boolean startsCount(int k) {
        return k < doc.size() && (doc.token(k).kind() == Token.Kind.NUMBER || doc.noun(k) != null
                || doc.token(k).isWord() && NumberWords.isNumberWord(doc.token(k).norm())
                || NumberWords.read(doc.tokens(), k) != null);
    }

    /**
     * "eight wounded civilians passed away", "two injured later died": the wounded a death verb follows are
     * dead (deaths after injury count as deaths); the group noun after the participle is theirs.
     */
    private void diedOfWounds(Figure f) {
        Noun who = doc.noun(f.end);
        int k = who != null && who.outcome() == null && !who.others() ? f.end + 1 : f.end;
        if (statedAfter(k) == Outcome.KILLED && doc.info(k).before() == null) {
            f.stated = Outcome.KILLED;
            if (k > f.end) {
                f.group = who.group();
                f.inheritsGroup = false;
                f.end = k;
            }
        }
    }

    /**
     * An outcome verb right after the phrase: "12 civilians were killed", "5 مدنيين قضوا", "their mother,
     * who was wounded".
     */
    Outcome statedAfter(int from) {
        if (doc.isWord(from, ",") && doc.isWord(from + 1, "who")) {
            from++;
        }
        for (int k = from; k < from + 3 && k < doc.size(); k++) {
            WordInfo.Hit hit = doc.hit(k);
            if (hit.info().after() != null && !hit.conjoined()) {
                return hit.info().after();
            }
            if (!FORWARD_FILLERS.contains(doc.token(k).norm())) {
                return null;
            }
        }
        return null;
    }

    /**
     * "About 50 civilians killed and wounded", "12 people were killed or injured": the verb after the figure
     * is joined to one of the other outcome, so the figure counts both together (GOLD.md: not a claim).
     */
    private boolean bothAfter(int from, Outcome outcome) {
        for (int k = from; k < from + 3 && k + 2 < doc.size(); k++) {
            if (doc.info(k).after() == outcome) {
                boolean joined = doc.isWord(k + 1, "and") || doc.isWord(k + 1, "or") || doc.isWord(k + 1, "/");
                Outcome other = doc.info(k + 2).after();
                return joined && other != null && other != outcome && doc.isLatin(k);
            }
        }
        return false;
    }

    private boolean isOf(int k) {
        return doc.isWord(k, "من") || doc.isWord(k, "of");
    }

    static Group combine(Group a, Group b) {
        if (a == b) {
            return a;
        }
        boolean civilianA = a == Group.CIVILIAN || a == Group.CHILD || a == Group.WOMAN || a == Group.MAN;
        boolean civilianB = b == Group.CIVILIAN || b == Group.CHILD || b == Group.WOMAN || b == Group.MAN;
        return civilianA && civilianB ? Group.CIVILIAN : Group.PERSON;
    }

    /** How far a place or time phrase may run between a figure and the "، هم" that spells it out. */
    private static final int PLACE_BEFORE_LIST = 8;

    /**
     * "سقط 1261 قتيلاً في كل أنحاء البلاد، هم 931 مدنياً و299 …": a place phrase between a figure and the
     * "هم" that lists its parts. Only a phrase opened by في or ب, with no number and no word of what befell
     * anyone, closed by a comma; else the figure's end.
     */
    private int theyAfterPlace(Figure f) {
        int k = f.end;
        if (!doc.isArabic(k) || !(doc.isWord(k, "في") || doc.token(k).norm().startsWith("ب"))) {
            return f.end;
        }
        for (int j = k; j < Math.min(doc.size() - 1, k + PLACE_BEFORE_LIST) && doc.sameSentence(j, f.start); j++) {
            Token t = doc.token(j);
            if ((doc.isWord(j, "،") || doc.isWord(j, ",")) && j > k) {
                return j + 1;
            }
            if (!t.isWord() || doc.isWord(j, "هم") || doc.info(j).before() != null || doc.info(j).after() != null
                    || doc.noun(j) != null) {
                return f.end;
            }
        }
        return f.end;
    }
}
