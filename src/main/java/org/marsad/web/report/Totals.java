package org.marsad.web.report;

import org.marsad.web.Messages;
import java.util.List;
import org.marsad.extract.Group;
import org.marsad.report.words.Noun;
import org.marsad.tally.Dimension;
import org.marsad.tally.Tallies;
import org.marsad.tally.Tally;
import org.marsad.tally.TallyFilter;

/**
 * The dashboard's headline: how many were killed and injured (each counted once, by the rules of
 * {@code tally}), "including" how many of each group, and what single-source incidents would add.
 */
final class Totals {
    /** A count beside its noun, which agrees with it: "1,286 مدنياً", "306 أطفال". */
    record Part(String group, String count, String noun, boolean last) {
    }

    record View(String killed, String killedNoun, String injured, String injuredNoun, String provisional,
                List<Part> including) {
        public boolean hasParts() {
            return !including.isEmpty();
        }
    }

    private final Tallies tallies;

    Totals(Tallies tallies) {
        this.tallies = tallies;
    }

    View view(Messages t) {
        Tally byGroup = tallies.count(List.of(Dimension.GROUP), TallyFilter.none());
        // Wholes before their parts: civilians, then children, women and men, then fighters.
        List<Group> shown = java.util.stream.Stream.of(Group.CIVILIAN, Group.CHILD, Group.WOMAN, Group.MAN, Group.FIGHTER)
                .filter(g -> byGroup.row(g.code()).map(r -> r.killed().low() > 0).orElse(false)).toList();
        List<Part> parts = shown.stream().map(g -> {
            long n = byGroup.row(g.code()).orElseThrow().killed().low();
            return new Part(t.label("group", g.code()), t.number(n), t.nounAfter(n, Noun.of(g)), g == shown.get(shown.size() - 1));
        }).toList();
        Tally.Row total = byGroup.total();
        long killed = total.killed().low();
        long injured = total.injured().low();
        return new View(t.number(killed), t.nounAfter(killed, Noun.KILLED), t.number(injured),
                t.nounAfter(injured, Noun.WOUNDED),
                total.provisionalKilled().low() == 0 ? null : t.number(total.provisionalKilled().low()),
                parts);
    }
}
