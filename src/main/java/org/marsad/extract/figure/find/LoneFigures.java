package org.marsad.extract.figure.find;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.marsad.extract.Group;
import org.marsad.extract.Outcome;
import org.marsad.extract.document.Document;
import org.marsad.extract.document.Lexicon;
import org.marsad.extract.document.Noun;
import org.marsad.extract.document.Plurality;
import org.marsad.extract.document.WordInfo;
import org.marsad.extract.document.Words;
import org.marsad.extract.figure.Figure;
import org.marsad.extract.figure.phrase.GroupWords;
import org.marsad.extract.figure.phrase.PhraseWords;
import org.marsad.extract.figure.phrase.Surroundings;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.NumberWords;
import org.marsad.text.Token;

/**
 * Figures with no number: a lone singular or dual noun the sentence makes a count ("استشهد طفل",
 * "طفلان", "a woman"), آخر/"another" of the figure before, and أحدهم (one of them).
 */
final class LoneFigures {

    /** Words between two figures of one list beyond which a singular noun no longer continues the list. */
    private static final int LIST_REACH = 8;

    /** Words from a list's first item to the verb after its last. */
    private static final int LIST_VERB_REACH = 20;

    private final Document doc;
    private final List<Figure> found;
    private final Lists lists;
    private final PhraseWords phrase;
    private final GroupWords groups;
    private final Surroundings surroundings;

    LoneFigures(Document doc, List<Figure> found, Lists lists, PhraseWords phrase, GroupWords groups,
            Surroundings surroundings) {
        this.doc = doc;
        this.found = found;
        this.lists = lists;
        this.phrase = phrase;
        this.groups = groups;
        this.surroundings = surroundings;
    }

    /**
     * "the wounded person", "the son": English names someone already counted with "the", as Arabic does
     * with ال.
     */
    boolean theEnglish(int i) {
        if (doc.isArabic(i)) {
            return false;
        }
        int k = i - 1;
        if (k >= 0 && (doc.info(k).before() != null || doc.info(k).after() != null || doc.has(k, Lexicon.ADJECTIVE))) {
            k--;
        }
        return doc.isWord(k, "the") || doc.isWord(k, "this") || doc.isWord(k, "that");
    }

    /** واحداً (one, accusative), as the object of a verb of killing is written; folded, its tanween gone. */
    private static final String ONE_ACCUSATIVE = ArabicNormalizer.normalize("واحداً");

    /** Verbs after which a martyr in the accusative says how the one told of died: "سقط شهيداً". */
    private static final Set<String> FELL_AS = Stream.of("سقط", "وسقط", "ارتقى", "وارتقى", "ارتقت",
            "سقطت", "قضى", "استشهد", "مضى", "رحل").map(ArabicNormalizer::normalize)
            .collect(Collectors.toUnmodifiableSet());

