package org.marsad.extract.figure.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.marsad.extract.Group;
import org.marsad.extract.document.Document;
import org.marsad.extract.figure.Figure;

/**
 * Figures that spell a total out and sum to it: numbers after هم (they are), English items listed after a
 * total, figures counted "among the dead" of an earlier total, and runs of later figures that are its breakdown
 * (1114 + 16 = 1130).
 */
final class Totals {

    /**
     * "… المدنيين الذين قتلوا خلال الأيام الأربعة، هم 30 في حلب و2 في إدلب و8 في ريف دمشق، إلى جانب 16 بدير
     * الزور وقتيل واحد في الرقة": bare numbers after هم (they are) that spell an earlier total out by place.
     * A list that spells out a total sums to it (GOLD.md: within); so the run of numbers joined by و or
     * إلى جانب is the parts of the figure, a few sentences before at most, whose count is their sum.
     * Without that sum nothing says what the bare numbers count, and they stay no claims.
     */
    private static final int SPELLED_REACH = 3; // sentences: the sum is the evidence, a bracket ends one

    private final Document doc;
    private final List<Figure> figures;
    private final Parts parts;
    private final FigureOutcomes outcomes;

    Totals(Document doc, List<Figure> figures, Parts parts, FigureOutcomes outcomes) {
        this.doc = doc;
        this.figures = figures;
        this.parts = parts;
        this.outcomes = outcomes;
    }

