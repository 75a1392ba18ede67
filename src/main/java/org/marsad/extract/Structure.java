package org.marsad.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides how the figures of a report relate: which are parts of which (بينهم, baynahum, among them;
 * منهم, minhum, of them; "including"), which list items share an outcome, which figures are a
 * breakdown of an earlier total (1114 + 16 = 1130), and which repeat a figure of the title. Then
 * settles each figure's outcome and group, and drops those that are not claims.
 */
final class Structure {

    /** Tokens between two items of one list ("و270 طفلاً … و198 مواطنة") beyond which the list has ended. */
    private static final int LIST_GAP = 12;
    private static final int FIRST_PART_GAP = 3;

    private final Document doc;
    private final List<Figure> figures;

    private Structure(Document doc, List<Figure> figures) {
        this.doc = doc;
        this.figures = figures;
    }

    /** The figures that are claims, in text order, each with its outcome, group and whole. */
    static List<Figure> resolve(Document doc, List<Figure> figures) {
        Structure s = new Structure(doc, figures);
        s.parts();
        s.groups();
        s.outcomes();
        List<Figure> claims = new ArrayList<>();
        for (Figure f : figures) {
            if (!f.dropped) {
                claims.add(f);
            }
        }
        for (Figure f : claims) {
            while (f.parent != null && f.parent.dropped) {
                f.parent = f.parent.parent;
            }
        }
        s.repeatedTitle(claims);
        s.breakdowns(claims);
        claims.removeIf(f -> f.dropped);
        return claims;
    }

    private record Frame(Figure whole, int marker, int[] lastEnd) {
    }

