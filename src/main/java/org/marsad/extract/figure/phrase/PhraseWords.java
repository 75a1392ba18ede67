package org.marsad.extract.figure.phrase;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.marsad.extract.Cause;
import org.marsad.extract.Group;
import org.marsad.extract.Outcome;
import org.marsad.extract.document.Document;
import org.marsad.extract.document.Lexicon;
import org.marsad.extract.document.Noun;
import org.marsad.extract.document.Vocabulary;
import org.marsad.extract.document.WordInfo;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.NumberWords;
import org.marsad.text.Token;

/**
 * The small tests of the words beside a figure that several of its stages ask: "of"/من after it, a
 * number or counting noun next, a verb of what befell its people right after it, و/"and" before it, the English
 * adjectives between a number and its noun.
 */
public final class PhraseWords {

    public static final Set<String> FORWARD_FILLERS = Set.of("were", "was", "have", "has", "had", "been", "are", "is",
            "reportedly", "also", "later", "who", "more", "to", "too", "قد", "الذين", "ممن", "اللذين", "اللواتي", "اللاتي", "allegedly");

    public static final String TO = ArabicNormalizer.normalize("إلى");

    public static final String OF_TOTAL = ArabicNormalizer.normalize("أصل");

    /** مكونة من / مؤلفة من (made up of): the words before a family's members are listed. */
    private static final Set<String> MADE_UP = Stream.of("مكونة", "المكونة", "مؤلفة", "المؤلفة",
            "تتكون", "تتألف", "مكون", "مؤلف").map(ArabicNormalizer::normalize)
            .collect(Collectors.toUnmodifiableSet());

    private static final Vocabulary<Cause> CAUSES = Cause.vocabulary();

    private final Document doc;

    public PhraseWords(Document doc) {
        this.doc = doc;
    }

    /**
     * Whether "مكونة من" (made up of) ends at the من at {@code k}: "أسرة مكونة من أب وأم وطفلتين" (a family of a
     * father, a mother and two girls) lists the members counted.
     */
    public boolean madeUpOf(int k) {
        return doc.isWord(k, "من") && k > 0 && MADE_UP.contains(doc.token(k - 1).norm());
    }

    /** A cause joined to ب (by) at {@code k}: "بقصف" (by shelling), "بغارة" (by an airstrike), "بقذائف". */
    public boolean byCause(int k) {
        if (k >= doc.size() || !doc.token(k).isWord()) {
            return false;
        }
        Vocabulary.Found<Cause> cause = CAUSES.at(doc.tokens(), k);
        return cause != null && doc.token(k).norm().charAt(0) == 'ب';
    }

    public boolean latinWord(int k) {
        return doc.token(k).isWord() && doc.isLatin(k);
    }

    public boolean conjoinedBefore(int i) {
        int k = doc.isWord(i - 1, "her") || doc.isWord(i - 1, "his") || doc.isWord(i - 1, "their") ? i - 2 : i - 1;
        // "مقتل 40 عنصراً … مقابل 25 مقاتلاً" (against 25 fighters): the second side of one count
        return doc.isWord(k, "و") || doc.isWord(k, "and") || doc.isWord(k, "مقابل") || withTheirOwn(k, i);
    }

    /** "أم مع أطفالها الستة" (a mother with her six children): مع before one's own relatives joins them. */
    private boolean withTheirOwn(int k, int i) {
        if (!doc.isWord(k, "مع") || i >= doc.size() || !doc.isArabic(i)) {
            return false;
        }
        String w = doc.token(i).norm();
        return w.endsWith("ها") || w.endsWith("هم") || w.endsWith("هما");
    }

    /**
     * Up to three English words between a number and its noun: "five Syrian soldiers", "12 civilian
     * deaths", "three other family members", "120 pro-government fighters".
     */
    public int skipEnglishAdjectives(int at) {
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
    public Group adjectiveGroup(int from, int to) {
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

    public boolean otherOutcome(int k, Outcome outcome) {
        Noun n = doc.noun(k);
        return n != null && n.outcome() != null && n.outcome() != outcome && !n.others();
    }

    /** Whether a number or a counting noun starts at {@code k}. */
    public boolean startsCount(int k) {
        return k < doc.size() && (doc.token(k).kind() == Token.Kind.NUMBER || doc.noun(k) != null
                || doc.token(k).isWord() && NumberWords.isNumberWord(doc.token(k).norm())
                || NumberWords.read(doc.tokens(), k) != null);
    }

    /**
     * An outcome verb right after the phrase: "12 civilians were killed", "5 مدنيين قضوا", "their mother,
     * who was wounded".
     */
    public Outcome statedAfter(int from) {
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

    public boolean isOf(int k) {
        return doc.isWord(k, "من") || doc.isWord(k, "of");
    }
}
