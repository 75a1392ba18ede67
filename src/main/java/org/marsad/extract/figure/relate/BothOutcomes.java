package org.marsad.extract.figure.relate;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.extract.Group;
import org.marsad.extract.Outcome;
import org.marsad.extract.document.Document;
import org.marsad.extract.figure.Figure;

/**
 * Figures of the dead and the injured together (GOLD.md: no claim): a total distributed among both
 * (توزعوا على), a total of victims split at once into its dead and injured, and parts listed after a pair of
 * the dead and the injured, which may count either.
 */
final class BothOutcomes {

    private final Document doc;
    private final List<Figure> figures;

    BothOutcomes(Document doc, List<Figure> figures) {
        this.doc = doc;
        this.figures = figures;
    }

    /**
     * A figure split by توزعوا على (distributed among) into figures of the dead and of the injured counts
     * both together, so it is no claim (GOLD.md: a figure that mixes killed and injured); its parts are
     * claims, of its group when their own noun names none ("شهيداً", a martyr, counts persons). A figure
     * split among places or groups of one outcome stays the whole of its parts.
     */
    void distributions() {
        Map<Figure, List<Figure>> parts = new IdentityHashMap<>();
        for (Figure f : figures) {
            if (f.parent != null && f.parent.distributed) {
                parts.computeIfAbsent(f.parent, k -> new ArrayList<>()).add(f);
            }
        }
        parts.forEach((whole, split) -> {
            boolean killed = split.stream().anyMatch(p -> p.stated == Outcome.KILLED);
            boolean injured = split.stream().anyMatch(p -> p.stated == Outcome.INJURED);
            if (!killed || !injured) {
                return;
            }
            whole.excluded = true;
            for (Figure p : split) {
                if (p.group == Group.PERSON && whole.group != null) {
                    p.group = whole.group;
                }
            }
        });
    }

    /**
     * "41 قتيلاً و106 جرحى بينهم 11 من النساء والأطفال" (41 dead and 106 injured, among them 11 women and
     * children): parts listed after a killed figure and an injured one joined by و may count either, so
     * they are no claim.
     */
    void partsOfBoth() {
        java.util.Map<Figure, Integer> at = new java.util.IdentityHashMap<>();
        for (int i = 0; i < figures.size(); i++) {
            at.put(figures.get(i), i);
        }
        for (Figure f : figures) {
            Figure whole = f.parent;
            if (whole == null || f.oneOf || f.partitive || whole.marker < 0 || !whole.conjoined) {
                continue;
            }
            if (whole.marker - 1 == whole.end && doc.isWord(whole.end, "(")) {
                continue; // "و180 إصابة (منها 41 طفلاً)": a bracket opened right after the figure holds its own parts
            }
            int w = at.get(whole);
            Figure before = w > 0 ? figures.get(w - 1) : null;
            if (before != null && before.topLevelClaim() && whole.outcome != null && before.outcome != whole.outcome
                    && doc.sameSentence(before.start, whole.start)
                    && whole.start - before.end <= 2) {
                f.dropped = true;
            }
        }
    }

    /** Tokens between a total of victims and the first of its two parts ("1400 شخص (513 قتيلاً"). */
    private static final int BOTH_GAP = 3;

    /**
     * "بلغ مجموع الضحايا المدنيين 1400 شخص (513 قتيلاً و887 جريحاً)": a total of victims split at once into
     * its dead and its injured, summing to it, counts both; it is no figure of the dead (GOLD.md: a figure
     * that mixes killed and injured is not a claim). Its two parts are claims of their own, and so they are
     * when a verb before the total names one outcome.
     */
    void victimsOfBoth() {
        for (int i = 0; i + 2 < figures.size(); i++) {
            Figure total = figures.get(i);
            Figure a = figures.get(i + 1);
            Figure b = figures.get(i + 2);
            // "أصيب 201 من المدنيين، 51 شهيداً و150 جريحاً": the verb of the total names one outcome loosely
            // (أصيب, were hit); parts whose own nouns name the dead and the injured and sum to it still split it
            boolean ownNouns = a.stated != null && b.stated != null;
            if (total.dropped || total.stated != null && !ownNouns || a.outcome == null || b.outcome == null
                    || a.outcome == b.outcome || a.count + b.count != total.count
                    || !doc.sameSentence(total.start, b.start) || a.start - total.end > BOTH_GAP
                    || b.start - a.end > BOTH_GAP) {
                continue;
            }
            total.dropped = true;
            for (Figure part : List.of(a, b)) {
                if (part.group == Group.PERSON && total.group != Group.PERSON) {
                    part.group = total.group; // the civilian victims' dead are civilians
                }
            }
            if (a.parent == total) {
                a.parent = null;
            }
            if (b.parent == total) {
                b.parent = null;
            }
        }
    }
}
