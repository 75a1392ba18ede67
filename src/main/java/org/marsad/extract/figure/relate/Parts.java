package org.marsad.extract.figure.relate;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.marsad.extract.Outcome;
import org.marsad.extract.document.Document;
import org.marsad.extract.document.Lexicon;
import org.marsad.extract.document.Noun;
import org.marsad.extract.document.WordInfo;
import org.marsad.extract.figure.Figure;

/**
 * Which figure is a part of which: the items listed after a whole's بينهم/منهم/"including", "one of them",
 * "11 were civilians", "X were among the N killed", and the bare items of an enumeration ("50 منهم في إدلب
 * و40 في ريف دمشق").
 */
final class Parts {

    /** Tokens between two items of one list ("و270 طفلاً … و198 مواطنة") beyond which the list has ended. */
    private static final int LIST_GAP = 12;

    private static final int FIRST_PART_GAP = 3;

    private final Document doc;
    private final List<Figure> figures;

    Parts(Document doc, List<Figure> figures) {
        this.doc = doc;
        this.figures = figures;
    }

    private record Frame(Figure whole, int marker, int[] lastEnd) {
    }

    void parts() {
        Deque<Frame> open = new ArrayDeque<>();
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            if (f.oneOf || f.partitive) {
                Figure sibling = f.copula ? copulaSibling(i) : null;
                // "1,524 were children and 1,000 were women": both parts of one whole, not the second of the first
                f.parent = sibling != null ? sibling : partitiveWhole(i);
            } else if (f.bare) {
                f.parent = listWhole(open, f);
                if (f.parent != null) {
                    f.enumerated = true;
                } else {
                    enumeration(i);
                }
            } else {
                f.parent = listWhole(open, f);
                if (f.parent == null) {
                    f.parent = copulaSibling(i);
                }
            }
            if (f.marker >= 0) {
                open.push(new Frame(f, f.marker, new int[] {-1}));
            }
        }
        for (int i = 0; i + 1 < figures.size(); i++) {
            Figure f = figures.get(i);
            if (f.parent == null && amongNext(f, figures.get(i + 1))) {
                Figure whole = figures.get(i + 1);
                f.parent = whole; // "Five children were among the 11 people killed"
                if (whole.parent == f) {
                    whole.parent = null; // "among" read as the part's "including" made the whole its part
                }
            }
        }
    }

    /**
     * "Of the 52 killed, 49 were civilians and three security personnel": an English figure joined by "and"
     * right after a part that a verb of being names is a part of the same whole.
     */
    private Figure copulaSibling(int i) {
        Figure f = figures.get(i);
        Figure before = i > 0 ? figures.get(i - 1) : null;
        return before != null && before.copula && f.conjoined && f.latin(doc) && f.start - before.end <= 1
                && doc.sameSentence(before.start, f.start) ? before.parent : null;
    }

    /** "X were among the N killed": the figure after "among the" right after this one holds it. */
    private boolean amongNext(Figure f, Figure next) {
        int k = f.end;
        if (!(doc.isWord(k, "were") || doc.isWord(k, "was") || doc.isWord(k, "are") || doc.isWord(k, "is"))
                || !doc.isWord(k + 1, "among")) {
            return false;
        }
        int at = doc.isWord(k + 2, "the") ? k + 3 : k + 2;
        return next.start == at && !next.bare && next.count > f.count;
    }

    /**
     * A bare number joined by و to the figure before, then a place or a perpetrator: "قتل 50 منهم في
     * إدلب و40 في ريف دمشق" (50 of them in Idlib and 40 in Rural Damascus), "وواحد على يد …". It is one
     * more item of the same list: the group, outcome and whole of the item before.
     */
    private void enumeration(int i) {
        Figure f = figures.get(i);
        if (i == 0 || !f.conjoined) {
            return;
        }
        Figure before = figures.get(i - 1);
        boolean listed = f.enumerated || doc.sameSentence(before.start, f.start) && f.start - before.end <= LIST_GAP
                && continues(before.end, f.start) && (doc.has(f.end, Lexicon.STOP) || doc.isWord(f.end, "،")
                || doc.isWord(f.end, ",") || doc.has(f.end, Lexicon.PART));
        if (!listed || before.bare && !before.enumerated && !before.partitive) {
            return;
        }
        f.enumerated = true;
        f.parent = before.parent;
        if (before.marker >= 0 && f.parent == null) {
            f.parent = null;
        }
    }

    boolean listWordBefore(int start) {
        int k = start - 1;
        if (doc.isWord(k, "،") || doc.isWord(k, ",") || doc.isWord(k, ":")) {
            k--;
        }
        return doc.isWord(k, "هم") || doc.isWord(k, "وهم") || doc.isWord(k, "هن") || doc.isWord(k, "وهن");
    }

    /** How many figures back "one of the seven" looks for the figure of seven. */
    private static final int COUNTED_REACH = 30;

    private Figure partitiveWhole(int i) {
        Figure f = figures.get(i);
        if (f.ofCount > 0) {
            for (int j = i - 1; j >= Math.max(0, i - COUNTED_REACH); j--) {
                if (figures.get(j).count == f.ofCount && !figures.get(j).bare) {
                    return figures.get(j);
                }
            }
            return null;
        }
        Outcome lead = f.copula ? leadOutcome(f) : null;
        for (int j = i - 1; j >= 0; j--) {
            Figure before = figures.get(j);
            if (lead != null && before.stated != null && before.stated != lead && before.count > f.count) {
                continue; // "… killed and 12,493 wounded. Of the total death toll, 1,524 were children": of the dead
            }
            // "40 people died. Most were fighters, but 11 were civilians": the sentence before
            boolean previous = f.copula && doc.sentence(f.start) - doc.sentence(before.start) == 1
                    && (!before.bare || before.stated != null);
            if (!doc.sameSentence(before.start, f.start) && !previous) {
                if (f.copula && doc.sentence(f.start) - doc.sentence(before.start) == 1) {
                    continue;
                }
                return null;
            }
            if (before.count > f.count || f.oneOf && !before.oneOf) {
                return before;
            }
        }
        return null;
    }

    /** Words a lead phrase may run to before its comma: "Of the total death toll of the war so far,". */
    private static final int LEAD_WORDS = 8;

    /**
     * The outcome an English sentence's opening names for the parts a verb of being counts in it: "Of the
     * dead,", "Of the total death toll,", "Among those killed," (killed); "Of the wounded," (injured); else null.
     */
    private Outcome leadOutcome(Figure f) {
        int k = f.start;
        while (k > 0 && doc.sameSentence(k - 1, f.start)) {
            k--;
        }
        while (k < f.start && !doc.token(k).isWord()) {
            k++; // the line break or quote that opens the sentence
        }
        if (!doc.isLatin(k) || !(doc.isWord(k, "of") || doc.isWord(k, "among"))) {
            return null;
        }
        for (int j = k + 1; j < f.start && j <= k + LEAD_WORDS && !doc.token(j).is(","); j++) {
            Noun noun = doc.noun(j);
            Outcome o = noun != null && noun.outcome() != null ? noun.outcome()
                    : doc.info(j).before() != null ? doc.info(j).before() : doc.info(j).after();
            if (o != null) {
                return o;
            }
        }
        return null;
    }

    private Figure listWhole(Deque<Frame> open, Figure f) {
        while (!open.isEmpty()) {
            Frame frame = open.peek();
            Figure whole = frame.whole();
            int lastEnd = frame.lastEnd()[0];
            // "ارتفع عدد الشهداء إلى 634 بينهم 91 طفلاً و1586 جريحاً": the wounded after the dead's parts are
            // no part of the dead, whether the whole states its outcome itself or its toll does
            Outcome wholeOutcome = whole.stated != null ? whole.stated
                    : whole.tollOutcome != null ? whole.tollOutcome : whole.nearBefore;
            boolean fits = doc.sameSentence(whole.start, f.start) && GroupRelations.contains(whole.group, f.group, f.inheritsGroup)
                    && !(f.stated != null && wholeOutcome != null && f.stated != wholeOutcome);
            boolean first = lastEnd < 0 && f.start > frame.marker()
                    && (f.start - frame.marker() <= FIRST_PART_GAP || familyOf(frame.marker() + 1, f.start));
            boolean next = lastEnd >= 0 && (f.conjoined && f.start - lastEnd <= LIST_GAP || adjacent(lastEnd, f.start))
                    && unbroken(lastEnd, f.start);
            // "9 مدنيين بينهم 3 أطفال في قرية X و4 مدنيين بينهم طفل في قرية Y": a later item joined by و, of the
            // whole's own group and with parts of its own, is the whole's sibling (the next village's toll).
            // Not so after هم or بالإضافة إلى: "1130 … والشهداء هم 1114 مدني بينهم … بالإضافة إلى 16 مدني بينهم
            // 3 أطفال" spells the whole out; nor without parts of its own ("624 مقاتلين بينهم مقاتلان … ومقاتل").
            // So is "وثلاثة آخرين بينهم طفلان" (and three others, among them two children) after the whole's parts.
            boolean sibling = next && f.conjoined && !f.added && f.marker >= 0 && !f.bare
                    && (f.group != null && f.group == whole.group && !f.inheritsGroup || f.others)
                    && !listWordBefore(f.start);
            if (fits && (first || next) && !sibling) {
                frame.lastEnd()[0] = f.end;
                return whole;
            }
            open.pop();
        }
        return null;
    }

    /**
     * "بينهم عائلة مؤلفة من ثمانية مدنيين" (among them a family of eight civilians): a family counted by its
     * members is an item of the list like any other, its number a few words after the marker.
     */
    private boolean familyOf(int from, int start) {
        if (start - from > FIRST_PART_GAP + 1 || !doc.isWord(start - 1, "من")) {
            return false;
        }
        String family = doc.token(from).norm();
        return family.equals("عائلة") || family.equals("اسرة") || family.equals("عائلتين") || family.equals("اسرتين");
    }

    /**
     * Between two items of an enumeration, the verb of the first may stand ("18 منهم قتلوا على يد …،
     * وواحد على يد …"), but nothing that starts a statement of its own.
     */
    private boolean continues(int from, int to) {
        for (int k = from; k < to; k++) {
            WordInfo info = doc.info(k);
            if (info.before() != null || (info.noun() != null && info.noun().outcome() != null) || doc.has(k, Lexicon.TOLL)
                    || doc.has(k, Lexicon.EVENT) || doc.has(k, Lexicon.DOC) || doc.has(k, Lexicon.PART)) {
                return false;
            }
        }
        return true;
    }

    /** A list item right after the one before, or after a comma: "بينهم 12 رجلاً 6 نساء، 13 طفلاً". */
    private boolean adjacent(int lastEnd, int start) {
        return start == lastEnd || start == lastEnd + 1 && (doc.isWord(lastEnd, "،") || doc.isWord(lastEnd, ","));
    }

    /** No word between two list items that starts a new statement: an outcome, a toll, an event. */
    private boolean unbroken(int from, int to) {
        // "including 15 men whose bodies were found in a house and seven others along a road": a clause that
        // describes the item before may tell its death; only a toll, an event or a new list ends the list
        boolean relative = doc.isWord(from, "whose") || doc.isWord(from, "who");
        for (int k = from; k < to; k++) {
            WordInfo info = doc.info(k);
            if (relative && !(doc.has(k, Lexicon.TOLL) || doc.has(k, Lexicon.EVENT) || doc.has(k, Lexicon.DOC)
                    || doc.has(k, Lexicon.PART))) {
                continue;
            }
            if (info.before() != null || info.after() != null || (info.noun() != null && info.noun().outcome() != null)
                    || doc.has(k, Lexicon.TOLL) || doc.has(k, Lexicon.EVENT) || doc.has(k, Lexicon.DOC)
                    || doc.has(k, Lexicon.PART)) {
                return false;
            }
        }
        return true;
    }
}
