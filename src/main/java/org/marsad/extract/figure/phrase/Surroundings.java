package org.marsad.extract.figure.phrase;

import org.marsad.extract.Group;
import org.marsad.extract.Outcome;
import org.marsad.extract.Qualifier;
import org.marsad.extract.document.Document;
import org.marsad.extract.document.Lexicon;
import org.marsad.extract.document.Noun;
import org.marsad.extract.document.Plurality;
import org.marsad.extract.document.Vocabulary;
import org.marsad.extract.figure.Figure;
import org.marsad.text.ArabicNormalizer;

/**
 * What the words around a candidate's phrase add once its noun is read: the qualifier before or after it,
 * a stated age that makes one person a child, "in addition to", its outcome stated after it, and whether
 * it counts the dead and the injured together.
 */
public final class Surroundings {

    private static final String ADDITION = ArabicNormalizer.normalize("إضافة");

    private final Document doc;
    private final PhraseWords phrase;
    private final Affiliations affiliations;
    private final PartMarkers markers;
    private final Losses losses;

    public Surroundings(Document doc, PhraseWords phrase, Affiliations affiliations, PartMarkers markers, Losses losses) {
        this.doc = doc;
        this.phrase = phrase;
        this.affiliations = affiliations;
        this.markers = markers;
        this.losses = losses;
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
    public void finish(Figure f) {
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
                    || phrase.conjoinedBefore(before.start());
        }
        if (f.count > 1 && doc.isWord(f.start - 1, "the")) {
            f.definite = true; // "the two children", "the more than 70 civilian casualties": said before
        }
        // "200 مدني بين قتيل وجريح" (between dead and wounded), "7 أشخاص سقطوا بين قتيل وجريح" (fell, between …):
        // killed and injured together
        int between = doc.isWord(f.end, "بين") ? f.end
                : doc.isArabic(f.end) && doc.isWord(f.end + 1, "بين") ? f.end + 1 : -1;
        if (between >= 0 && doc.noun(between + 1) != null && doc.noun(between + 1).outcome() != null
                && phrase.otherOutcome(between + 2, doc.noun(between + 1).outcome())) {
            f.excluded = true;
        }
        Vocabulary.Found<Qualifier> after = Qualifiers.AFTER.at(doc.tokens(), f.end);
        if (after != null) {
            f.qualifier = after.code();
            f.end = after.end();
        }
        if (f.group == Group.FIGHTER && f.affiliationStart < 0 && phrase.isOf(f.end)) {
            int n = doc.isWord(f.end + 1, "the") ? f.end + 2 : f.end + 1;
            if (affiliations.orgAhead(n) >= 0 || doc.isArabic(n)) {
                affiliations.affiliation(f, n);
            }
        }
        Noun named = doc.noun(f.end + 1);
        if (doc.isWord(f.end, "هم") && named != null && named.plurality() == Plurality.PLURAL && named.outcome() == null
                && !named.others() && (f.group == Group.PERSON || f.inheritsGroup) && !phrase.startsCount(f.end + 2)) {
            // "300 من الشهداء هم أطفال" (300 of the martyrs are children): the group, not a list of parts
            f.group = named.group();
            f.inheritsGroup = false;
            f.end += 2;
        }
        markers.marker(f);
        if (f.stated == Outcome.INJURED && f.inheritsGroup && doc.isLatin(f.start)) {
            diedOfWounds(f);
        }
        if (f.stated == null && f.marker != f.end) {
            f.stated = phrase.statedAfter(f.end);
            f.statedAfter = f.stated != null;
            f.excluded |= f.statedAfter && bothAfter(f.end, f.stated);
        }
        losses.losses(f);
    }

    /** "إضافة إلى 40 امرأة" (in addition to 40 women), "in addition to", "as well as". */
    private boolean addedTo(int start) {
        boolean arabic = doc.isWord(start - 1, PhraseWords.TO) || doc.isWord(start - 1, "ل");
        String before = start >= 2 ? doc.token(start - 2).norm() : "";
        return arabic && before.endsWith(ADDITION)
                // "إلى جانب 16" (alongside 16), as a list goes on
                || doc.isWord(start - 1, "جانب") && (doc.isWord(start - 2, PhraseWords.TO) || doc.isWord(start - 2, "و" + PhraseWords.TO))
                || doc.isWord(start - 1, "to") && doc.isWord(start - 2, "addition") && doc.isWord(start - 3, "in")
                || doc.isWord(start - 1, "as") && doc.isWord(start - 2, "well") && doc.isWord(start - 3, "as");
    }

    /**
     * "eight wounded civilians passed away", "two injured later died": the wounded a death verb follows are
     * dead (deaths after injury count as deaths); the group noun after the participle is theirs.
     */
    private void diedOfWounds(Figure f) {
        Noun who = doc.noun(f.end);
        int k = who != null && who.outcome() == null && !who.others() ? f.end + 1 : f.end;
        if (phrase.statedAfter(k) == Outcome.KILLED && doc.info(k).before() == null) {
            f.stated = Outcome.KILLED;
            if (k > f.end) {
                f.group = who.group();
                f.inheritsGroup = false;
                f.end = k;
            }
        }
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
}
