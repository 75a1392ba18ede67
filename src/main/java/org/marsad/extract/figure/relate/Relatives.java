package org.marsad.extract.figure.relate;

import java.util.List;
import java.util.Map;
import org.marsad.extract.Outcome;
import org.marsad.extract.document.Document;
import org.marsad.extract.document.Noun;
import org.marsad.extract.figure.Figure;

/**
 * Relatives named by kinship ("شقيقه", "his son") count as claims of one only when no stated figure
 * holds them (GOLD.md).
 */
final class Relatives {

    private final Document doc;

    Relatives(Document doc) {
        this.doc = doc;
    }

    /**
     * Relatives named by kinship are claims of one only when no stated figure holds them (GOLD.md): one
     * inside a list of parts is not, nor are they when the report states a figure of the same outcome
     * larger than their number. The same word of kinship with the same outcome is one person.
     */
    void relatives(List<Figure> claims) {
        java.util.Map<Outcome, Integer> kin = new java.util.EnumMap<>(Outcome.class);
        java.util.Map<Outcome, Long> largest = new java.util.EnumMap<>(Outcome.class);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Figure f : claims) {
            if (f.dropped) {
                continue;
            }
            if (f.kin == null) {
                if (f.parent == null) {
                    largest.merge(f.outcome, f.count, Math::max);
                }
                continue;
            }
            if (f.apposed) {
                continue;
            }
            if (f.parent != null || !seen.add(f.outcome + " " + f.kin)) {
                f.dropped = true;
            } else {
                kin.merge(f.outcome, 1, Integer::sum);
            }
        }
        for (Figure f : claims) {
            if (f.kin != null && !f.dropped && !f.apposed && largest.getOrDefault(f.outcome, 0L) > kin.get(f.outcome)) {
                f.dropped = true;
            }
        }
        for (Figure f : claims) {
            if (f.kin != null && !f.dropped && !f.apposed && f.count == 1 && anotherTellsAgain(f, claims)) {
                f.dropped = true;
            }
        }
    }

    /**
     * "استشهد طفل وأصيب شقيقه" then "أدى لاستشهاد طفل وإصابة آخر": the report counts the relative again, in
     * another sentence near it, as "another" of the same outcome; that stated figure holds them (GOLD.md). In
     * the relative's own sentence "another" is someone else ("أصيب آخر وزوجته" are two).
     */
    private boolean anotherTellsAgain(Figure kin, List<Figure> claims) {
        for (Figure g : claims) {
            if (g == kin || g.dropped || g.kin != null || g.outcome != kin.outcome || g.count != 1
                    || doc.sameSentence(g.start, kin.start)
                    || Math.abs(doc.token(g.start).start() - doc.token(kin.start).start()) > Repeats.REPEAT_REACH) {
                continue;
            }
            org.marsad.extract.document.Noun noun = doc.noun(g.start);
            if (noun != null && noun.others() && noun.plurality() == org.marsad.extract.document.Plurality.SINGULAR) {
                return true;
            }
        }
        return false;
    }
}