    private void parts() {
        Deque<Frame> open = new ArrayDeque<>();
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            if (f.oneOf || f.partitive) {
                f.parent = partitiveWhole(i);
            } else if (f.bare && f.marker < 0) {
                continue;
            } else {
                f.parent = listWhole(open, f);
            }
            if (f.marker >= 0) {
                open.push(new Frame(f, f.marker, new int[] {-1}));
            }
        }
    }

    private Figure partitiveWhole(int i) {
        Figure f = figures.get(i);
        for (int j = i - 1; j >= 0; j--) {
            Figure before = figures.get(j);
            if (!doc.sameSentence(before.start, f.start)) {
                return null;
            }
            if (before.count > f.count || f.oneOf && !before.oneOf) {
                return before;
            }
        }
        return null;
    }

    private Figure listWhole(Deque<Frame> open, Figure f) {
        while (!open.isEmpty()) {
            Frame frame = open.peek();
            Figure whole = frame.whole();
            int lastEnd = frame.lastEnd()[0];
            boolean fits = doc.sameSentence(whole.start, f.start) && contains(whole.group, f.group, f.inheritsGroup)
                    && !(f.stated != null && whole.stated != null && f.stated != whole.stated);
            boolean first = lastEnd < 0 && f.start > frame.marker() && f.start - frame.marker() <= FIRST_PART_GAP;
            boolean next = lastEnd >= 0 && f.conjoined && f.start - lastEnd <= LIST_GAP && unbroken(lastEnd, f.start);
            if (fits && (first || next)) {
                frame.lastEnd()[0] = f.end;
                return whole;
            }
            open.pop();
        }
        return null;
    }

    /** No word between two list items that starts a new statement: an outcome, a toll, an event. */
    private boolean unbroken(int from, int to) {
        for (int k = from; k < to; k++) {
            WordInfo info = doc.info(k);
            if (info.before != null || info.after != null || (info.noun != null && info.noun.outcome() != null)
                    || doc.has(k, Lexicon.TOLL) || doc.has(k, Lexicon.EVENT) || doc.has(k, Lexicon.DOC)
                    || doc.has(k, Lexicon.PART)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a figure of group {@code part} can be counted within one of group {@code whole}. */
    static boolean contains(Group whole, Group part, boolean partUnknown) {
        if (whole == null || partUnknown || part == null) {
            return true;
        }
        switch (whole) {
            case PERSON:
                return true;
            case CIVILIAN:
                return part != Group.FIGHTER && part != Group.PERSON;
            case FIGHTER:
                return part == Group.FIGHTER || part == Group.CHILD;
            case WOMAN:
            case MAN:
                return part == whole || part == Group.CHILD;
            default:
                return part == whole;
        }
    }

    /** Groups taken from elsewhere: a part of unknown group is of its whole's; "others" of the figures before. */
    private void groups() {
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            if (!f.inheritsGroup && f.group != null) {
                continue;
            }
            if (f.parent != null) {
                f.group = f.parent.group;
            } else {
                f.group = precedingGroup(i);
            }
            if (f.group == null) {
                f.group = Group.PERSON;
            }
        }
    }

    /** The group of the run of top-level figures just before, joined by و: mixed groups are persons. */
    private Group precedingGroup(int i) {
        Group group = null;
        Figure f = figures.get(i);
        for (int j = i - 1; j >= 0 && doc.sameSentence(figures.get(j).start, f.start); j--) {
            Figure before = figures.get(j);
            if (before.parent != null) {
                continue;
            }
            group = group == null ? before.group : FigureFinder.combine(group, before.group);
            if (!before.conjoined) {
                break;
            }
        }
        return group;
    }

    private void outcomes() {
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            Outcome o = f.stated;
            if (o == null && f.parent != null) {
                o = f.parent.outcome;
            }
            if (o == null && !f.bare) {
                o = f.nearBefore;
            }
            if (o == null) {
                o = f.tollOutcome;
            }
            if (o == null && f.conjoined && i > 0 && doc.sameSentence(figures.get(i - 1).start, f.start)) {
                o = figures.get(i - 1).outcome;
            }
            if (o == null && !f.bare) {
                o = f.nearAfter;
            }
            if (o == null && f.documented && !f.bare) {
                o = Outcome.KILLED;
            }
            f.outcome = o;
            f.dropped = o == null || f.excluded || f.count == 0 || f.bare && f.stated == null && f.tollOutcome == null
                    && f.parent == null && !(f.partitive && o != null);
        }
    }

    /**
     * A figure of the title repeated in the body is one claim: the body's, which carries the detail.
     * Parts of the title's figure that the body repeats go with it; others move to the body's figure.
     */
    private void repeatedTitle(List<Figure> claims) {
        if (doc.titleEnd == 0) {
            return;
        }
        Map<Figure, List<Figure>> parts = partsByWhole(claims);
        Map<Repeat, List<Figure>> bodies = new HashMap<>();
        for (Figure body : claims) {
            if (body.start > doc.titleEnd && body.parent == null) {
                bodies.computeIfAbsent(new Repeat(body.outcome, body.count), k -> new ArrayList<>()).add(body);
            }
        }
        for (Figure title : claims) {
            if (title.start >= doc.titleEnd || title.parent != null) {
                continue;
            }
            for (Figure body : bodies.getOrDefault(new Repeat(title.outcome, title.count), List.of())) {
                if (same(title, body)) {
                    title.dropped = true;
                    List<Figure> bodyParts = parts.computeIfAbsent(body, b -> new ArrayList<>());
                    for (Figure part : parts.getOrDefault(title, List.of())) {
                        part.parent = body;
                        part.dropped = bodyParts.stream().anyMatch(p -> p != part && !p.dropped
                                && p.start > doc.titleEnd && same(p, part));
                        bodyParts.add(part);
                    }
                    break;
                }
            }
        }
    }

    /** What a body figure must share with a title figure to repeat it (groups are compared apart). */
    private record Repeat(Outcome outcome, long count) {
    }

    /** The parts of each figure, in text order, read in one pass. */
    private static Map<Figure, List<Figure>> partsByWhole(List<Figure> claims) {
        Map<Figure, List<Figure>> parts = new IdentityHashMap<>();
        for (Figure f : claims) {
            if (f.parent != null) {
                parts.computeIfAbsent(f.parent, w -> new ArrayList<>()).add(f);
            }
        }
        return parts;
    }

    private static boolean same(Figure a, Figure b) {
        return a.outcome == b.outcome && a.count == b.count
                && (a.group == b.group || a.group == Group.PERSON || b.group == Group.PERSON);
    }

    /**
     * Top-level figures that follow a total and add up to it exactly are its breakdown: "1130 … 1114 in
     * the city … and 16 in the countryside". Parts already listed under the total count towards the sum
     * when they split it the same way (civilians and fighters of a total of persons).
     */
    private void breakdowns(List<Figure> claims) {
        Map<Figure, List<Figure>> parts = partsByWhole(claims);
        for (int i = 0; i < claims.size(); i++) {
            Figure whole = claims.get(i);
            if (whole.parent != null || whole.dropped) {
                continue;
            }
            long sum = 0;
            for (Figure p : parts.getOrDefault(whole, List.of())) {
                if (whole.group == Group.PERSON && splits(whole.group, p.group)) {
                    sum += p.count;
                }
            }
            List<Figure> taken = new ArrayList<>();
            for (int j = i + 1; j < claims.size() && sum < whole.count; j++) {
                Figure f = claims.get(j);
                if (f.parent != null) {
                    continue;
                }
                if (f.outcome != whole.outcome || !splits(whole.group, f.group) || f.count >= whole.count) {
                    break;
                }
                taken.add(f);
                sum += f.count;
            }
            if (sum == whole.count && !taken.isEmpty() && (taken.size() > 1 || sum > taken.get(0).count)) {
                for (Figure f : taken) {
                    f.parent = whole;
                    f.breakdown = true;
                }
            }
        }
    }

    /** Whether figures of {@code part} divide a whole of {@code whole} among them without overlap. */
    private static boolean splits(Group whole, Group part) {
        if (whole == Group.PERSON) {
            return part == Group.CIVILIAN || part == Group.FIGHTER || part == Group.PERSON;
        }
        return whole == part;
    }
}
