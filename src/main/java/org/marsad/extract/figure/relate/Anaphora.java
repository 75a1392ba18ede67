package org.marsad.extract.figure.relate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.extract.Group;
import org.marsad.extract.Qualifier;
import org.marsad.extract.document.Document;
import org.marsad.extract.figure.Figure;

/**
 * A definite figure ("والطفلان هما …", "the more than 70 civilian casualties") names people counted before:
 * it is that earlier figure, not one of its own.
 */
final class Anaphora {

    private final Document doc;
    private final List<Figure> figures;

    Anaphora(Document doc, List<Figure> figures) {
        this.doc = doc;
        this.figures = figures;
    }

    /**
     * A definite figure names people counted before ("قتل 4 مدنيين بينهم طفلان … والطفلان هما …", "More than
     * 70 people were killed … Out of the more than 70 civilian casualties, 14 were women"): it is the latest
     * earlier figure of its count and group within {@link Repeats#REPEAT_REACH}, a part or a whole, in its sentence
     * or before. That figure takes the finer group and the parts; the definite one is no figure of its own.
     * Linear: earlier figures are kept by count, those out of reach dropped once.
     */
    void anaphora() {
        Map<Long, Deque<Figure>> byCount = new HashMap<>();
        Map<Figure, List<Figure>> parts = new IdentityHashMap<>();
        for (Figure f : figures) {
            if (f.parent != null) {
                parts.computeIfAbsent(f.parent, k -> new ArrayList<>()).add(f);
            }
        }
        for (Figure f : figures) {
            Deque<Figure> earlier = byCount.computeIfAbsent(f.count, k -> new ArrayDeque<>());
            int at = doc.token(f.start).start();
            while (!earlier.isEmpty() && at - doc.token(earlier.peekFirst().start).start() > Repeats.REPEAT_REACH) {
                earlier.pollFirst();
            }
            Figure referent = f.definite ? referent(f, earlier) : null;
            if (referent == null && f.definite && twoToldBefore(f, byCount.get(1L))) {
                f.dropped = true; // "قتلت امرأة وطفلها …" then "ما تسبب في مصرع الضحيتين": the two just counted
                continue;
            }
            if (referent == null) {
                earlier.addLast(f);
                continue;
            }
            f.dropped = true;
            if (referent.group == Group.PERSON) {
                referent.group = f.group;
            }
            if (referent.qualifier == Qualifier.EXACT) {
                referent.qualifier = f.qualifier;
            }
            for (Figure part : parts.getOrDefault(f, List.of())) {
                part.parent = referent;
            }
        }
    }

    /**
     * Whether a definite dual of victims or of the dead ("الضحيتين", "القتيلين", the two victims) names two
     * persons told one by one before it, within reach: each a figure of one of its outcome.
     */
    private boolean twoToldBefore(Figure f, Deque<Figure> ones) {
        if (f.count != 2 || f.group != Group.PERSON || f.stated == null || ones == null) {
            return false;
        }
        int at = doc.token(f.start).start();
        int told = 0;
        for (Figure e : ones) {
            if (!e.dropped && e.parent == null && at - doc.token(e.start).start() <= Repeats.REPEAT_REACH
                    && (e.stated == null || e.stated == f.stated)) {
                told++;
            }
        }
        return told >= 2;
    }

    private static Figure referent(Figure f, Deque<Figure> earlier) {
        for (java.util.Iterator<Figure> it = earlier.descendingIterator(); it.hasNext(); ) {
            Figure e = it.next();
            if (e != f.parent && !e.dropped && GroupRelations.restates(e.group, f.group)
                    && (e.stated == null || f.stated == null || e.stated == f.stated)) {
                return e;
            }
        }
        return null;
    }
}