    void spelledOut() {
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            if (!f.bare || f.parent != null || !parts.listWordBefore(f.start)) {
                continue;
            }
            long sum = f.count;
            int last = i;
            for (int j = i + 1; j < figures.size(); j++) {
                Figure g = figures.get(j);
                if (!(g.conjoined || g.added) || !doc.sameSentence(f.start, g.start) || g.marker >= 0) {
                    break;
                }
                sum += g.count;
                last = j;
            }
            if (last == i) {
                continue; // one number is no list
            }
            Figure whole = null;
            for (int j = i - 1; j >= 0 && doc.sentence(f.start) - doc.sentence(figures.get(j).start) <= SPELLED_REACH; j--) {
                Figure w = figures.get(j);
                if (!w.bare && w.parent == null && w.count == sum) {
                    whole = w;
                    break;
                }
            }
            if (whole == null) {
                continue;
            }
            for (int j = i; j <= last; j++) {
                figures.get(j).parent = whole;
                figures.get(j).enumerated = true;
            }
            i = last;
        }
    }

    /** Tokens between an English total and the first of the parts listed after it, or between two parts. */
    private static final int LISTED_GAP = 8;

    /**
     * "Airstrikes killed 30 people on Friday, 18 civilians and 12 fighters", "the toll rose to 30: 18 civilians
     * and 12 fighters", "52 bodies -- 27 men, 16 women and nine children": English figures with no verb of their
     * own listed after a total in its sentence, of groups that split it without overlap and summing to it
     * exactly, are its parts and share its outcome. The sum is the evidence: without it they stay no claims.
     */
    void listedAfterTotal() {
        for (int i = 0; i < figures.size(); i++) {
            Figure whole = figures.get(i);
            if (whole.dropped || whole.outcome == null || whole.parent != null || whole.count < 2 || !whole.latin(doc)) {
                continue;
            }
            List<Figure> run = new ArrayList<>();
            long sum = 0;
            int end = whole.end;
            for (int j = i + 1; j < figures.size() && sum < whole.count; j++) {
                Figure g = figures.get(j);
                if (!doc.sameSentence(whole.start, g.start) || g.start - end > LISTED_GAP || g.parent != null
                        || !g.dropped || g.outcome != null || g.stated != null || g.bare || g.excluded || g.group == null
                        || !GroupRelations.contains(whole.group, g.group, false) || g.group == whole.group) {
                    break;
                }
                boolean overlaps = false;
                for (Figure other : run) {
                    overlaps |= GroupRelations.overlap(other.group, g.group);
                }
                if (overlaps) {
                    break;
                }
                run.add(g);
                sum += g.count;
                end = g.end;
            }
            if (run.size() < 2 || sum != whole.count) {
                continue;
            }
            for (Figure g : run) {
                g.dropped = false;
                g.outcome = whole.outcome;
                g.parent = whole;
            }
        }
    }

    /**
     * "ارتفع عدد الشهداء إلى 9770. وأوضحت الوزارة أن من بين الشهداء 4800 طفل و2918 سيدة": figures counted
     * among the dead (a definite noun that refers back) are parts of the latest total of that outcome in
     * their sentence or the one before, when it is larger and of a group that holds them; the figures
     * joined to the first in its sentence are parts of it too.
     */
    void amongEarlierTotal() {
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            if (!f.amongTheDead || f.parent != null || f.dropped || f.outcome == null) {
                continue;
            }
            // "قتل 53 شخصاً … عن إصابة 21 آخرين؛ وكان من بين القتلى 14 طفلاً": the injured between are not the dead;
            // so in English ("killing five people and wounding 25. Those killed included …")
            Figure whole = outcomes.latestClaim(i, f.outcome);
            if (whole != null && !(whole.group == Group.PERSON || whole.group == Group.CIVILIAN)) {
                whole = null; // "5 أطفال … ومن بين القتلى 3 أطفال": the dead of the whole report, no stated figure
            }
            for (int j = i; j < figures.size() && whole != null; j++) {
                Figure g = figures.get(j);
                if (j > i && !(g.conjoined && doc.sameSentence(f.start, g.start))) {
                    break;
                }
                if (g.parent == null && !g.dropped && g.outcome == whole.outcome && g.count < whole.count
                        && GroupRelations.contains(whole.group, g.group, false)) {
                    g.parent = whole;
                }
                i = j;
            }
        }
    }

    /**
     * Top-level figures that follow a total and add up to it exactly are its breakdown: "1130 … 1114 in
     * the city … and 16 in the countryside". Parts already listed under the total count towards the sum
     * when they split it the same way (civilians and fighters of a total of persons).
     */
    void breakdowns(List<Figure> claims) {
        Map<Figure, List<Figure>> parts = Structure.partsByWhole(claims);
        for (int i = 0; i < claims.size(); i++) {
            Figure whole = claims.get(i);
            if (whole.parent != null || whole.dropped) {
                continue;
            }
            long sum = 0;
            for (Figure p : parts.getOrDefault(whole, List.of())) {
                if (whole.group == Group.PERSON && GroupRelations.splits(whole.group, p.group)) {
                    sum += p.count;
                }
            }
            // a monthly report splits its total several times over, one after the other: by identity known or
            // not, civilians and fighters, cause of death ("1,737 … 1,631 and 106 … 1,173 civilians and 564
            // fighters … 604 by gunfire, 630 by air strikes …"); each run that sums to it is a breakdown of it
            int j = i + 1;
            while (j < claims.size()) {
                List<Figure> taken = new ArrayList<>();
                boolean named = false;
                for (; j < claims.size() && sum < whole.count; j++) {
                    Figure f = claims.get(j);
                    if (f.parent != null) {
                        continue;
                    }
                    // "Ten members of one family were killed … The eight children and two women were killed": a
                    // run the article names as known splits the total by any group it holds
                    named |= taken.isEmpty() && f.definite && f.latin(doc);
                    boolean demographic = (taken.isEmpty() || GroupRelations.splitsBySexAndAge(whole.group, taken))
                            && GroupRelations.splitsBySexAndAge(whole.group, List.of(f));
                    if (f.outcome != whole.outcome || f.count >= whole.count
                            || !(GroupRelations.splits(whole.group, f.group) || demographic
                                    || named && GroupRelations.contains(whole.group, f.group, false))) {
                        break;
                    }
                    if (taken.isEmpty() && siblingOf(whole, f)) {
                        break; // "9 مدنيين بينهم 3 أطفال في X و4 مدنيين بينهم طفل في Y": the next village's toll
                    }
                    taken.add(f);
                    sum += f.count;
                }
                if (sum != whole.count || taken.isEmpty() || taken.size() == 1 && sum == taken.get(0).count
                        || separateStatements(taken)) {
                    break;
                }
                boolean toldAgain = sameSplit(parts.getOrDefault(whole, List.of()), taken);
                for (Figure f : taken) {
                    f.parent = whole;
                    f.breakdown = true;
                    // "4 مدنيين … مكونة من أب وأم وطفلتين" then a quote "أسرة مكونة من أب وأم وطفلتين استشهدوا":
                    // the same split said again, its members counted once
                    f.dropped = toldAgain;
                }
                sum = 0;
            }
        }
    }

    /** Whether every figure of {@code run} matches a part the whole already has, one each: its split told again. */
    private static boolean sameSplit(List<Figure> parts, List<Figure> run) {
        List<Figure> left = new ArrayList<>(parts);
        for (Figure f : run) {
            Figure match = null;
            for (Figure p : left) {
                if (!p.dropped && p.count == f.count && p.outcome == f.outcome && GroupRelations.sameGroup(p.group, f.group)) {
                    match = p;
                    break;
                }
            }
            if (match == null) {
                return false;
            }
            left.remove(match);
        }
        return true;
    }

    /** A figure joined by و to a whole in its sentence, with parts of its own: another toll beside it. */
    private boolean siblingOf(Figure whole, Figure f) {
        return f.conjoined && f.marker >= 0 && whole.marker >= 0 && doc.sameSentence(whole.start, f.start);
    }

    /**
     * English figures that add up to a total by chance in sentences of their own ("An airstrike killed 12 …
     * In a separate attack, shelling killed seven … A sniper killed five") are separate incidents. A split
     * of a total is written as one run: "1,173 civilians and 564 fighters", "604 by gunfire, 630 by air
     * strikes". Arabic statements spell a total out over several sentences, so the test is English only.
     */
    private boolean separateStatements(List<Figure> taken) {
        Figure first = taken.get(0);
        if (!first.latin(doc)) {
            return false;
        }
        for (Figure f : taken) {
            if (!doc.sameSentence(first.start, f.start)) {
                return true;
            }
        }
        return false;
    }
}
