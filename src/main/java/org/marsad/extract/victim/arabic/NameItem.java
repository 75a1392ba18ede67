package org.marsad.extract.victim.arabic;

import org.marsad.extract.Group;
import org.marsad.extract.victim.Kinship;
import org.marsad.extract.victim.VictimOutcome;

/**
 * One name with what the words around it said: where its titles start ({@code from}), the name's tokens
 * [{@code nameFrom}, {@code nameTo}), the token after its age and alias ({@code next}), and the sex, group, age,
 * outcome, plural title, opening quote and kinship the titles before it gave.
 */
record NameItem(int from, int nameFrom, int nameTo, int next, String sex, Group group, Integer age,
        VictimOutcome outcome, boolean plural, boolean quoted, Kinship relation) {

    /** The same name with the group a noun heading it gives ("المواطنين X وY": civilians). */
    NameItem withGroup(Group g) {
        return new NameItem(from, nameFrom, nameTo, next, sex, g, age, outcome, plural, quoted, relation);
    }
}
