package org.marsad.web;

import java.util.List;
import org.marsad.extract.Group;
import org.marsad.tally.Dimension;
import org.marsad.tally.Tallies;
import org.marsad.tally.Tally;
import org.marsad.tally.TallyFilter;

/**
 * The dashboard's headline: how many were killed and injured (each counted once, by the rules of
 * {@code tally}), "including" how many of each group, and what single-source incidents would add.
 */
final class Totals {
    record Part(String group, String count) {
    }

    record View(String killed, String injured, String provisional, List<Part> including) {
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
        List<Part> parts = byGroup.rows().stream()
                .filter(r -> !r.key().get(0).equals(Group.PERSON.code()) && r.killed().low() > 0)
                .map(r -> new Part(t.label("group", r.key().get(0)), t.number(r.killed().low())))
                .toList();
        Tally.Row total = byGroup.total();
        return new View(t.number(total.killed().low()), t.number(total.injured().low()),
                total.provisionalKilled().low() == 0 ? null : t.number(total.provisionalKilled().low()),
                parts);
    }
}
