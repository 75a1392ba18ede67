package org.marsad.link;

import java.util.List;

/** {@link SecondHandLists} for the diagnosis in another package. */
public final class SecondHandListsAccess {
    private SecondHandListsAccess() {
    }

    public static List<LabelledVictim> generate(int people, long seed) {
        return SecondHandLists.generate(people, seed);
    }
}
