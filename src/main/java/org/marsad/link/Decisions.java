package org.marsad.link;

import java.util.HashSet;
import java.util.Set;
import org.marsad.link.block.MemoryOrder;
import org.marsad.link.block.PairList;

/**
 * What people decided about pairs of records (by record index): the same person (confirmed) or two
 * people (rejected). Linking obeys them: a confirmed pair is one person whatever the model says, and a
 * rejected pair is never put together, not even through other records.
 */
public final class Decisions {
    private final Set<Long> same = new HashSet<>();
    private final Set<Long> different = new HashSet<>();

    public static Decisions none() {
        return new Decisions();
    }

    public Decisions confirmSame(int a, int b) {
        same.add(PairList.of(a, b));
        return this;
    }

    public Decisions confirmDifferent(int a, int b) {
        different.add(PairList.of(a, b));
        return this;
    }

    /** The same decisions about the records in {@code order}'s memory places. */
    Decisions inMemory(MemoryOrder order) {
        Decisions renumbered = new Decisions();
        for (long pair : same) {
            renumbered.confirmSame(order.toMemory(PairList.first(pair)), order.toMemory(PairList.second(pair)));
        }
        for (long pair : different) {
            renumbered.confirmDifferent(order.toMemory(PairList.first(pair)), order.toMemory(PairList.second(pair)));
        }
        return renumbered;
    }

    public Set<Long> samePairs() {
        return same;
    }

    public boolean areDifferent(int a, int b) {
        return different.contains(PairList.of(a, b));
    }
}
