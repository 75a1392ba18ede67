package org.marsad.extract.figure.relate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.extract.Group;
import org.marsad.extract.Outcome;
import org.marsad.extract.Qualifier;
import org.marsad.extract.document.Document;
import org.marsad.extract.figure.Figure;

/**
 * A figure of the title repeated in the body is one claim: the body's.
 */
final class RepeatedTitle {

    private final Document doc;

    RepeatedTitle(Document doc) {
        this.doc = doc;
    }

    /**
     * A figure of the title repeated in the body is one claim: the body's, which carries the detail,
     * with the qualifier either states. Parts of the title's figure that the body repeats go with it; others move to the body's figure.
     */
    void repeatedTitle(List<Figure> claims) {
        if (doc.titleEnd() == 0) {
            return;
        }
        Map<Figure, List<Figure>> parts = Structure.partsByWhole(claims);
        Map<Repeat, List<Figure>> bodies = new HashMap<>();
        for (Figure body : claims) {
            if (body.start > doc.titleEnd() && body.parent == null) {
                bodies.computeIfAbsent(new Repeat(body.outcome, body.count), k -> new ArrayList<>()).add(body);
            }
        }
        for (Figure title : claims) {
            if (title.start >= doc.titleEnd() || title.parent != null) {
                continue;
            }
            for (Figure body : bodies.getOrDefault(new Repeat(title.outcome, title.count), List.of())) {
                if (same(title, body)) {
                    title.dropped = true;
                    if (body.group == Group.PERSON) {
                        body.group = title.group;
                    }
                    // "at least 35 children" in the headline, "35 children" in the body: one figure, at least
                    if (body.qualifier == Qualifier.EXACT) {
                        body.qualifier = title.qualifier;
                    }
                    List<Figure> bodyParts = parts.computeIfAbsent(body, b -> new ArrayList<>());
                    for (Figure part : parts.getOrDefault(title, List.of())) {
                        part.parent = body;
                        part.dropped = bodyParts.stream().anyMatch(p -> p != part && !p.dropped
                                && p.start > doc.titleEnd() && same(p, part));
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

    private static boolean same(Figure a, Figure b) {
        return a.outcome == b.outcome && a.count == b.count
                && (a.group == b.group || a.group == Group.PERSON || b.group == Group.PERSON);
    }
}
