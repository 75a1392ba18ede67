package org.marsad.extract.figure.relate;

import java.util.List;
import org.marsad.extract.Outcome;
import org.marsad.extract.document.Document;
import org.marsad.extract.document.Lexicon;
import org.marsad.extract.document.WordInfo;
import org.marsad.extract.figure.Figure;
import org.marsad.text.Token;

/**
 * Settles each figure's outcome from its evidence (its own words, its whole, the verb near it, the list it
 * is an item of, the figure it refers back to) and drops those that are no claim.
 */
final class FigureOutcomes {

    private final Document doc;
    private final List<Figure> figures;

    FigureOutcomes(Document doc, List<Figure> figures) {
        this.doc = doc;
        this.figures = figures;
    }

    void outcomes() {
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            Outcome o = f.stated;
            if (o == null && f.parent != null) {
                // "four were among the 43 wounded": a whole written after its part is not decided yet; its own
                // word says what befell them, not the casualty word before the part
                o = f.parent.outcome != null || f.parent.start < f.start ? f.parent.outcome : f.parent.stated;
            }
            if (o == null && !f.bare && f.conjoined && f.nearAfter != null && f.parent == null && doc.isLatin(f.start)) {
                // "13 were killed and 27 others were injured": the verb before belongs to the clause before
                o = f.nearAfter;
            }
            if (o == null && !f.bare) {
                o = f.nearBefore;
            }
            if (o == null) {
                o = f.tollOutcome;
            }
            // "استشهد المواطن X، 60 عاماً، مع ثمانية من أبنائه" (with eight of his children): مع shares the verb too
            if (o == null && (f.conjoined || f.added || nextPlace(f.start) || commaAfter(i) || doc.isWord(f.start - 1, "مع")) && i > 0
                    && doc.sameSentence(figures.get(i - 1).start, f.start)) {
                o = figures.get(i - 1).outcome;
            }
            if (o == null && !f.bare) {
                o = f.nearAfter;
            }
            if (o == null && f.refersBack && i > 0) {
                Figure before = latestClaim(i);
                if (before != null) {
                    f.tollOutcome = before.outcome;
                    f.group = f.inheritsGroup ? before.group : f.group;
                    o = f.tollOutcome;
                }
            }
            if (o == null && f.documented && !f.bare) {
                o = Outcome.KILLED;
            }
            if (o == null && !f.bare && injuredOthersNext(i)) {
                o = Outcome.KILLED;
            }
            f.outcome = o;
            // "استشهاد وجرح أربعة مواطنين بينهم امرأة وطفل": the parts of a figure of the dead and the wounded
            // together are of either, so no claim, unless they say their own outcome
            boolean ofMixed = f.stated == null && f.parent != null && f.parent.excluded;
            f.dropped = f.dropped || o == null || f.excluded || ofMixed || f.count == 0 || f.bare && f.stated == null && f.tollOutcome == null
                    && f.parent == null && !(f.partitive && o != null) && !f.enumerated;
        }
    }

    /**
     * "وبين القتلى 10808 أطفال، 39227 من مسلحي المعارضة": a figure with no word of its own for what befell its
     * people, right after the comma that closes the figure before it, is the next item of the same list.
     */
    private boolean commaAfter(int i) {
        Figure f = figures.get(i);
        return i > 0 && !f.latin(doc) && figures.get(i - 1).end == f.start - 1
                && (doc.isWord(f.start - 1, "،") || doc.isWord(f.start - 1, ","));
    }

    /**
     * "قتل في حمص 12 شخصاً، وفي إدلب ثمانية أشخاص" (in Homs 12 were killed, and in Idlib eight): a figure
     * after "وفي" and a place of a few words, with no word of its own between, goes on the list of the
     * figure before and shares its verb.
     */
    private boolean nextPlace(int start) {
        for (int k = start - 1; k >= Math.max(0, start - 5); k--) {
            if (doc.isWord(k, "وفي")) {
                return k < start - 1;
            }
            WordInfo info = doc.info(k);
            if (!doc.token(k).isWord() || info.before() != null || info.after() != null || info.noun() != null
                    || doc.has(k, Lexicon.TOLL) || doc.has(k, Lexicon.EVENT) || doc.has(k, Lexicon.PART)) {
                return false;
            }
        }
        return false;
    }

    /**
     * The number of the sentence of words before the one of token {@code k}: a full stop and the line break
     * after it end two sentences, the second empty.
     */
    private int sentenceBefore(int k) {
        int own = doc.sentence(k);
        for (int j = k - 1; j >= 0; j--) {
            if (doc.sentence(j) < own && doc.token(j).isWord()) {
                return doc.sentence(j);
            }
        }
        return own;
    }

    /** Whether the sentence of token {@code k} begins a line. */
    private boolean startsLine(int k) {
        int j = k;
        while (j > 0 && doc.sameSentence(j - 1, k)) {
            j--;
        }
        return j == 0 || doc.token(j).kind() == Token.Kind.BREAK || doc.token(j - 1).kind() == Token.Kind.BREAK;
    }

    /** The latest top-level figure before figure {@code i} that is a claim, in its sentence or the one before. */
    Figure latestClaim(int i) {
        return latestClaim(i, null);
    }

    /** The latest top-level claim in this sentence or the one before, of {@code outcome} when not null. */
    Figure latestClaim(int i, Outcome outcome) {
        Figure f = figures.get(i);
        // The sentence before, across a line break too: wires and observatories put each sentence on a line of
        // its own ("قتل 32 مدنياً …\nوأفاد المرصد أن بين القتلى ستة أطفال"). But an Arabic release that starts a
        // line on a report's breakdown ("وبحسب التقرير فإن من بين الضحايا …" after a paragraph of tolls by party)
        // refers to the report's total, not to the last of that paragraph's figures: across a line, only a
        // figure alone in its sentence is taken.
        int previous = sentenceBefore(f.start);
        boolean acrossLine = !f.latin(doc) && startsLine(f.start);
        for (int j = i - 1; j >= 0 && doc.sentence(figures.get(j).start) >= previous; j--) {
            Figure before = figures.get(j);
            if (before.outcome == null && !before.bare && before.parent == null && doc.sameSentence(before.start, f.start)) {
                return null; // "أنقذ 1369 شخصاً … ومن بين العدد الكلي أكثر من 200": the nearest total counts no casualties
            }
            if (before.topLevelClaim() && (outcome == null || before.outcome == outcome)) {
                boolean reachable = !acrossLine || doc.sameSentence(before.start, f.start) || aloneInItsSentence(j);
                return reachable ? before : null;
            }
        }
        return null;
    }

    /** Whether figure {@code j} is the only top-level claim of its sentence. */
    private boolean aloneInItsSentence(int j) {
        int sentence = doc.sentence(figures.get(j).start);
        for (int k = j - 1; k >= 0 && doc.sentence(figures.get(k).start) == sentence; k--) {
            if (figures.get(k).topLevelClaim()) {
                return false;
            }
        }
        for (int k = j + 1; k < figures.size() && doc.sentence(figures.get(k).start) == sentence; k++) {
            if (figures.get(k).topLevelClaim()) {
                return false;
            }
        }
        return true;
    }

    /**
     * "أن 11 مدنياً بينهم 7 أطفال وأصيب 44 آخرون" (that 11 civilians, among them 7 children, and 44 others
     * were injured): a figure whose verb is left out before "and N others were injured" are the dead of the
     * statement. Only an Arabic cue after و marks the contrast; in "11 civilians and 44 others were
     * injured" the verb after both is theirs.
     */
    private boolean injuredOthersNext(int i) {
        Figure f = figures.get(i);
        for (int j = i + 1; j < figures.size() && doc.sameSentence(figures.get(j).start, f.start); j++) {
            Figure next = figures.get(j);
            if (next.parent == f) {
                continue;
            }
            int cue = next.start - 1;
            return next.others && next.stated == Outcome.INJURED && doc.isArabic(cue)
                    && doc.info(cue).before() == Outcome.INJURED && doc.hit(cue).conjoined();
        }
        return false;
    }
}
