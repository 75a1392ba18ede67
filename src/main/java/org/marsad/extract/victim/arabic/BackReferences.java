package org.marsad.extract.victim.arabic;

import java.util.ArrayList;
import java.util.List;
import org.marsad.extract.victim.VictimOutcome;

/**
 * People named with a title whose fate their own sentence does not tell, found again by their family name
 * next to a casualty word later: "استهدفوا الشاب X الفيصل ... وأضاف أن الفيصل فارق الحياة", "منزل الشيخ X
 * الموسوي ... إصابة الموسوي بجروح". Reports refer back by the family name with its article; the casualty
 * word must govern it: before it ("إصابة الموسوي") or a verb right after it ("الفيصل قتل").
 */
final class BackReferences {

    /** How many tokens after a person's name a reference back by their family name is looked for. */
    static final int REFERRED_BACK = 400;

    private final Passage p;
    private final Outcomes outcomes;
    private final Victims victims;
    private final List<NameItem> unsettled = new ArrayList<>();

    BackReferences(Passage passage, Outcomes outcomes, Victims victims) {
        this.p = passage;
        this.outcomes = outcomes;
        this.victims = victims;
    }

    /** A titled person whose fate was not told where they were named. */
    void unsettled(NameItem item) {
        unsettled.add(item);
    }

    /** Gives each unsettled person the outcome told later of their family name, if any. */
    void settle() {
        for (NameItem item : unsettled) {
            String family = p.t.get(item.nameTo() - 1).norm();
            if (p.words(item.nameFrom(), item.nameTo()) < 2 || !family.startsWith("ال") || family.length() <= 3) {
                continue;
            }
            for (int j = item.nameTo(); j < Math.min(p.n, item.nameTo() + REFERRED_BACK); j++) {
                if (victims.used(j) || !p.t.get(j).is(family)) {
                    continue;
                }
                VictimOutcome outcome = outcomes.governing(j);
                if (outcome != null) {
                    victims.addAll(List.of(item), outcome, false);
                    victims.markOne(j);
                    break;
                }
            }
        }
    }
}
