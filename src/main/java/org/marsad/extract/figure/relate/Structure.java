package org.marsad.extract.figure.relate;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.extract.document.Document;
import org.marsad.extract.figure.Figure;

/**
 * Decides how the figures of a report relate: which are parts of which (بينهم, baynahum, among them;
 * منهم, minhum, of them; "including"), which list items share an outcome, which figures are a
 * breakdown of an earlier total (1114 + 16 = 1130), and which repeat a figure of the title. Then
 * settles each figure's outcome and group, and drops those that are not claims.
 */
public final class Structure {

    private final Parts parts;
    private final Totals totals;
    private final BothOutcomes both;
    private final SharedGroups groups;
    private final FigureOutcomes outcomes;
    private final Repeats repeats;
    private final Anaphora anaphora;
    private final RepeatedTitle title;
    private final Relatives relatives;

    private Structure(Document doc, List<Figure> figures) {
        this.parts = new Parts(doc, figures);
        this.outcomes = new FigureOutcomes(doc, figures);
        this.totals = new Totals(doc, figures, parts, outcomes);
        this.both = new BothOutcomes(doc, figures);
        this.groups = new SharedGroups(doc, figures);
        this.repeats = new Repeats(doc);
        this.anaphora = new Anaphora(doc, figures);
        this.title = new RepeatedTitle(doc);
        this.relatives = new Relatives(doc);
    }

    /** The figures that are claims, in text order, each with its outcome, group and whole. */
    public static List<Figure> resolve(Document doc, List<Figure> figures) {
        Structure s = new Structure(doc, figures);
        s.parts.parts();
        s.totals.spelledOut();
        s.both.distributions();
        s.groups.sharedRanks();
        s.groups.groups();
        s.anaphora.anaphora();
        s.outcomes.outcomes();
        s.both.victimsOfBoth();
        s.totals.listedAfterTotal();
        s.totals.amongEarlierTotal();
        s.both.partsOfBoth();
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
        s.title.repeatedTitle(claims);
        s.repeats.repeats(claims);
        s.repeats.ofTheDead(claims);
        s.relatives.relatives(claims);
        claims.removeIf(f -> f.dropped);
        s.totals.breakdowns(claims);
        claims.removeIf(f -> f.dropped);
        return claims;
    }

    /** The parts of each figure, in text order, read in one pass. */
    static Map<Figure, List<Figure>> partsByWhole(List<Figure> claims) {
        Map<Figure, List<Figure>> parts = new IdentityHashMap<>();
        for (Figure f : claims) {
            if (f.parent != null) {
                parts.computeIfAbsent(f.parent, w -> new ArrayList<>()).add(f);
            }
        }
        return parts;
    }
}
