package org.marsad.extract.figure.find;

import java.util.Set;
import org.marsad.extract.Group;
import org.marsad.extract.Qualifier;
import org.marsad.extract.document.Document;
import org.marsad.extract.document.Lexicon;
import org.marsad.extract.document.Noun;
import org.marsad.extract.document.Plurality;
import org.marsad.extract.document.Vocabulary;
import org.marsad.extract.document.WordInfo;
import org.marsad.extract.document.Words;
import org.marsad.extract.figure.Figure;
import org.marsad.extract.figure.phrase.NotCounts;
import org.marsad.extract.figure.phrase.NounPhrases;
import org.marsad.extract.figure.phrase.PhraseWords;
import org.marsad.extract.figure.phrase.Qualifiers;
import org.marsad.extract.figure.phrase.Surroundings;
import org.marsad.text.NumberWords;
import org.marsad.text.Token;

/**
 * A number (digits, words, "a dozen", a definite number after a plural noun) read as a candidate figure:
 * the low end of a range, the noun it counts, or nothing when it is a date, an age, a unit, a rate or the
 * count of a thing rather than of people.
 */
final class Counts {

    private final Document doc;
    private final PhraseWords phrase;
    private final Rates rates;
    private final Lists lists;
    private final NotCounts notCounts;
    private final NounPhrases nouns;
    private final Surroundings surroundings;

    Counts(Document doc, PhraseWords phrase, Rates rates, Lists lists, NotCounts notCounts, NounPhrases nouns,
            Surroundings surroundings) {
        this.doc = doc;
        this.phrase = phrase;
        this.rates = rates;
        this.lists = lists;
        this.notCounts = notCounts;
        this.nouns = nouns;
        this.surroundings = surroundings;
    }

    /**
     * Whether the English word at {@code k}, a noun that is also an adjective (a nationality, "civilian"),
     * describes the unknown word right after it: "One Sudanese monitoring group said", "two civilian homes".
     * "Five Sudanese were killed", "three Sudanese nationals", "two civilians" keep their count.
     */
    private boolean adjectiveOfAnotherNoun(int k) {
        if (!phrase.latinWord(k) || !doc.has(k, Lexicon.ADJECTIVE) || k + 1 >= doc.size() || !phrase.latinWord(k + 1)) {
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
        if (!phrase.latinWord(noun) || !ABOARD.contains(doc.token(noun).norm())) {
            return false;
        }
        if (number > 0 && doc.info(number - 1).before() != null) {
            return true;
        }
        int k = noun + 1;
        while (k < doc.size() && k < noun + 3 && phrase.latinWord(k) && AUXILIARIES.contains(doc.token(k).norm())) {
            k++;
        }
        return k < doc.size() && (doc.info(k).after() != null || doc.info(k).before() != null);
    }

    /** The plural people noun of "Civilians, at 25,667," before the number at {@code i}, else null. */
    private Noun nounBeforeAt(int i) {
        if (i < 3 || !doc.isWord(i - 1, "at") || !doc.token(i - 2).is(",") || !phrase.latinWord(i - 3)) {
            return null;
        }
        Noun noun = doc.noun(i - 3);
        return noun != null && noun.plurality() == Plurality.PLURAL && noun.outcome() == null && !noun.others()
                ? noun : null;
    }

    Figure number(int i, long value, int numberEnd, boolean conjoined) {
        if (rates.isRate(i, numberEnd)) {
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
                || doc.has(i - 2, Lexicon.AGE) || notCounts.listedAge(i) || notCounts.isDate(numberEnd)
                || value <= 31 && notCounts.afterMonth(i)) {
            return null;
        }
        if (doc.has(i - 1, Lexicon.FORMATION) && doc.noun(numberEnd) == null) {
            return null; // "بين اللواء 444 وقوة الردع" (between Brigade 444 and …): the formation's name
        }
        // a unit after the number is what it counts, except a cause joined to ب: "منهم 16 بغارة" (16 of them
        // by an airstrike) counts people by what killed them, not 16 strikes
        if (doc.isWord(numberEnd, "-") && doc.has(numberEnd + 1, Lexicon.UNIT)
                || doc.has(numberEnd, Lexicon.UNIT) && !phrase.byCause(numberEnd) && !aboardAndHit(i, numberEnd)) {
            return null;
        }
        int head = phrase.skipEnglishAdjectives(numberEnd);
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
        if (hedge != null && (doc.noun(hedge.end()) != null || phrase.isOf(hedge.end()))) {
            // "ثلاثة على الأقل من أفراد الحشد" (three at least of the militia's members): the hedge
            // stands between the number and whom it counts
            nouns.nounPhrase(f, hedge.end());
            f.qualifier = hedge.code();
        } else {
            nouns.nounPhrase(f, numberEnd);
        }
        if (f.bare && doc.isWord(i - 1, "of") && (doc.isWord(i - 2, "family") || doc.isWord(i - 2, "household"))) {
            // "a family of four": the number counts the family's members
            f.bare = false;
            f.inheritsGroup = false;
            f.group = Group.PERSON;
        }
        if (f.bare && notCounts.childrenOfAParent(i)) {
            return null; // "a mother of four": her children, not a count of the dead
        }
        Noun apposed = f.bare ? nounBeforeAt(i) : null;
        if (apposed != null) {
            // "Civilians, at 25,667, represented …": the people counted are named before the number, set off
            f.bare = false;
            f.inheritsGroup = false;
            f.group = apposed.group();
        }
        boolean wordsAndDigits = doc.token(i).isWord() && doc.token(numberEnd - 1).kind() == Token.Kind.NUMBER;
        if (f.bare && value >= 1900 && value <= 2100 && !wordsAndDigits) {
            return null; // a year; "ألف و996" (a thousand and 996), a word and digits, is a toll as no year is written
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
        if (value == 1 && f.bare && notCounts.whichOne(i)) {
            return null;
        }
        if (value == 1 && f.bare && notCounts.oneAfterAdjective(i)) {
            return null; // "من عائلة فلسطينية واحدة" (of one Palestinian family): واحدة agrees with the family
        }
        if (rates.perPeriod(f.end)) {
            return null; // "(seven children are killed every day)", "nine children a day": an average
        }
        f.conjoined |= lists.listItem(i, f);
        if (f.bare && (doc.isWord(i - 1, PhraseWords.OF_TOTAL) && doc.isWord(i - 2, "من") || doc.isWord(i - 1, "of")
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
        surroundings.finish(f);
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
            int n = phrase.skipEnglishAdjectives(end);
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

    /**
     * A plural noun counted by a definite number after it: "وأطفالها الأربعة" (and her four children),
     * "القتلى الثلاثة" (the three dead).
     */
    Figure countAfter(int i, Noun noun) {
        if (i + 1 >= doc.size() || !doc.token(i + 1).isWord()) {
            return null;
        }
        String next = doc.token(i + 1).norm();
        boolean two = next.equals("اثنين") || next.equals("اثنان") || next.equals("اثنتين") || next.equals("اثنتان");
        if (!two && (!next.startsWith("ال") || next.length() < 4) || two && phrase.isOf(i + 2)) {
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
        f.conjoined = doc.hit(i).conjoined() || phrase.conjoinedBefore(i);
        f.definite = doc.hit(i).definite(); // "الأطفال الثلاثة" (the three children), not "وأطفالها الأربعة"
        surroundings.finish(f);
        return f;
    }
}
