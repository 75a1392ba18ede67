package org.marsad.extract.figure.find;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.extract.Group;
import org.marsad.extract.Qualifier;
import org.marsad.extract.document.Document;
import org.marsad.extract.document.Lexicon;
import org.marsad.extract.document.Nationality;
import org.marsad.extract.document.Noun;
import org.marsad.extract.document.Plurality;
import org.marsad.extract.document.WordInfo;
import org.marsad.extract.document.Words;
import org.marsad.extract.figure.Figure;
import org.marsad.extract.figure.phrase.Affiliations;
import org.marsad.extract.figure.phrase.GroupWords;
import org.marsad.extract.figure.phrase.Losses;
import org.marsad.extract.figure.phrase.NotCounts;
import org.marsad.extract.figure.phrase.NounPhrases;
import org.marsad.extract.figure.phrase.PartMarkers;
import org.marsad.extract.figure.phrase.PhraseWords;
import org.marsad.extract.figure.phrase.Surroundings;
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
public final class FigureFinder {

    /** Words of the places after "في كل من" (in each of). */
    private static final int EACH_REACH = 12;

    private static final Set<String> ONE_OF = Set.of("احدهم", "احداهن", "احدهما", "احداهما");

    private final Document doc;
    private final List<Figure> found = new ArrayList<>();
    private final PhraseWords phrase;
    private final LoneFigures singles;
    private final Lists lists;
    private final Counts counts;

    FigureFinder(Document doc) {
        this.doc = doc;
        PhraseWords phrase = new PhraseWords(doc);
        Rates rates = new Rates(doc);
        NotCounts notCounts = new NotCounts(doc, phrase);
        Affiliations affiliations = new Affiliations(doc);
        GroupWords groups = new GroupWords(doc, phrase, affiliations);
        NounPhrases nouns = new NounPhrases(doc, phrase, groups, affiliations);
        Lists lists = new Lists(doc, found, phrase);
        Losses losses = new Losses(doc, found);
        PartMarkers markers = new PartMarkers(doc, notCounts, phrase);
        Surroundings surroundings = new Surroundings(doc, phrase, affiliations, markers, losses);
        Counts counts = new Counts(doc, phrase, rates, lists, notCounts, nouns, surroundings);
        LoneFigures singles = new LoneFigures(doc, found, lists, phrase, groups, surroundings);
        this.phrase = phrase;
        this.singles = singles;
        this.lists = lists;
        this.counts = counts;
    }

    public static List<Figure> find(Document doc) {
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
        while (k < f.end + 3 && k < doc.size() && (PhraseWords.FORWARD_FILLERS.contains(doc.token(k).norm())
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
        boolean lettersAfter = i + 1 < doc.size() && phrase.latinWord(i + 1) && doc.token(i + 1).start() == end;
        boolean lettersBefore = i > 0 && phrase.latinWord(i - 1) && doc.token(i - 1).end() == start;
        boolean hyphenated = i > 1 && doc.token(i - 1).is("-") && doc.token(i - 1).end() == start
                && phrase.latinWord(i - 2) && doc.token(i - 2).end() == doc.token(i - 1).start()
                && doc.token(i - 2).end() - doc.token(i - 2).start() <= 3
                && Character.isUpperCase(doc.text().charAt(doc.token(i - 2).start()));
        return lettersAfter || lettersBefore || hyphenated;
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
            NumberWords.Match scaled = NumberWords.scaled(doc.tokens(), i);
            return counts.number(i - 1, scaled != null ? scaled.value() : t.value(), scaled != null ? scaled.end() : i + 2,
                    phrase.conjoinedBefore(i - 1));
        }
        if (t.kind() == Token.Kind.NUMBER || t.kind() == Token.Kind.DECIMAL) {
            NumberWords.Match scaled = NumberWords.scaled(doc.tokens(), i);
            if (scaled != null) {
                return counts.number(i, scaled.value(), scaled.end(), phrase.conjoinedBefore(i));
            }
            // "2.7 مليار" that is no whole number of people: nothing, nor the scale word after it as a number
            return t.kind() == Token.Kind.DECIMAL ? null : counts.number(i, t.value(), i + 1, phrase.conjoinedBefore(i));
        }
        if (!t.isWord()) {
            return null;
        }
        if (ONE_OF.contains(t.norm())) {
            return singles.oneOf(i);
        }
        NumberWords.Match words = NumberWords.read(doc.tokens(), i);
        if (words != null && t.is("one") && (doc.isWord(i - 1, "no") || doc.isWord(i - 1, "not"))) {
            return null; // "no one had been injured", "not one was killed": nobody
        }
        if (words != null) {
            return counts.number(i, words.value(), words.end(), words.conjoined() || phrase.conjoinedBefore(i));
        }
        if (t.is("a") && doc.isWord(i + 1, "dozen") && !doc.isWord(i + 2, "of")) {
            // "wounded a dozen more", "a dozen passengers injured": twelve, as the source rounds it
            Figure dozen = counts.number(i, 12, i + 2, phrase.conjoinedBefore(i));
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
            Figure one = singles.article(i);
            if (one != null || !t.is("another")) {
                return one;
            }
            // "a person was killed and another was wounded": another one, of the figure before
            return singles.lone(i, new Noun(Group.PERSON, Plurality.SINGULAR, null, true), phrase.conjoinedBefore(i));
        }
        WordInfo.Hit hit = doc.hit(i);
        Noun noun = hit.info().noun();
        if (noun != null && noun.plurality() == Plurality.PLURAL && !noun.others()) {
            return counts.countAfter(i, noun);
        }
        if (noun == null && !hit.definite() && doc.isArabic(i) && NATIONALS.contains(t.norm()) && i > 0
                && doc.info(i - 1).before() != null && doc.noun(i - 1) == null) {
            // "استشهاد فلسطيني" (the martyrdom of a Palestinian), "إصابة فلسطيني ثالث": the bare singular is an
            // adjective of armies and observatories (الجيش السوري) except as the one a casualty word names
            return singles.lone(i, new Noun(Group.PERSON, Plurality.SINGULAR, null, false), phrase.conjoinedBefore(i));
        }
        boolean theOther = hit.definite() && noun != null && noun.others() && noun.plurality() != Plurality.PLURAL
                && doc.info(i - 1).before() != null; // "قتل الآخران" (the other two were killed)
        // a definite dual counts two as well: "قُتل الطفلان أحمد وعلي" (the two children, Ahmad and Ali)
        boolean theTwo = hit.definite() && noun != null && !noun.others() && noun.plurality() == Plurality.DUAL;
        if (noun != null && (!hit.definite() || theOther || theTwo) && noun.plurality() != Plurality.PLURAL
                && !singles.theEnglish(i) && !doc.isWord(i - 1, FIRST)) {
            return singles.lone(i, noun, hit.conjoined() || phrase.conjoinedBefore(i) || lists.appositive(i));
        }
        return null;
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

    /** "منذ سقوط أول قتيل" (since the first death fell): a moment, not one more death. */
    private static final String FIRST = org.marsad.text.ArabicNormalizer.normalize("أول");

    /** Singular nationality nouns, one person only right after a casualty word. */
    private static final Set<String> NATIONALS = Nationality.singulars();
}