    Figure lone(int i, Noun noun, boolean conjoined) {
        if (doc.has(i, Lexicon.NATIONALITY) && doc.noun(i - 1) != null) {
            return null; // "مواطناً فلسطينياً": the adjective of the noun before, not one more person
        }
        if (i > 0 && (doc.token(i - 1).kind() == Token.Kind.NUMBER || numberWord(doc.token(i - 1).norm()))
                || modifier(i)) {
            // the noun of a number that counts no one here ("90 قتيلاً في كل شهر", "أربعين قتيلاً يومياً": averages)
            return null;
        }
        if (noun.outcome() == Outcome.KILLED && noun.plurality() == Plurality.SINGULAR && i > 0 && doc.isArabic(i)
                && FELL_AS.contains(doc.token(i - 1).norm()) && !doc.hit(i).definite()
                && doc.token(i).norm().endsWith("ا")) { // the accusative: "سقط شهيد وجريحان" counts one
            return null; // "ثم ارتقى شهيداً", "سقط شهيداً" (fell a martyr): how the one told of died, not one more
        }
        if (noun.outcome() != null && (phrase.otherOutcome(i + 1, noun.outcome()) && between(i - 1)
                || phrase.otherOutcome(i - 1, noun.outcome()) && between(i - 2))) {
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
        f.apposed = lists.apposedList(i, conjoined);
        if (noun.plurality() == Plurality.DUAL) {
            f.count = 2;
            f.definite = doc.hit(i).definite() && !noun.others(); // "والطفلان هما …" (and the two children are …)
            if (doc.isWord(i + 1, "اثنان") || doc.isWord(i + 1, "اثنين") || doc.isWord(i + 1, "اثنتان")
                    || doc.isWord(i + 1, "اثنتين")) {
                f.end = i + 2;
            }
        } else {
            f.count = 1;
            if (doc.isWord(i + 1, "واحد") || doc.isWord(i + 1, "واحدة") || doc.isWord(i + 1, ONE_ACCUSATIVE)) {
                f.end = i + 2; // "قتلت الميليشيا مدنياً واحداً" (the militia killed one civilian): the object
            } else if (noun.others() ? !licensesAnother(i, conjoined) : !licensesOne(i, noun, conjoined)) {
                return null;
            }
        }
        groups.refine(f, false);
        surroundings.finish(f);
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

    /** Whether a singular noun with no number counts one person here. */
    private boolean licensesOne(int i, Noun noun, boolean conjoined) {
        int cue = doc.isWord(i - 1, "his") || doc.isWord(i - 1, "her") || doc.isWord(i - 1, "their") ? i - 2 : i - 1;
        // ضحية (victim) alone is as often a figure of speech ("the rescuer became a victim") as a count
        boolean selfCounting = noun.outcome() != null && !doc.token(i).norm().endsWith("ضحية");
        if (selfCounting || cue >= 0 && doc.info(cue).before() != null || doc.has(i - 1, Lexicon.PART)
                || doc.isWord(i + 1, ",") && doc.isWord(i + 2, "who") && phrase.statedAfter(i + 1) != null) {
            return true;
        }
        if (doc.isArabic(i) && phrase.statedAfter(i + 1) != null) {
            return true; // "ومسن توفي في المستشفى" (and an old man died in hospital)
        }
        if (doc.isArabic(i) && !conjoined && killedByNamedBody(i)) {
            return true;
        }
        boolean possessed = cue == i - 2;
        if (possessed && phrase.statedAfter(i + 1) != null) {
            return true; // "their mother was wounded", "his son was killed": a relative, counted one
        }
        if (possessed && (doc.isWord(cue, "with") || doc.isWord(cue, "alongside")) && cue > 0
                && doc.info(cue - 1).before() != null) {
            return true; // "two children were killed with their father": the relative died with them
        }
        if (doc.isArabic(i) && !conjoined && (verbAfterList(i + 1) || phrase.madeUpOf(i - 1))) {
            return true; // "قتلت أسرة مكونة من أب وأم …" (a family made up of a father, a mother …): its first member
        }
        if ((doc.isWord(i - 1, "هم") || doc.isWord(i - 1, "وهم")) && !found.isEmpty()
                && found.get(found.size() - 1).marker == i - 1) {
            return true; // "سبعة مدنيين هم امرأة وستة من أطفالها" (seven civilians: a woman and six of her children)
        }
        if (!conjoined || found.isEmpty()) {
            return false;
        }
        Figure last = found.get(found.size() - 1);
        // "قتل 5 … في السوق، وشاب جراء قصف …" (and a young man by shelling): an item of the list, its cause
        // after it, however long the item before
        return doc.sameSentence(last.start, i) && (i - last.end <= LIST_REACH || doc.isArabic(i) && causeAt(i + 1));
    }

    /** Words a verb's subject may take between the verb and its object ("قتلت هيئة تحرير الشام مدنياً"). */
    private static final int SUBJECT_REACH = 6;

    /**
     * "وقتلت هيئة تحرير الشام مدنياً" (and Hay'at Tahrir al-Sham killed a civilian): the object of a verb of
     * killing whose subject, an armed body, stands between them. Only words of the body's name may come
     * between: no number, no noun of people, no other verb.
     */
    private boolean killedByNamedBody(int i) {
        boolean body = false;
        for (int k = i - 1; k >= 0 && k >= i - SUBJECT_REACH && doc.sameSentence(k, i); k--) {
            Token t = doc.token(k);
            if (doc.info(k).before() != null) {
                return body && k < i - 1;
            }
            if (t.kind() == Token.Kind.NUMBER || doc.noun(k) != null || doc.info(k).after() != null
                    || NumberWords.read(doc.tokens(), k) != null) {
                return false;
            }
            body |= doc.has(k, Lexicon.ORG);
        }
        return false;
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
        if (w.equals("جراء") || w.equals("اثر") || w.equals("بسبب") || w.equals("نتيجة")
                || w.startsWith("متاثر")) {
            return true;
        }
        return phrase.byCause(k);
    }

    Figure oneOf(int i) {
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
            surroundings.finish(f);
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
        surroundings.finish(f);
        return f;
    }

    /** "a woman", "a 12-year-old boy": one person, when the sentence says what happened to them. */
    Figure article(int i) {
        int k = i + 1;
        // "a 12-year-old boy", "a six-year-old boy": the age, spelled in digits or words
        NumberWords.Match spelled = k < doc.size() && doc.token(k).isWord() ? NumberWords.read(doc.tokens(), k) : null;
        int age = spelled != null ? spelled.end() : k < doc.size() && doc.token(k).kind() == Token.Kind.NUMBER ? k + 1 : -1;
        if (age > 0 && age + 3 < doc.size() && doc.isWord(age, "-") && doc.has(age + 1, Lexicon.UNIT)) {
            k = doc.isWord(age + 2, "-") ? age + 4 : age + 2;
        }
        int adjectives = k;
        k = phrase.skipEnglishAdjectives(k);
        Noun noun = doc.noun(k);
        if (noun == null || noun.plurality() != Plurality.SINGULAR || noun.others() || predicate(i) || modifier(k)) {
            return null;
        }
        Group adjective = k > adjectives ? phrase.adjectiveGroup(adjectives, k) : null;
        Figure f = new Figure();
        f.start = i;
        f.numberEnd = i + 1;
        f.end = k + 1;
        f.count = 1;
        f.group = adjective != null && noun.group() == Group.PERSON ? adjective : noun.group();
        f.stated = noun.outcome();
        f.conjoined = phrase.conjoinedBefore(i) || lists.appositive(i);
        f.apposed = lists.apposedList(i, f.conjoined);
        groups.refine(f, false);
        surroundings.finish(f);
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
    /** A number written in words, alone or after و ("وثلاثين"): the noun after it is that number's. */
    private static boolean numberWord(String w) {
        return NumberWords.isNumberWord(w) || NumberWords.isScale(w)
                || w.length() > 1 && w.charAt(0) == 'و' && NumberWords.isNumberWord(w.substring(1));
    }

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
}
